/** The bot's logger: pino, one JSON line per event; quiet loggers for tests. */
import pino, { type DestinationStream } from "pino";
import type { Logger } from "./core/ports";
import { capText, sanitizeForLog, scrubSecrets, secretValuesFromEnv } from "./security/log-redaction";

export interface LoggerOptions {
  /** Where the JSON lines go; stdout by default (tests pass an in-memory stream). */
  destination?: DestinationStream;
  /** Whose secret values are scrubbed from every line; process.env by default. */
  env?: Record<string, string | undefined>;
}

/**
 * Every line is passed through bot/security/log-redaction: secret fields and values removed,
 * every string (a message's text included) cut to 200 characters.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? "info", options: LoggerOptions = {}): Logger {
  const secrets = secretValuesFromEnv(options.env ?? process.env);
  return pino(
    {
      level,
      base: { app: "partnerskab-bot" },
      // Errors are already turned into { type, message, stack } by sanitizeForLog, which runs first.
      serializers: { err: (err: unknown) => err },
      formatters: { log: (object) => sanitizeForLog(object, secrets) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const safe = args.map((a) => (typeof a === "string" ? capText(scrubSecrets(a, secrets)) : a)) as Parameters<typeof method>;
          method.apply(this, safe);
        },
      },
    },
    options.destination,
  );
}

/** A logger that drops everything (benchmarks). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export interface LoggedEvent {
  level: "debug" | "info" | "warn" | "error";
  message: string;
  data: Record<string, unknown>;
}

/** A logger that keeps what it is told, for tests that assert a fault was logged. */
export function recordingLogger(): Logger & { events: LoggedEvent[] } {
  const events: LoggedEvent[] = [];
  const at = (level: LoggedEvent["level"]) => (data: Record<string, unknown>, message: string) => {
    events.push({ level, message, data });
  };
  return { events, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
