/**
 * What a tracker sheet is, as data: its names (Danish, English, aliases), its columns and their
 * kinds, its reader, where its data goes in TrackerData, and how the template lays it out. One
 * SheetSpec per sheet lives in sheets/; sheets/registry.ts lists them. Header and sheet names
 * match ignoring case, surrounding spaces and æ/ø/å typed as ae/oe/aa.
 */
import type { Agreement } from "../agreement/schema";
import { foldDanish } from "../text/normalize";
import type { ColumnKind } from "./column-kinds";
import type { ReadContext } from "./context";
import type { SheetRef } from "./issues";
import type { Grid } from "./types";

export interface ColumnSpec {
  /** The reader's name for the column. */
  key: string;
  /** The header the template writes. */
  da: string;
  en: string;
  /** Other headers accepted (the Danish and English ones always are). */
  aliases: readonly string[];
  /** A required column that is missing is an error (missing-header). */
  required: boolean;
  kind: ColumnKind;
  /** Width in the template, in characters. */
  width: number;
  /** The template's drop-down list for the column, if it has one. */
  dropDown?: (agreement: Agreement) => readonly string[];
}

/** A column spec with the usual defaults: optional, no aliases. */
export function column(spec: Omit<ColumnSpec, "aliases" | "required"> & Partial<Pick<ColumnSpec, "aliases" | "required">>): ColumnSpec {
  return { aliases: [], required: false, ...spec };
}

/** What a reader needs to know about its own sheet: the names and columns. */
export interface SheetLayout {
  id: string;
  /** The sheet's Danish name: the template writes it, messages use it. */
  da: string;
  en: string;
  /** Other sheet names accepted. */
  aliases: readonly string[];
  /** A required sheet that is missing is an error (missing-sheet). */
  required: boolean;
  /** Columns found by their header in row 1, in any order; listed in the template's order. */
  columns: readonly ColumnSpec[];
}

/**
 * Reads one sheet's grid into its slot's value, adding its findings to ctx.issues at their
 * cells. It may throw on a fault: readTracker turns that into an `internal-error` on the sheet.
 */
export type SheetReader<Value> = (ctx: ReadContext, sheet: SheetRef, grid: Grid, layout: SheetLayout) => Value;

export type TemplateCell = string | number | null;

export interface TemplateNote {
  cell: string;
  text: string;
}

export interface TemplateColumn {
  header: TemplateCell;
  width: number;
  kind: ColumnKind;
  dropDown?: readonly string[];
  /** The last row (1-based) the drop-down reaches; the template's default otherwise. */
  dropDownToRow?: number;
}

/** A sheet's column as the template writes it: Danish header, width, kind, drop-down. */
export function templateColumn(column: ColumnSpec, agreement: Agreement): TemplateColumn {
  const dropDown = column.dropDown?.(agreement);
  return { header: column.da, width: column.width, kind: column.kind, ...(dropDown ? { dropDown } : {}) };
}

/** How the template lays the sheet out, beyond what its columns say. */
export interface SheetTemplate {
  /** The template's columns; by default the sheet's own (Danish header, width, kind, drop-down). */
  columns?: (agreement: Agreement) => TemplateColumn[];
  /** Rows below the header, e.g. the agreement's baselines. */
  rows?: (agreement: Agreement) => TemplateCell[][];
  /** Cell comments, e.g. where a figure comes from. */
  notes?: (agreement: Agreement) => TemplateNote[];
}

/** For docs/tracker-format.md: columns a sheet has beyond its named ones (Kriminalitet's years). */
export interface OpenColumnsDoc {
  header: { da: string; en: string };
  kind: ColumnKind;
  required: boolean;
}

/**
 * One tracker sheet. `Slot` is its property in TrackerData and `Value` that property's type:
 * TrackerData is derived from the registry, so a new sheet brings its slot with it.
 */
export interface SheetSpec<Id extends string = string, Slot extends string = string, Value = unknown> extends SheetLayout {
  id: Id;
  slot: Slot;
  read: SheetReader<Value>;
  /** The slot's value when the sheet is absent or could not be read. */
  empty: () => Value;
  template: SheetTemplate;
  openColumns?: OpenColumnsDoc;
}

const columnsByHeader = new WeakMap<SheetLayout, Map<string, ColumnSpec>>();

function headerIndex(layout: SheetLayout): Map<string, ColumnSpec> {
  let byHeader = columnsByHeader.get(layout);
  if (!byHeader) {
    byHeader = new Map();
    for (const c of layout.columns) for (const n of [c.da, c.en, ...c.aliases]) byHeader.set(foldDanish(n), c);
    columnsByHeader.set(layout, byHeader);
  }
  return byHeader;
}

/** The column a header names on a sheet, if any. Numbers count as their digits (a header `1`). */
export function matchColumn(layout: SheetLayout, header: unknown): ColumnSpec | undefined {
  if (typeof header === "number") return Number.isFinite(header) ? headerIndex(layout).get(String(header)) : undefined;
  return typeof header === "string" ? headerIndex(layout).get(foldDanish(header)) : undefined;
}

export interface HeaderMatch {
  /** Column key → zero-based column index (the first match wins). */
  columns: Map<string, number>;
  missing: ColumnSpec[];
}

/** Finds the sheet's columns in a header row, whatever their order. */
export function matchHeaders(layout: SheetLayout, headerRow: ReadonlyArray<unknown> | undefined): HeaderMatch {
  const columns = new Map<string, number>();
  const row = Array.isArray(headerRow) ? headerRow : [];
  for (let c = 0; c < row.length; c++) {
    const spec = matchColumn(layout, row[c]);
    if (spec && !columns.has(spec.key)) columns.set(spec.key, c);
  }
  const missing = layout.columns.filter((c) => c.required && !columns.has(c.key));
  return { columns, missing };
}
