/**
 * Reading one cell's value the way the working group typed it. A grid comes from Office.js
 * (dates as serial numbers such as 42283, times as fractions such as 0.375) or from exceljs
 * (dates as Date objects holding the wall-clock value in UTC fields); ISO or Danish text and
 * "HH:MM" text are accepted too. Every parser returns undefined instead of throwing.
 */
import { isoDate } from "../format/dates";
import type { CellValue } from "./types";

const MINUTES_PER_DAY = 1440;
const MS_PER_DAY = 86_400_000;
/** Excel day 0 is 1899-12-30 for serials from 61 on (Excel counts a 29 February 1900 that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const LAST_EXCEL_SERIAL = 2_958_465; // 9999-12-31

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DANISH_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const TIME_TEXT = /^(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/i;
const WHITESPACE = /[\s\u00a0\u202f]+/g;
const CURRENCY = /^(?:dkk|kr\.?)|(?:kr\.?|dkk|,-)$/gi;
const PLAIN_INTEGER = /^[-−]?\d+$/;
const DANISH_THOUSANDS = /^[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const DANISH_DECIMAL = /^[-−]?\d+,\d+$/;
const ENGLISH_THOUSANDS = /^[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const ENGLISH_DECIMAL = /^[-−]?\d+\.\d+$/;

export function isEmptyCell(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function isValidDate(d: unknown): d is Date {
  return d instanceof Date && Number.isFinite(d.getTime());
}

/** A cell as text for names and messages: trimmed; numbers as typed; dates as YYYY-MM-DD. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isValidDate(v)) return utcDateString(v);
  return "";
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validYmd(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return isoDate({ year, month, day });
}

function utcDateString(d: Date): string {
  return isoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function minutesToTime(totalMinutes: number): string {
  const m = ((totalMinutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** Excel serial date number (Office.js `Range.values`) → "YYYY-MM-DD"; the time part is ignored. */
export function excelSerialToDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_EXCEL_SERIAL + 1) return undefined;
  // Round to the minute first, so 42283.99999999 (a float from a formula) is the next day at 00:00.
  const days = Math.floor(Math.round(serial * MINUTES_PER_DAY) / MINUTES_PER_DAY);
  if (days === 60) return undefined; // 29 February 1900 does not exist
  const epoch = days < 60 ? EXCEL_EPOCH_MS + MS_PER_DAY : EXCEL_EPOCH_MS;
  return utcDateString(new Date(epoch + days * MS_PER_DAY));
}

/** "YYYY-MM-DD" → Excel serial date number (days since 1899-12-30). */
export function dateToExcelSerial(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const iso = validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!iso) return undefined;
  const days = (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EXCEL_EPOCH_MS) / MS_PER_DAY;
  return days < 61 ? days - 1 : days;
}

/** Excel time (fraction of a day, or a serial date-time's fraction) → "HH:MM". */
export function excelSerialToTime(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_EXCEL_SERIAL + 1) return undefined;
  return minutesToTime(Math.round(serial * MINUTES_PER_DAY));
}

/** "HH:MM" → fraction of a day, as Excel stores a time. */
export function timeToExcelFraction(time: string): number | undefined {
  const t = parseTimeText(time);
  if (!t) return undefined;
  const [h, m] = t.split(":").map(Number);
  return ((h ?? 0) * 60 + (m ?? 0)) / MINUTES_PER_DAY;
}

function parseDateText(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return validYmd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dk = DANISH_DATE.exec(text);
  if (dk) return validYmd(Number(dk[3]), Number(dk[2]), Number(dk[1]));
  return undefined;
}

function parseTimeText(text: string): string | undefined {
  const m = TIME_TEXT.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59 || (m[3] !== undefined && Number(m[3]) > 59)) return undefined;
  return minutesToTime(h * 60 + min);
}

/** A date cell → "YYYY-MM-DD", or undefined when it holds no valid date. */
export function parseDateCell(v: CellValue): string | undefined {
  if (typeof v === "number") return excelSerialToDate(v);
  if (typeof v === "string") return parseDateText(v.trim());
  if (isValidDate(v)) return validYmd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  return undefined;
}

/**
 * A time cell → "HH:MM". A whole number such as 9 is refused rather than read as midnight:
 * it is almost surely "9 o'clock" typed without minutes.
 */
export function parseTimeCell(v: CellValue): string | undefined {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 0) return undefined;
    if (v >= 1 && Number.isInteger(v) && v < 367) return undefined;
    return excelSerialToTime(v);
  }
  if (typeof v === "string") return parseTimeText(v);
  if (isValidDate(v)) {
    const msOfDay = ((v.getTime() % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
    return minutesToTime(Math.round(msOfDay / 60_000));
  }
  return undefined;
}

/** Numeric text as Danes and others type it: "1.500.000", "1.500.000 kr.", "58", "2,5", "1,500.5". */
export function parseNumberText(text: string): number | undefined {
  const s = text.replace(WHITESPACE, "").replace(CURRENCY, "");
  if (s === "") return undefined;
  const sign = s.startsWith("-") || s.startsWith("−") ? -1 : 1;
  const body = sign < 0 ? s.slice(1) : s;
  let n: number;
  if (PLAIN_INTEGER.test(s)) n = Number(body);
  else if (DANISH_THOUSANDS.test(s)) n = Number(body.replace(/\./g, "").replace(",", "."));
  else if (DANISH_DECIMAL.test(s)) n = Number(body.replace(",", "."));
  else if (ENGLISH_THOUSANDS.test(s)) n = Number(body.replace(/,/g, ""));
  else if (ENGLISH_DECIMAL.test(s)) n = Number(body);
  else return undefined;
  return Number.isFinite(n) ? sign * n : undefined;
}

export type NumberCell =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "not-a-number" }
  | { kind: "negative"; value: number }
  | { kind: "fractional"; value: number };

/** Snaps 57.99999999 (a formula's float) to 58, so a cached result reads as the whole number it shows. */
function snap(n: number): number {
  const r = Math.round(n);
  return Math.abs(n - r) < 1e-9 ? r : n;
}

function numberOf(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? snap(v) : undefined;
  if (typeof v === "string") {
    const n = parseNumberText(v);
    return n === undefined ? undefined : snap(n);
  }
  return undefined;
}

/** A count of reports or activations: a whole number ≥ 0, or empty (not yet known). */
export function parseCountCell(v: CellValue): NumberCell {
  if (isEmptyCell(v)) return { kind: "empty" };
  const n = numberOf(v);
  if (n === undefined) return { kind: "not-a-number" };
  if (n < 0) return { kind: "negative", value: n };
  if (!Number.isInteger(n)) return { kind: "fractional", value: n };
  return { kind: "number", value: n === 0 ? 0 : n };
}

/** An amount in kr.: a number ≥ 0 (øre allowed), or empty. */
export function parseAmountCell(v: CellValue): NumberCell {
  if (isEmptyCell(v)) return { kind: "empty" };
  const n = numberOf(v);
  if (n === undefined) return { kind: "not-a-number" };
  if (n < 0) return { kind: "negative", value: n };
  return { kind: "number", value: n === 0 ? 0 : n };
}

/** A year: a whole number 1900–2100 (as a number, text, or a date cell's year is NOT taken). */
export function parseYearCell(v: CellValue): number | undefined {
  const n = numberOf(v);
  return n !== undefined && Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : undefined;
}

/**
 * A date or time parser that remembers what it has read: a long meeting list repeats the same
 * days and times, and reusing the result saves both the work and the garbage of new strings.
 */
export function memoizedCellParser(parse: (v: CellValue) => string | undefined): (v: CellValue) => string | undefined {
  const byNumber = new Map<number, string | null>();
  const byText = new Map<string, string | null>();
  return (v) => {
    if (typeof v === "number") {
      const hit = byNumber.get(v);
      if (hit !== undefined) return hit ?? undefined;
      const parsed = parse(v);
      if (byNumber.size < 50_000) byNumber.set(v, parsed ?? null);
      return parsed;
    }
    if (typeof v === "string") {
      const hit = byText.get(v);
      if (hit !== undefined) return hit ?? undefined;
      const parsed = parse(v);
      if (byText.size < 50_000) byText.set(v, parsed ?? null);
      return parsed;
    }
    if (v instanceof Date) {
      const t = v.getTime();
      const hit = byNumber.get(-1e15 - t);
      if (hit !== undefined) return hit ?? undefined;
      const parsed = parse(v);
      if (byNumber.size < 50_000) byNumber.set(-1e15 - t, parsed ?? null);
      return parsed;
    }
    return parse(v);
  };
}

export type PercentCell = NumberCell | { kind: "over-100"; value: number };

/**
 * A percentage 0–100: "27", "27 %", "27,5". A number between 0 and 1 is a cell formatted as
 * per cent (Excel stores 27 % as 0.27), unless the text itself says "%" ("0,5 %" is 0.5).
 */
export function parsePercentCell(v: CellValue): PercentCell {
  if (isEmptyCell(v)) return { kind: "empty" };
  const text = typeof v === "string" ? v.trim() : undefined;
  const percentSign = text !== undefined && /%$/.test(text);
  const n = percentSign ? numberOf(text.replace(/%$/, "")) : numberOf(v);
  if (n === undefined) return { kind: "not-a-number" };
  if (n < 0) return { kind: "negative", value: n };
  // Rounded to a millionth of a point: 0.275 × 100 is 27.500000000000004 in floating point.
  const value = !percentSign && n > 0 && n < 1 ? Math.round(n * 1e8) / 1e6 : n;
  if (value > 100) return { kind: "over-100", value };
  return { kind: "number", value: value === 0 ? 0 : value };
}
