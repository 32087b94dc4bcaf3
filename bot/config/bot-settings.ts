/**
 * The bot's own settings: where it listens, who it is (MicrosoftApp*), where its clock starts,
 * who may use it, and how its reminders are timed.
 */
import { z } from "zod";
import {
  defaultReminderDates,
  type LeadTime,
  LeadTimeError,
  type MonthDay,
  MonthDayError,
  monthDayLabel,
  parseLeadTimes,
  parseMonthDay,
  type ReminderDates,
  readInstant,
} from "../../shared/index";
import { parseTenantList } from "../security/tenant-allow-list";
import { blankToUndefined, ConfigError, type Environment, firstProblem } from "./env";

const INSTANT_EXPECTED =
  "must be an ISO 8601 instant, date or time, e.g. 2016-09-01T09:00:00+02:00 or 2016-09-01 (without an offset: Copenhagen time)";

/** A day in the year, MM-DD, read by the reminders' own parser (the CLI's options use it too). */
function readMonthDay(s: string, ctx: z.RefinementCtx): MonthDay {
  try {
    return parseMonthDay(s);
  } catch (err) {
    ctx.addIssue({ code: "custom", message: err instanceof MonthDayError ? err.message : String(err) });
    return z.NEVER;
  }
}

const seconds = (fallback: number, min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "must be a number of seconds" })
      .int("must be a whole number of seconds")
      .min(min, `must be ${min}–${max}`)
      .max(max, `must be ${min}–${max}`)
      .default(fallback),
  );

const schema = z.object({
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0).max(65535, "must be 0–65535").default(3978),
  ),
  // How long a client may take, and how many may be connected at once (bot/http/server.ts).
  HTTP_HEADERS_TIMEOUT_SECONDS: seconds(10, 1, 300),
  HTTP_REQUEST_TIMEOUT_SECONDS: seconds(30, 1, 600),
  HTTP_KEEP_ALIVE_SECONDS: seconds(5, 1, 600),
  HTTP_MAX_CONNECTIONS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(100_000, "must be at most 100000")
      .default(500),
  ),
  MicrosoftAppId: z.preprocess(blankToUndefined, z.string().trim().optional()),
  MicrosoftAppPassword: z.preprocess(blankToUndefined, z.string().optional()),
  MicrosoftAppType: z.preprocess(
    blankToUndefined,
    z
      .enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"], { error: "must be MultiTenant, SingleTenant or UserAssignedMSI" })
      .optional(),
  ),
  MicrosoftAppTenantId: z.preprocess(blankToUndefined, z.string().trim().optional()),
  // The same reading as the CLI's --now (shared/format/instant.ts): Copenhagen time unless an offset says otherwise.
  PARTNERSKAB_NOW: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .transform((s, ctx) => {
        const reading = readInstant(s);
        if (reading.ok) return reading.instant;
        ctx.addIssue({ code: "custom", message: reading.problem === "format" ? INSTANT_EXPECTED : reading.reason });
        return z.NEVER;
      })
      .optional(),
  ),
  REMINDER_LEAD_TIMES: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default("7d,1d")
      .transform((s, ctx) => {
        // The reminders' own parser, so settings and ledger keys can never read "7d" differently.
        try {
          return parseLeadTimes(s);
        } catch (err) {
          ctx.addIssue({ code: "custom", message: err instanceof LeadTimeError ? err.message : String(err) });
          return z.NEVER;
        }
      }),
  ),
  REMINDER_TICK_SECONDS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "must be a number" }).positive("must be more than 0").max(86_400, "must be at most 86400").default(30),
  ),
  // The yearly reminders' days (shared/reminders/dates.ts): MM-DD.
  ADJUSTMENTS_DISCUSSION_DATE: z.preprocess(
    blankToUndefined,
    z.string().default(monthDayLabel(defaultReminderDates.adjustments)).transform(readMonthDay),
  ),
  SAFETY_PLAN_UPDATE_DATE: z.preprocess(
    blankToUndefined,
    z.string().default(monthDayLabel(defaultReminderDates.safetyPlan)).transform(readMonthDay),
  ),
  STATUS_REPORT_DUE_DATE: z.preprocess(blankToUndefined, z.string().transform(readMonthDay).optional()),
  // Production security (issue 7): bot/security/.
  ALLOWED_TENANTS: z.preprocess(blankToUndefined, z.string().optional()),
  RATE_LIMIT_PER_MINUTE: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "must be 0 (off) or more").default(30),
  ),
});

export const botVariables: readonly string[] = Object.keys(schema.shape);

export interface HttpSettings {
  /** PORT; 0 = any free port (tests). */
  port: number;
  /** HTTP_HEADERS_TIMEOUT_SECONDS: a request's headers must arrive within this (and a new connection must start one). */
  headersTimeoutMs: number;
  /** HTTP_REQUEST_TIMEOUT_SECONDS: the whole request, body included, must arrive within this (a dribbled body gets 408). */
  requestTimeoutMs: number;
  /** HTTP_KEEP_ALIVE_SECONDS: an idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** HTTP_MAX_CONNECTIONS: connections beyond this are closed at once. */
  maxConnections: number;
}

/** MicrosoftApp*: the Azure Bot's identity. */
export interface BotCredentials {
  appId: string;
  password: string | undefined;
  appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  tenantId: string | undefined;
}

export interface ClockSettings {
  /** PARTNERSKAB_NOW: where the clock starts (demos inside a past agreement period); undefined = the real clock. */
  startAt: Date | undefined;
}

export interface SecuritySettings {
  /** ALLOWED_TENANTS; undefined = every tenant. */
  allowedTenants: string[] | undefined;
  /** RATE_LIMIT_PER_MINUTE per conversation; 0 = no limit. */
  rateLimitPerMinute: number;
}

export interface ReminderSettings {
  /** REMINDER_LEAD_TIMES, longest first. */
  leadTimes: LeadTime[];
  /** REMINDER_TICK_SECONDS. */
  tickSeconds: number;
  /** ADJUSTMENTS_DISCUSSION_DATE, SAFETY_PLAN_UPDATE_DATE, STATUS_REPORT_DUE_DATE. */
  dates: ReminderDates;
}

export interface BotSettings {
  http: HttpSettings;
  /** Undefined when no MicrosoftAppId is set: the bot then runs unauthenticated, for local use. */
  credentials: BotCredentials | undefined;
  clock: ClockSettings;
  security: SecuritySettings;
  reminders: ReminderSettings;
}

export function botSettings(env: Environment): BotSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw firstProblem(parsed.error, env);
  const e = parsed.data;
  if (!e.MicrosoftAppId && (e.MicrosoftAppPassword || e.MicrosoftAppTenantId)) {
    throw new ConfigError("MicrosoftAppId: must be set when MicrosoftAppPassword or MicrosoftAppTenantId is");
  }
  const appType = e.MicrosoftAppType ?? "MultiTenant";
  if (e.MicrosoftAppId && appType === "SingleTenant" && !e.MicrosoftAppTenantId) {
    throw new ConfigError("MicrosoftAppTenantId: must be set when MicrosoftAppType is SingleTenant");
  }
  if (e.HTTP_HEADERS_TIMEOUT_SECONDS > e.HTTP_REQUEST_TIMEOUT_SECONDS) {
    throw new ConfigError(
      `HTTP_HEADERS_TIMEOUT_SECONDS ("${e.HTTP_HEADERS_TIMEOUT_SECONDS}"): must not be longer than HTTP_REQUEST_TIMEOUT_SECONDS (${e.HTTP_REQUEST_TIMEOUT_SECONDS})`,
    );
  }
  return {
    http: {
      port: e.PORT,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_SECONDS * 1000,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_SECONDS * 1000,
      maxConnections: e.HTTP_MAX_CONNECTIONS,
    },
    credentials: e.MicrosoftAppId
      ? { appId: e.MicrosoftAppId, password: e.MicrosoftAppPassword, appType, tenantId: e.MicrosoftAppTenantId }
      : undefined,
    clock: { startAt: e.PARTNERSKAB_NOW },
    security: { allowedTenants: parseTenantList(e.ALLOWED_TENANTS), rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE },
    reminders: {
      leadTimes: e.REMINDER_LEAD_TIMES,
      tickSeconds: e.REMINDER_TICK_SECONDS,
      dates: {
        adjustments: e.ADJUSTMENTS_DISCUSSION_DATE,
        safetyPlan: e.SAFETY_PLAN_UPDATE_DATE,
        statusReportDue: e.STATUS_REPORT_DUE_DATE,
      },
    },
  };
}
