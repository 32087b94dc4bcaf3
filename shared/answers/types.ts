/**
 * What answers are made from (the agreement, the tracker, the clock) and the Adaptive Card
 * (1.5, which Teams renders) they carry. The answer itself, `Answer`, is in compose.ts.
 */
import type { Agreement } from "../agreement/schema";
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
