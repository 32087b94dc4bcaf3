/**
 * The reminder schedule, pure: from the agreement, the tracker, the subscriptions and what the
 * ledger says was already posted, which items of every kind are due now. Each kind says how its
 * own items are found (`kind.ts`); this runs them in the way their style asks.
 *
 * Timed kinds (meeting reminders, the status report, the agreement's end) are due in a window:
 * after the last tick (or the subscription, if later) up to now. What fell due during downtime
 * is still in that window: it is posted late while it still matters (the meeting is ahead) and
 * skipped, and reported, once it has passed. Condition kinds (cadence warnings) are due whenever
 * their condition holds and the ledger has not got them yet; follow-up kinds (cancelled and
 * moved notices) whenever something happened to an item the subscription was posted; observed
 * kinds (the projection alert) when what they watch changed since their last observation, which
 * the caller keeps and hands back (`observed`) and stores anew from `observations`.
 */

import { type LedgerFacts, type ReminderSubscriber, splitEntryKey, wants } from "./items";
import type { ConditionSchedule, FollowUpSchedule, ObservedSchedule, ReminderSources, TimedItem, TimedSchedule } from "./kind";
import { type ReminderItem, type ReminderItemKind, reminderItemKinds, reminderKindRecord } from "./registry";

/** Observations by the name of the kind that made them: the last ones (stored), or this run's. */
export type Observations = Readonly<Partial<Record<ReminderItemKind, unknown>>>;

export interface ScheduleInput extends ReminderSources {
  now: Date;
  /** The previous tick; absent on the very first one (then only subscriptions' own start counts). */
  lastTick?: Date;
  subscriptions: readonly ReminderSubscriber[];
  ledger: LedgerFacts;
  /** Each observed kind's last observation, as stored after the run before; absent on the first run. */
  observed?: Observations;
}

export interface Delivery {
  subscription: ReminderSubscriber;
  item: ReminderItem;
}

export interface SkippedDelivery extends Delivery {
  reason: "passed";
}

export interface DueItems {
  post: Delivery[];
  skip: SkippedDelivery[];
  /** Each observed kind's observation in this run: to be stored once the posts are claimed. */
  observations: Observations;
}

/**
 * Every kind's schedule sorted by style, in registry order. A new style fails to compile here
 * until the schedule learns to run it.
 */
const timedSchedules: Array<TimedSchedule<ReminderItem>> = [];
const conditionSchedules: Array<ConditionSchedule<ReminderItem>> = [];
const followUpSchedules: Array<FollowUpSchedule<ReminderItem>> = [];
const observedSchedules: Array<{ kind: ReminderItemKind; schedule: ObservedSchedule<ReminderItem> }> = [];
for (const kind of reminderItemKinds) {
  const { schedule } = reminderKindRecord(kind);
  switch (schedule.style) {
    case "timed":
      timedSchedules.push(schedule);
      break;
    case "condition":
      conditionSchedules.push(schedule);
      break;
    case "follow-up":
      followUpSchedules.push(schedule);
      break;
    case "observed":
      observedSchedules.push({ kind, schedule });
      break;
    default: {
      const unknown: never = schedule;
      throw new Error(`reminder schedule style not run: ${JSON.stringify(unknown)}`);
    }
  }
}
const noticeSuffixes = new Set(followUpSchedules.map((s) => s.suffix));

/** Every timed item of every kind due in (from, to], sorted by due time (registry order within one instant). */
export function timedItems(sources: ReminderSources, from: Date, to: Date): Array<TimedItem<ReminderItem>> {
  return timedSchedules.flatMap((s) => s.due(sources, from, to)).sort((a, b) => a.item.dueAt.getTime() - b.item.dueAt.getTime());
}

/** Every condition item that holds now, in registry order. */
export function conditionItems(sources: ReminderSources, now: Date): ReminderItem[] {
  return conditionSchedules.flatMap((s) => s.due(sources, now));
}

/**
 * Every observed kind's observation now, and the items due from what changed since `previous`
 * (an observation of a kind that is missing or not its own counts as none: nothing is due).
 */
export function observedItems(
  sources: ReminderSources,
  now: Date,
  previous: Observations = {},
): { items: ReminderItem[]; observations: Observations } {
  const items: ReminderItem[] = [];
  const observations: Partial<Record<ReminderItemKind, unknown>> = {};
  for (const { kind, schedule } of observedSchedules) {
    const current = schedule.observe(sources, now);
    items.push(...schedule.due(schedule.revive(previous[kind]), current, now));
    observations[kind] = current;
  }
  return { items, observations };
}

/** The kinds whose schedule observes the tracker, whose last observation the scheduler keeps. */
export const observedKinds: readonly ReminderItemKind[] = observedSchedules.map((o) => o.kind);

/**
 * What one subscriber of every group would be posted from now until `to`, as `partnerskab
 * reminders` shows it: what holds now, then the timed items. Follow-up notices and observed
 * kinds are left out: they depend on what a subscription was posted, or observed, before.
 */
export function upcomingItems(sources: ReminderSources, now: Date, to: Date): ReminderItem[] {
  return [...conditionItems(sources, now), ...timedItems(sources, now, to).map((x) => x.item)];
}

/** What is due now: posts, and late items skipped because their moment has passed. */
export function dueItems(input: ScheduleInput): DueItems {
  const { now, lastTick, subscriptions, ledger } = input;
  const post: Delivery[] = [];
  const skip: SkippedDelivery[] = [];
  // Observed even with no one to tell: the next run compares with what is known now.
  const observed = observedItems(input, now, input.observed);
  if (subscriptions.length === 0) return { post, skip, observations: observed.observations };
  const nowMs = now.getTime();

  // Each subscription's window starts at the later of the last tick and its own start.
  const fromOf = (s: ReminderSubscriber) => Math.max(lastTick?.getTime() ?? Number.NEGATIVE_INFINITY, s.subscribedAt.getTime());
  const earliest = Math.min(...subscriptions.map(fromOf));
  const has = (s: ReminderSubscriber, key: string) => ledger.get(s.id)?.has(key) === true;

  if (earliest < nowMs) {
    for (const { item, relevantUntil } of timedItems(input, new Date(earliest), now)) {
      const late = relevantUntil.getTime() <= nowMs;
      for (const subscription of subscriptions) {
        if (!wants(subscription, item.group) || item.dueAt.getTime() <= fromOf(subscription)) continue;
        if (has(subscription, item.entryKey)) continue;
        if (late) skip.push({ subscription, item, reason: "passed" });
        else post.push({ subscription, item });
      }
    }
  }

  const holding = [...conditionItems(input, now), ...observed.items];
  for (const subscription of subscriptions) {
    for (const item of holding) {
      if (wants(subscription, item.group) && !has(subscription, item.entryKey)) post.push({ subscription, item });
    }
  }

  post.push(...followUps(input));
  return { post, skip, observations: observed.observations };
}

/**
 * Follow-up notices, to the subscriptions that were posted the item they follow. One notice per
 * item at most: once any follow-up kind's entry is in the ledger, that item is done.
 */
function followUps(input: ScheduleInput): Delivery[] {
  const { now, subscriptions, ledger } = input;
  const out: Delivery[] = [];
  let lookups: Array<{ follows(itemKey: string): boolean; notice(itemKey: string): ReminderItem | undefined }> | undefined;
  // Worked out once per item, whichever subscriptions were posted it.
  const notices = new Map<string, ReminderItem | null>();
  for (const subscription of subscriptions) {
    const entries = ledger.get(subscription.id);
    if (!entries || entries.size === 0) continue;
    const posted = new Set<string>();
    const noticed = new Set<string>();
    for (const key of entries) {
      const { itemKey, suffix } = splitEntryKey(key);
      if (noticeSuffixes.has(suffix)) noticed.add(itemKey);
      else if (followUpSchedules.some((s) => s.follows(itemKey))) posted.add(itemKey);
    }
    for (const itemKey of posted) {
      if (noticed.has(itemKey)) continue;
      let notice = notices.get(itemKey);
      if (notice === undefined) {
        lookups ??= followUpSchedules.map((s) => ({ follows: s.follows, notice: s.notices(input, now) }));
        notice = null;
        for (const lookup of lookups) {
          if (!lookup.follows(itemKey)) continue;
          notice = lookup.notice(itemKey) ?? null;
          if (notice) break;
        }
        notices.set(itemKey, notice);
      }
      if (notice && wants(subscription, notice.group)) out.push({ subscription, item: notice });
    }
  }
  return out;
}
