/**
 * The bot's settings, all from the environment and all in one place (the reminders and production
 * parts read theirs from here too). A bad value stops the start with one readable line.
 */
import { z } from "zod";
import { type LeadTime, LeadTimeError, parseLeadTimes } from "../shared/index";
import { parseTenantList } from "./security/tenant-allow-list";

export class ConfigError extends Error {}

// ISO 8601 with a time and an explicit offset or Z, so the instant is never ambiguous.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const envSchema = z.object({
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0).max(65535, "must be 0–65535").default(3978),
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
  TRACKER_FILE: z.preprocess(blankToUndefined, z.string().default("examples/amager-tracker.xlsx")),
  AGREEMENT: z.preprocess(blankToUndefined, z.string().trim().optional()),
  PARTNERSKAB_NOW: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .refine((s) => ISO_INSTANT.test(s) && !Number.isNaN(Date.parse(s)), {
        error: "must be an ISO 8601 instant with a time zone, e.g. 2016-09-01T09:00:00+02:00",
      })
      .transform((s) => new Date(s))
      .optional(),
  ),
  STORAGE_DIR: z.preprocess(blankToUndefined, z.string().default(".data/")),
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
  // Production security (issue 7): bot/security/.
  ALLOWED_TENANTS: z.preprocess(blankToUndefined, z.string().optional()),
  RATE_LIMIT_PER_MINUTE: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "must be 0 (off) or more").default(30),
  ),
  // The Bot Framework SDK's own setting; only tests point it elsewhere (a local OpenID document and keys).
  BotOpenIdMetadata: z.preprocess(blankToUndefined, z.url({ error: "must be a URL" }).optional()),
});

export interface BotCredentials {
  appId: string;
  password: string | undefined;
  appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  tenantId: string | undefined;
  /** Where the channel's token signing keys are published; the SDK's default (login.botframework.com) unless set. */
  openIdMetadataUrl?: string;
}

export interface BotConfig {
  port: number;
  /** Undefined when no MicrosoftAppId is set: the bot then runs unauthenticated, for local use. */
  credentials: BotCredentials | undefined;
  trackerFile: string;
  /** A bundled agreement id or a JSON file; when unset, the tracker's `Aftale` sheet decides. */
  agreement: string | undefined;
  /** Where the clock starts (PARTNERSKAB_NOW); undefined = the real clock. */
  startAt: Date | undefined;
  storageDir: string;
  /** Reminder lead times, longest first. */
  reminderLeadTimes: LeadTime[];
  reminderTickSeconds: number;
  /** ALLOWED_TENANTS; undefined = every tenant. */
  allowedTenants?: string[];
  /** RATE_LIMIT_PER_MINUTE per conversation; 0 = no limit. */
  rateLimitPerMinute?: number;
}

/** Reads the bot's settings from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): BotConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const name = first?.path.join(".") || "environment";
    const got = first?.path[0] !== undefined ? env[String(first.path[0])] : undefined;
    throw new ConfigError(`${name}${got !== undefined ? ` ("${got}")` : ""}: ${first?.message ?? "invalid"}`);
  }
  const e = parsed.data;
  if (!e.MicrosoftAppId && (e.MicrosoftAppPassword || e.MicrosoftAppTenantId)) {
    throw new ConfigError("MicrosoftAppId: must be set when MicrosoftAppPassword or MicrosoftAppTenantId is");
  }
  const appType = e.MicrosoftAppType ?? "MultiTenant";
  if (e.MicrosoftAppId && appType === "SingleTenant" && !e.MicrosoftAppTenantId) {
    throw new ConfigError("MicrosoftAppTenantId: must be set when MicrosoftAppType is SingleTenant");
  }
  return {
    port: e.PORT,
    credentials: e.MicrosoftAppId
      ? {
          appId: e.MicrosoftAppId,
          password: e.MicrosoftAppPassword,
          appType,
          tenantId: e.MicrosoftAppTenantId,
          ...(e.BotOpenIdMetadata ? { openIdMetadataUrl: e.BotOpenIdMetadata } : {}),
        }
      : undefined,
    trackerFile: e.TRACKER_FILE,
    agreement: e.AGREEMENT,
    startAt: e.PARTNERSKAB_NOW,
    storageDir: e.STORAGE_DIR,
    reminderLeadTimes: e.REMINDER_LEAD_TIMES,
    reminderTickSeconds: e.REMINDER_TICK_SECONDS,
    allowedTenants: parseTenantList(e.ALLOWED_TENANTS),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
  };
}
