/**
 * How much of a tracker sheet any reader takes in: rows, columns, cells and text per cell. A
 * tracker is a few sheets of a few thousand rows; a sheet far beyond that is a mistake (a value
 * typed in column XFD, a million pasted rows) or an attack, and reading all of it would exhaust
 * memory or, in Excel on the web, the 5 MB response limit. Every reader (the add-in, the .xlsx
 * file reader, the Graph reader) reads a sheet's window from A1 within these caps and reports a
 * cap that was hit as an error at the sheet, in the words below.
 */
import type { LocalizedText } from "../agreement/schema";
import { formatNumber } from "../format/numbers";
import { columnLetter } from "./a1";
import { quote } from "./messages";
import type { TrackerIssue } from "./types";

export interface TrackerLimits {
  /** Rows counted from row 1. */
  maxRows: number;
  /** Columns counted from column A. */
  maxColumns: number;
  /** Rows × columns of the window read. */
  maxCells: number;
  /** Characters kept of one cell's text. */
  maxTextLength: number;
}

export const TRACKER_LIMITS: Readonly<TrackerLimits> = {
  maxRows: 50_000,
  maxColumns: 200,
  maxCells: 1_000_000,
  maxTextLength: 10_000,
};

/** What a sheet holds, counted from A1 to its last used cell. */
export interface SheetExtent {
  rows: number;
  columns: number;
}

export type SheetCap = "rows" | "columns" | "cells";

/** The part of a sheet a reader takes: rows × columns from A1, and the caps that cut it. */
export interface SheetWindow {
  rows: number;
  columns: number;
  capped: SheetCap[];
}

export function sheetWindow(extent: SheetExtent, limits: TrackerLimits = TRACKER_LIMITS): SheetWindow {
  const capped: SheetCap[] = [];
  let rows = Math.max(0, Math.floor(extent.rows));
  let columns = Math.max(0, Math.floor(extent.columns));
  if (columns > limits.maxColumns) {
    columns = limits.maxColumns;
    capped.push("columns");
  }
  if (rows > limits.maxRows) {
    rows = limits.maxRows;
    capped.push("rows");
  }
  if (columns > 0 && rows * columns > limits.maxCells) {
    rows = Math.floor(limits.maxCells / columns);
    capped.push("cells");
  }
  return { rows, columns, capped };
}

const n = (x: number, lang: "da" | "en") => formatNumber(x, lang);

/** The error at a sheet that a cap cut short: what was too big, what was read, what to do. */
export function sheetTooLarge(
  sheet: string,
  extent: SheetExtent,
  window: SheetWindow,
  limits: TrackerLimits = TRACKER_LIMITS,
): LocalizedText {
  const parts: LocalizedText[] = [];
  if (window.capped.includes("columns")) {
    const last = columnLetter(extent.columns - 1);
    const lastRead = columnLetter(window.columns - 1);
    parts.push({
      da: `Arket ${quote(sheet, "da")} bruger kolonner helt ud til ${last}; kun A–${lastRead} (${n(limits.maxColumns, "da")} kolonner) er læst. Slet indholdet længere ude, fx med Ctrl+Shift+End.`,
      en: `The sheet ${quote(sheet, "en")} uses columns as far as ${last}; only A–${lastRead} (${n(limits.maxColumns, "en")} columns) were read. Delete the content further out, e.g. with Ctrl+Shift+End.`,
    });
  }
  if (window.capped.includes("rows") || window.capped.includes("cells")) {
    parts.push({
      da: `Arket ${quote(sheet, "da")} har ${n(extent.rows, "da")} rækker; kun de første ${n(window.rows, "da")} er læst og tjekket (højst ${n(limits.maxCells, "da")} celler). Flyt gamle rækker til en anden projektmappe, eller slet indhold langt nede på arket.`,
      en: `The sheet ${quote(sheet, "en")} has ${n(extent.rows, "en")} rows; only the first ${n(window.rows, "en")} were read and checked (at most ${n(limits.maxCells, "en")} cells). Move old rows to another workbook, or delete content far down the sheet.`,
    });
  }
  return { da: parts.map((p) => p.da).join(" "), en: parts.map((p) => p.en).join(" ") };
}

/** A cell's text cut to the cap; `cut` says whether anything was left out. */
export function clampText(text: string, limits: TrackerLimits = TRACKER_LIMITS): { text: string; cut: boolean } {
  return text.length > limits.maxTextLength ? { text: text.slice(0, limits.maxTextLength), cut: true } : { text, cut: false };
}

/** The error at a sheet where cells held more text than a reader keeps. */
export function textTooLong(sheet: string, cells: number, firstCell: string, limits: TrackerLimits = TRACKER_LIMITS): LocalizedText {
  return {
    da: `${n(cells, "da")} ${cells === 1 ? "celle" : "celler"} på arket ${quote(sheet, "da")} har mere end ${n(limits.maxTextLength, "da")} tegn (først ${firstCell}); kun de første ${n(limits.maxTextLength, "da")} tegn er læst. Forkort teksten.`,
    en: `${n(cells, "en")} ${cells === 1 ? "cell" : "cells"} on the sheet ${quote(sheet, "en")} ${cells === 1 ? "has" : "have"} more than ${n(limits.maxTextLength, "en")} characters (first ${firstCell}); only the first ${n(limits.maxTextLength, "en")} characters were read. Shorten the text.`,
  };
}

/**
 * How much of a workbook's file any reader takes in before it looks at a cell: the .xlsx on disk
 * (files/xlsx/), the answers from Microsoft Graph (bot/sources/graph/), and an agreement file a
 * tracker names. A tracker is a few hundred kB; these leave room for pictures and years of rows,
 * and stop a zip bomb, a swapped-in giant or /dev/zero long before memory runs short.
 */
export interface WorkbookFileLimits {
  /** The .xlsx file as stored (compressed). */
  maxFileBytes: number;
  /** Parts (files) in the .xlsx zip archive. */
  maxZipEntries: number;
  /** One part read from the archive, unpacked: a sheet (read up to here, with an error at it), the shared text, the styles. */
  maxPartBytes: number;
  /** Cells read from all the tracker's sheets together (each sheet's own cap is TrackerLimits.maxCells). */
  maxWorkbookCells: number;
  /**
   * Problems listed per workbook; the rest are counted in one last issue. Room for the add-in to
   * highlight tens of thousands of cells; a sheet of a million bad cells stays a few MB of messages.
   */
  maxIssues: number;
  /** An agreement JSON file a tracker names (beside it, or in its SharePoint folder). */
  maxAgreementFileBytes: number;
  /** One answer from Microsoft Graph, read before it is parsed. */
  maxGraphResponseBytes: number;
  /** Cells asked of Graph in one request for a sheet's values (its window is read in row blocks). */
  graphBlockCells: number;
}

export const WORKBOOK_FILE_LIMITS: Readonly<WorkbookFileLimits> = {
  maxFileBytes: 50 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxPartBytes: 32 * 1024 * 1024,
  maxWorkbookCells: 2_000_000,
  maxIssues: 50_000,
  maxAgreementFileBytes: 1024 * 1024,
  maxGraphResponseBytes: 32 * 1024 * 1024,
  graphBlockCells: 50_000,
};

/** "50 MB": a byte cap as people read it. */
export function megabytes(bytes: number, lang: "da" | "en"): string {
  return `${n(Math.round(bytes / (1024 * 1024)), lang)} MB`;
}

/** "de første 1.200 rækker" / "the first 1,200 rows", "den første række", "ingen rækker". */
function firstRows(rows: number, lang: "da" | "en"): string {
  if (rows === 0) return lang === "da" ? "ingen rækker" : "no rows";
  if (rows === 1) return lang === "da" ? "den første række" : "the first row";
  return lang === "da" ? `de første ${n(rows, "da")} rækker` : `the first ${n(rows, "en")} rows`;
}

/** The error at a sheet whose XML is bigger, unpacked, than a reader takes in. */
export function sheetTooBig(sheet: string, rowsRead: number, limits: WorkbookFileLimits = WORKBOOK_FILE_LIMITS): LocalizedText {
  const size = { da: megabytes(limits.maxPartBytes, "da"), en: megabytes(limits.maxPartBytes, "en") };
  return {
    da: `Arket ${quote(sheet, "da")} fylder mere end ${size.da} udpakket; kun ${firstRows(rowsRead, "da")} er læst og tjekket. Slet indhold, formater eller billeder, arket ikke skal bruge, eller flyt gamle rækker til en anden projektmappe.`,
    en: `The sheet ${quote(sheet, "en")} takes more than ${size.en} unpacked; only ${firstRows(rowsRead, "en")} were read and checked. Delete content, formatting or pictures the sheet does not need, or move old rows to another workbook.`,
  };
}

/** The error at a sheet that came after others had used up the workbook's cells. */
export function workbookTooLarge(sheet: string, rowsRead: number, limits: WorkbookFileLimits = WORKBOOK_FILE_LIMITS): LocalizedText {
  return {
    da: `Trackerens ark har tilsammen mere end ${n(limits.maxWorkbookCells, "da")} celler; ${rowsRead === 0 ? `arket ${quote(sheet, "da")} er ikke læst` : `af arket ${quote(sheet, "da")} er kun ${firstRows(rowsRead, "da")} læst og tjekket`}. Flyt gamle rækker til en anden projektmappe.`,
    en: `The tracker's sheets hold more than ${n(limits.maxWorkbookCells, "en")} cells together; ${rowsRead === 0 ? `the sheet ${quote(sheet, "en")} was not read` : `of the sheet ${quote(sheet, "en")} only ${firstRows(rowsRead, "en")} were read and checked`}. Move old rows to another workbook.`,
  };
}

/** The last issue when a workbook has more problems than are listed. */
export function moreIssues(left: number): LocalizedText {
  return {
    da: `… og ${n(left, "da")} problemer mere, som ikke er vist. Ret dem ovenfor, og tjek igen.`,
    en: `… and ${n(left, "en")} more problems, not shown. Correct the ones above and check again.`,
  };
}

/** An error at a whole sheet that a cap cut short (codes: sheet-too-large, text-too-long). */
export function limitIssue(sheet: string, code: "sheet-too-large" | "text-too-long", message: LocalizedText): TrackerIssue {
  return { severity: "error", sheet, cell: "", code, message };
}

/**
 * The first issue saying a cap cut a sheet's rows or columns short: figures are missing, so a
 * source that has a good copy keeps answering from it. (Text cut to the cap loses no figure.)
 */
export function cutShort(issues: readonly TrackerIssue[]): TrackerIssue | undefined {
  return issues.find((i) => i.code === "sheet-too-large");
}

/**
 * The cells the tracker's sheets may take together (WorkbookFileLimits.maxWorkbookCells), given
 * out sheet by sheet in workbook order: each sheet's window is within its own caps and within
 * what the sheets before it left. One budget per read of a workbook, in every reader.
 */
export class CellBudget {
  private left: number;

  constructor(
    private readonly limits: TrackerLimits = TRACKER_LIMITS,
    private readonly fileLimits: WorkbookFileLimits = WORKBOOK_FILE_LIMITS,
  ) {
    this.left = fileLimits.maxWorkbookCells;
  }

  /** The caps for the next sheet: its own, with no more cells than are left. */
  get next(): TrackerLimits {
    return { ...this.limits, maxCells: Math.min(this.limits.maxCells, this.left) };
  }

  /** The window of the next sheet, given how far its values reach, and the error if a cap cut it. */
  take(sheet: string, extent: SheetExtent): { window: SheetWindow; issue: TrackerIssue | undefined } {
    const window = sheetWindow(extent, this.next);
    this.left = Math.max(0, this.left - window.rows * window.columns);
    if (window.rows < sheetWindow(extent, this.limits).rows) {
      return { window, issue: limitIssue(sheet, "sheet-too-large", workbookTooLarge(sheet, window.rows, this.fileLimits)) };
    }
    if (window.capped.length > 0) {
      return { window, issue: limitIssue(sheet, "sheet-too-large", sheetTooLarge(sheet, extent, window, this.limits)) };
    }
    return { window, issue: undefined };
  }
}
