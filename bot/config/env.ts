/**
 * What the configuration's sections share: the environment's type, blank-means-unset, and the
 * one-line error a bad value stops the start with.
 */
import type { z } from "zod";

/** process.env, or a test's own object. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A setting that cannot be used: one line naming the variable (and its value, unless secret). */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** An empty or blank value means "not set": the default applies. */
export const blankToUndefined = (v: unknown): unknown => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Variables whose values are never repeated in an error (they are also scrubbed from the logs). */
const SECRET = new Set(["MicrosoftAppPassword", "GRAPH_CLIENT_SECRET", "AZURE_STORAGE_CONNECTION_STRING", "REPORT_LINK_SECRET"]);

/** The first problem of a failed parse, as `NAME ("value"): reason`. */
export function firstProblem(error: z.ZodError, env: Environment): ConfigError {
  const issue = error.issues[0];
  const name = issue?.path.join(".") || "environment";
  const variable = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
  const value = variable === undefined || SECRET.has(variable) ? undefined : env[variable];
  return new ConfigError(`${name}${value !== undefined ? ` ("${value}")` : ""}: ${issue?.message ?? "invalid"}`);
}
