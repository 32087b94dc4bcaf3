/**
 * TRACKER_SOURCE=graph: reading the tracker and the meetings from Microsoft 365 through Graph.
 * Secrets come from the environment only, never from files in the repo; a mistake gives one
 * line naming every variable concerned.
 */
import { z } from "zod";
import { blankToUndefined, ConfigError, type Environment } from "./env";

export const DEFAULT_GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";
export const DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";

const text = z.string().trim();
const optionalText = z.preprocess(blankToUndefined, text.optional());
const url = (fallback: string) => z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).default(fallback));
/** A comma-separated list, e.g. "Styregruppe,Steering group,SG". */
const nameList = (fallback: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .default(fallback)
      .transform((s) =>
        s
          .split(",")
          .map((x) => x.trim())
          .filter((x) => x.length > 0),
      )
      .pipe(z.array(z.string()).min(1, "give at least one name")),
  );
const seconds = (fallback: number, min: number, max: number) =>
  z.preprocess(blankToUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

const schema = z.object({
  GRAPH_TENANT_ID: optionalText,
  GRAPH_CLIENT_ID: optionalText,
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_DRIVE_ID: optionalText,
  GRAPH_ITEM_ID: optionalText,
  /** The partnership's Microsoft 365 group; its calendar holds the meetings. */
  GRAPH_GROUP_ID: optionalText,
  /** Alternatively a mailbox (user id or address) whose calendar holds the meetings; wins over the group. */
  GRAPH_CALENDAR_USER: optionalText,
  GRAPH_BASE_URL: url(DEFAULT_GRAPH_BASE_URL),
  GRAPH_AUTHORITY_HOST: url(DEFAULT_AUTHORITY_HOST),
  /** PEM file of extra certificate authorities for the token endpoint (a TLS-inspecting proxy, or the tests' fake login). */
  GRAPH_CA_FILE: optionalText,
  TRACKER_CACHE_SECONDS: seconds(60, 1, 86_400),
  GRAPH_TIMEOUT_SECONDS: seconds(10, 1, 120),
  GRAPH_MAX_RETRIES: seconds(2, 0, 5),
  /** A Retry-After longer than this is not waited for: the bot answers from its last good copy instead. */
  GRAPH_MAX_RETRY_WAIT_SECONDS: seconds(10, 0, 120),
  CALENDAR_MODE: z.preprocess(blankToUndefined, z.enum(["merge", "replace"]).default("merge")),
  CALENDAR_STEERING_NAMES: nameList("Styregruppe,Steering group,Steering committee,SG"),
  CALENDAR_WORKING_NAMES: nameList("Arbejdsgruppe,Working group,AG"),
});

export const graphVariables: readonly string[] = Object.keys(schema.shape);

export interface GraphConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  driveId: string;
  itemId: string;
  /** Where the meetings come from; undefined: the tracker's own Møder sheet only. */
  calendar: { kind: "group"; groupId: string } | { kind: "user"; user: string } | undefined;
  /** Origin plus version path, without a trailing slash, e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  authorityHost: string;
  caFile: string | undefined;
  cacheSeconds: number;
  timeoutSeconds: number;
  maxRetries: number;
  maxRetryWaitSeconds: number;
  calendarMode: "merge" | "replace";
  steeringNames: readonly string[];
  workingNames: readonly string[];
}

const requiredForGraph = ["GRAPH_TENANT_ID", "GRAPH_CLIENT_ID", "GRAPH_CLIENT_SECRET", "GRAPH_DRIVE_ID", "GRAPH_ITEM_ID"] as const;

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`).join("; ");
}

/** The Graph settings; a ConfigError names every missing or malformed variable. */
export function graphSettings(env: Environment): GraphConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`invalid Graph configuration: ${describe(parsed.error)}`);
  const e = parsed.data;
  const missing = requiredForGraph.filter((name) => !e[name]);
  if (missing.length > 0) throw new ConfigError(`TRACKER_SOURCE=graph needs ${missing.join(", ")}`);
  const calendar = e.GRAPH_CALENDAR_USER
    ? ({ kind: "user", user: e.GRAPH_CALENDAR_USER } as const)
    : e.GRAPH_GROUP_ID
      ? ({ kind: "group", groupId: e.GRAPH_GROUP_ID } as const)
      : undefined;
  return {
    tenantId: e.GRAPH_TENANT_ID ?? "",
    clientId: e.GRAPH_CLIENT_ID ?? "",
    clientSecret: e.GRAPH_CLIENT_SECRET ?? "",
    driveId: e.GRAPH_DRIVE_ID ?? "",
    itemId: e.GRAPH_ITEM_ID ?? "",
    calendar,
    baseUrl: e.GRAPH_BASE_URL.replace(/\/+$/, ""),
    authorityHost: e.GRAPH_AUTHORITY_HOST.replace(/\/+$/, ""),
    caFile: e.GRAPH_CA_FILE,
    cacheSeconds: e.TRACKER_CACHE_SECONDS,
    timeoutSeconds: e.GRAPH_TIMEOUT_SECONDS,
    maxRetries: e.GRAPH_MAX_RETRIES,
    maxRetryWaitSeconds: e.GRAPH_MAX_RETRY_WAIT_SECONDS,
    calendarMode: e.CALENDAR_MODE,
    steeringNames: e.CALENDAR_STEERING_NAMES,
    workingNames: e.CALENDAR_WORKING_NAMES,
  };
}
