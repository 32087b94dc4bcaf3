/**
 * The tracker workbook (see docs/tracker-format.md) as typed data, and the raw grids it is
 * read from. A grid is what Office.js `Range.values` and an .xlsx reader both give: rows of
 * cells. Office.js gives dates as serial numbers, exceljs as Date objects; both are accepted.
 */
import type { MeetingGroup } from "../agreement/schema";
import type { Meeting } from "../meetings";

export type CellValue = string | number | boolean | Date | null | undefined;
export type Grid = ReadonlyArray<ReadonlyArray<CellValue>>;

/** Sheets by the name they carry in the workbook (matching is case-insensitive). */
export type WorkbookGrids = Readonly<Record<string, Grid>>;

/** TrackerData and the sheet ids follow from the sheet registry: one slot per sheet. */
export type { TrackerData, TrackerSheet } from "./sheets/registry";

/** Where a value came from, so answers and issues can point at the cell. */
export interface CellRef {
  sheet: string;
  /** A1 form, e.g. "C4" */
  cell: string;
}

export interface TrackerMeeting extends Meeting {
  source?: CellRef;
}

export interface SafetyIndexEntry {
  year: number;
  area: string;
  /** Level id on the agreement's scale, e.g. "reduceret" */
  level: string;
}

/** A share from the safety survey (Københavns Tryghedsundersøgelse): per cent of residents who feel unsafe. */
export interface SafetySurveyEntry {
  year: number;
  /** The area as the sheet names it ("Amager Vest"); empty when the row names none. */
  area: string;
  /** 0–100; lower is better. */
  sharePercent: number;
}

export interface BudgetEntry {
  year: number;
  allocatedKr: number | null;
  spentKr: number | null;
}

export interface ActivityEntry {
  /** The focus area as the sheet spells it. */
  focusArea: string;
  /** The agreement's focus area id, when the text names one (by name, id or number). */
  focusAreaId?: string;
  activity: string;
  responsible: string;
  start: string | null;
  end: string | null;
  status: string;
}

export type Severity = "error" | "warning";

export interface TrackerIssue {
  severity: Severity;
  /** The sheet's name as the workbook spells it (or the canonical Danish name if missing). */
  sheet: string;
  /** A1 form; empty when the issue concerns a whole sheet. */
  cell: string;
  /** Stable machine code, e.g. "unknown-category". */
  code: string;
  message: { da: string; en: string };
}

export type { MeetingGroup };
