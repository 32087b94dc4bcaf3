/**
 * Lead times: how long before a meeting its reminders go out, written as in
 * REMINDER_LEAD_TIMES ("7d,1d", "2h", "30m").
 */
import type { Lang } from "../format/lang";
import { listText } from "../format/list";

export interface LeadTime {
  minutes: number;
  /** Canonical form ("7d", "2h", "30m"); part of the ledger key, so it must not drift. */
  label: string;
}

export class LeadTimeError extends Error {}

const UNIT_MINUTES = { d: 1440, h: 60, m: 1 } as const;

/** The canonical label: the largest unit that divides the minutes exactly. */
export function leadLabel(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

/**
 * Parses "7d,1d" into lead times, longest first, duplicates dropped.
 * Anything else ("7", "1w", "-1d", "0d", "") is an error that names the bad part.
 */
export function parseLeadTimes(text: string): LeadTime[] {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.every((p) => p === "")) {
    throw new LeadTimeError('no lead times given: write them like "7d,1d" (d = days, h = hours, m = minutes)');
  }
  const minutes = new Set<number>();
  for (const part of parts) {
    const m = /^(\d{1,5})\s*([dhm])$/i.exec(part);
    if (!m) {
      throw new LeadTimeError(`"${part}" is not a lead time: write a whole number and d, h or m, e.g. "7d,1d", "2h", "30m"`);
    }
    const value = Number(m[1]) * UNIT_MINUTES[(m[2] ?? "m").toLowerCase() as keyof typeof UNIT_MINUTES];
    if (value <= 0) throw new LeadTimeError(`"${part}" is not a lead time: it must be more than zero`);
    if (value > 366 * 1440) throw new LeadTimeError(`"${part}" is too long a lead time (at most a year)`);
    minutes.add(value);
  }
  return [...minutes].sort((a, b) => b - a).map((value) => ({ minutes: value, label: leadLabel(value) }));
}

/** "7 dage og 1 dag" / "7 days and 1 day". */
export function leadTimesText(leadTimes: readonly LeadTime[], lang: Lang): string {
  const words = leadTimes.map(({ minutes }) => {
    const [n, da1, daN, en1, enN] =
      minutes % 1440 === 0
        ? [minutes / 1440, "dag", "dage", "day", "days"]
        : minutes % 60 === 0
          ? [minutes / 60, "time", "timer", "hour", "hours"]
          : [minutes, "minut", "minutter", "minute", "minutes"];
    return `${n} ${lang === "da" ? (n === 1 ? da1 : daN) : n === 1 ? en1 : enN}`;
  });
  return listText(words, lang);
}
