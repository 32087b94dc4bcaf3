/**
 * A custom function parameter's address as Excel gives it in `invocation.parameterAddresses`:
 * `SheetName!F6`, or `'Latest Prices'!F6` when the sheet's name holds a space or punctuation,
 * with a quote in the name doubled (`'Bob''s Region'!F6`) (Microsoft Learn, "Custom functions
 * parameter options": Detect the address of a parameter).
 */
import { isA1 } from "../../shared/tracker/a1";

export interface CellAddress {
  sheet: string;
  cell: string;
}

/** One cell on a named sheet; undefined for a range, a typed value or anything else. */
export function parseCellAddress(address: unknown): CellAddress | undefined {
  if (typeof address !== "string") return undefined;
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return undefined;
  let sheet = address.slice(0, bang);
  const cell = address
    .slice(bang + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  if (!isA1(cell)) return undefined;
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 3) return undefined;
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  // A workbook-qualified address ("[Book2]Sheet1") points outside this workbook.
  if (sheet === "" || sheet.startsWith("[")) return undefined;
  return { sheet, cell };
}
