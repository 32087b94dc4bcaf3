/**
 * Every call into Excel lives here (the Office add-in templates' convention): the DOM code and
 * the logic never touch `Excel` or a RequestContext. Each function is one `Excel.run` with a
 * known number of `context.sync()` round trips, because on Excel on the web each sync is a
 * network call:
 *
 *   readWorkbook        1 sync, whatever the workbook's size
 *   readFills           1 sync
 *   writeHighlights     1 sync (+1 per extra chunk when the payload would pass 5 MB)
 *   restoreFills        1 sync (+ chunks)
 *   writeSheetMatrix    1 sync (+ chunks)
 *   createSheets        1 sync
 *   selectCell          1 sync
 */
import type { CellValue, Grid, WorkbookGrids } from "../../shared/index";
import { chunkByBudget, chunkRowSpans, DEFAULT_WRITE_BUDGET_BYTES, estimateRowBytes } from "../core/chunking";
import { HIGHLIGHT_COLORS, type HighlightRecord, type HighlightTarget, type SavedFill } from "../core/highlights";
import type { SheetMatrix } from "../core/targets-sheet";

/**
 * Sheets are walked with getFirst()/getNextOrNullObject() so that all of them, whatever their
 * names (the tracker accepts aliases and spellings), are read in the same batch; past the last
 * sheet the chain yields null objects, which cost nothing to read.
 */
export const MAX_SHEETS_READ = 100;

export interface SheetRead {
  name: string;
  /** Office's worksheet id, stable across renames. */
  id: string;
  /** Values anchored at A1 (leading empty rows and columns included); empty cells as null. */
  grid: Grid;
  /** True when the sheet holds any value. */
  hasData: boolean;
}

export interface WorkbookRead {
  sheets: SheetRead[];
  grids: WorkbookGrids;
  /** Current fills of the cells asked for, by `cellKey(sheet, cell)`. */
  fills: Map<string, SavedFill>;
}

export const cellKey = (sheet: string, cell: string) => `${sheet.toLowerCase()}!${cell}`;

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true, patternColor: true } } };

function fillFrom(result: OfficeExtension.ClientResult<Excel.CellProperties[][]>): SavedFill | undefined {
  const fill = result.value?.[0]?.[0]?.format?.fill;
  if (!fill) return undefined;
  return { color: fill.color ?? null, pattern: fill.pattern ?? null, patternColor: fill.patternColor ?? null };
}

function anchoredGrid(values: unknown[][], rowIndex: number, columnIndex: number): { grid: Grid; hasData: boolean } {
  let hasData = false;
  const pad: CellValue[] = Array.from({ length: columnIndex }, () => null);
  const rows: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  for (const row of values) {
    const out = pad.slice();
    for (const v of row) {
      if (v === "" || v === null || v === undefined) out.push(null);
      else {
        hasData = true;
        out.push(typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : String(v));
      }
    }
    rows.push(out);
  }
  return { grid: rows, hasData };
}

/**
 * One round trip: every sheet's name, id and used-range values, plus the current fill of the
 * given cells (to restore or re-check highlights).
 */
export async function readWorkbook(fillCells: ReadonlyArray<{ sheet: string; cell: string }> = []): Promise<WorkbookRead> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const queued: Array<{ sheet: Excel.Worksheet; used: Excel.Range }> = [];
    let sheet = worksheets.getFirst();
    for (let i = 0; i < MAX_SHEETS_READ; i++) {
      sheet.load("name, id");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values, rowIndex, columnIndex");
      queued.push({ sheet, used });
      sheet = sheet.getNextOrNullObject();
    }
    const fillResults = queueFillReads(worksheets, fillCells);
    await context.sync();

    const sheets: SheetRead[] = [];
    const grids: Record<string, Grid> = {};
    for (const { sheet: ws, used } of queued) {
      if (ws.isNullObject) break;
      const { grid, hasData } = used.isNullObject
        ? { grid: [], hasData: false }
        : anchoredGrid(used.values, used.rowIndex, used.columnIndex);
      sheets.push({ name: ws.name, id: ws.id, grid, hasData });
      grids[ws.name] = grid;
    }
    return { sheets, grids, fills: collectFills(fillResults) };
  });
}

type FillRead = { key: string; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> };

/** A highlighted cell's sheet may have been deleted or renamed since: the null object reads as nothing. */
function queueFillReads(worksheets: Excel.WorksheetCollection, cells: ReadonlyArray<{ sheet: string; cell: string }>): FillRead[] {
  return cells.map(({ sheet, cell }) => ({
    key: cellKey(sheet, cell),
    result: worksheets.getItemOrNullObject(sheet).getRange(cell).getCellProperties(FILL_PROPERTIES),
  }));
}

function collectFills(reads: readonly FillRead[]): Map<string, SavedFill> {
  const fills = new Map<string, SavedFill>();
  for (const { key, result } of reads) {
    const fill = fillFrom(result);
    if (fill) fills.set(key, fill);
  }
  return fills;
}

/** One round trip: the current fill of each cell (absent for cells whose sheet is gone). */
export async function readFills(cells: ReadonlyArray<{ sheet: string; cell: string }>): Promise<Map<string, SavedFill>> {
  if (cells.length === 0) return new Map();
  return Excel.run(async (context) => {
    const reads = queueFillReads(context.workbook.worksheets, cells);
    await context.sync();
    return collectFills(reads);
  });
}

// Each queued per-cell operation costs a few hundred bytes of request JSON.
const CELL_OP_BYTES = 400;

function paint(range: Excel.Range, color: string): void {
  range.format.fill.color = color;
}

function restoreFill(range: Excel.Range, previous: SavedFill): void {
  if (previous.pattern === null || previous.pattern === "None" || previous.color === null) {
    range.format.fill.clear();
    return;
  }
  range.format.fill.color = previous.color;
  if (previous.pattern !== "Solid") range.format.fill.pattern = previous.pattern as Excel.FillPattern;
  if (previous.patternColor !== null && previous.pattern !== "Solid") range.format.fill.patternColor = previous.patternColor;
}

export interface HighlightWrite {
  /** New cells: their fill is read and then painted, in the same batch. */
  add: readonly HighlightTarget[];
  /** Cells already painted whose colour should change (error ↔ warning). */
  recolour: ReadonlyArray<{ record: HighlightRecord; severity: HighlightTarget["severity"] }>;
  /** Cells whose previous fill goes back. */
  restore: readonly HighlightRecord[];
}

type HighlightOp =
  | { kind: "add"; target: HighlightTarget }
  | { kind: "recolour"; record: HighlightRecord; severity: HighlightTarget["severity"] }
  | { kind: "restore"; record: HighlightRecord };

/**
 * Paints new highlights, recolours and restores, one sync per chunk (one chunk unless the
 * request would pass Excel on the web's payload limit). In each batch the previous fills are
 * queued before the paint, so Excel reads them as they were. Returns the new cells' records.
 */
export async function writeHighlights(write: HighlightWrite, budgetBytes = DEFAULT_WRITE_BUDGET_BYTES): Promise<HighlightRecord[]> {
  const ops: HighlightOp[] = [
    ...write.restore.map((record): HighlightOp => ({ kind: "restore", record })),
    ...write.recolour.map(({ record, severity }): HighlightOp => ({ kind: "recolour", record, severity })),
    ...write.add.map((target): HighlightOp => ({ kind: "add", target })),
  ];
  if (ops.length === 0) return [];
  const added: HighlightRecord[] = [];
  await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    for (const chunk of chunkByBudget(ops, () => CELL_OP_BYTES, budgetBytes)) {
      const reads: Array<{ target: HighlightTarget; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }> = [];
      for (const op of chunk) {
        if (op.kind === "add") {
          const result = worksheets.getItem(op.target.sheet).getRange(op.target.cell).getCellProperties(FILL_PROPERTIES);
          reads.push({ target: op.target, result });
        }
      }
      for (const op of chunk) {
        if (op.kind === "restore") restoreFill(worksheets.getItem(op.record.sheet).getRange(op.record.cell), op.record.previous);
        else if (op.kind === "recolour") paint(worksheets.getItem(op.record.sheet).getRange(op.record.cell), HIGHLIGHT_COLORS[op.severity]);
        else paint(worksheets.getItem(op.target.sheet).getRange(op.target.cell), HIGHLIGHT_COLORS[op.target.severity]);
      }
      await context.sync();
      for (const { target, result } of reads) {
        const previous = fillFrom(result) ?? { color: null, pattern: "None", patternColor: null };
        added.push({ ...target, previous, applied: HIGHLIGHT_COLORS[target.severity] });
      }
    }
  });
  return added;
}

/** Puts the remembered fills back (Ryd markeringer). */
export async function restoreFills(records: readonly HighlightRecord[], budgetBytes = DEFAULT_WRITE_BUDGET_BYTES): Promise<void> {
  if (records.length === 0) return;
  await writeHighlights({ add: [], recolour: [], restore: records }, budgetBytes);
}

/**
 * Writes a generated sheet: deletes the previous one (only if the caller says it is ours),
 * adds it afresh, and writes values, number formats and styles. Values go in row blocks that
 * stay under the payload budget; the first block shares the sync with the sheet's creation.
 * Returns the new sheet's id, which the caller remembers to recognise the sheet next time.
 */
export async function writeSheetMatrix(
  matrix: SheetMatrix,
  options: { replaceExisting: boolean },
  budgetBytes = DEFAULT_WRITE_BUDGET_BYTES,
): Promise<string> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    // Only a sheet the caller has seen in this workbook (and knows to be ours) is deleted.
    if (options.replaceExisting) worksheets.getItem(matrix.name).delete();
    const sheet = worksheets.add(matrix.name);
    sheet.load("id");
    const width = matrix.values[0]?.length ?? 0;
    const spans = chunkRowSpans(
      matrix.values.map((row, i) => estimateRowBytes(row) + estimateRowBytes(matrix.numberFormats[i] ?? [])),
      budgetBytes,
    );
    for (let s = 0; s < spans.length; s++) {
      const span = spans[s];
      if (!span || width === 0) continue;
      const range = sheet.getRangeByIndexes(span.start, 0, span.end - span.start, width);
      range.values = matrix.values.slice(span.start, span.end);
      range.numberFormat = matrix.numberFormats.slice(span.start, span.end);
      if (s < spans.length - 1) await context.sync();
    }
    for (const style of matrix.styles) {
      const range = sheet.getRangeByIndexes(style.row0, style.col0, 1, style.cols ?? 1);
      if (style.fill) range.format.fill.color = style.fill;
      if (style.fontColor) range.format.font.color = style.fontColor;
      if (style.bold) range.format.font.bold = true;
    }
    // Autofit on the table only, so the long title and note lines do not widen column A.
    const tableTop = Math.max(0, matrix.freezeRows - 1);
    if (width > 0 && matrix.values.length > tableTop) {
      sheet.getRangeByIndexes(tableTop, 0, matrix.values.length - tableTop, width).format.autofitColumns();
    }
    if (matrix.freezeRows > 0) sheet.freezePanes.freezeRows(matrix.freezeRows);
    sheet.activate();
    await context.sync();
    return sheet.id;
  });
}

export interface NewSheet {
  name: string;
  /** Rows from A1, rectangular. */
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Drop-down lists: a column (zero-based) from a row on down to lastRow. */
  lists: ReadonlyArray<{ col0: number; firstRow0: number; lastRow0: number; values: readonly string[] }>;
  /** Number formats per column (zero-based), for rows below the header. */
  columnFormats?: ReadonlyArray<{ col0: number; format: string; lastRow0: number }>;
}

/**
 * Creates sheets (or fills empty existing ones) with headers, prefilled rows and list
 * validation (in-cell drop-downs). The caller decides which sheets are safe to write.
 */
export async function createSheets(sheets: readonly NewSheet[], existingEmpty: ReadonlySet<string>): Promise<void> {
  if (sheets.length === 0) return;
  await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    let first: Excel.Worksheet | undefined;
    for (const spec of sheets) {
      const sheet = existingEmpty.has(spec.name.toLowerCase()) ? worksheets.getItem(spec.name) : worksheets.add(spec.name);
      first ??= sheet;
      const width = Math.max(0, ...spec.rows.map((r) => r.length));
      if (spec.rows.length > 0 && width > 0) {
        const rows = spec.rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => "")]);
        sheet.getRangeByIndexes(0, 0, rows.length, width).values = rows;
        const header = sheet.getRangeByIndexes(0, 0, 1, width);
        header.format.font.bold = true;
        header.format.fill.color = "#DEECF9";
      }
      for (const f of spec.columnFormats ?? []) {
        const rows = Math.max(1, f.lastRow0);
        sheet.getRangeByIndexes(1, f.col0, rows, 1).numberFormat = Array.from({ length: rows }, () => [f.format]);
      }
      for (const list of spec.lists) {
        const range = sheet.getRangeByIndexes(list.firstRow0, list.col0, list.lastRow0 - list.firstRow0 + 1, 1);
        range.dataValidation.clear();
        range.dataValidation.rule = { list: { inCellDropDown: true, source: list.values.join(",") } };
      }
      if (width > 0) sheet.getRangeByIndexes(0, 0, 1, width).format.autofitColumns();
      sheet.freezePanes.freezeRows(1);
    }
    first?.activate();
    await context.sync();
  });
}

/** Shows a cell: activates its sheet and selects it. */
export async function selectCell(sheetName: string, cell: string): Promise<boolean> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load("name");
    const range = sheet.getRange(cell || "A1");
    sheet.activate();
    range.select();
    await context.sync();
    return !sheet.isNullObject;
  });
}

/** Runs `onChange` when any cell in the workbook changes (for re-validation). Returns a remover. */
export async function onWorkbookChanged(onChange: () => void): Promise<() => Promise<void>> {
  return Excel.run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async () => onChange());
    await context.sync();
    return async () => {
      await Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
    };
  });
}
