/**
 * What a partner's message names besides its intent: its language and the categories, years,
 * group, facet, meeting date, focus area, responsible party, activity status and ranking it
 * mentions. The intent itself, and `Understanding` (intent + entities), come from the intent
 * registry (shared/intents/registry.ts); answers take only the entities.
 */
import type { MeetingGroup } from "../agreement/schema";
import type { Lang } from "../format/lang";
import type { IntentKind } from "../intents/registry";

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
  | "after-end"
  /** When the yearly status report is due (the agreement's duty). */
  | "status-report"
  /** When the safety plan is updated, and who writes it (the agreement's duty). */
  | "safety-plan"
  /** What a group is for: its task, then its members and chair. */
  | "tasks"
  /** When the agreement was signed: the date when known, then the period and the signatories. */
  | "signing";

/**
 * Facets that name one thing so plainly that they outrank the others in the same message:
 * in "hvem er formand for styregruppen?" the chair is asked for, not the parties ("hvem").
 * Among the rest, the first one written counts.
 */
export const specificFacets: readonly Facet[] = [
  "chair",
  "secretariat",
  "signatories",
  "after-end",
  "status-report",
  "safety-plan",
  "objectives",
  "organisation",
];

/** Where an activity of the safety plan stands (the `Aktiviteter` sheet's status, read loosely). */
export type ActivityStatus = "planned" | "running" | "finished" | "cancelled";

/**
 * Which categories a ranking asks for: the best or worst against the target, the most improved
 * since the baseline, those that met or missed the target, or the most or fewest reports.
 */
export type Ranking = "best" | "worst" | "improved" | "met" | "missed" | "most" | "fewest";

/** A meeting asked for by month ("mødet i juni") or by date ("on 14 June"); the year is separate. */
export interface MeetingDate {
  /** 1–12 */
  month: number;
  /** 1–31, when a day was named. */
  day?: number;
}

/**
 * Why the engine is unsure: the message holds something the intent it would otherwise answer
 * drops or ignores, so answering it would answer another question.
 */
export interface Doubt {
  /** What the message would otherwise have been answered as, with the entities read for it. */
  instead: { intent: IntentKind } & Omit<Entities, "lang" | "doubt">;
  /** Words nothing knows that look like the subject ("parkeringen", "kantinen"), as typed. */
  unknownWords?: string[];
  /** Several years for an intent that answers one year at a time, in the order written. */
  years?: number[];
  /** Several categories for an intent that answers one category at a time, in the order written. */
  categories?: string[];
  /** A bound on a year the engine cannot honour, as typed: "efter 2016", "before 2014". */
  bound?: string;
  /** A month (or date) for an intent that answers whole years ("SSP i marts 2015"). */
  date?: MeetingDate;
  /** Several months or dates for an intent that answers one ("vold i juni og juli"), in the order written. */
  dates?: MeetingDate[];
  /** A part of a year (a season, a half, a quarter, a week) for an answer of whole years or months. */
  partOfYear?: true;
}

export interface Entities {
  /** The language the message was written in (Danish when unsure). */
  lang: Lang;
  /** Category id from the agreement, e.g. "indbrud". */
  category?: string;
  /** Two or more category ids, in the order written (a comparison). */
  categories?: string[];
  year?: number;
  /** Set when the year was said relative to the clock ("i år", "last year"): −1, 0 or +1. */
  yearOffset?: -1 | 0 | 1;
  /** Two or more different years, in the order written (a comparison). */
  years?: number[];
  group?: MeetingGroup;
  /** Which agreement facts were asked for, when one in particular. */
  facet?: Facet;
  /** A meeting's month, and day when named. */
  date?: MeetingDate;
  /** The agreement's focus area id, e.g. "brobygning". */
  focusArea?: string;
  /** A responsible party's id (shared/agreement/responsible-parties.ts), e.g. "buf", "ssp". */
  party?: string;
  activityStatus?: ActivityStatus;
  /** One activity of the tracker, by its name as the sheet writes it ("Tryghedsvandringer"). */
  activity?: string;
  ranking?: Ranking;
  /** The sum over the categories was asked for: "i alt", "in total". */
  total?: true;
  /** Only for the intent "unsure": what was understood and what would have been dropped. */
  doubt?: Doubt;
}

/** Messages longer than this get a polite limit message instead of an answer. */
export const MAX_QUESTION_LENGTH = 2000;
