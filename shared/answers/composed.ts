/** What each answer module returns before the card is wrapped and the staleness note added. */
import type { CardElement } from "./card";

export interface Composed {
  text: string;
  body: CardElement[];
  /** The answer shows figures from the tracker (so a stale copy must be mentioned). */
  figures: boolean;
}
