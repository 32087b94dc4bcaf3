/**
 * Outlook calendar events as the agreement's meetings: which group (by category, or by a
 * subject prefix such as "Styregruppe:" or "AG:"), the Copenhagen date and time, and the status
 * (cancelled in Outlook, held once over, planned before). Events of neither group are left out.
 */
import {
  copenhagenYear,
  foldDanish,
  fromCopenhagen,
  isoDate,
  type MeetingGroup,
  type MeetingStatus,
  normalizeName,
  type TrackerMeeting,
  toCopenhagen,
} from "../../../shared/index";

export interface CalendarEvent {
  subject?: string | null;
  categories?: readonly string[] | null;
  isCancelled?: boolean | null;
  isAllDay?: boolean | null;
  start?: { dateTime?: string; timeZone?: string } | null;
  end?: { dateTime?: string; timeZone?: string } | null;
  location?: { displayName?: string | null } | null;
}

export interface GroupNames {
  steering: readonly string[];
  working: readonly string[];
}

/** From 1 January last year to the end of next year, Copenhagen time: this year's cadence, last year's and the next meeting. */
export function calendarWindow(now: Date): { start: Date; end: Date } {
  const year = copenhagenYear(now);
  return {
    start: fromCopenhagen({ year: year - 1, month: 1, day: 1, hour: 0, minute: 0 }),
    end: fromCopenhagen({ year: year + 2, month: 1, day: 1, hour: 0, minute: 0 }),
  };
}

/** The calendarView URL for a group's or a mailbox's calendar, relative to the version root. */
export function calendarViewUrl(calendar: { kind: "group"; groupId: string } | { kind: "user"; user: string }, now: Date): string {
  const { start, end } = calendarWindow(now);
  const owner =
    calendar.kind === "group" ? `/groups/${encodeURIComponent(calendar.groupId)}` : `/users/${encodeURIComponent(calendar.user)}`;
  const query = [
    `startDateTime=${start.toISOString()}`,
    `endDateTime=${end.toISOString()}`,
    "$select=subject,categories,isCancelled,isAllDay,start,end,location",
    "$orderby=start/dateTime",
    "$top=200",
  ].join("&");
  return `${owner}/calendarView?${query}`;
}

/** Ask Graph for times in UTC; we convert to Copenhagen ourselves with the shared helpers. */
export const CALENDAR_HEADERS: Record<string, string> = { Prefer: 'outlook.timezone="UTC"' };

const key = (s: string) => foldDanish(normalizeName(s));

function groupOf(event: CalendarEvent, names: GroupNames): { group: MeetingGroup; topic: string | undefined } | undefined {
  const subject = (event.subject ?? "").trim();
  const byGroup: [MeetingGroup, readonly string[]][] = [
    ["steering", names.steering],
    ["working", names.working],
  ];
  for (const category of event.categories ?? []) {
    for (const [group, list] of byGroup) if (list.some((n) => key(n) === key(category))) return { group, topic: subject || undefined };
  }
  for (const [group, list] of byGroup) {
    for (const name of list) {
      // "Styregruppe: budget", "SG – budget", "AG - status"; a bare word must not match "Agenda".
      const m = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*(?::|\\s[-–—])\\s*(.*)$`, "iu").exec(subject);
      if (m) return { group, topic: m[1]?.trim() || undefined };
    }
  }
  return undefined;
}

/** An Outlook date-time in UTC or Copenhagen time as a Copenhagen wall-clock reading. */
function wallClock(value: { dateTime?: string; timeZone?: string } | null | undefined) {
  const dt = value?.dateTime;
  if (!dt) return undefined;
  const zone = (value?.timeZone ?? "UTC").trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(dt);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (/^(utc|etc\/utc|coordinated universal time)$/i.test(zone)) {
    const local = toCopenhagen(new Date(Date.UTC(y, mo - 1, d, h, mi)));
    return { ...local, instant: new Date(Date.UTC(y, mo - 1, d, h, mi)) };
  }
  if (/^(romance standard time|europe\/copenhagen)$/i.test(zone)) {
    const local = { year: y, month: mo, day: d, hour: h, minute: mi };
    return { ...local, instant: fromCopenhagen(local) };
  }
  return undefined;
}

const hhmm = (t: { hour: number; minute: number }) => `${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;

/** One event as a meeting, or undefined when it belongs to neither group or has no usable time. */
export function eventToMeeting(event: CalendarEvent, names: GroupNames, now: Date): TrackerMeeting | undefined {
  if (event.isAllDay) return undefined; // a whole-day entry is a deadline or a note, not a meeting with a time
  const matched = groupOf(event, names);
  const start = wallClock(event.start);
  if (!matched || !start) return undefined;
  const end = wallClock(event.end);
  const over = (end?.instant ?? start.instant).getTime() <= now.getTime();
  const status: MeetingStatus = event.isCancelled ? "cancelled" : over ? "held" : "planned";
  const place = event.location?.displayName?.trim() || undefined;
  return {
    date: isoDate(start),
    start: hhmm(start),
    ...(end ? { end: hhmm(end) } : {}),
    group: matched.group,
    ...(place ? { place } : {}),
    ...(matched.topic ? { topic: matched.topic } : {}),
    status,
  };
}

export function eventsToMeetings(events: readonly CalendarEvent[], names: GroupNames, now: Date): TrackerMeeting[] {
  return events.flatMap((e) => eventToMeeting(e, names, now) ?? []);
}
