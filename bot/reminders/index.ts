/**
 * The reminders part, assembled: storage (FileStorage in STORAGE_DIR unless another
 * KeyValueStorage such as BlobsStorage is handed in), the subscription service the bot core
 * answers with, and the scheduler that posts. Plugs into startBot's `reminders` option.
 */
import type { LeadTime } from "../../shared/index";
import type { Clock, Logger, ProactiveSender, SubscriptionService, TrackerSource } from "../core/ports";
import { FileStorage } from "../storage/file-storage";
import type { KeyValueStorage } from "../storage/key-value-storage";
import { Scheduler } from "./scheduler";
import { ReminderSubscriptions } from "./service";
import { DocumentStore } from "./store";

export interface ReminderSettings {
  storageDir: string;
  /** Longest first (bot/config.ts parses REMINDER_LEAD_TIMES). */
  reminderLeadTimes: readonly LeadTime[];
  reminderTickSeconds: number;
}

export interface ReminderParts {
  config: ReminderSettings;
  clock: Clock;
  tracker: TrackerSource;
  proactive: ProactiveSender;
  logger: Logger;
}

export interface Reminders {
  subscriptions: SubscriptionService;
  scheduler: Scheduler;
  storage: KeyValueStorage;
  start(): void;
  stop(): Promise<void>;
}

export function createReminders(parts: ReminderParts, storage: KeyValueStorage = new FileStorage(parts.config.storageDir)): Reminders {
  const docs = new DocumentStore(storage);
  const leadTimes = [...parts.config.reminderLeadTimes];
  const subscriptions = new ReminderSubscriptions({ docs, clock: parts.clock, leadTimes, tracker: parts.tracker, logger: parts.logger });
  const scheduler = new Scheduler({
    docs,
    tracker: parts.tracker,
    sender: parts.proactive,
    clock: parts.clock,
    logger: parts.logger,
    leadTimes,
    tickSeconds: parts.config.reminderTickSeconds,
  });
  return {
    subscriptions,
    scheduler,
    storage,
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
  };
}

export { DocumentStore, FileStorage, ReminderSubscriptions, Scheduler };
