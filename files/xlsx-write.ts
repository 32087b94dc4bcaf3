/**
 * Writing real .xlsx files (Node, exceljs): the tracker template, the sample workbook, and the
 * test workbooks (messy ones included). A sheet is rows of values; dates are written as Excel
 * dates (pass Date.UTC-based Dates: the UTC fields are the wall-clock value), formulas as
 * `{ formula, result }`.
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { columnKind, type TemplateSheet, type TemplateValidation } from "../shared/index";

export type WriteCell = string | number | boolean | Date | null | undefined | { formula: string; result?: number | string };

export interface WorkbookSheet {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<WriteCell>>;
  /** Width per column, in characters. */
  columnWidths?: readonly number[];
  /** Excel number format per column (rows below the header), e.g. "dd-mm-yyyy". */
  columnFormats?: ReadonlyArray<string | undefined>;
  validations?: readonly TemplateValidation[];
  notes?: ReadonlyArray<{ cell: string; text: string }>;
  /** Bold first row and freeze it (default true). */
  header?: boolean;
}

function addSheet(workbook: ExcelJS.Workbook, spec: WorkbookSheet): void {
  const header = spec.header !== false;
  const ws = workbook.addWorksheet(spec.name, header ? { views: [{ state: "frozen", ySplit: 1 }] } : {});
  spec.columnWidths?.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  spec.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = row.getCell(c + 1);
      cell.value = v as ExcelJS.CellValue;
      const fmt = r > 0 || !header ? spec.columnFormats?.[c] : undefined;
      if (fmt && fmt !== "@") cell.numFmt = fmt;
      else if (v instanceof Date) cell.numFmt = "dd-mm-yyyy";
    });
    if (r === 0 && header) row.font = { bold: true };
  });
  // exceljs supports range-wide validations, but its type declarations do not show it.
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of spec.validations ?? []) {
    validations.add(`${v.column}${v.fromRow}:${v.column}${v.toRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.list.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Partnerskab",
      error: `Vælg en af: ${v.list.join(", ")}`,
    });
  }
  for (const n of spec.notes ?? []) ws.getCell(n.cell).note = n.text;
}

export function buildWorkbook(sheets: readonly WorkbookSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnerskab";
  // Fixed dates so that regenerating the sample gives the same file contents.
  workbook.created = new Date(Date.UTC(2016, 0, 1));
  workbook.modified = new Date(Date.UTC(2016, 0, 1));
  for (const s of sheets) addSheet(workbook, s);
  return workbook;
}

export async function workbookBuffer(sheets: readonly WorkbookSheet[]): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(sheets).xlsx.writeBuffer());
}

export async function writeWorkbook(path: string, sheets: readonly WorkbookSheet[]): Promise<void> {
  await writeFile(path, await workbookBuffer(sheets));
}

/** The shared template description as sheets to write, with its formats. */
export function templateWorkbookSheets(template: readonly TemplateSheet[]): WorkbookSheet[] {
  return template.map((t) => ({
    name: t.name,
    rows: [t.header, ...t.rows],
    columnWidths: t.columnWidths,
    columnFormats: t.columnKinds.map((k) => columnKind(k).fileFormat),
    validations: t.validations,
    notes: t.notes,
  }));
}
