/** What each answer module returns before the card is wrapped and the staleness note added. */
import type { CardColor, CardElement } from "./card";

export interface Composed {
  /** The whole answer in words: what the CLI prints, and what Teams shows of a text-only answer. */
  text: string;
  /**
   * The short answer: the card's first block, and the Teams message's summary (its notification
   * line). The whole text when absent (an answer of one line).
   */
  summary?: string;
  /** The short answer's colour on the card, when it is a status (Nået, Tæt på, Ikke nået). */
  color?: CardColor;
  /** The rest of the card, below the short answer: facts, tables, notes. */
  body: CardElement[];
  /** The answer shows figures from the tracker (so a stale copy must be mentioned). */
  figures: boolean;
  /** A plain sentence with nothing to show beside it: Teams gets the text alone, without a card. */
  textOnly?: boolean;
  /** The text ends by asking to pick one: the suggested questions follow it as lines (the CLI has no buttons). */
  suggestionsInText?: boolean;
}
