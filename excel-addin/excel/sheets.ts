/**
 * Writing whole sheets: the Måltal sheet (updated in place) and the tracker template's sheets,
 * and showing a cell. Values go in row blocks under the request budget.
 */
import { chunkRowSpans, DEFAULT_WRITE_BUDGET_BYTES, estimateRowBytes } from "../core/chunking";
import type { SheetChart } from "../core/targets-charts";
import type { SheetMatrix } from "../core/targets-sheet";
import { queueSheetCharts } from "./charts";
import { runExcel } from "./run";
import { queueSettingWrites } from "./settings";

export interface MatrixTarget {
  /** The add-in's own sheet, to update in place; undefined to add a new sheet. */
  existing?: string;
  /** Give the existing sheet the matrix's name (an earlier name of the add-in's sheet). */
  rename?: boolean;
  /** A setting that remembers the sheet's id, written once the id is known. */
  idSetting: string;
  /** Whether to write it (a new sheet, or an existing one the add-in takes over). */
  rememberId: boolean;
  /** Charts to draw (or update in place) on the sheet, beside the matrix. */
  charts?: readonly SheetChart[];
}

/**
 * Writes a generated sheet and returns its id. An existing sheet of ours is cleared and
 * written in place, never deleted and added again: formulas and charts elsewhere that point at
 * it keep their references (deleting a sheet turns them into #REF!). Charts given are drawn
 * beside the matrix; on an existing sheet (renamed or not: its charts move with it) the add-in's
 * own are found first and updated in place, one more round trip. The first row block shares
 * the sync with the clear, so a small sheet is one round trip (two when its id must be
 * remembered: the id is known only after the first).
 */
export async function writeSheetMatrix(
  matrix: SheetMatrix,
  target: MatrixTarget,
  budgetBytes = DEFAULT_WRITE_BUDGET_BYTES,
): Promise<string> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    const isNew = target.existing === undefined;
    const sheet = target.existing === undefined ? worksheets.add(matrix.name) : worksheets.getItem(target.existing);
    // Contents and formats go; the sheet, its id, its charts and references to it stay.
    if (!isNew) sheet.getRange().clear("All");
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
    if (target.charts) await queueSheetCharts(context, sheet, target.charts, { isNew });
    sheet.activate();
    // Renamed last, in the same batch: Excel keeps references to it pointing at it under the new name.
    if (!isNew && target.rename) sheet.name = matrix.name;
    await context.sync();
    if (isNew || target.rememberId) {
      queueSettingWrites(context, { [target.idSetting]: sheet.id }, () => true);
      await context.sync();
    }
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
  await runExcel(async (context) => {
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

/** Shows a cell: activates its sheet and selects it. False when the sheet is gone. */
export async function selectCell(sheetName: string, cell: string): Promise<boolean> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) return false;
    sheet.activate();
    sheet.getRange(cell || "A1").select();
    await context.sync();
    return true;
  });
}
