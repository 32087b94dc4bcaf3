/**
 * Reading the workbook in bounded requests, with the documented two-step pattern for objects
 * that may not exist (Microsoft Learn, "*OrNullObject methods and properties": get the object,
 * sync, test isNullObject, then use it):
 *
 *   1. the sheets' names and ids, and the add-in's settings          1 sync
 *   2. for the sheets the caller looks at: how far their values
 *      reach and whether they are protected; the current fill of
 *      cells asked for (more syncs only when these pass the budget)  1 sync (+ fill chunks)
 *   3. the values of the sheets the caller reads, from A1 within the
 *      caps of shared/tracker/limits.ts, in blocks of ≤ 50,000 cells  1 sync per ≤ 100,000 cells
 *
 * Sheets the caller does not look at (notes, pivot tables, a sheet with a value in column XFD)
 * are never read. A cap that cuts a sheet short becomes an error at that sheet.
 */
import {
  CellBudget,
  type CellValue,
  clampText,
  type Grid,
  type SheetExtent,
  TRACKER_LIMITS,
  type TrackerIssue,
  type TrackerLimits,
  textTooLong,
  toA1,
  type WorkbookGrids,
} from "../../shared/index";
import { cellOpBytes, chunkCellOps, DEFAULT_WRITE_BUDGET_BYTES, READ_SYNC_CELLS, REQUEST_COST, rowBlocks } from "../core/chunking";
import { AddinError } from "../core/excel-errors";
import type { SavedFill } from "../core/highlights";
import { runExcel } from "./run";
import { queueSettingReads, settingValue } from "./settings";

/** How the caller wants a sheet: its values read, or only whether it holds any. */
export type SheetUse = "values" | "extent";

export interface SheetRead {
  name: string;
  /** Office's worksheet id, stable across renames. */
  id: string;
  /** Set for the sheets the caller looked at. */
  looked: boolean;
  /** The used range (values only), zero-based; undefined when the sheet holds no value or was not looked at. */
  used?: { row0: number; col0: number; rows: number; columns: number };
  /** True when the sheet holds any value (looked-at sheets only). */
  hasData: boolean;
  protected: boolean;
}

export interface CellAt {
  sheet: string;
  cell: string;
}

export interface WorkbookRead {
  /** Every sheet, in workbook order. */
  sheets: SheetRead[];
  /** The values of the sheets read, anchored at A1 (empty cells as null), within the caps. */
  grids: WorkbookGrids;
  /** Errors at sheets that a cap cut short. */
  limitIssues: TrackerIssue[];
  /** Current fills of the cells asked for on sheets that exist, by `cellKey(sheet, cell)`. */
  fills: Map<string, SavedFill>;
  /** The settings asked for, as stored now (undefined when absent). */
  settings: Map<string, unknown>;
}

export interface ReadRequest {
  /** How to read each sheet (undefined: not at all); decided with the settings read first. */
  use: (sheetName: string, settings: ReadonlyMap<string, unknown>) => SheetUse | undefined;
  settingKeys?: readonly string[];
  /** Cells whose current fill to read; a function of the settings read first, when the cells are stored there. */
  fillCells?: readonly CellAt[] | ((settings: ReadonlyMap<string, unknown>) => readonly CellAt[]);
  limits?: TrackerLimits;
}

export const cellKey = (sheet: string, cell: string) => `${sheet.toLowerCase()}!${cell}`;

export const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true, patternColor: true } } };

type FillRead = { key: string; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> };

export function fillFrom(result: OfficeExtension.ClientResult<Excel.CellProperties[][]>): SavedFill | undefined {
  const fill = result.value?.[0]?.[0]?.format?.fill;
  if (!fill) return undefined;
  return { color: fill.color ?? null, pattern: fill.pattern ?? null, patternColor: fill.patternColor ?? null };
}

/** Queues fill reads of cells on sheets known to exist, one worksheet lookup per sheet. */
export function queueFillReads(context: Excel.RequestContext, cells: readonly CellAt[]): FillRead[] {
  const sheets = new Map<string, Excel.Worksheet>();
  return cells.map(({ sheet, cell }) => {
    let ws = sheets.get(sheet);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(sheet);
      sheets.set(sheet, ws);
    }
    return { key: cellKey(sheet, cell), result: ws.getRange(cell).getCellProperties(FILL_PROPERTIES) };
  });
}

export function collectFills(reads: readonly FillRead[], into = new Map<string, SavedFill>()): Map<string, SavedFill> {
  for (const { key, result } of reads) {
    const fill = fillFrom(result);
    if (fill) into.set(key, fill);
  }
  return into;
}

/** Fill reads in batches under the request budget. */
export function chunkFillReads(cells: readonly CellAt[], budgetBytes = DEFAULT_WRITE_BUDGET_BYTES): CellAt[][] {
  return chunkCellOps(cells, (c) => cellOpBytes(REQUEST_COST.fillRead, c.cell), budgetBytes);
}

function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

interface Block {
  sheet: SheetRead;
  start: number;
  end: number;
  col0: number;
  columns: number;
}

function isResponseTooLarge(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Reads blocks in syncs of at most READ_SYNC_CELLS cells. A sync whose response passes Excel on
 * the web's limit (long texts) is read again block by block, and a block in halves, down to one
 * row; a single row that is still too large cannot be read.
 */
async function readBlocks(context: Excel.RequestContext, blocks: readonly Block[], rows: Map<Block, unknown[][]>): Promise<void> {
  const groups: Block[][] = [];
  let group: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    const size = (block.end - block.start) * block.columns;
    if (group.length > 0 && cells + size > READ_SYNC_CELLS) {
      groups.push(group);
      group = [];
      cells = 0;
    }
    group.push(block);
    cells += size;
  }
  if (group.length > 0) groups.push(group);

  for (const g of groups) {
    const ranges = g.map((b) => {
      const range = context.workbook.worksheets.getItem(b.sheet.name).getRangeByIndexes(b.start, b.col0, b.end - b.start, b.columns);
      range.load("values");
      return { block: b, range };
    });
    try {
      await context.sync();
    } catch (err) {
      if (!isResponseTooLarge(err)) throw err;
      if (g.length > 1) {
        for (const b of g) await readBlocks(context, [b], rows);
        continue;
      }
      const only = g[0];
      if (!only || only.end - only.start <= 1) {
        throw new AddinError({
          da: `En række på arket »${only?.sheet.name ?? ""}« har så meget tekst, at Excel på nettet ikke kan sende den. Forkort teksten i rækken.`,
          en: `A row on the sheet “${only?.sheet.name ?? ""}” holds so much text that Excel on the web cannot send it. Shorten the text in that row.`,
        });
      }
      const middle = only.start + Math.floor((only.end - only.start) / 2);
      const halves = [
        { ...only, end: middle },
        { ...only, start: middle },
      ];
      const parts = new Map<Block, unknown[][]>();
      for (const half of halves) await readBlocks(context, [half], parts);
      rows.set(
        only,
        halves.flatMap((h) => parts.get(h) ?? []),
      );
      continue;
    }
    for (const { block, range } of ranges) rows.set(block, range.values);
  }
}

/** Turns a sheet's blocks into a grid anchored at A1, text cut to the cap. */
function buildGrid(sheet: SheetRead, windowRows: number, blocks: readonly Block[], rows: Map<Block, unknown[][]>, limits: TrackerLimits) {
  const grid: CellValue[][] = Array.from({ length: Math.min(sheet.used?.row0 ?? 0, windowRows) }, () => []);
  let longTexts = 0;
  let firstLong = "";
  for (const block of blocks) {
    const values = rows.get(block) ?? [];
    values.forEach((row, r) => {
      const out: CellValue[] = Array.from({ length: block.col0 }, () => null);
      row.forEach((v, c) => {
        let value = cellValue(v);
        if (typeof value === "string") {
          const clamped = clampText(value, limits);
          if (clamped.cut) {
            if (longTexts === 0) firstLong = toA1(block.start + r, block.col0 + c);
            longTexts++;
            value = clamped.text;
          }
        }
        out.push(value);
      });
      grid.push(out);
    });
  }
  return { grid: grid as Grid, longTexts, firstLong };
}

/** Steps 1 and 2 and 3 above, in one Excel.run. */
export async function readWorkbook(request: ReadRequest): Promise<WorkbookRead> {
  const limits = request.limits ?? TRACKER_LIMITS;
  return runExcel(async (context) => {
    // 1. Names, ids and settings.
    const collection = context.workbook.worksheets;
    collection.load("items/name, items/id");
    const settingReads = queueSettingReads(context, request.settingKeys ?? []);
    await context.sync();

    const settings = new Map((request.settingKeys ?? []).map((k) => [k, settingValue(settingReads, k)]));
    const uses = new Map(collection.items.map((ws) => [ws.name, request.use(ws.name, settings)]));
    const sheets: SheetRead[] = collection.items.map((ws) => ({
      name: ws.name,
      id: ws.id,
      looked: uses.get(ws.name) !== undefined,
      hasData: false,
      protected: false,
    }));

    // 2. Extents and protection of the sheets looked at; fills of cells on sheets that exist.
    const looked = sheets
      .filter((s) => s.looked)
      .map((s) => {
        const ws = collection.getItem(s.name);
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("rowIndex, columnIndex, rowCount, columnCount");
        ws.protection.load("protected");
        return { sheet: s, used, protection: ws.protection };
      });
    const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
    const asked = typeof request.fillCells === "function" ? request.fillCells(settings) : (request.fillCells ?? []);
    const fillCells = asked.flatMap((c) => {
      const name = byName.get(c.sheet.toLowerCase());
      return name === undefined ? [] : [{ sheet: name, cell: c.cell, asked: c.sheet }];
    });
    const [firstFills = [], ...moreFills] = chunkFillReads(fillCells);
    const fillReads = queueFillReads(context, firstFills);
    if (looked.length > 0 || fillReads.length > 0) await context.sync();
    for (const { sheet, used, protection } of looked) {
      sheet.protected = protection.protected === true;
      if (used.isNullObject) continue;
      sheet.used = { row0: used.rowIndex, col0: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
      sheet.hasData = true;
    }
    const fills = collectFills(fillReads);
    for (const chunk of moreFills) {
      const reads = queueFillReads(context, chunk);
      await context.sync();
      collectFills(reads, fills);
    }
    // Fills are keyed by the sheet name as the caller wrote it.
    for (const c of fillCells) {
      const fill = fills.get(cellKey(c.sheet, c.cell));
      if (fill) fills.set(cellKey(c.asked, c.cell), fill);
    }

    // 3. Values, within the caps.
    const limitIssues: TrackerIssue[] = [];
    const blocksBySheet = new Map<SheetRead, { windowRows: number; blocks: Block[] }>();
    // The sheets share one budget of cells, as in every reader (shared/tracker/limits.ts).
    const budget = new CellBudget(limits);
    for (const sheet of sheets) {
      if (uses.get(sheet.name) !== "values") continue;
      if (!sheet.used) {
        blocksBySheet.set(sheet, { windowRows: 0, blocks: [] });
        continue;
      }
      const { row0, col0, rows, columns } = sheet.used;
      const extent: SheetExtent = { rows: row0 + rows, columns: col0 + columns };
      const { window, issue } = budget.take(sheet.name, extent);
      if (issue) limitIssues.push(issue);
      const readColumns = window.columns - col0;
      const blocks =
        readColumns > 0 ? rowBlocks(row0, window.rows, readColumns).map((b) => ({ sheet, ...b, col0, columns: readColumns })) : [];
      blocksBySheet.set(sheet, { windowRows: window.rows, blocks });
    }
    const rows = new Map<Block, unknown[][]>();
    await readBlocks(
      context,
      [...blocksBySheet.values()].flatMap((s) => s.blocks),
      rows,
    );

    const grids: Record<string, Grid> = {};
    for (const [sheet, { windowRows, blocks }] of blocksBySheet) {
      const { grid, longTexts, firstLong } = buildGrid(sheet, windowRows, blocks, rows, limits);
      grids[sheet.name] = grid;
      if (longTexts > 0) {
        limitIssues.push({
          severity: "error",
          sheet: sheet.name,
          cell: "",
          code: "text-too-long",
          message: textTooLong(sheet.name, longTexts, firstLong, limits),
        });
      }
    }
    return { sheets, grids, limitIssues, fills, settings };
  });
}
