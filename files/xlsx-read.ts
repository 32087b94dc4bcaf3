/**
 * An .xlsx workbook → grids (Node, exceljs): one 2-D array of values per sheet, as Office.js
 * `Range.values` would give them, except that dates stay Date objects (exceljs keeps the
 * wall-clock value in the UTC fields). Formula cells give their cached result, rich text is
 * flattened, error cells give their text ("#N/A").
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { CellValue, WorkbookGrids } from "../shared/index";
import { TrackerFileError } from "./tracker-file-error";

export { TrackerFileError };

type RawValue = ExcelJS.CellValue | undefined;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !(v instanceof Date);
}

/** One cell's value as the grid holds it. */
export function gridValue(raw: RawValue): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return raw;
  if (isRecord(raw)) {
    if ("formula" in raw || "sharedFormula" in raw) return gridValue((raw as { result?: RawValue }).result);
    if (Array.isArray(raw.richText))
      return raw.richText.map((p: { text?: unknown }) => (typeof p.text === "string" ? p.text : "")).join("");
    if ("error" in raw) return String(raw.error);
    if ("text" in raw) return typeof raw.text === "string" ? raw.text : gridValue(raw.text as RawValue);
  }
  return null;
}

function worksheetGrid(ws: ExcelJS.Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged cell's other parts repeat the master's value; only the master counts.
      if (cell.isMerged && cell.master !== cell) return;
      const v = gridValue(cell.value);
      if (v === null) return;
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = v;
    });
    while (grid.length < rowNumber - 1) grid.push([]);
    grid[rowNumber - 1] = cells;
  });
  return grid;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "";
}

/** Reads a workbook from a path or a buffer; throws TrackerFileError with one line when it cannot. */
export async function readWorkbookGrids(pathOrBuffer: string | Buffer | Uint8Array): Promise<WorkbookGrids> {
  let buffer: Buffer;
  const label = typeof pathOrBuffer === "string" ? pathOrBuffer : "the workbook";
  if (typeof pathOrBuffer === "string") {
    try {
      buffer = await readFile(pathOrBuffer);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new TrackerFileError(`filen findes ikke / file not found: ${pathOrBuffer}`);
      if (code === "EISDIR") throw new TrackerFileError(`det er en mappe, ikke en fil / is a folder, not a file: ${pathOrBuffer}`);
      throw new TrackerFileError(`filen kan ikke læses / cannot read ${pathOrBuffer}: ${code ?? firstLine(err)}`);
    }
  } else {
    buffer = Buffer.from(pathOrBuffer);
  }
  // An .xlsx is a zip archive: "PK\x03\x04". Anything else (a CSV, an old .xls) is refused up front.
  if (buffer.length < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) {
    throw new TrackerFileError(`ikke en .xlsx-projektmappe / not an .xlsx workbook: ${label}`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (err) {
    throw new TrackerFileError(`ikke en gyldig .xlsx-projektmappe / not a valid .xlsx workbook: ${label} (${firstLine(err)})`);
  }
  const grids: Record<string, CellValue[][]> = {};
  for (const ws of workbook.worksheets) grids[ws.name] = worksheetGrid(ws);
  return grids;
}
