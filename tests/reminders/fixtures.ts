/** Shared test material for the reminder tests: the Amager agreement and meeting builders. */
import { bundledAgreement, type Meeting, type ReminderSources, type ReminderSubscriber } from "../../shared/index";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("the bundled amager agreement is missing");
export const agreement = amager;

export function meeting(date: string, start: string, extra: Partial<Meeting> = {}): Meeting {
  return { date, start, group: "working", status: "planned", ...extra };
}

export function subscriber(id: string, extra: Partial<ReminderSubscriber> = {}): ReminderSubscriber {
  return { id, lang: "da", subscribedAt: new Date("2015-01-01T00:00:00Z"), ...extra };
}

/** A year of meetings that keeps both groups within their cadence (no warnings): held before `today`, planned after. */
export function healthyYear(year: number, today: string): Meeting[] {
  const working = ["01-20", "03-10", "05-12", "08-18", "10-06", "12-01"].map((d) => meeting(`${year}-${d}`, "13:00"));
  const steering = ["02-03", "11-03"].map((d) => meeting(`${year}-${d}`, "09:00", { group: "steering" }));
  return [...working, ...steering].map((m) => (m.date < today ? { ...m, status: "held" } : m));
}

/** The tracker as the schedules read it, with these meetings and no crime figures. */
export function meetingsTracker(meetings: readonly Meeting[]): ReminderSources["tracker"] {
  return { meetings, crime: new Map(), crimeByMonth: new Map() };
}
