/**
 * The composition root: every real dependency of the bot, built from the one parsed
 * configuration (bot/config/), here and nowhere else. `npm run bot` and `npm start` reach it
 * through launchBot (bot/launch.ts). A test may replace the clock or the tracker with its own;
 * everything else is what production runs.
 */

import { basename } from "node:path";
import { clockFor } from "./clock";
import { type BotConfig, ConfigError } from "./config/index";
import { ConversationMemory } from "./core/conversation-memory";
import type { Clock, KeyValueStorage, Logger, TrackerSource } from "./core/ports";
import { sharedAnswerEngine } from "./core/shared-answer-engine";
import type { BotDependencies } from "./http/server";
import { createReminders } from "./reminders/index";
import { ReportLinks } from "./reports/report-links";
import { ActivityGate } from "./security/activity-gate";
import { createTrackerSource } from "./sources/tracker-source-factory";
import { StorageUnusableError } from "./storage/file-storage";
import { createStorage } from "./storage/storage-factory";

/** What a test may bring instead of the real part. */
export interface Replacements {
  /** Instead of the real clock (or PARTNERSKAB_NOW's): one a test moves by hand. */
  clock?: Clock;
  /** Instead of the source TRACKER_SOURCE names. */
  tracker?: TrackerSource;
}

/** What the status report names as its figures' source. */
function reportSource(config: BotConfig): string {
  return config.tracker.source === "file" ? basename(config.tracker.file) : "Microsoft 365";
}

/**
 * Builds the bot's dependencies. Async so that a part may be loaded only when the settings ask
 * for it (`await import()` of the Graph or Blob modules). Throws ConfigError or
 * AgreementLoadError for setup mistakes found while building (an unknown AGREEMENT, an
 * unreadable GRAPH_CA_FILE).
 */
export async function composeBot(config: BotConfig, logger: Logger, replace: Replacements = {}): Promise<BotDependencies> {
  const clock = replace.clock ?? clockFor(config.clock.startAt);
  const tracker = replace.tracker ?? (await createTrackerSource(config.tracker, { clock, logger }));
  const gate = new ActivityGate({ ...config.security, clock, logger });
  // One storage for the reminders, the report link key and the conversations' previous questions,
  // opened (and checked) only when first needed.
  let opened: Promise<KeyValueStorage> | undefined;
  const storage = () => {
    opened ??= openStorage(config, logger).catch((err: unknown) => {
      opened = undefined; // tried again on the next use
      throw err;
    });
    return opened;
  };
  const links = new ReportLinks({ baseUrl: config.reports.publicBaseUrl, clock, secret: config.reports.linkSecret, storage });
  return {
    listen: { ...config.http },
    credentials: config.credentials,
    logger,
    clock,
    tracker,
    engine: sharedAnswerEngine,
    gate,
    memory: new ConversationMemory(storage, logger),
    // Built once the Teams edge can post, before the server listens; the storage is opened only then.
    reminders: async (proactive) =>
      createReminders({ settings: config.reminders, clock, tracker, proactive, logger, reportLinks: links }, await storage()),
    reports: { links, source: reportSource(config) },
  };
}

/**
 * The storage, ready: a STORAGE_DIR that cannot be used stops the start with one line
 * (ConfigError), like any other bad setting, instead of a bot that says ok and then fails every
 * subscription.
 */
async function openStorage(config: BotConfig, logger: Logger): Promise<KeyValueStorage> {
  const storage = await createStorage(config.storage);
  try {
    const opened = (await storage.open?.()) as { removedTemporaryFiles?: number } | undefined;
    if (opened?.removedTemporaryFiles) {
      logger.info(
        { dir: config.storage.kind === "file" ? config.storage.dir : undefined, removed: opened.removedTemporaryFiles },
        "storage: removed temporary files a stopped writer left",
      );
    }
  } catch (err) {
    if (err instanceof StorageUnusableError) throw new ConfigError(`STORAGE_DIR ("${err.dir}"): ${err.message}`);
    throw err;
  }
  return storage;
}
