/**
 * The bot's configuration: the whole environment, read once by one function into one typed
 * object. Nothing else in the bot reads the environment (only the logger's LOG_LEVEL and its
 * list of secrets to scrub). A bad value stops the start with one line naming the variable
 * (ConfigError); bot/launch.ts prints it.
 *
 * Adding a setting: put the variable in its section's schema (bot-settings.ts for the bot's own,
 * tracker-settings.ts / graph-settings.ts, storage-settings.ts) or in a new section file listed
 * below, give it a typed field in that section, and list it in .env.example and docs/deploy.md §7
 * (tests/bot/config.test.ts checks both). The composition root (bot/composition-root.ts) hands it
 * to the part that needs it.
 */
import {
  type BotCredentials,
  botSettings,
  botVariables,
  type ClockSettings,
  type HttpSettings,
  type ReminderSettings,
  type SecuritySettings,
} from "./bot-settings";
import type { Environment } from "./env";
import { type ReportSettings, reportSettings, reportVariables } from "./report-settings";
import { type StorageSettings, storageSettings, storageVariables } from "./storage-settings";
import { type TrackerSettings, trackerSettings, trackerVariables } from "./tracker-settings";

export type { BotCredentials, ClockSettings, HttpSettings, ReminderSettings, SecuritySettings } from "./bot-settings";
export { ConfigError, type Environment } from "./env";
export type { GraphConfig } from "./graph-settings";
export type { ReportSettings } from "./report-settings";
export type { StorageSettings } from "./storage-settings";
export type { TrackerSettings, TrackerSourceKind } from "./tracker-settings";

export interface BotConfig {
  /** PORT */
  http: HttpSettings;
  /** MicrosoftApp*; undefined when no MicrosoftAppId is set: unauthenticated, for local use only. */
  credentials: BotCredentials | undefined;
  /** PARTNERSKAB_NOW */
  clock: ClockSettings;
  /** TRACKER_SOURCE, TRACKER_FILE, AGREEMENT; GRAPH_*, CALENDAR_*, TRACKER_CACHE_SECONDS for graph. */
  tracker: TrackerSettings;
  /** STORAGE, STORAGE_DIR, AZURE_STORAGE_* */
  storage: StorageSettings;
  /** REMINDER_LEAD_TIMES, REMINDER_TICK_SECONDS, ADJUSTMENTS_DISCUSSION_DATE, SAFETY_PLAN_UPDATE_DATE, STATUS_REPORT_DUE_DATE */
  reminders: ReminderSettings;
  /** ALLOWED_TENANTS, RATE_LIMIT_PER_MINUTE */
  security: SecuritySettings;
  /** PUBLIC_BASE_URL, REPORT_LINK_SECRET */
  reports: ReportSettings;
}

/** Every setting, checked in this order; the first mistake is the one reported. */
export function loadConfig(env: Environment): BotConfig {
  return { ...botSettings(env), tracker: trackerSettings(env), storage: storageSettings(env), reports: reportSettings(env) };
}

/** Every variable loadConfig reads (LOG_LEVEL is the logger's own). */
export const configVariables: readonly string[] = [...botVariables, ...trackerVariables, ...storageVariables, ...reportVariables];
