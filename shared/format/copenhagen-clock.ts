/**
 * The Copenhagen wall clock for "now", cheaply. Intl's time-zone conversion costs microseconds
 * per call, too much for an answer path meant to do tens of thousands of questions a second.
 * Copenhagen's UTC offset only changes on a whole UTC hour (01:00 UTC, daylight saving), so
 * the offset is looked up once per UTC hour and cached.
 */
import { isoDate, type LocalDateTime, toCopenhagen } from "./dates";

const HOUR_MS = 3_600_000;
const MAX_CACHED_HOURS = 10_000;
const offsetByUtcHour = new Map<number, number>();

function offsetMs(utcHour: number): number {
  let offset = offsetByUtcHour.get(utcHour);
  if (offset === undefined) {
    const start = utcHour * HOUR_MS;
    const l = toCopenhagen(new Date(start));
    offset = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - start;
    if (offsetByUtcHour.size >= MAX_CACHED_HOURS) offsetByUtcHour.clear();
    offsetByUtcHour.set(utcHour, offset);
  }
  return offset;
}

export interface CopenhagenNow extends LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** "YYYY-MM-DD HH:MM", comparable as text with a meeting's date and start. */
  minuteKey: string;
}

/** The last instant asked for: one answer asks for the same "now" several times. */
let last: { ms: number; now: CopenhagenNow } | undefined;

/** The Copenhagen calendar date and time of an instant. */
export function copenhagenNow(instant: Date): CopenhagenNow {
  const ms = instant.getTime();
  if (last?.ms === ms) return last.now;
  const now = wallClock(ms);
  last = { ms, now };
  return now;
}

function wallClock(ms: number): CopenhagenNow {
  const local = new Date(ms + offsetMs(Math.floor(ms / HOUR_MS)));
  const parts = {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
  const date = isoDate(parts);
  return Object.freeze(
    Object.assign(parts, { date, minuteKey: `${date} ${String(parts.hour).padStart(2, "0")}:${String(parts.minute).padStart(2, "0")}` }),
  );
}
