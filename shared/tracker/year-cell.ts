/** The year cell of a tracker row, read the same way on every sheet that has one. */

import { cellText, isEmptyCell, parseYearCell } from "./cells";
import type { ReadContext } from "./context";
import type { SheetRef } from "./issues";
import * as msg from "./messages";
import type { ColumnSpec } from "./sheet-spec";
import type { CellValue } from "./types";

/**
 * The year in a cell, or undefined with the issue at that cell: missing (when the sheet names a
 * year column), not a year, or outside the agreement's period.
 */
export function readYearCell(
  ctx: ReadContext,
  sheet: SheetRef,
  v: CellValue,
  r: number,
  col: number,
  yearColumn: ColumnSpec | undefined,
): number | undefined {
  if (isEmptyCell(v)) {
    if (yearColumn) ctx.issues.error(sheet, r, col, "missing-value", msg.missingValue(yearColumn));
    return undefined;
  }
  const year = parseYearCell(v);
  if (year === undefined) {
    ctx.issues.error(sheet, r, col, "invalid-year", msg.invalidYear(cellText(v)));
    return undefined;
  }
  if (year < ctx.years.from || year > ctx.years.to) {
    ctx.issues.error(sheet, r, col, "year-outside-period", msg.yearOutsidePeriod(year, ctx.years.from, ctx.years.to));
    return undefined;
  }
  return year;
}
