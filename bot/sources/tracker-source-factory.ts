/**
 * The tracker source the environment asks for: TRACKER_SOURCE=file (the default; a workbook
 * on disk, TRACKER_FILE) or graph (a workbook in SharePoint/OneDrive and the group calendar,
 * through Microsoft Graph; see docs/deploy.md).
 */
import type { Clock, Logger, TrackerSource } from "../core/ports";
import { FileTrackerSource } from "./file-tracker-source";
import { createGraphTrackerSource } from "./graph/create-graph-source";
import { loadGraphConfig, trackerSourceKind } from "./graph/graph-config";

export interface TrackerSourceOptions {
  env: Readonly<Record<string, string | undefined>>;
  clock: Clock;
  logger: Logger;
  /** TRACKER_FILE, for the file source. */
  trackerFile: string;
  /** AGREEMENT: overrides the workbook's `Aftale` sheet. */
  agreement?: string | undefined;
}

/** Throws GraphConfigError (one line naming the variables) when graph is chosen but not configured. */
export function createTrackerSource(options: TrackerSourceOptions): TrackerSource {
  const { env, clock, logger, agreement } = options;
  if (trackerSourceKind(env) === "graph") {
    const config = loadGraphConfig(env);
    logger.info(
      {
        source: "graph",
        drive: config.driveId,
        item: config.itemId,
        calendar: config.calendar?.kind ?? "none",
        cacheSeconds: config.cacheSeconds,
      },
      "tracker from Microsoft Graph",
    );
    return createGraphTrackerSource(config, { clock, logger, agreement });
  }
  return new FileTrackerSource({ path: options.trackerFile, agreement, clock, logger });
}
