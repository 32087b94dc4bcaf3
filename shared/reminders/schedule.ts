/**
 * The reminder schedule, pure: from the tracker's meetings, the agreement, the subscriptions
 * and what the ledger says was already posted, which items are due now.
 *
 * Time-based items (meeting reminders, the status report, the agreement's end) are due in a
 * window: after the last tick (or the subscription, if later) up to now. What fell due during
 * downtime is still in that window: it is posted late while it still matters (the meeting is
 * ahead) and skipped, and reported, once it has passed. State-based items (cadence warnings,
 * cancelled and moved notices) are due whenever their condition holds and the ledger has not
 * got them yet.
 */
import type { Agreement } from "../agreement/schema";
import { copenhagenDate, copenhagenYear, fromCopenhagen } from "../format/dates";
import { cadenceForYear, type Meeting } from "../meetings";
import { normalizeName } from "../text/normalize";
import {
  type AgreementEndReminder,
  type CadenceWarning,
  entryKey,
  type LedgerFacts,
  type MeetingReminder,
  meetingItemKey,
  parseMeetingItemKey,
  type ReminderItem,
  type ReminderSubscriber,
  type StatusReportReminder,
  splitEntryKey,
  wants,
} from "./items";
import type { LeadTime } from "./lead-times";

/** Days before the agreement's end date that its end is announced. */
export const AGREEMENT_END_DAYS_BEFORE = 90;
/** A reminded meeting is taken as moved to a planned one of the same group and topic this close. */
export const MOVE_WINDOW_DAYS = 14;
/** Wall-clock time at which date-only reminders (status report, agreement end) go out. */
const DATE_REMINDER_HOUR = 9;

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

export interface ScheduleInput {
  now: Date;
  /** The previous tick; absent on the very first one (then only subscriptions' own start counts). */
  lastTick?: Date;
  meetings: readonly Meeting[];
  agreement: Agreement;
  subscriptions: readonly ReminderSubscriber[];
  ledger: LedgerFacts;
  leadTimes: readonly LeadTime[];
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
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{1,2})[:.](\d{2})$/;

/** The instant a meeting starts (Copenhagen wall clock), or undefined for a malformed date/time. */
export function meetingStart(m: Pick<Meeting, "date" | "start">): Date | undefined {
  const d = DATE_RE.exec(m.date);
  const t = TIME_RE.exec(m.start);
  if (!d || !t) return undefined;
  return fromCopenhagen({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(t[1]), minute: Number(t[2]) });
}

/**
 * When a meeting's reminder at this lead time is due. Whole days count on the wall clock
 * ("1d" before Monday 9.00 is Sunday 9.00, even across a daylight-saving change, which is what
 * people mean by "the day before"); hours and minutes are exact durations before the start.
 */
export function reminderDueAt(m: Pick<Meeting, "date" | "start">, lead: LeadTime): Date | undefined {
  if (lead.minutes % 1440 === 0) {
    return meetingStart({ date: addDays(m.date, -lead.minutes / 1440), start: m.start });
  }
  const start = meetingStart(m);
  return start && new Date(start.getTime() - lead.minutes * MINUTE);
}

/** The same wall-clock reading taken as UTC: within 1–2 hours of the true instant, and cheap. */
function roughStartMs(m: Pick<Meeting, "date" | "start">): number | undefined {
  const d = DATE_RE.exec(m.date);
  const t = TIME_RE.exec(m.start);
  if (!d || !t) return undefined;
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
}

function addDays(date: string, days: number): string {
  const d = DATE_RE.exec(date);
  if (!d) return date;
  return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days)).toISOString().slice(0, 10);
}

function dateAt(date: string, hour: number): Date | undefined {
  const d = DATE_RE.exec(date);
  if (!d) return undefined;
  return fromCopenhagen({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour, minute: 0 });
}

/** A time-based item and the moment after which posting it no longer makes sense. */
export interface TimedItem {
  item: MeetingReminder | StatusReportReminder | AgreementEndReminder;
  /** Posted late only before this instant. */
  relevantUntil: Date;
}

/**
 * Every time-based item due in (from, to]: meeting reminders at each lead time for planned
 * meetings, the yearly status report and the agreement's end. Sorted by due time.
 */
export function timedItems(
  agreement: Agreement,
  meetings: readonly Meeting[],
  leadTimes: readonly LeadTime[],
  from: Date,
  to: Date,
): TimedItem[] {
  const out: TimedItem[] = [];
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const margin = 3 * 60 * MINUTE; // the rough start is off by at most 2 hours
  for (const meeting of meetings) {
    if (meeting.status !== "planned") continue;
    const rough = roughStartMs(meeting);
    if (rough === undefined) continue;
    for (const lead of leadTimes) {
      const roughDue = rough - lead.minutes * MINUTE;
      if (roughDue - margin > toMs || roughDue + margin <= fromMs) continue;
      const startsAt = meetingStart(meeting);
      const dueAt = reminderDueAt(meeting, lead);
      if (!startsAt || !dueAt) continue;
      if (dueAt.getTime() <= fromMs || dueAt.getTime() > toMs) continue;
      const itemKey = meetingItemKey(meeting);
      out.push({
        item: { kind: "meeting", itemKey, entryKey: entryKey(itemKey, lead.label), dueAt, group: meeting.group, lead, meeting, startsAt },
        relevantUntil: startsAt,
      });
    }
  }
  const { start, end } = agreement.period;
  for (let year = copenhagenYear(from); year <= copenhagenYear(to); year++) {
    const month = agreement.statusReportMonth;
    const date = `${year}-${String(month).padStart(2, "0")}-01`;
    if (date < start || date > end) continue;
    const dueAt = dateAt(date, DATE_REMINDER_HOUR);
    const until = dateAt(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`, 0);
    if (!dueAt || !until || dueAt.getTime() <= fromMs || dueAt.getTime() > toMs) continue;
    const itemKey = `status-report|${year}`;
    out.push({
      item: { kind: "status-report", itemKey, entryKey: entryKey(itemKey, "once"), dueAt, group: "steering", year, month },
      relevantUntil: until,
    });
  }
  const endDueAt = dateAt(addDays(end, -AGREEMENT_END_DAYS_BEFORE), DATE_REMINDER_HOUR);
  const endUntil = dateAt(addDays(end, 1), 0);
  if (endDueAt && endUntil && endDueAt.getTime() > fromMs && endDueAt.getTime() <= toMs) {
    const itemKey = `agreement-end|${end}`;
    out.push({
      item: {
        kind: "agreement-end",
        itemKey,
        entryKey: entryKey(itemKey, "once"),
        dueAt: endDueAt,
        group: "steering",
        endDate: end,
        daysBefore: AGREEMENT_END_DAYS_BEFORE,
      },
      relevantUntil: endUntil,
    });
  }
  return out.sort((a, b) => a.item.dueAt.getTime() - b.item.dueAt.getTime());
}

/**
 * Cadence warnings for the current year (Copenhagen): a group whose minimum can no longer be
 * reached with the meetings held and planned, or that has more than its maximum planned.
 * Only within the agreement's period.
 */
export function cadenceWarnings(agreement: Agreement, meetings: readonly Meeting[], now: Date): CadenceWarning[] {
  const year = copenhagenYear(now);
  if (year < Number(agreement.period.start.slice(0, 4)) || year > Number(agreement.period.end.slice(0, 4))) return [];
  const out: CadenceWarning[] = [];
  for (const cadence of cadenceForYear(agreement, meetings, year, copenhagenDate(now))) {
    const conditions: Array<CadenceWarning["condition"]> = [];
    if (!cadence.canReachMin && !cadence.finished) conditions.push("below-min");
    if (cadence.overMax) conditions.push("over-max");
    for (const condition of conditions) {
      const itemKey = `cadence|${year}|${cadence.group}|${condition}`;
      out.push({ kind: "cadence", itemKey, entryKey: entryKey(itemKey, "once"), dueAt: now, group: cadence.group, condition, cadence });
    }
  }
  return out;
}

/** Meetings looked up by key, and planned ones by group and topic (for moves). */
interface MeetingIndex {
  byKey: Map<string, Meeting>;
  plannedByGroupTopic: Map<string, Meeting[]>;
}

function indexMeetings(meetings: readonly Meeting[]): MeetingIndex {
  const byKey = new Map<string, Meeting>();
  const plannedByGroupTopic = new Map<string, Meeting[]>();
  for (const m of meetings) {
    const key = meetingItemKey(m);
    // A cancelled row and a planned row with the same key: the planned one stands.
    if (!byKey.has(key) || m.status !== "cancelled") byKey.set(key, m);
    if (m.status === "planned") {
      const gt = `${m.group}|${normalizeName(m.topic ?? "")}`;
      const list = plannedByGroupTopic.get(gt);
      if (list) list.push(m);
      else plannedByGroupTopic.set(gt, [m]);
    }
  }
  return { byKey, plannedByGroupTopic };
}

function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY);
}

/** What happened to a reminded meeting: still as it was, cancelled, moved, or gone. */
type Fate = { kind: "unchanged" | "gone" } | { kind: "cancelled"; meeting: Meeting } | { kind: "moved"; meeting: Meeting };

function fateOf(itemKey: string, index: MeetingIndex): Fate {
  const same = index.byKey.get(itemKey);
  if (same) return same.status === "cancelled" ? { kind: "cancelled", meeting: same } : { kind: "unchanged" };
  const old = parseMeetingItemKey(itemKey);
  if (!old) return { kind: "gone" };
  let best: Meeting | undefined;
  let bestDays = MOVE_WINDOW_DAYS + 1;
  for (const m of index.plannedByGroupTopic.get(`${old.group}|${old.topic}`) ?? []) {
    const days = daysBetween(m.date, old.date);
    if (days < bestDays || (days === bestDays && best && `${m.date}${m.start}` < `${best.date}${best.start}`)) {
      best = m;
      bestDays = days;
    }
  }
  return best ? { kind: "moved", meeting: best } : { kind: "gone" };
}

/** The start instants of the old slot and the new meeting, for judging whether a notice still matters. */
function noticeItem(itemKey: string, fate: Fate, now: Date): ReminderItem | undefined {
  const old = parseMeetingItemKey(itemKey);
  if (!old || (fate.kind !== "cancelled" && fate.kind !== "moved")) return undefined;
  const oldStart = meetingStart(old);
  const newStart = meetingStart(fate.meeting);
  const ahead = (d: Date | undefined) => d !== undefined && d.getTime() > now.getTime();
  if (fate.kind === "cancelled") {
    if (!ahead(oldStart)) return undefined;
    return { kind: "cancelled", itemKey, entryKey: entryKey(itemKey, "cancelled"), dueAt: now, group: old.group, meeting: fate.meeting };
  }
  if (!ahead(oldStart) && !ahead(newStart)) return undefined;
  return {
    kind: "moved",
    itemKey,
    entryKey: entryKey(itemKey, "moved"),
    dueAt: now,
    group: old.group,
    from: { date: old.date, start: old.start },
    meeting: fate.meeting,
  };
}

const NOTICE_SUFFIXES = new Set(["cancelled", "moved"]);

/** What is due now: posts, and late items skipped because their moment has passed. */
export function dueItems(input: ScheduleInput): DueItems {
  const { now, lastTick, meetings, agreement, subscriptions, ledger, leadTimes } = input;
  const post: Delivery[] = [];
  const skip: SkippedDelivery[] = [];
  if (subscriptions.length === 0) return { post, skip };
  const nowMs = now.getTime();

  // Each subscription's window starts at the later of the last tick and its own start.
  const fromOf = (s: ReminderSubscriber) => Math.max(lastTick?.getTime() ?? Number.NEGATIVE_INFINITY, s.subscribedAt.getTime());
  const earliest = Math.min(...subscriptions.map(fromOf));
  const has = (s: ReminderSubscriber, key: string) => ledger.get(s.id)?.has(key) === true;

  if (earliest < nowMs) {
    for (const { item, relevantUntil } of timedItems(agreement, meetings, leadTimes, new Date(earliest), now)) {
      const late = relevantUntil.getTime() <= nowMs;
      for (const subscription of subscriptions) {
        if (!wants(subscription, item.group) || item.dueAt.getTime() <= fromOf(subscription)) continue;
        if (has(subscription, item.entryKey)) continue;
        if (late) skip.push({ subscription, item, reason: "passed" });
        else post.push({ subscription, item });
      }
    }
  }

  const warnings = cadenceWarnings(agreement, meetings, now);
  for (const subscription of subscriptions) {
    for (const item of warnings) {
      if (wants(subscription, item.group) && !has(subscription, item.entryKey)) post.push({ subscription, item });
    }
  }

  // Cancelled and moved notices, to the subscriptions that were reminded of the meeting.
  let index: MeetingIndex | undefined;
  const notices = new Map<string, ReminderItem | null>();
  for (const subscription of subscriptions) {
    const entries = ledger.get(subscription.id);
    if (!entries || entries.size === 0) continue;
    const reminded = new Set<string>();
    const noticed = new Set<string>();
    for (const key of entries) {
      if (!key.startsWith("meeting|")) continue;
      const { itemKey, suffix } = splitEntryKey(key);
      (NOTICE_SUFFIXES.has(suffix) ? noticed : reminded).add(itemKey);
    }
    for (const itemKey of reminded) {
      if (noticed.has(itemKey)) continue;
      let notice = notices.get(itemKey);
      if (notice === undefined) {
        index ??= indexMeetings(meetings);
        notice = noticeItem(itemKey, fateOf(itemKey, index), now) ?? null;
        notices.set(itemKey, notice);
      }
      if (notice && wants(subscription, notice.group)) post.push({ subscription, item: notice });
    }
  }
  return { post, skip };
}
