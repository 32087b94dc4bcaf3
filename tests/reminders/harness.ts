/** A scheduler under test: hand-moved clock, a tracker whose meetings the test edits, a recording sender. */
import type {
  Clock,
  ConversationAddress,
  KeyValueStorage,
  Logger,
  OutgoingMessage,
  ProactiveSender,
  TrackerSnapshot,
  TrackerSource,
} from "../../bot/core/ports";
import { Scheduler } from "../../bot/reminders/scheduler";
import { ReminderSubscriptions } from "../../bot/reminders/service";
import { DocumentStore } from "../../bot/reminders/store";
import { defaultReminderDates, type Meeting, parseLeadTimes, type ReminderDates, type TrackerData } from "../../shared/index";
import { agreement } from "./fixtures";

export class TestClock implements Clock {
  private ms: number;
  constructor(start: string) {
    this.ms = Date.parse(start);
  }
  now(): Date {
    return new Date(this.ms);
  }
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export class EditableTracker implements TrackerSource {
  /** Monthly crime figures by category, then year (the projection alert reads them). */
  crimeByMonth: TrackerData["crimeByMonth"] = new Map();
  private readonly listeners: Array<() => void> = [];
  constructor(public meetings: Meeting[]) {}
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }
  /** New monthly figures, as a read that finds a new version of the tracker tells its listeners. */
  setMonths(months: TrackerData["crimeByMonth"]): void {
    this.crimeByMonth = months;
    for (const listener of this.listeners) listener();
  }
  async current(): Promise<TrackerSnapshot> {
    const tracker: TrackerData = {
      agreementRef: "amager",
      crime: new Map(),
      crimeByMonth: this.crimeByMonth,
      meetings: this.meetings,
      sspActivations: new Map(),
      safetyIndex: [],
      safetySurvey: [],
      budget: [],
      activities: [],
    };
    return { agreement, tracker, readAt: new Date() };
  }
}

export class RecordingSender implements ProactiveSender {
  sent: Array<{ address: ConversationAddress; message: OutgoingMessage }> = [];
  failNext = 0;
  async send(address: ConversationAddress, message: OutgoingMessage): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error("connector said 503");
    }
    this.sent.push({ address, message });
  }
}

/**
 * The words of a reminder post as a partner reads them: the card's text block (under its title),
 * the post being the card alone, its `text` the notification line (checked to be card-only here).
 */
export function cardWords(message: OutgoingMessage): string {
  // A message with a card goes to Teams as the card alone (bot/teams/address.ts, tests/bot/activity-for.test.ts).
  if (!message.card) throw new Error(`not a card: ${JSON.stringify(message)}`);
  const block = message.card.body[1];
  if (block?.type !== "TextBlock" || typeof block.text !== "string") throw new Error("the card has no text block under its title");
  return block.text;
}

export function recordingLog(): Logger & { lines: Array<{ level: string; message: string; data: Record<string, unknown> }> } {
  const lines: Array<{ level: string; message: string; data: Record<string, unknown> }> = [];
  const at = (level: string) => (data: Record<string, unknown>, message: string) => void lines.push({ level, message, data });
  return { lines, info: at("info"), warn: at("warn"), error: at("error") };
}

export function address(conversationId: string): ConversationAddress {
  return { conversationId, channelId: "msteams", serviceUrl: "http://127.0.0.1:1/", reference: { conversation: { id: conversationId } } };
}

export interface Rig {
  scheduler: Scheduler;
  service: ReminderSubscriptions;
  sender: RecordingSender;
  log: ReturnType<typeof recordingLog>;
}

/**
 * The yearly reminders (status report, adjustments, safety plan) moved to the last days of
 * December, for tests about meeting reminders whose windows must hold nothing else; the yearly
 * kinds have tests of their own.
 */
export const yearlyInDecember: ReminderDates = {
  adjustments: { month: 12, day: 29 },
  safetyPlan: { month: 12, day: 30 },
  statusReportDue: { month: 12, day: 31 },
};

/** A scheduler and subscription service over `storage`, as one bot process would have them. */
export function rig(
  storage: KeyValueStorage,
  clock: Clock,
  tracker: TrackerSource,
  lead = "7d,1d",
  sender = new RecordingSender(),
  dates: ReminderDates = defaultReminderDates,
): Rig {
  const docs = new DocumentStore(storage);
  const leadTimes = parseLeadTimes(lead);
  const log = recordingLog();
  const scheduler = new Scheduler({ docs, tracker, sender, clock, logger: log, leadTimes, dates, tickSeconds: 30 });
  const service = new ReminderSubscriptions({ docs, clock, leadTimes, dates, tracker, logger: log });
  return { scheduler, service, sender, log };
}
