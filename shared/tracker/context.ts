/** What every sheet reader needs: the agreement, today's date, the issue list, and cell access. */
import type { Agreement } from "../agreement/schema";
import { isEmptyCell } from "./cells";
import type { IssueList, SheetRef } from "./issues";
import type { TrackerData } from "./sheets/registry";
import type { CellValue, Grid } from "./types";

/** A check of one sheet against what other sheets hold, run once every sheet is read. */
export type CrossSheetCheck = (data: TrackerData) => void;

export interface ReadContext {
  agreement: Agreement;
  /** Copenhagen date, YYYY-MM-DD */
  today: string;
  issues: IssueList;
  /** Years the figures may cover (baseline year through the agreement's last year). */
  years: { from: number; to: number };
  /**
   * Runs `check` once every sheet is read (in any order), e.g. a sheet's totals against another
   * sheet's. The reader keeps what it needs (cells, rows) in the closure; a fault in the check
   * becomes an `internal-error` on `sheet`, like a fault in the reader.
   */
  afterRead(sheet: SheetRef, check: CrossSheetCheck): void;
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
