/**
 * A workbook in SharePoint/OneDrive as the grids the tracker parser reads, within the caps of
 * shared/tracker/limits.ts: first each sheet's used range's address alone (how far its values
 * reach), then the values of its window from A1 (the same 2-D `values` as Office.js: dates as
 * serial numbers, empty cells as ""), in row blocks. A sheet whose values reach column XFD on
 * row 60,000 costs one small answer, never its values.
 */
import { type CellValue, clampText, columnLetter, type Grid, type SheetExtent, type TrackerLimits, toA1 } from "../../../shared/index";

export interface WorksheetRef {
  id: string;
  name: string;
}

export function itemUrl(driveId: string, itemId: string): string {
  return `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(itemId)}`;
}

export function worksheetsUrl(item: string): string {
  return `${item}/workbook/worksheets?$select=id,name`;
}

/** How far a sheet's values reach: its used range's address only, not its values. */
export function usedRangeAddressUrl(item: string, sheetId: string): string {
  return `${item}/workbook/worksheets/${encodeURIComponent(sheetId)}/usedRange(valuesOnly=true)?$select=address`;
}

/** The values of one block of a sheet's window, e.g. A1:H5000. */
export function rangeValuesUrl(item: string, sheetId: string, address: string): string {
  return `${item}/workbook/worksheets/${encodeURIComponent(sheetId)}/range(address='${address}')?$select=values`;
}

export function parseWorksheets(body: unknown): WorksheetRef[] {
  const value = (body as { value?: unknown })?.value;
  if (!Array.isArray(value)) return [];
  return value.flatMap((w) => {
    const { id, name } = (w ?? {}) as { id?: unknown; name?: unknown };
    return typeof id === "string" && typeof name === "string" ? [{ id, name }] : [];
  });
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * How far a used range reaches from A1: the bottom-right cell of an address such as
 * "'Møder'!B2:H10" (10 rows, 8 columns) or "Kriminalitet!A1"; nothing for an address it cannot read.
 */
export function usedExtent(body: unknown): SheetExtent {
  const address = (body as { address?: unknown } | undefined)?.address;
  if (typeof address !== "string") return { rows: 0, columns: 0 };
  const range = address.slice(address.lastIndexOf("!") + 1);
  const corner = range.slice(range.lastIndexOf(":") + 1);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(corner);
  if (!m?.[1] || !m[2]) return { rows: 0, columns: 0 };
  return { rows: Number(m[2]), columns: columnNumber(m[1]) };
}

export interface ValueBlock {
  /** Zero-based first row of the block. */
  row0: number;
  rows: number;
  /** A1 address, e.g. "A5001:H10000". */
  address: string;
}

/** A sheet's window (rows × columns from A1) in row blocks of at most `blockCells` cells each. */
export function valueBlocks(window: { rows: number; columns: number }, blockCells: number): ValueBlock[] {
  if (window.rows <= 0 || window.columns <= 0) return [];
  const perBlock = Math.max(1, Math.floor(blockCells / window.columns));
  const last = columnLetter(window.columns - 1);
  const blocks: ValueBlock[] = [];
  for (let row0 = 0; row0 < window.rows; row0 += perBlock) {
    const rows = Math.min(perBlock, window.rows - row0);
    blocks.push({ row0, rows, address: `A${row0 + 1}:${last}${row0 + rows}` });
  }
  return blocks;
}

function cell(value: unknown): CellValue {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return value === undefined ? null : String(value);
}

/**
 * A sheet's grid from its blocks' answers (`values`, dates as serial numbers, empty cells ""),
 * anchored at A1 and cut to the window, each text within the cap; cells whose text was cut are
 * counted, with the first of them.
 */
export function gridFromBlocks(
  blocks: ReadonlyArray<{ block: ValueBlock; body: unknown }>,
  window: { rows: number; columns: number },
  limits: TrackerLimits,
): { grid: Grid; longTexts: number; firstLong: string } {
  const grid: CellValue[][] = [];
  let longTexts = 0;
  let firstLong = "";
  for (const { block, body } of blocks) {
    const values = (body as { values?: unknown } | undefined)?.values;
    if (!Array.isArray(values)) continue;
    values.slice(0, block.rows).forEach((row, r) => {
      const row0 = block.row0 + r;
      const cells = (Array.isArray(row) ? row.slice(0, window.columns) : []).map((v, c) => {
        const value = cell(v);
        if (typeof value !== "string") return value;
        const clamped = clampText(value, limits);
        if (clamped.cut && longTexts++ === 0) firstLong = toA1(row0, c);
        return clamped.text;
      });
      while (grid.length < row0) grid.push([]);
      grid[row0] = cells;
    });
  }
  return { grid, longTexts, firstLong };
}
