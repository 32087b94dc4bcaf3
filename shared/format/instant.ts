/**
 * Reading a clock setting as an instant, one way for the bot and the CLI alike:
 * PARTNERSKAB_NOW, `--now` and `--today`.
 *
 *   2016-09-01                           that Copenhagen date, at noon (well inside the day)
 *   2016-09-01T09:00, 2016-09-01 09:00   Copenhagen wall-clock time, summer or winter (seconds and
 *                                        fractions optional)
 *   2016-09-01T09:00:00+02:00, …Z, …+0200  exactly that instant
 *
 * Impossible dates are refused, never rolled over (2016-02-30 is no 1 March), and years run from
 * 1900 to 2100: a typo in a clock setting should stop with a reason, not move the clock by a month
 * or a millennium without a word.
 */
import { fromCopenhagen, monthName } from "./dates";

export const INSTANT_YEARS = { min: 1900, max: 2100 } as const;

export type InstantReading =
  | { ok: true; instant: Date }
  | {
      ok: false;
      /** format: not ISO 8601 at all; date: no such date, time or offset; year: outside INSTANT_YEARS. */
      problem: "format" | "date" | "year";
      /** Why, in a few English words for a one-line setting error, e.g. "there is no 30 February 2016". */
      reason: string;
    };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const MINUTE_MS = 60_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The offset "+02:00", "-0130" or "Z" in minutes east of UTC; undefined when it is no offset. */
function offsetMinutes(zone: string): number | undefined {
  if (zone === "Z") return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(-2));
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}

/** Reads a clock setting; see the module comment for the forms it takes. */
export function readInstant(text: string): InstantReading {
  const m = ISO.exec(text.trim());
  if (!m) return { ok: false, problem: "format", reason: "not an ISO 8601 date or time" };
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < INSTANT_YEARS.min || year > INSTANT_YEARS.max)
    return { ok: false, problem: "year", reason: `the year must be ${INSTANT_YEARS.min}–${INSTANT_YEARS.max}` };
  if (month < 1 || month > 12) return { ok: false, problem: "date", reason: `there is no month ${mo}` };
  if (day < 1 || day > daysInMonth(year, month))
    return { ok: false, problem: "date", reason: `there is no ${day} ${monthName(month, "en")} ${year}` };
  // A date alone is that Copenhagen date: noon, so no offset can move it to another day.
  const hour = h === undefined ? 12 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59)
    return { ok: false, problem: "date", reason: `there is no ${h}:${mi}${s === undefined ? "" : `:${s}`} on a clock` };
  const ms = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, "0"));
  if (zone === undefined) {
    // Copenhagen wall-clock time: the offset (+01:00 or +02:00) is the one Copenhagen has that day.
    const local = fromCopenhagen({ year, month, day, hour, minute });
    return { ok: true, instant: new Date(local.getTime() + second * 1000 + ms) };
  }
  const offset = offsetMinutes(zone);
  if (offset === undefined) return { ok: false, problem: "date", reason: `${zone} is not an offset from UTC` };
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * MINUTE_MS;
  return { ok: true, instant: new Date(utc) };
}

/** The instant a clock setting names, or undefined when it names none (readInstant says why). */
export function parseInstant(text: string): Date | undefined {
  const reading = readInstant(text);
  return reading.ok ? reading.instant : undefined;
}
