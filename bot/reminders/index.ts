/**
 * The reminders part, assembled on the storage it is handed (FileStorage or Azure Blob Storage,
 * as STORAGE says): the subscription service the bot core answers with, and the scheduler that
 * posts. The composition root plugs it into startBot's `reminders`.
 */
import type { ReminderSettings } from "../config/index";
import type {
  Clock,
  KeyValueStorage,
  Logger,
  ProactiveSender,
  ReportLinkIssuer,
  StorageHealth,
  SubscriptionService,
  TrackerSource,
} from "../core/ports";
import { FileStorage } from "../storage/file-storage";
import { Scheduler } from "./scheduler";
import { ReminderSubscriptions } from "./service";
import { DocumentStore } from "./store";

export interface ReminderParts {
  /** REMINDER_LEAD_TIMES (longest first), REMINDER_TICK_SECONDS and the yearly reminders' days. */
  settings: ReminderSettings;
  clock: Clock;
  tracker: TrackerSource;
  proactive: ProactiveSender;
  logger: Logger;
  /** Links to the status report's draft, offered by the yearly status-report reminder. */
  reportLinks?: ReportLinkIssuer | undefined;
}

export interface Reminders {
  subscriptions: SubscriptionService;
  scheduler: Scheduler;
  storage: KeyValueStorage;
  /** For /healthz: whether the storage is sound (no corrupt document set aside). */
  health(): Promise<StorageHealth>;
  start(): void;
  stop(): Promise<void>;
}

export function createReminders(parts: ReminderParts, storage: KeyValueStorage): Reminders {
  const docs = new DocumentStore(storage, parts.logger);
  const leadTimes = [...parts.settings.leadTimes];
  const { dates } = parts.settings;
  const subscriptions = new ReminderSubscriptions({
    docs,
    clock: parts.clock,
    leadTimes,
    dates,
    tracker: parts.tracker,
    logger: parts.logger,
  });
  const scheduler = new Scheduler({
    docs,
    tracker: parts.tracker,
    sender: parts.proactive,
    clock: parts.clock,
    logger: parts.logger,
    leadTimes,
    dates,
    tickSeconds: parts.settings.tickSeconds,
    reportLinks: parts.reportLinks,
  });
  return {
    subscriptions,
    scheduler,
    storage,
    health: async () => (storage.health ? storage.health() : { ok: true }),
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
  };
}

export { DocumentStore, FileStorage, ReminderSubscriptions, Scheduler };
