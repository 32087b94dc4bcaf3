/**
 * Answer composition: from what a question means (understand()) to a short text in the
 * asker's language and an Adaptive Card 1.5 with the figures, by the intent's record in the
 * registry (shared/intents/). The card opens with the short answer and ends with buttons for
 * the questions a partner may ask next. Pure. A fault here is a bug and is thrown, not hidden:
 * each face (the bot core, the CLI runner) catches it, logs it with its stack and answers politely.
 */

import { understand } from "../ask/understand";
import { formatInstant } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { askWords } from "../intents/ask-words";
import { exampleQuestions } from "../intents/help-examples";
import type { IntentRecord } from "../intents/intent";
import { type IntentKind, intentRecord, type Understanding } from "../intents/registry";
import { adaptiveCard, askAction, textBlock } from "./card";
import type { Composed } from "./composed";
import type { AdaptiveCard, AnswerContext } from "./types";

/** A question a partner may ask next: a button's title and the question it asks as if typed. */
export interface Suggestion {
  title: string;
  question: string;
}

/** An answer to a partner: a short text in the asker's language and an Adaptive Card with the figures. */
export interface Answer {
  lang: Lang;
  intent: IntentKind;
  /** The whole answer in words (what the CLI prints). */
  text: string;
  /** The short answer: the card's first block and, in Teams, the message's summary. */
  summary: string;
  card?: AdaptiveCard;
  /** A plain sentence: Teams gets the text alone, without the card. */
  textOnly: boolean;
  /** The card's buttons: questions a partner may ask next. */
  suggestions: Suggestion[];
}

/** At most this many buttons under an answer. */
const MAX_SUGGESTIONS = 3;

/** "Bemærk: tallene er fra den seneste gode kopi af trackeren, læst 6. oktober 2015 kl. 9.00." */
export function staleNote(staleSince: Date, lang: Lang): string {
  return t(
    lang,
    `Bemærk: tallene er fra den seneste gode kopi af trackeren, læst ${formatInstant(staleSince, "da")}.`,
    `Note: the figures are from the last good copy of the tracker, read ${formatInstant(staleSince, "en")}.`,
  );
}

/** The record's suggested next questions, each in the engine's own words. */
function suggestionsFor(record: IntentRecord, u: Understanding, ctx: AnswerContext, lang: Lang): Suggestion[] {
  const { intent: _intent, lang: _lang, followUp: _followUp, ...named } = u;
  const words = askWords(ctx.agreement, lang);
  const out: Suggestion[] = [];
  for (const next of record.next(named, lang, words)) {
    const question = intentRecord(next.intent).ask?.(next.named, lang, words);
    if (question === undefined || out.some((s) => s.question === question)) continue;
    out.push({ title: next.title ?? question, question });
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}

function finish(u: Understanding, composed: Composed, ctx: AnswerContext, lang: Lang, suggestions: Suggestion[]): Answer {
  const summary = composed.summary ?? composed.text;
  let text = composed.suggestionsInText ? [composed.text, ...suggestions.map((s) => `- ${s.question}`)].join("\n") : composed.text;
  const body = [textBlock(summary, { bold: true, ...(composed.color ? { color: composed.color } : {}) }), ...composed.body];
  if (composed.figures && ctx.staleSince instanceof Date && Number.isFinite(ctx.staleSince.getTime())) {
    const note = staleNote(ctx.staleSince, lang);
    text = `${text}\n${note}`;
    body.push(textBlock(note, { color: "Warning", subtle: true }));
  }
  const actions = suggestions.map((s) => askAction(s.title, s.question));
  return {
    lang,
    intent: u.intent,
    text,
    summary,
    card: adaptiveCard(body, lang, actions),
    textOnly: composed.textOnly === true,
    suggestions,
  };
}

function answerLang(u: Understanding, ctx: AnswerContext): Lang {
  const wanted = ctx.lang ?? u.lang;
  return wanted === "en" ? "en" : "da";
}

/** The answer to an understood question, from the tracker and agreement in `ctx`. */
export function composeAnswer(u: Understanding, ctx: AnswerContext): Answer {
  const lang = answerLang(u, ctx);
  const record = intentRecord(u.intent);
  const composed = record.answer({ u, ctx, lang, examples: () => exampleQuestions(ctx.agreement, lang) });
  const suggestions = composed.textOnly ? [] : suggestionsFor(record, u, ctx, lang);
  return finish(u, composed, ctx, lang, suggestions);
}

/** The whole answer path the bot and the CLI share: understand, then compose. */
export function answerQuestion(text: string, ctx: AnswerContext): Answer {
  return composeAnswer(understand(text, { now: ctx.now, agreement: ctx.agreement, activities: ctx.tracker.activities }), ctx);
}
