/**
 * The status report's download links: where the bot is reached from outside (PUBLIC_BASE_URL, the
 * App Service URL or a custom domain in front of it) and the key links are signed with
 * (REPORT_LINK_SECRET; when empty the bot makes one and keeps it in its storage).
 */
import { z } from "zod";
import { blankToUndefined, type Environment, firstProblem } from "./env";

const schema = z.object({
  PUBLIC_BASE_URL: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://partnerskab-bot.azurewebsites.net" })
      .refine((u) => !/[?#]/.test(u), { error: "must be a plain base URL, without ? or #" })
      .optional(),
  ),
  REPORT_LINK_SECRET: z.preprocess(
    blankToUndefined,
    z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 48)").optional(),
  ),
});

export const reportVariables: readonly string[] = Object.keys(schema.shape);

export interface ReportSettings {
  /** PUBLIC_BASE_URL without a trailing slash; undefined: http://localhost:PORT (local use). */
  publicBaseUrl: string | undefined;
  /** REPORT_LINK_SECRET; undefined: a key generated once and kept in the bot's storage. */
  linkSecret: string | undefined;
}

export function reportSettings(env: Environment): ReportSettings {
  const parsed = schema.safeParse(env);
  // The secret is never echoed (env.ts lists it as secret).
  if (!parsed.success) throw firstProblem(parsed.error, env);
  return { publicBaseUrl: parsed.data.PUBLIC_BASE_URL?.replace(/\/+$/, ""), linkSecret: parsed.data.REPORT_LINK_SECRET };
}
