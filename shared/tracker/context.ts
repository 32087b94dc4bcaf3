/** What every sheet reader needs: the agreement, today's date, the issue list, and cell access. */
import type { Agreement } from "../agreement/schema";
import { isEmptyCell } from "./cells";
import type { IssueList } from "./issues";
import type { CellValue, Grid } from "./types";

export interface ReadContext {
  agreement: Agreement;
  /** Copenhagen date, YYYY-MM-DD */
  today: string;
  issues: IssueList;
  /** Years the figures may cover (baseline year through the agreement's last year). */
  years: { from: number; to: number };
}

export type Row = ReadonlyArray<CellValue>;

/** Row r of a grid, or undefined when the grid has none there (ragged or sparse arrays). */
export function rowAt(grid: Grid, r: number): Row | undefined {
  const row = grid[r];
  return Array.isArray(row) ? row : undefined;
}

export function cellAt(row: Row | undefined, c: number | undefined): CellValue {
  if (row === undefined || c === undefined) return undefined;
  return row[c];
}

/** True when every one of the given columns is empty in this row. */
export function rowIsEmpty(row: Row, columns: readonly number[]): boolean {
  for (const c of columns) if (!isEmptyCell(row[c])) return false;
  return true;
}
