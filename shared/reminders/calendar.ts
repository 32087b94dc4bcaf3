/**
 * Reminder moments on the Copenhagen wall clock: when a meeting starts, when its reminder at a
 * lead time is due, and the fixed hour at which date-only reminders go out.
 */
import { fromCopenhagen } from "../format/dates";
import type { Meeting } from "../meetings";
import type { LeadTime } from "./lead-times";

/** Wall-clock hour at which date-only reminders (status report, agreement end) go out. */
export const DATE_REMINDER_HOUR = 9;

export const MINUTE_MS = 60_000;
export const DAY_MS = 1440 * MINUTE_MS;

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
  return start && new Date(start.getTime() - lead.minutes * MINUTE_MS);
}

/** The same wall-clock reading taken as UTC: within 1–2 hours of the true instant, and cheap. */
export function roughStartMs(m: Pick<Meeting, "date" | "start">): number | undefined {
  const d = DATE_RE.exec(m.date);
  const t = TIME_RE.exec(m.start);
  if (!d || !t) return undefined;
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
}

/** A calendar date (YYYY-MM-DD) moved by whole days; a malformed date comes back unchanged. */
export function addDays(date: string, days: number): string {
  const d = DATE_RE.exec(date);
  if (!d) return date;
  return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days)).toISOString().slice(0, 10);
}

/** A calendar date at a whole hour, Copenhagen time. */
export function dateAt(date: string, hour: number): Date | undefined {
  const d = DATE_RE.exec(date);
  if (!d) return undefined;
  return fromCopenhagen({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour, minute: 0 });
}

/** Whole days between two calendar dates, either way round. */
export function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS);
}
