/**
 * What the yearly reminders share: a day in the year (a setting) at 9.00, each year of the
 * agreement's period, found in a window of time; and the group's next planned meeting, which
 * the reminder names so the duty can go on its agenda.
 */
import { withinPeriod } from "../agreement/period";
import type { Agreement, MeetingGroup } from "../agreement/schema";
import { copenhagenYear } from "../format/dates";
import type { Meeting } from "../meetings";
import { DATE_REMINDER_HOUR, dateAt } from "./calendar";
import { dateInYear, type MonthDay } from "./dates";

export interface YearlyDate {
  year: number;
  /** YYYY-MM-DD */
  date: string;
  dueAt: Date;
}

/** The day in each year at 9.00 (Copenhagen) that falls in (from, to] and inside the agreement's period. */
export function yearlyDates(agreement: Agreement, day: MonthDay, from: Date, to: Date): YearlyDate[] {
  const out: YearlyDate[] = [];
  for (let year = copenhagenYear(from); year <= copenhagenYear(to); year++) {
    const date = dateInYear(year, day);
    if (!withinPeriod(agreement, date)) continue;
    const dueAt = dateAt(date, DATE_REMINDER_HOUR);
    if (!dueAt || dueAt.getTime() <= from.getTime() || dueAt.getTime() > to.getTime()) continue;
    out.push({ year, date, dueAt });
  }
  return out;
}

/** The group's first planned meeting on or after a date, for "sæt det på dagsordenen for …". */
export function nextPlannedMeeting(meetings: readonly Meeting[], group: MeetingGroup, date: string): Meeting | undefined {
  let best: Meeting | undefined;
  for (const m of meetings) {
    if (m.group !== group || m.status !== "planned" || m.date < date) continue;
    if (!best || `${m.date} ${m.start.padStart(5, "0")}` < `${best.date} ${best.start.padStart(5, "0")}`) best = m;
  }
  return best;
}
