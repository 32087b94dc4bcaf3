/**
 * Meetings and the agreement's cadence: the steering group (styregruppe) at least 2 a year,
 * the working group (arbejdsgruppe) 6 to 8 a year.
 */
import type { Agreement, MeetingGroup } from "./agreement/schema";

export type MeetingStatus = "planned" | "held" | "cancelled";
export const meetingGroups: readonly MeetingGroup[] = ["steering", "working"];

export interface Meeting {
  /** YYYY-MM-DD, Copenhagen calendar date */
  date: string;
  /** HH:MM, Copenhagen wall-clock time */
  start: string;
  end?: string;
  group: MeetingGroup;
  place?: string;
  topic?: string;
  status: MeetingStatus;
}

export interface GroupCadence {
  group: MeetingGroup;
  year: number;
  held: number;
  /** Planned meetings on or after today. */
  plannedAhead: number;
  /** Still marked planned though the date has passed (the tracker wants updating). */
  plannedPast: number;
  cancelled: number;
  min: number;
  max: number | undefined;
  /** Held plus planned ahead reaches the minimum. */
  canReachMin: boolean;
  /** Held plus all planned exceed the maximum. */
  overMax: boolean;
  /** The year is over (judged by today). */
  finished: boolean;
}

/**
 * Cadence per group for a year. `today` is the Copenhagen date (YYYY-MM-DD) against which
 * "ahead" and "past" are judged.
 */
export function cadenceForYear(agreement: Agreement, meetings: readonly Meeting[], year: number, today: string): GroupCadence[] {
  return meetingGroups.map((group) => {
    const rule = agreement.cadence[group];
    let held = 0;
    let plannedAhead = 0;
    let plannedPast = 0;
    let cancelled = 0;
    for (const m of meetings) {
      if (m.group !== group || !m.date.startsWith(`${year}-`)) continue;
      if (m.status === "held") held++;
      else if (m.status === "cancelled") cancelled++;
      else if (m.date >= today) plannedAhead++;
      else plannedPast++;
    }
    return {
      group,
      year,
      held,
      plannedAhead,
      plannedPast,
      cancelled,
      min: rule.min,
      max: rule.max,
      canReachMin: held + plannedAhead >= rule.min,
      overMax: rule.max !== undefined && held + plannedAhead + plannedPast > rule.max,
      finished: today > `${year}-12-31`,
    };
  });
}
