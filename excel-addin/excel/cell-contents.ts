/**
 * Whether cells are empty, read from the workbook (Range.valueTypes, "Empty" for a cell with
 * nothing in it). A custom function may read the workbook in the shared runtime, never write
 * (Microsoft Learn, "Call Excel JavaScript APIs from a custom function").
 */
import type { CellAddress } from "../core/cell-address";
import { runExcel } from "./run";

/** One round trip for all the cells, in their order. */
export async function readEmptyCells(cells: readonly CellAddress[]): Promise<boolean[]> {
  if (cells.length === 0) return [];
  return runExcel(async (context) => {
    const sheets = new Map<string, Excel.Worksheet>();
    const ranges = cells.map(({ sheet, cell }) => {
      let ws = sheets.get(sheet);
      if (!ws) {
        ws = context.workbook.worksheets.getItem(sheet);
        sheets.set(sheet, ws);
      }
      const range = ws.getRange(cell);
      range.load("valueTypes");
      return range;
    });
    await context.sync();
    return ranges.map((r) => String(r.valueTypes?.[0]?.[0]) === "Empty");
  });
}
