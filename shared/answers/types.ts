/**
 * An answer to a partner: a short text in the asker's language and an Adaptive Card (1.5,
 * which Teams renders) with the figures. Produced by `answerQuestion()` (shared/answers/),
 * pure, used alike by the Teams bot and the CLI's `ask`.
 */
import type { Agreement } from "../agreement/schema";
import type { IntentKind } from "../ask/types";
import type { Lang } from "../format/lang";
import type { TrackerData } from "../tracker/types";

/** An Adaptive Card payload (https://adaptivecards.io), version 1.5. */
export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema?: string;
  version: "1.5";
  body: Array<Record<string, unknown>>;
  actions?: Array<Record<string, unknown>>;
  msteams?: Record<string, unknown>;
  lang?: string;
}

export interface Answer {
  lang: Lang;
  intent: IntentKind;
  text: string;
  card?: AdaptiveCard;
}

export interface AnswerContext {
  agreement: Agreement;
  tracker: TrackerData;
  /** The clock: "this year", "next meeting" and "last year" are judged from it (Europe/Copenhagen). */
  now: Date;
  /** Answer in this language instead of the question's (CLI --lang). */
  lang?: Lang;
  /**
   * When the figures come from an older copy because the source is unreachable: the time that
   * copy was read. The answer then says how old its figures are.
   */
  staleSince?: Date;
}
