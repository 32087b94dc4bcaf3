/**
 * A workbook in SharePoint/OneDrive as the grids the tracker parser reads. Graph's
 * `usedRange(valuesOnly=true)` gives the same 2-D `values` as Office.js (dates as serial
 * numbers, empty cells as ""), but starting at the used range's top-left cell, not at A1:
 * we pad it back to A1 so the parser's cell references stay right.
 */
import type { CellValue, Grid } from "../../../shared/index";

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

export function usedRangeUrl(item: string, sheetId: string): string {
  return `${item}/workbook/worksheets/${encodeURIComponent(sheetId)}/usedRange(valuesOnly=true)?$select=address,values`;
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

/** The top-left cell of an address such as "'Møder'!B2:H10" or "Kriminalitet!A1", 0-based. */
export function topLeft(address: unknown): { row: number; column: number } {
  if (typeof address !== "string") return { row: 0, column: 0 };
  const range = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(range);
  if (!m?.[1] || !m[2]) return { row: 0, column: 0 };
  return { row: Number(m[2]) - 1, column: columnNumber(m[1]) - 1 };
}

function cell(value: unknown): CellValue {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return value === undefined ? null : String(value);
}

/** A usedRange answer as a grid anchored at A1. */
export function gridFromUsedRange(body: unknown): Grid {
  const { address, values } = (body ?? {}) as { address?: unknown; values?: unknown };
  if (!Array.isArray(values)) return [];
  const { row, column } = topLeft(address);
  const padding: CellValue[] = Array.from({ length: column }, () => "");
  const rows: CellValue[][] = Array.from({ length: row }, () => []);
  for (const r of values) rows.push([...padding, ...(Array.isArray(r) ? r.map(cell) : [])]);
  return rows;
}
