/**
 * Collecting the validator's findings, each tied to a sheet and cell, and listing them as the
 * working group reads them: errors first, then sheet by sheet in workbook order, row by row.
 */
import type { LocalizedText } from "../agreement/schema";
import { toA1 } from "./a1";
import { moreIssues, WORKBOOK_FILE_LIMITS } from "./limits";
import { sheetOrder, type TrackerSheet } from "./sheets/registry";
import type { Severity, TrackerIssue } from "./types";

/** A sheet as found in the workbook: its part and the name it carries there. */
export interface SheetRef {
  kind: TrackerSheet;
  name: string;
}

interface Entry {
  issue: TrackerIssue;
  order: number;
  row: number;
  col: number;
  seq: number;
}

/**
 * A workbook's findings, at most `max` of them kept (a sheet of a million bad cells must not
 * become a million messages in memory); the rest are counted and listed as one last issue.
 */
export class IssueList {
  private readonly entries: Entry[] = [];
  private dropped = { errors: 0, warnings: 0, firstSheet: "" };

  constructor(private readonly max = WORKBOOK_FILE_LIMITS.maxIssues) {}

  /** row0/col0 undefined: the issue concerns the whole sheet (cell ""). */
  add(severity: Severity, sheet: SheetRef, row0: number | undefined, col0: number | undefined, code: string, message: LocalizedText): void {
    if (this.entries.length >= this.max) {
      if (this.dropped.errors + this.dropped.warnings === 0) this.dropped.firstSheet = sheet.name;
      if (severity === "error") this.dropped.errors++;
      else this.dropped.warnings++;
      return;
    }
    const hasCell = row0 !== undefined && col0 !== undefined;
    this.entries.push({
      issue: { severity, sheet: sheet.name, cell: hasCell ? toA1(row0, col0) : "", code, message },
      order: sheetOrder(sheet.kind),
      row: hasCell ? row0 : -1,
      col: hasCell ? col0 : -1,
      seq: this.entries.length,
    });
  }

  error(sheet: SheetRef, row0: number | undefined, col0: number | undefined, code: string, message: LocalizedText): void {
    this.add("error", sheet, row0, col0, code, message);
  }

  warning(sheet: SheetRef, row0: number | undefined, col0: number | undefined, code: string, message: LocalizedText): void {
    this.add("warning", sheet, row0, col0, code, message);
  }

  get count(): number {
    return this.entries.length;
  }

  sorted(): TrackerIssue[] {
    const listed = [...this.entries]
      .sort(
        (a, b) =>
          (a.issue.severity === b.issue.severity ? 0 : a.issue.severity === "error" ? -1 : 1) ||
          a.order - b.order ||
          a.row - b.row ||
          a.col - b.col ||
          a.seq - b.seq,
      )
      .map((e) => e.issue);
    const { errors, warnings, firstSheet } = this.dropped;
    if (errors + warnings > 0) {
      listed.push({
        severity: errors > 0 ? "error" : "warning",
        sheet: firstSheet,
        cell: "",
        code: "more-issues",
        message: moreIssues(errors + warnings),
      });
    }
    return listed;
  }
}

/**
 * Counts by severity, for every summary that says "2 fejl, 1 advarsel": the CLI, the bot's log,
 * the add-in's pane. The one place issues are counted.
 */
export function countIssues(issues: readonly { severity: Severity }[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const i of issues) if (i.severity === "error") errors++;
  return { errors, warnings: issues.length - errors };
}
