/**
 * The tracker's Møder sheet and the group calendar, combined as configured:
 * - replace: the calendar is the record of meetings;
 * - merge: a calendar meeting on the same date for the same group stands in for the tracker's
 *   row (Outlook knows when a meeting was cancelled or moved), keeping the row's place and topic
 *   where Outlook has none; rows without a calendar match and calendar-only meetings both stay.
 */
import type { TrackerMeeting } from "../../../shared/index";

export type CalendarMode = "merge" | "replace";

const byDateAndTime = (a: TrackerMeeting, b: TrackerMeeting) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start);

export function combineMeetings(
  tracker: readonly TrackerMeeting[],
  calendar: readonly TrackerMeeting[],
  mode: CalendarMode,
): TrackerMeeting[] {
  if (mode === "replace") return [...calendar].sort(byDateAndTime);
  const rowsByKey = new Map<string, TrackerMeeting[]>();
  for (const row of tracker) {
    const k = `${row.date}|${row.group}`;
    rowsByKey.set(k, [...(rowsByKey.get(k) ?? []), row]);
  }
  const combined: TrackerMeeting[] = [];
  for (const event of calendar) {
    const rows = rowsByKey.get(`${event.date}|${event.group}`);
    const row = rows?.shift();
    combined.push(
      row
        ? {
            ...event,
            place: event.place ?? row.place,
            topic: event.topic ?? row.topic,
            ...(row.source ? { source: row.source } : {}),
          }
        : event,
    );
  }
  for (const rows of rowsByKey.values()) combined.push(...rows);
  return combined.sort(byDateAndTime);
}
