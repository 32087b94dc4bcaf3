/**
 * Starting the bot from the environment: settings (bot/config/), dependencies (the composition
 * root), a first read of the tracker, the server. Shared by `npm run bot` (bot/main.ts) and
 * `npm start` (scripts/start.ts). Setup mistakes come back as one line (LaunchError), never a
 * stack trace. A tracker in Microsoft 365 that cannot be read at start is not one: the bot
 * starts anyway (see unreadableAtStart).
 */
import { AgreementLoadError } from "../files/agreement-file";
import { composeBot, type Replacements } from "./composition-root";
import { type BotConfig, ConfigError, type Environment, loadConfig, type TrackerSourceKind } from "./config/index";
import { TrackerUnavailableError } from "./core/errors";
import type { Logger, TrackerSource } from "./core/ports";
import { type RunningBot, startBot } from "./http/server";
import { createLogger } from "./log";
import { unreadableAtStart } from "./sources/tracker-source-factory";

export class LaunchError extends Error {}

export interface LaunchOptions extends Replacements {
  /** The interface to listen on; all by default (tests: 127.0.0.1). */
  host?: string;
}

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

function isPortInUse(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === "EADDRINUSE";
}

export async function launchBot(env: Environment, logger: Logger = createLogger(), options: LaunchOptions = {}): Promise<LaunchedBot> {
  let config: BotConfig | undefined;
  try {
    // Every setting is checked first: a configuration mistake stops the start before any network wait.
    config = loadConfig(env);
    const { host, ...replace } = options;
    const deps = await composeBot(config, logger, replace);
    const trackerReady = await readAtStart(deps.tracker, config.tracker.source, logger);
    const bot = await startBot({ ...deps, listen: { ...deps.listen, ...(host ? { host } : {}) } });
    return { bot, config, trackerSource: config.tracker.source, trackerReady };
  } catch (err) {
    if (err instanceof LaunchError) throw err;
    if (err instanceof ConfigError || err instanceof AgreementLoadError) throw new LaunchError(err.message);
    if (isPortInUse(err)) throw new LaunchError(`port ${config?.http.port} is already in use (set PORT to another)`);
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
