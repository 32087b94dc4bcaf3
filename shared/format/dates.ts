/**
 * Dates and times in Europe/Copenhagen, written as people write them:
 * "6. oktober 2015 kl. 9.00" and "6 October 2015 at 09:00".
 * Uses Intl only for the time-zone arithmetic, which every browser and Node provide.
 */
import type { Lang } from "./lang";

export const TIME_ZONE = "Europe/Copenhagen";

const MONTHS: Record<Lang, readonly string[]> = {
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};
const WEEKDAYS: Record<Lang, readonly string[]> = {
  da: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/** A calendar date and wall-clock time in Copenhagen. */
export interface LocalDateTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

let partsFormatter: Intl.DateTimeFormat | undefined;
function formatter(): Intl.DateTimeFormat {
  partsFormatter ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  return partsFormatter;
}

/** The Copenhagen wall-clock reading of an instant. */
export function toCopenhagen(instant: Date): LocalDateTime & { second: number } {
  const parts = formatter().formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? "0");
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute"), second: get("second") };
}

/**
 * The instant at which Copenhagen's clocks show this wall-clock time. In the spring gap
 * (02:00–03:00 on the last Sunday of March) the time is taken one hour later; in the autumn
 * overlap the first (summer-time) occurrence is chosen.
 */
export function fromCopenhagen(local: LocalDateTime): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // Copenhagen is UTC+1 or UTC+2; try the summer offset first so overlaps resolve to summer time.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    const back = toCopenhagen(candidate);
    if (
      back.year === local.year &&
      back.month === local.month &&
      back.day === local.day &&
      back.hour === local.hour &&
      back.minute === local.minute
    ) {
      return candidate;
    }
  }
  // Spring-forward gap: the wall time does not exist; move it an hour on (02:30 → 03:30).
  return new Date(asUtc - 1 * 3_600_000);
}

export function isoDate(d: { year: number; month: number; day: number }): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** The Copenhagen calendar date of an instant, as YYYY-MM-DD. */
export function copenhagenDate(instant: Date): string {
  return isoDate(toCopenhagen(instant));
}

export function copenhagenYear(instant: Date): number {
  return toCopenhagen(instant).year;
}

function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const [y, m, d] = date.split("-").map(Number);
  return { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
}

function weekday(date: { year: number; month: number; day: number }): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** "6. oktober 2015" / "6 October 2015"; withWeekday gives "tirsdag den 6. oktober 2015" / "Tuesday 6 October 2015". */
export function formatDate(date: string, lang: Lang, withWeekday = false): string {
  const d = parseIsoDate(date);
  const month = MONTHS[lang][d.month - 1] ?? "";
  const wd = WEEKDAYS[lang][weekday(d)] ?? "";
  if (lang === "da") return `${withWeekday ? `${wd} den ` : ""}${d.day}. ${month} ${d.year}`;
  return `${withWeekday ? `${wd} ` : ""}${d.day} ${month} ${d.year}`;
}

/** "9.00" (da, as in "kl. 9.00") / "09:00" (en). time is "HH:MM". */
export function formatTime(time: string, lang: Lang): string {
  const [h = "0", m = "00"] = time.split(":");
  return lang === "da" ? `${Number(h)}.${m.padStart(2, "0")}` : `${h.padStart(2, "0")}:${m.padStart(2, "0")}`;
}

/** "6. oktober 2015 kl. 9.00" / "6 October 2015 at 09:00". */
export function formatDateTime(date: string, time: string, lang: Lang, withWeekday = false): string {
  return lang === "da"
    ? `${formatDate(date, lang, withWeekday)} kl. ${formatTime(time, lang)}`
    : `${formatDate(date, lang, withWeekday)} at ${formatTime(time, lang)}`;
}

/**
 * A meeting's date and time: "tirsdag den 16. juni 2015 kl. 14.00–16.00" / "Tuesday 16 June 2015,
 * 14:00–16:00" (no "at" before a range in English), or with its start only.
 */
export function formatMeetingTime(date: string, start: string, end: string | undefined, lang: Lang): string {
  if (!end) return formatDateTime(date, start, lang, true);
  const range = `${formatTime(start, lang)}–${formatTime(end, lang)}`;
  return lang === "da" ? `${formatDate(date, lang, true)} kl. ${range}` : `${formatDate(date, lang, true)}, ${range}`;
}

/** An instant shown in Copenhagen time. */
export function formatInstant(instant: Date, lang: Lang): string {
  const l = toCopenhagen(instant);
  return formatDateTime(isoDate(l), `${l.hour}:${String(l.minute).padStart(2, "0")}`, lang);
}

export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1] ?? String(month);
}
