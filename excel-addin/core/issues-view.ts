/** The validator's issues as the task pane lists them: by sheet, errors before warnings. */
import { countIssues, type Lang, type TrackerIssue } from "../../shared/index";
import { fromA1 } from "../../shared/tracker/a1";

export interface IssueItem {
  severity: TrackerIssue["severity"];
  sheet: string;
  cell: string;
  code: string;
  text: string;
}

export interface IssueGroup {
  sheet: string;
  errors: number;
  warnings: number;
  items: IssueItem[];
}

function cellOrder(cell: string): number {
  const at = fromA1(cell);
  return at === undefined ? -1 : at.row0 * 20_000 + at.col0;
}

/**
 * Groups keep the order in which the validator first names their sheet (its sheet order), except
 * that sheets with errors come before sheets with only warnings. Inside a group: errors first,
 * then by row and column; whole-sheet issues (no cell) lead their severity.
 */
export function groupIssues(issues: readonly TrackerIssue[], lang: Lang): IssueGroup[] {
  const bySheet = new Map<string, IssueItem[]>();
  for (const issue of issues) {
    let items = bySheet.get(issue.sheet);
    if (!items) {
      items = [];
      bySheet.set(issue.sheet, items);
    }
    items.push({ severity: issue.severity, sheet: issue.sheet, cell: issue.cell, code: issue.code, text: issue.message[lang] });
  }
  const severityRank = (s: TrackerIssue["severity"]) => (s === "error" ? 0 : 1);
  const ordered = [...bySheet].map(([sheet, items]): IssueGroup => {
    items.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || cellOrder(a.cell) - cellOrder(b.cell));
    return { sheet, ...countIssues(items), items };
  });
  // Array.prototype.sort is stable, so sheets keep their first-seen order within each rank.
  return ordered.sort((a, b) => Number(a.errors === 0) - Number(b.errors === 0));
}
