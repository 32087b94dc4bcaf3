/**
 * Where the tracker comes from: TRACKER_SOURCE=file (the default; TRACKER_FILE on disk) or graph
 * (a workbook in SharePoint/OneDrive and the group calendar; graph-settings.ts), and AGREEMENT.
 */
import { z } from "zod";
import { blankToUndefined, ConfigError, type Environment, firstProblem } from "./env";
import { type GraphConfig, graphSettings, graphVariables } from "./graph-settings";

export type TrackerSourceKind = "file" | "graph";

export type TrackerSettings = {
  /** AGREEMENT: a bundled id or a JSON file; overrides the workbook's `Aftale` sheet. */
  agreement: string | undefined;
} & ({ source: "file" /** TRACKER_FILE */; file: string } | { source: "graph"; graph: GraphConfig });

const schema = z.object({
  TRACKER_FILE: z.preprocess(blankToUndefined, z.string().default("examples/amager-tracker.xlsx")),
  AGREEMENT: z.preprocess(blankToUndefined, z.string().trim().optional()),
});

export const trackerVariables: readonly string[] = ["TRACKER_SOURCE", ...Object.keys(schema.shape), ...graphVariables];

function sourceKind(env: Environment): TrackerSourceKind {
  const kind = env.TRACKER_SOURCE?.trim().toLowerCase() || "file";
  if (kind !== "file" && kind !== "graph") throw new ConfigError(`TRACKER_SOURCE: expected "file" or "graph", got "${env.TRACKER_SOURCE}"`);
  return kind;
}

export function trackerSettings(env: Environment): TrackerSettings {
  const source = sourceKind(env);
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw firstProblem(parsed.error, env);
  const { TRACKER_FILE: file, AGREEMENT: agreement } = parsed.data;
  return source === "graph" ? { source, agreement, graph: graphSettings(env) } : { source, agreement, file };
}
