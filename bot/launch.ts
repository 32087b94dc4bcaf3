/**
 * Starting the bot from the environment: settings, clock, tracker, server. Shared by
 * `npm run bot` (bot/main.ts) and `npm start` (scripts/start.ts). Setup mistakes come back as
 * one line (LaunchError), never a stack trace.
 */
import { AgreementLoadError } from "../files/agreement-file";
import { clockFor } from "./clock";
import { type BotConfig, ConfigError, loadConfig } from "./config";
import { TrackerUnavailableError } from "./core/errors";
import type { Logger } from "./core/ports";
import { type BotOptions, type RunningBot, startBot } from "./http/server";
import { createLogger } from "./log";
import { createReminders, type ReminderParts } from "./reminders/index";
import { GraphConfigError } from "./sources/graph/graph-config";
import { createTrackerSource } from "./sources/tracker-source-factory";
import { createStorage, storageSettings } from "./storage/storage-factory";

export class LaunchError extends Error {}

export interface LaunchedBot {
  bot: RunningBot;
  config: BotConfig;
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
    const tracker =
      extra.tracker ?? createTrackerSource({ env, clock, logger, trackerFile: config.trackerFile, agreement: config.agreement });
    // A tracker that cannot be read at start is a setup mistake; later faults keep the last copy.
    await tracker.current();
    // Reminders (issue 5): subscriptions and the scheduler, on FileStorage in STORAGE_DIR, unless `extra` brings its own.
    // STORAGE=file (STORAGE_DIR) or blob (Azure Blob Storage, for several instances); read now so a mistake stops the start.
    const storage = storageSettings(env);
    const reminders = extra.subscriptions ? {} : { reminders: (deps: ReminderParts) => createReminders(deps, createStorage(storage)) };
    const bot = await startBot(config, { logger, clock, tracker, ...reminders, ...extra });
    return { bot, config };
  } catch (err) {
    if (err instanceof ConfigError || err instanceof AgreementLoadError || err instanceof GraphConfigError)
      throw new LaunchError(err.message);
    if (err instanceof TrackerUnavailableError) {
      throw new LaunchError(`${err.reason} (set TRACKER_FILE to your tracker workbook, or run \`npm run examples\` for the sample)`);
    }
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
