/**
 * What a partner's message names besides its intent: its language and the category, year,
 * group and facet it mentions. The intent itself, and `Understanding` (intent + entities),
 * come from the intent registry (shared/intents/registry.ts); answers take only the entities.
 */
import type { MeetingGroup } from "../agreement/schema";
import type { Lang } from "../format/lang";

/** Which of the agreement's facts a message asks for. */
export type Facet =
  | "parties"
  | "area"
  | "period"
  | "focus-areas"
  | "objectives"
  | "organisation"
  | "chair"
  | "secretariat"
  | "signatories"
  | "after-end";

/**
 * Facets that name one thing so plainly that they outrank the others in the same message:
 * in "hvem er formand for styregruppen?" the chair is asked for, not the parties ("hvem").
 * Among the rest, the first one written counts.
 */
export const specificFacets: readonly Facet[] = ["chair", "secretariat", "signatories", "after-end", "objectives", "organisation"];

export interface Entities {
  /** The language the message was written in (Danish when unsure). */
  lang: Lang;
  /** Category id from the agreement, e.g. "indbrud". */
  category?: string;
  year?: number;
  /** Set when the year was said relative to the clock ("i år", "last year"): −1, 0 or +1. */
  yearOffset?: -1 | 0 | 1;
  group?: MeetingGroup;
  /** Which agreement facts were asked for, when one in particular. */
  facet?: Facet;
}

/** Messages longer than this get a polite limit message instead of an answer. */
export const MAX_QUESTION_LENGTH = 2000;
