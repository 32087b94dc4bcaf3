/**
 * What a reminder kind is: one record per kind (`kinds/`, collected in `registry.ts`) holds
 * everything about it – when its items are due, its words and card in Danish and English, its
 * JSON in `partnerskab reminders --json`, and how the bot names it to a subscriber – so the
 * compiler asks for every part of every kind, and the scheduler, the CLI and the subscription
 * service never switch on a kind themselves.
 */
import type { Agreement, MeetingGroup } from "../agreement/schema";
import type { AdaptiveCard } from "../answers/types";
import type { Lang } from "../format/lang";
import type { TrackerData } from "../tracker/types";
import type { ReminderDates } from "./dates";
import type { ItemBase } from "./items";
import type { LeadTime } from "./lead-times";

/**
 * What the schedules read. Only the parts of the tracker that some kind uses: a kind that needs
 * more widens the Pick, and every caller already hands in the whole tracker.
 */
export interface ReminderSources {
  agreement: Agreement;
  /** The meetings (meeting reminders, cadence), the yearly and monthly crime figures (the projection alert). */
  tracker: Pick<TrackerData, "meetings" | "crime" | "crimeByMonth">;
  /** REMINDER_LEAD_TIMES, longest first. Settings for new kinds go beside it. */
  leadTimes: readonly LeadTime[];
  /** The days the yearly reminders fall on (ADJUSTMENTS_DISCUSSION_DATE, SAFETY_PLAN_UPDATE_DATE, STATUS_REPORT_DUE_DATE). */
  dates: ReminderDates;
}

/** A time-based item and the moment after which posting it late no longer makes sense. */
export interface TimedItem<I extends ItemBase = ItemBase> {
  item: I;
  /** Posted late (after downtime) only before this instant; skipped, and logged, after it. */
  relevantUntil: Date;
}

/**
 * Due at a moment of the calendar: a lead time before a meeting, a date in the year. Found in a
 * window of time (the last tick up to now, or the CLI's next N days); posted once per entry key.
 */
export interface TimedSchedule<I extends ItemBase> {
  style: "timed";
  /** Every item due in (from, to]. */
  due(sources: ReminderSources, from: Date, to: Date): Array<TimedItem<I>>;
  /** What "Næste påmindelse: …, om …" names, e.g. "statusrapporten 2016" / "the 2016 status report". */
  about(item: I, lang: Lang): string;
}

/**
 * Due now, while a condition on the agreement and the tracker holds (a group's cadence can no
 * longer be reached), once per condition: the item's entry key says which, and the ledger
 * remembers it was posted.
 */
export interface ConditionSchedule<I extends ItemBase> {
  style: "condition";
  due(sources: ReminderSources, now: Date): I[];
}

/**
 * A notice that follows an earlier post to the same subscription (a meeting it was reminded of is
 * cancelled or moved). The ledger holds what each subscription was posted; an item gets at most
 * one notice, of whichever follow-up kind comes first.
 */
export interface FollowUpSchedule<I extends ItemBase> {
  style: "follow-up";
  /** The entry key suffix of the notice (`<item key>#<suffix>`). */
  suffix: string;
  /** Whether an item posted before (its item key) is one this kind follows up. */
  follows(itemKey: string): boolean;
  /**
   * The notices due now, looked up by the earlier item's key: undefined when nothing happened to
   * it (or no longer matters). Called once per schedule run; what it prepares is shared by every lookup.
   */
  notices(sources: ReminderSources, now: Date): (itemKey: string) => I | undefined;
}

/**
 * Due when something it watches in the tracker changes (a projected colour gets worse): each run
 * observes it, and the items come from the change since the observation before. The scheduler
 * keeps the last observation in the reminders' storage, beside the ledger, and writes it only
 * after the run's posts are claimed, so a crash in between finds the same change again and the
 * ledger (once per entry key) keeps it from being posted twice.
 */
export interface ObservedSchedule<I extends ItemBase, Observation = unknown> {
  style: "observed";
  /** What it watches, now. Plain JSON: it is stored between runs and across restarts. */
  observe(sources: ReminderSources, now: Date): Observation;
  /** A stored observation read back: the observation, or undefined when it is not one (then as if there were none). */
  revive(stored: unknown): Observation | undefined;
  /**
   * The items due from what changed between the previous observation and this one. Nothing
   * without a previous one (the first reading records what is known, it does not announce it).
   */
  due(previous: Observation | undefined, current: Observation, now: Date): I[];
}

export type ReminderSchedule<I extends ItemBase> = TimedSchedule<I> | ConditionSchedule<I> | FollowUpSchedule<I> | ObservedSchedule<I>;

/** What a message is worded from besides the item. */
export interface ReminderMessageContext {
  lang: Lang;
  /** When it is posted: a late post says how long is really left. */
  now: Date;
  agreement: Agreement;
  /**
   * A download link to the Word draft of a year's status report, where the bot serves one
   * (bot/reports/); undefined, or undefined for the year: the message goes without a link.
   */
  reportLink?: (year: number) => { url: string; expiresAt: Date } | undefined;
}

export interface ReminderMessage {
  /** Its words in full: the CLI lists them, the card's text block shows them (a link, the card offers as a button). */
  text: string;
  /**
   * Its notification line (what Teams shows in notifications and the activity feed, the post
   * being the card alone): the point of the reminder in one sentence, in the same language.
   * Each kind picks it, because no rule of cutting fits them all: the yearly kinds open with the
   * agreement's quoted duty, and a meeting's place and topic are free text of any length.
   */
  summary: string;
  card: AdaptiveCard;
}

export interface ReminderKind<I extends ItemBase> {
  /** How its items are found from the agreement, the tracker and the clock. */
  schedule: ReminderSchedule<I>;
  /** Its words, its notification line and its Adaptive Card (1.5), in the subscription's language. */
  message(item: I, context: ReminderMessageContext): ReminderMessage;
  /** Its fields in `partnerskab reminders --json`, after `dueAt`, `kind` and `group` (and before `text`). */
  json(item: I): Record<string, unknown>;
  /**
   * How "abonnér på påmindelser" and "hvilke påmindelser?" name what a subscription to this group
   * (every group when undefined) gets of this kind, e.g. "den årlige statusrapport"; undefined when the
   * kind is not named there (it goes to other groups, or follows what is named).
   */
  offer(group: MeetingGroup | undefined, lang: Lang): string | undefined;
  /** Until when a post whose send failed is tried again (a meeting reminder: until the meeting). */
  retryUntil(item: I, now: Date): Date;
}
