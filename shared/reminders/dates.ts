/**
 * The days in the year that the yearly reminders fall on, as settings: the steering group's
 * discussion of adjustments (ADJUSTMENTS_DISCUSSION_DATE, in the autumn by default), the safety
 * plan's update (SAFETY_PLAN_UPDATE_DATE) and the status report's due date
 * (STATUS_REPORT_DUE_DATE; by default the last day of the agreement's report month). Written
 * MM-DD ("10-01" is 1 October), the same in the bot's settings and on the command line.
 */
import { monthName } from "../format/dates";
import { type Lang, t } from "../format/lang";

export interface MonthDay {
  month: number;
  day: number;
}

export interface ReminderDates {
  /** The yearly discussion of adjustments (the steering group). */
  adjustments: MonthDay;
  /** The safety plan's yearly update (the working group). */
  safetyPlan: MonthDay;
  /** The status report's due date; undefined: the last day of the agreement's report month. */
  statusReportDue: MonthDay | undefined;
}

export const defaultReminderDates: ReminderDates = {
  adjustments: { month: 10, day: 1 },
  safetyPlan: { month: 11, day: 1 },
  statusReportDue: undefined,
};

export class MonthDayError extends Error {}

/** Days per month in a year that is not a leap year: a yearly date must exist every year. */
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "10-01" → 1 October. Anything else ("1/10", "02-29", "13-01") is an error that says what to write. */
export function parseMonthDay(text: string): MonthDay {
  const m = /^\s*(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  const month = Number(m?.[1]);
  const day = Number(m?.[2]);
  const days = DAYS[month - 1];
  if (!m || days === undefined || day < 1 || day > days) {
    throw new MonthDayError(
      `"${text}" is not a day in the year: write MM-DD, e.g. 10-01 for 1 October (29 February does not come every year)`,
    );
  }
  return { month, day };
}

/** The canonical form, "10-01". */
export function monthDayLabel(md: MonthDay): string {
  return `${String(md.month).padStart(2, "0")}-${String(md.day).padStart(2, "0")}`;
}

/** "2016-10-01". */
export function dateInYear(year: number, md: MonthDay): string {
  return `${year}-${monthDayLabel(md)}`;
}

/** "1. oktober" / "1 October". */
export function monthDayText(md: MonthDay, lang: Lang): string {
  return t(lang, `${md.day}. ${monthName(md.month, "da")}`, `${md.day} ${monthName(md.month, "en")}`);
}

/** The last day of a month, as a yearly date: May → 31 May. */
export function lastDayOfMonth(month: number): MonthDay {
  return { month, day: DAYS[month - 1] ?? 28 };
}
