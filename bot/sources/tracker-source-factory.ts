/**
 * The tracker source the configuration asks for (TRACKER_SOURCE): a workbook on disk
 * (TRACKER_FILE, the default) or one in SharePoint/OneDrive with the group calendar, through
 * Microsoft Graph (see docs/deploy.md).
 */
import type { TrackerSettings, TrackerSourceKind } from "../config/index";
import type { Clock, Logger, TrackerSource } from "../core/ports";
import { FileTrackerSource } from "./file-tracker-source";

/**
 * Throws AgreementLoadError for an unknown AGREEMENT, and ConfigError for a GRAPH_CA_FILE that
 * cannot be read: setup mistakes, each one line. The Graph source (with @azure/identity and the
 * Graph client) is imported only when chosen, so a bot on a file does not load it at start.
 */
export async function createTrackerSource(settings: TrackerSettings, deps: { clock: Clock; logger: Logger }): Promise<TrackerSource> {
  const { clock, logger } = deps;
  const { agreement } = settings;
  if (settings.source === "graph") {
    const { graph } = settings;
    logger.info(
      {
        source: "graph",
        drive: graph.driveId,
        item: graph.itemId,
        calendar: graph.calendar?.kind ?? "none",
        cacheSeconds: graph.cacheSeconds,
      },
      "tracker from Microsoft Graph",
    );
    const { createGraphTrackerSource } = await import("./graph/create-graph-source");
    return createGraphTrackerSource(graph, { clock, logger, agreement });
  }
  return new FileTrackerSource({ path: settings.file, agreement, clock, logger });
}

/** What a start does when the tracker cannot be read, and what to tell whoever runs the bot. */
export interface UnreadableAtStart {
  /** True: the start stops with one line. False: the bot starts, answers politely and tries again later. */
  stopsStart: boolean;
  /** Where to look, for that source's settings. */
  hint: string;
}

/**
 * The file source stops the start: the file is on this machine, so a read that fails at start
 * (missing, not a workbook, broken) is a mistake in TRACKER_FILE or in the file that only the
 * operator can fix, and no retry would succeed until they do; saying so at once beats a bot
 * that starts with nothing to answer. Graph starts anyway: a blip in Microsoft 365 passes on
 * its own, and stopping would only make App Service restart the bot in a loop with no answers
 * at all. Even a lasting Graph fault (wrong secret, missing consent) is fixed outside the bot
 * (in Entra ID or SharePoint) and picked up by the next try, without a restart.
 */
export function unreadableAtStart(kind: TrackerSourceKind): UnreadableAtStart {
  if (kind === "graph")
    return {
      stopsStart: false,
      hint:
        "check GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET (the Graph reader's app registration), " +
        "GRAPH_DRIVE_ID and GRAPH_ITEM_ID (the workbook), and that the app has Sites.Selected or Files.Read.All " +
        "(and Calendars.Read for the calendar) with admin consent; see docs/deploy.md",
    };
  return {
    stopsStart: true,
    hint: "set TRACKER_FILE to your tracker workbook, or run `npm run examples` for the sample",
  };
}
