/**
 * One sheet's XML → its grid, read within the caps (shared/tracker/limits.ts): rows of values
 * anchored at A1, as Office.js `Range.values` gives them, except that dates stay Date objects
 * (the wall-clock value in the UTC fields). Formula cells give their cached result, rich text is
 * flattened, error cells give their text ("#N/A"), and the hidden parts of a merged cell count
 * as empty. Only cells within the sheet's window (rows × columns from A1) are kept; how far the
 * sheet's values reach is measured over all of it, so a cap that cuts it is named.
 */
import { type CellValue, clampText, type Grid, type SheetExtent, type TrackerLimits, toA1 } from "../../shared/index";
import type { SharedStrings } from "./shared-strings";
import { attributes, decodeXmlText, elementEnd, elements, nextTag, stringItemText } from "./xml";

/** Excel's largest sheet: 1,048,576 rows × 16,384 columns (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** Merged ranges looked at; a tracker has a handful. */
const MAX_MERGES = 10_000;

export interface SheetContext {
  sharedStrings: SharedStrings | undefined;
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

export interface SheetRead<W extends { rows: number; columns: number }> {
  grid: Grid;
  /** How far the values reach (from A1), over the whole of the XML read. */
  extent: SheetExtent;
  /** The part kept: rows × columns from A1, as windowFor gave it for the extent. */
  window: W;
  /** The last row the XML read got to (its last complete row when the XML was cut short). */
  lastRow: number;
  /** Cells whose text was cut to the cap, and the first of them. */
  longTexts: number;
  firstLong: string;
}

function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** "B12" → column 2, row 12 (1-based); undefined when it is not a cell reference. */
function cellReference(ref: string | undefined): { row: number; column: number } | undefined {
  const m = ref === undefined ? null : /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m?.[1] || !m[2]) return undefined;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 && row <= MAX_ROW && column <= MAX_COLUMN ? { row, column } : undefined;
}

interface CellParts {
  /** The cached value `<v>`, its content range. */
  v?: { start: number; end: number };
  /** An inline string `<is>`, its content range. */
  is?: { start: number; end: number };
  formula: boolean;
}

/** One pass over a cell's content for its value, formula and inline string. */
function cellParts(xml: string, from: number, until: number): CellParts {
  const parts: CellParts = { formula: false };
  let at = from;
  for (;;) {
    const tag = nextTag(xml, at, until);
    if (!tag) return parts;
    at = tag.end;
    if (tag.closing) continue;
    const end = elementEnd(xml, tag, until);
    if (!end) return parts;
    if (tag.name === "v" && !parts.v) parts.v = { start: tag.end, end: end.contentEnd };
    else if (tag.name === "is" && !parts.is) parts.is = { start: tag.end, end: end.contentEnd };
    else if (tag.name === "f") parts.formula ||= !tag.selfClosing || /\bt\s*=/.test(tag.attributeText);
    at = end.end;
  }
}

/** A cell's value as the grid holds it; undefined when the cell has none. */
function cellValue(
  xml: string,
  from: number,
  until: number,
  type: string | undefined,
  style: number,
  ctx: SheetContext,
): CellValue | undefined {
  const parts = cellParts(xml, from, until);
  if (type === "inlineStr" && !parts.formula) return parts.is ? stringItemText(xml, parts.is.start, parts.is.end) : undefined;
  const raw = parts.v ? decodeXmlText(xml.slice(parts.v.start, parts.v.end)) : undefined;
  if (raw === undefined || raw === "") return undefined;
  if (!parts.formula && type === "s") return ctx.sharedStrings?.text(Number.parseInt(raw, 10));
  switch (type) {
    case "str":
    case "e":
      return raw;
    case "b":
      return Number.parseInt(raw, 10) !== 0;
    case "d": {
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(raw);
      return m
        ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)))
        : raw;
    }
  }
  const number = Number.parseFloat(raw);
  return ctx.dateStyles.has(style) ? excelDate(number, ctx.date1904) : number;
}

/** A cell's reference, type and style: the only attributes read, on a path that runs once per cell. */
function cellAttributes(text: string): { r?: string; t?: string; s?: string } {
  const out: { r?: string; t?: string; s?: string } = {};
  for (const m of text.matchAll(/(?:^|\s)([rts])\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1] as "r" | "t" | "s";
    out[name] ??= m[2] ?? m[3] ?? "";
  }
  return out;
}

/** Puts a value at (row0, col0), padding with nulls as Office.js would. */
function place(grid: CellValue[][], row0: number, col0: number, value: CellValue): void {
  while (grid.length <= row0) grid.push([]);
  const row = grid[row0] as CellValue[];
  while (row.length < col0) row.push(null);
  row[col0] = value;
}

/** The hidden parts of merged cells (all but the top-left) count as empty, as in Excel. */
function clearMergedParts(xml: string, from: number, grid: CellValue[][], budget: number): void {
  let merges = 0;
  let work = 0;
  for (const el of elements(xml, "mergeCell", from)) {
    if (++merges > MAX_MERGES) return;
    const [first, last] = (attributes(el.attributes).get("ref") ?? "").split(":");
    const a = cellReference(first);
    const b = cellReference(last);
    if (!a || !b) continue;
    const lastRow = Math.min(b.row, grid.length);
    for (let r = a.row; r <= lastRow; r++) {
      const row = grid[r - 1];
      if (!row) continue;
      const lastColumn = Math.min(b.column, row.length);
      for (let c = a.column; c <= lastColumn; c++) {
        if (++work > budget) return;
        if (r !== a.row || c !== a.column) row[c - 1] = null;
      }
    }
  }
}

/** Trailing nulls and empty rows at the end go, as after reading only the cells with values. */
function trim(grid: CellValue[][]): CellValue[][] {
  for (const row of grid) while (row.length > 0 && row[row.length - 1] === null) row.pop();
  while (grid.length > 0 && grid[grid.length - 1]?.length === 0) grid.pop();
  return grid;
}

/**
 * Reads the cells of a sheet's XML (maybe only its first part), keeping at most
 * `limits.maxCells` values within `limits.maxRows` × `limits.maxColumns`, then cuts the grid to
 * the window `windowFor(extent)` gives.
 */
export function readSheetGrid<W extends { rows: number; columns: number }>(
  xml: string,
  ctx: SheetContext,
  limits: TrackerLimits,
  windowFor: (extent: SheetExtent) => W,
): SheetRead<W> {
  const grid: CellValue[][] = [];
  let maxRow = 0;
  let maxColumn = 0;
  let stored = 0;
  let longTexts = 0;
  let firstLong = "";
  let lastRow = 0;
  let afterData = xml.length;

  let start = nextTag(xml, 0);
  while (start && (start.closing || start.name !== "sheetData")) start = nextTag(xml, start.end);
  if (!start || start.selfClosing) {
    const extent = { rows: 0, columns: 0 };
    return { grid: [], extent, window: windowFor(extent), lastRow: 0, longTexts: 0, firstLong: "" };
  }

  let at = start.end;
  let row = 0;
  let column = 0;
  for (;;) {
    const tag = nextTag(xml, at);
    if (!tag) break;
    at = tag.end;
    if (tag.closing) {
      if (tag.name === "row") lastRow = row;
      if (tag.name === "sheetData") {
        afterData = tag.end;
        break;
      }
      continue;
    }
    if (tag.name === "row") {
      const r = Number(attributes(tag.attributeText).get("r"));
      row = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r : row + 1;
      column = 0;
      if (tag.selfClosing) lastRow = row;
      continue;
    }
    if (tag.name !== "c") continue;
    const end = elementEnd(xml, tag);
    if (!end) break; // the XML was cut short inside this cell
    at = end.end;
    const a = cellAttributes(tag.attributeText);
    const ref = cellReference(a.r);
    column = ref ? ref.column : column + 1;
    if (row === 0 || column > MAX_COLUMN) continue;
    let value = cellValue(xml, tag.end, end.contentEnd, a.t, Number(a.s ?? "0"), ctx);
    if (value === undefined || value === null) continue;
    maxRow = Math.max(maxRow, row);
    maxColumn = Math.max(maxColumn, column);
    if (row > limits.maxRows || column > limits.maxColumns || stored >= limits.maxCells) continue;
    if (typeof value === "string") {
      const clamped = clampText(value, limits);
      if (clamped.cut) {
        if (longTexts === 0) firstLong = toA1(row - 1, column - 1);
        longTexts++;
        value = clamped.text;
      }
    }
    place(grid, row - 1, column - 1, value);
    stored++;
  }

  const extent = { rows: maxRow, columns: maxColumn };
  const window = windowFor(extent);
  grid.length = Math.min(grid.length, window.rows);
  for (const r of grid) if (r.length > window.columns) r.length = window.columns;
  clearMergedParts(xml, afterData, grid, limits.maxCells);
  return { grid: trim(grid) as Grid, extent, window, lastRow, longTexts, firstLong };
}
