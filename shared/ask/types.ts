/**
 * What a partner's message means: the intent and its entities. Produced by `understand()`
 * (shared/ask/understand.ts) from free Danish or English text; pure.
 */
import type { MeetingGroup } from "../agreement/schema";
import type { Lang } from "../format/lang";

/** Every intent the engine knows, in the order help and tests list them. */
export const intentKinds = [
  "category-status", // how is burglary doing against the 2015 target?
  "year-overview", // how are we doing in 2015? (all categories)
  "category-target", // what is the 2016 target for theft?
  "category-trend", // how has vandalism developed over the years?
  "ssp", // SSP extraordinary activations
  "safety-index", // safety index level against its goal
  "next-meeting", // when is the next (steering group) meeting?
  "cadence", // meetings held and planned this year against the cadence
  "budget", // the money
  "agreement-facts", // parties, area, period, focus areas
  "subscribe", // abonnér på påmindelser (optionally for one group)
  "unsubscribe", // afmeld påmindelser
  "list-subscriptions", // hvilke påmindelser?
  "help",
  "too-long", // over the length limit: a polite limit message
  "unknown", // not understood: a short help answer with example questions
] as const;

export type IntentKind = (typeof intentKinds)[number];

export interface Understanding {
  intent: IntentKind;
  /** The language the message was written in (Danish when unsure). */
  lang: Lang;
  /** Category id from the agreement, e.g. "indbrud". */
  category?: string;
  year?: number;
  /** Set when the year was said relative to the clock ("i år", "last year"): −1, 0 or +1. */
  yearOffset?: -1 | 0 | 1;
  group?: MeetingGroup;
  /** Which agreement facts were asked for, when one in particular. */
  facet?: "parties" | "area" | "period" | "focus-areas";
}

/** Messages longer than this get a polite limit message instead of an answer. */
export const MAX_QUESTION_LENGTH = 2000;
