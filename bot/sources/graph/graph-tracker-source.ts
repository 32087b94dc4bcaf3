/**
 * The tracker and the meetings from Microsoft 365. At most one check per cache window: one
 * Graph batch asks for the workbook's metadata (its eTag) and the calendar; only when the eTag
 * changed (or on the first load) are the sheets read again: how far each reaches in a second
 * batch, their values within the caps in a third. So any number of questions within a window
 * costs at most three Graph requests, and one when nothing changed.
 *
 * When Graph is down, or the workbook is cut short by a cap, the last good copy is served with
 * `staleSince` set (the answer then says how old the figures are); with no good copy yet, a
 * TrackerUnavailableError the bot turns into a polite message. Nothing here ever reaches the
 * user as a stack trace.
 */
import type { Agreement, Grid, TrackerData, TrackerIssue, TrackerMeeting } from "../../../shared/index";
import {
  CellBudget,
  canonicalSheet,
  copenhagenDate,
  cutShort,
  limitIssue,
  TRACKER_LIMITS,
  textTooLong,
  trackerAgreementRefAt,
  WORKBOOK_FILE_LIMITS,
} from "../../../shared/index";
import type { GraphConfig } from "../../config/index";
import { TrackerUnavailableError } from "../../core/errors";
import type { Clock, Logger, TrackerSnapshot, TrackerSource } from "../../core/ports";
import { LastGoodCopy } from "../last-good-copy";
import { agreementNamedInDrive } from "./agreement-in-folder";
import { CALENDAR_HEADERS, type CalendarEvent, calendarViewUrl, eventsToMeetings } from "./calendar-meetings";
import { type BatchItem, type BatchResult, bodyOf, type GraphApi, GraphRequestError, partBody } from "./graph-api";
import { combineMeetings } from "./meeting-merge";
import {
  gridFromBlocks,
  itemUrl,
  parseWorksheets,
  rangeValuesUrl,
  usedExtent,
  usedRangeAddressUrl,
  type ValueBlock,
  valueBlocks,
  type WorksheetRef,
  worksheetsUrl,
} from "./workbook-grids";
import type { WorkbookInterpreter } from "./workbook-interpreter";

export type { WorkbookInterpreter };

/** A workbook read whole but cut short by a cap: its figures are incomplete, so the last good copy stays in use. */
export class TrackerCutShortError extends Error {
  override name = "TrackerCutShortError";
}
export interface GraphTrackerSourceOptions {
  api: GraphApi;
  config: GraphConfig;
  clock: Clock;
  interpret: WorkbookInterpreter;
  logger: Logger;
  /** Milliseconds on a monotonic clock, for the cache window (tests may drive it). */
  elapsed?: () => number;
}

/**
 * Wait this long after a failed first load before asking Graph again (or the cache window, if
 * shorter: the window is how often the operator lets the bot ask Graph at all).
 */
const FIRST_LOAD_RETRY_MS = 5_000;
const MAX_CALENDAR_PAGES = 50;

export const graphUnavailableMessage = {
  da: "Jeg kan ikke hente trackeren fra Microsoft 365 lige nu. Prøv igen om lidt.",
  en: "I can't reach the tracker in Microsoft 365 right now. Please try again in a moment.",
};

/** Only the sheets the tracker format knows (by Danish or English name) are read; other sheets may be big. */
function trackerSheetsIn(worksheetList: unknown): WorksheetRef[] {
  return parseWorksheets(worksheetList).filter((s) => canonicalSheet(s.name) !== undefined);
}

interface Loaded {
  eTag: string;
  sheets: WorksheetRef[];
  agreement: Agreement;
  tracker: TrackerData;
}

export class GraphTrackerSource implements TrackerSource {
  private readonly item: string;
  private readonly elapsed: () => number;
  private loaded: Loaded | undefined;
  private readonly copy = new LastGoodCopy();
  private checkedAt = Number.NEGATIVE_INFINITY;
  private failure: { at: number; error: TrackerUnavailableError } | undefined;
  private inflight: Promise<TrackerSnapshot> | undefined;

  constructor(private readonly options: GraphTrackerSourceOptions) {
    this.item = itemUrl(options.config.driveId, options.config.itemId);
    this.elapsed = options.elapsed ?? (() => performance.now());
  }

  onChange(listener: () => void): void {
    this.copy.onChange(listener);
  }

  current(): Promise<TrackerSnapshot> {
    const now = this.elapsed();
    const served = this.copy.current;
    if (served && now - this.checkedAt < this.options.config.cacheSeconds * 1000) return Promise.resolve(served);
    const retryAfterMs = Math.min(FIRST_LOAD_RETRY_MS, this.options.config.cacheSeconds * 1000);
    if (!served && this.failure && now - this.failure.at < retryAfterMs) return Promise.reject(this.failure.error);
    // Questions arriving while a check is under way share it rather than each asking Graph.
    this.inflight ??= this.refresh().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async refresh(): Promise<TrackerSnapshot> {
    const startedAt = this.elapsed();
    const now = this.options.clock.now();
    try {
      const { agreement, tracker, newVersion } = await this.read(now);
      // readAt: when Graph last confirmed these figures (an unchanged eTag confirms them too).
      const { snapshot, wasStaleSince } = this.copy.fresh({ agreement, tracker, readAt: now }, newVersion);
      if (wasStaleSince) this.options.logger.info({ source: "graph", staleSince: wasStaleSince.toISOString() }, "Graph reachable again");
      this.failure = undefined;
      this.checkedAt = startedAt;
      return snapshot;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const transient = err instanceof GraphRequestError ? err.transient : false;
      if (this.copy.current) {
        this.checkedAt = this.elapsed(); // no hammering a service that is down: next try a window after this one failed
        const stale = this.copy.stale(graphUnavailableMessage.en, reason);
        this.options.logger.warn(
          { source: "graph", reason, transient, staleSince: stale.staleSince?.toISOString() },
          "Graph unavailable; answering from the last good copy",
        );
        return stale;
      }
      this.options.logger.error({ source: "graph", reason, transient }, "Graph unavailable and no good copy of the tracker yet");
      const error = new TrackerUnavailableError(graphUnavailableMessage.en, reason);
      this.failure = { at: startedAt, error };
      throw error;
    }
  }

  /** One check: metadata and calendar in one batch, and the sheets when the eTag moved (a new version). */
  private async read(now: Date): Promise<{ agreement: Agreement; tracker: TrackerData; newVersion: boolean }> {
    const { config } = this.options;
    const first: BatchItem[] = [{ id: "item", url: `${this.item}?$select=id,name,eTag,lastModifiedDateTime,parentReference` }];
    if (config.calendar) first.push({ id: "calendar", url: calendarViewUrl(config.calendar, now), headers: CALENDAR_HEADERS });
    if (!this.loaded) first.push({ id: "sheets", url: worksheetsUrl(this.item) });
    const answers = await this.options.api.batch(first);

    const metadata = partBody(answers, "item", "the tracker's metadata") as { eTag?: unknown; parentReference?: { id?: unknown } };
    const eTag = String(metadata?.eTag ?? "");
    const folderId = typeof metadata?.parentReference?.id === "string" ? metadata.parentReference.id : undefined;
    let loaded = this.loaded;
    if (!loaded || !eTag || eTag !== loaded.eTag) {
      const listed = answers.has("sheets") ? trackerSheetsIn(partBody(answers, "sheets", "the tracker's sheet list")) : undefined;
      loaded = await this.readWorkbook(eTag, listed, copenhagenDate(now), folderId);
    }
    const calendarMeetings = config.calendar ? await this.readCalendar(answers, now) : undefined;
    const newVersion = loaded !== this.loaded;
    this.loaded = loaded;
    const meetings = calendarMeetings
      ? combineMeetings(loaded.tracker.meetings, calendarMeetings, config.calendarMode)
      : loaded.tracker.meetings;
    return { agreement: loaded.agreement, tracker: { ...loaded.tracker, meetings }, newVersion };
  }

  /**
   * The tracker's sheets within the caps (shared/tracker/limits.ts), in two steps: how far each
   * sheet's values reach (its used range's address, no values), then the values of each sheet's
   * window from A1, in row blocks. With the sheet list fresh from the first batch the addresses
   * come in one batch; after an eTag change the list is asked for again beside the addresses of
   * the sheets we knew, and only a sheet added since costs one more batch. Then the agreement the
   * `Aftale` sheet names (bundled, or a .json file in the tracker's drive folder), and the parser.
   */
  private async readWorkbook(
    eTag: string,
    listed: WorksheetRef[] | undefined,
    today: string,
    folderId: string | undefined,
  ): Promise<Loaded> {
    const { api, config } = this.options;
    const known = listed ?? this.loaded?.sheets ?? [];
    const addressItems = (sheets: readonly WorksheetRef[], offset: number) =>
      sheets.map((s, i) => ({ id: `used${offset + i}`, url: usedRangeAddressUrl(this.item, s.id) }));
    const items: BatchItem[] = addressItems(known, 0);
    if (!listed) items.push({ id: "sheets", url: worksheetsUrl(this.item) });
    const answers = await api.batch(items);

    const used = new Map<string, BatchResult | undefined>(known.map((s, i) => [s.id, answers.get(`used${i}`)]));
    const sheets = listed ?? trackerSheetsIn(partBody(answers, "sheets", "the tracker's sheet list"));
    const added = sheets.filter((s) => !used.has(s.id));
    if (added.length > 0) {
      const more = await api.batch(addressItems(added, known.length));
      for (const [i, sheet] of added.entries()) used.set(sheet.id, more.get(`used${known.length + i}`));
    }

    const before: TrackerIssue[] = [];
    const budget = new CellBudget();
    const planned = sheets.map((sheet) => {
      const { window, issue } = budget.take(sheet.name, usedExtent(bodyOf(used.get(sheet.id), `sheet "${sheet.name}"`)));
      if (issue) before.push(issue);
      return { sheet, window, blocks: valueBlocks(window, WORKBOOK_FILE_LIMITS.graphBlockCells) };
    });
    const blockItems = planned.flatMap(({ sheet, blocks }, s) =>
      blocks.map((block, b) => ({ id: `values${s}-${b}`, url: rangeValuesUrl(this.item, sheet.id, block.address) })),
    );
    const values = blockItems.length > 0 ? await api.batch(blockItems) : new Map<string, BatchResult>();

    const grids: Record<string, Grid> = {};
    for (const [s, { sheet, window, blocks }] of planned.entries()) {
      const answered = blocks.map((block: ValueBlock, b) => ({
        block,
        body: bodyOf(values.get(`values${s}-${b}`), `sheet "${sheet.name}"`),
      }));
      const { grid, longTexts, firstLong } = gridFromBlocks(answered, window, TRACKER_LIMITS);
      if (longTexts > 0) before.push(limitIssue(sheet.name, "text-too-long", textTooLong(sheet.name, longTexts, firstLong)));
      grids[sheet.name] = grid;
    }

    const at = trackerAgreementRefAt(grids);
    const named = at ? await agreementNamedInDrive(api, at.ref, { driveId: config.driveId, folderId }) : {};
    const { agreement, tracker, issues } = this.options.interpret({ grids, today, named, at, before });
    const cut = cutShort(issues);
    if (cut) throw new TrackerCutShortError(`the tracker is cut short: ${cut.message.en}`);
    return { eTag, sheets, agreement, tracker };
  }

  /** The calendar's first page came in the batch; further pages follow @odata.nextLink. */
  private async readCalendar(answers: ReadonlyMap<string, BatchResult>, now: Date): Promise<TrackerMeeting[]> {
    const { config, api } = this.options;
    const events: CalendarEvent[] = [];
    let page = partBody(answers, "calendar", "the group calendar") as { value?: unknown; "@odata.nextLink"?: unknown };
    for (let pages = 1; ; pages++) {
      if (Array.isArray(page?.value)) events.push(...(page.value as CalendarEvent[]));
      const next = page?.["@odata.nextLink"];
      if (typeof next !== "string" || pages >= MAX_CALENDAR_PAGES) break;
      page = (await api.get(api.relativePath(next), CALENDAR_HEADERS)) as typeof page;
    }
    return eventsToMeetings(events, { steering: config.steeringNames, working: config.workingNames }, now);
  }
}
