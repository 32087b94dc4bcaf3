/** Building blocks for Adaptive Cards 1.5 (the version Teams renders): text, facts, tables. */
import type { Lang } from "../format/lang";
import type { Rag } from "../status";
import type { AdaptiveCard } from "./types";

export type CardElement = Record<string, unknown>;
export type CardColor = "Default" | "Good" | "Warning" | "Attention" | "Accent";

export const CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

export function adaptiveCard(body: CardElement[], lang: Lang, actions: CardElement[] = []): AdaptiveCard {
  const card: AdaptiveCard = { type: "AdaptiveCard", $schema: CARD_SCHEMA, version: "1.5", lang, body };
  if (actions.length > 0) card.actions = actions;
  return card;
}

/**
 * What a suggestion button sends: the `verb` the bot's card route listens for, with the question.
 * In Teams the button is an imBack, so the question is posted in the chat as if the partner had
 * typed it; hosts without imBack (the Agents Playground, Web Chat) post this data as the
 * activity's value instead, which the bot answers the same way (bot/teams/application.ts).
 */
export const ASK_VERB = "ask";

export interface AskActionData {
  verb: typeof ASK_VERB;
  question: string;
  msteams: { type: "imBack"; value: string };
}

/** A button that asks `question` as if typed. */
export function askAction(title: string, question: string): CardElement {
  const data: AskActionData = { verb: ASK_VERB, question, msteams: { type: "imBack", value: question } };
  return { type: "Action.Submit", title, data };
}

export function heading(text: string): CardElement {
  return { type: "TextBlock", text, size: "Medium", weight: "Bolder", wrap: true };
}

export function textBlock(text: string, options: { color?: CardColor; subtle?: boolean; bold?: boolean } = {}): CardElement {
  const block: CardElement = { type: "TextBlock", text, wrap: true };
  if (options.color && options.color !== "Default") block.color = options.color;
  if (options.subtle) block.isSubtle = true;
  if (options.bold) block.weight = "Bolder";
  return block;
}

export function factSet(facts: ReadonlyArray<{ title: string; value: string }>): CardElement {
  return { type: "FactSet", facts: facts.map((f) => ({ title: f.title, value: f.value })) };
}

export interface Cell {
  text: string;
  color?: CardColor;
}

function tableCell(cell: string | Cell, bold: boolean): CardElement {
  const block: CardElement = { type: "TextBlock", text: typeof cell === "string" ? cell : cell.text, wrap: true };
  if (typeof cell !== "string" && cell.color && cell.color !== "Default") block.color = cell.color;
  if (bold) block.weight = "Bolder";
  return { type: "TableCell", items: [block] };
}

/** A table whose first row is the header; the first column is twice as wide as the others. */
export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | Cell>>): CardElement {
  return {
    type: "Table",
    columns: header.map((_, i) => ({ width: i === 0 ? 2 : 1 })),
    firstRowAsHeader: true,
    showGridLines: true,
    rows: [header, ...rows].map((cells, r) => ({ type: "TableRow", cells: cells.map((c) => tableCell(c, r === 0)) })),
  };
}

export function ragColor(rag: Rag): CardColor {
  return rag === "green" ? "Good" : rag === "amber" ? "Warning" : rag === "red" ? "Attention" : "Default";
}
