/**
 * The empty tracker, described as data: each sheet's name, header row, prefilled rows (the
 * categories with the agreement's baselines), column widths and drop-down lists, all taken from
 * the sheet registry. The CLI's exceljs writer and the Excel add-in's "Opret tracker" both build
 * the workbook from this, so the two can never make different templates.
 */
import type { Agreement } from "../agreement/schema";
import { columnLetter } from "./a1";
import type { ColumnKind } from "./column-kinds";
import { type SheetSpec, type TemplateCell, type TemplateNote, templateColumn } from "./sheet-spec";
import { type TrackerSheet, trackerSheetSpecs } from "./sheets/registry";

export type { TemplateCell } from "./sheet-spec";

/** A drop-down list on a column, rows 1-based as Excel shows them. */
export interface TemplateValidation {
  column: string;
  fromRow: number;
  toRow: number;
  list: string[];
}

export interface TemplateSheet<Id extends string = TrackerSheet> {
  sheet: Id;
  /** The Danish sheet name. */
  name: string;
  /** Row 1; the crime sheet's years are numbers. */
  header: TemplateCell[];
  /** Rows below the header. */
  rows: TemplateCell[][];
  /** Width per column, in characters. */
  columnWidths: number[];
  columnKinds: ColumnKind[];
  validations: TemplateValidation[];
  /** Cell comments, e.g. where a figure comes from. */
  notes: TemplateNote[];
}

/** How far down the drop-downs reach. */
export const TEMPLATE_LAST_ROW = 1000;

/**
 * Whether a drop-down can be written as an inline list (`"a,b,c"`): Excel allows 255 characters,
 * a comma always splits an item, a quote would end the list's text, a line break or another
 * control character has no place in it, and a leading "=" would make Office read the list as a
 * range. A list that cannot be written so gets no drop-down (the column still takes any text).
 */
export function fitsInlineList(list: readonly string[]): boolean {
  const plain = (x: string) => ![...x].some((ch) => ch === "," || ch === '"' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
  return list.join(",").length <= 255 && list.every(plain) && !list[0]?.startsWith("=");
}

function validation(col0: number, list: readonly string[], toRow = TEMPLATE_LAST_ROW): TemplateValidation[] {
  return fitsInlineList(list) ? [{ column: columnLetter(col0), fromRow: 2, toRow, list: [...list] }] : [];
}

/** One sheet of the template, from its spec. */
export function templateSheet<Id extends string>(spec: SheetSpec<Id>, agreement: Agreement): TemplateSheet<Id> {
  const columns = spec.template.columns?.(agreement) ?? spec.columns.map((c) => templateColumn(c, agreement));
  return {
    sheet: spec.id,
    name: spec.da,
    header: columns.map((c) => c.header),
    rows: spec.template.rows?.(agreement) ?? [],
    columnWidths: columns.map((c) => c.width),
    columnKinds: columns.map((c) => c.kind),
    validations: columns.flatMap((c, col0) => (c.dropDown ? validation(col0, c.dropDown, c.dropDownToRow) : [])),
    notes: spec.template.notes?.(agreement) ?? [],
  };
}

/** The template workbook for an agreement, sheet by sheet in workbook order. */
export function trackerTemplate(agreement: Agreement): TemplateSheet[] {
  return trackerSheetSpecs.map((spec) => templateSheet(spec, agreement));
}
