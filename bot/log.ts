/** The bot's logger: pino, one JSON line per event; quiet loggers for tests. */
import pino from "pino";
import type { Logger } from "./core/ports";

export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { app: "partnerskab-bot" } });
}

/** A logger that drops everything (benchmarks). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export interface LoggedEvent {
  level: "info" | "warn" | "error";
  message: string;
  data: Record<string, unknown>;
}

/** A logger that keeps what it is told, for tests that assert a fault was logged. */
export function recordingLogger(): Logger & { events: LoggedEvent[] } {
  const events: LoggedEvent[] = [];
  const at = (level: LoggedEvent["level"]) => (data: Record<string, unknown>, message: string) => {
    events.push({ level, message, data });
  };
  return { events, info: at("info"), warn: at("warn"), error: at("error") };
}
