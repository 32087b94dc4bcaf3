/**
 * Starting the bot from the environment: settings, clock, tracker, server. Shared by
 * `npm run bot` (bot/main.ts) and `npm start` (scripts/start.ts). Setup mistakes come back as
 * one line (LaunchError), never a stack trace. A tracker in Microsoft 365 that cannot be read
 * at start is not one: the bot starts anyway (see unreadableAtStart).
 */
import { AgreementLoadError } from "../files/agreement-file";
import { clockFor } from "./clock";
import { type BotConfig, ConfigError, loadConfig } from "./config";
import { TrackerUnavailableError } from "./core/errors";
import type { Logger, TrackerSource } from "./core/ports";
import { type BotOptions, type RunningBot, startBot } from "./http/server";
import { createLogger } from "./log";
import { createReminders, type ReminderParts } from "./reminders/index";
import { GraphConfigError, type TrackerSourceKind, trackerSourceKind } from "./sources/graph/graph-config";
import { createTrackerSource, unreadableAtStart } from "./sources/tracker-source-factory";
import { createStorage, storageSettings } from "./storage/storage-factory";

export class LaunchError extends Error {}

export interface LaunchedBot {
  bot: RunningBot;
  config: BotConfig;
  /** TRACKER_SOURCE. */
  trackerSource: TrackerSourceKind;
  /** False when the bot started without a first good read (Graph unreachable); it keeps trying. */
  trackerReady: boolean;
}

/**
 * The first read, before the server listens: it warms the source's cache and finds setup
 * mistakes. Whether a failure stops the start depends on the source (unreadableAtStart).
 */
async function readAtStart(tracker: TrackerSource, kind: TrackerSourceKind, logger: Logger): Promise<boolean> {
  try {
    await tracker.current();
    return true;
  } catch (err) {
    if (!(err instanceof TrackerUnavailableError)) throw err;
    const { stopsStart, hint } = unreadableAtStart(kind);
    if (stopsStart) throw new LaunchError(`${err.reason} (${hint})`);
    logger.warn(
      { source: kind, reason: err.reason, hint },
      "the tracker cannot be read at start; starting anyway: questions get a polite 'cannot read the figures right now', " +
        "/healthz says tracker ok: false, and the source is tried again on later questions",
    );
    return false;
  }
}

export async function launchBot(
  env: Record<string, string | undefined>,
  logger: Logger = createLogger(),
  extra: BotOptions = {},
): Promise<LaunchedBot> {
  try {
    const config = loadConfig(env);
    const clock = clockFor(config.startAt);
    // TRACKER_SOURCE picks a workbook on disk (default) or one in Microsoft 365 via Graph.
    const trackerSource = trackerSourceKind(env);
    const tracker =
      extra.tracker ?? createTrackerSource({ env, clock, logger, trackerFile: config.trackerFile, agreement: config.agreement });
    // Reminders (issue 5): subscriptions and the scheduler, on FileStorage in STORAGE_DIR, unless `extra` brings its own.
    // STORAGE=file (STORAGE_DIR) or blob (Azure Blob Storage, for several instances); read now so a mistake stops the start.
    const storage = storageSettings(env);
    // After every setting is checked: a configuration mistake stops the start before any network wait.
    const trackerReady = await readAtStart(tracker, trackerSource, logger);
    const reminders = extra.subscriptions ? {} : { reminders: (deps: ReminderParts) => createReminders(deps, createStorage(storage)) };
    const bot = await startBot(config, { logger, clock, tracker, ...reminders, ...extra });
    return { bot, config, trackerSource, trackerReady };
  } catch (err) {
    if (err instanceof LaunchError) throw err;
    if (err instanceof ConfigError || err instanceof AgreementLoadError || err instanceof GraphConfigError)
      throw new LaunchError(err.message);
    if (err instanceof Error && /port .* in use/.test(err.message)) throw new LaunchError(err.message);
    throw err;
  }
}

/** Stops the bot on Ctrl-C / SIGTERM, once. */
export function closeOnSignals(close: () => Promise<void>): void {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
