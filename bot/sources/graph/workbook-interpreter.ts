/**
 * Workbook grids to the agreement and the typed tracker, the same way for every read: the
 * agreement named by AGREEMENT, else by the tracker's `Aftale` sheet (looked up beforehand, see
 * agreement-in-folder.ts), else the default; then the shared parser. The parser never throws;
 * its errors are logged, not shown to partners.
 */
import { resolveAgreement } from "../../../files/agreement-file";
import {
  type Agreement,
  agreementFileIssue,
  countIssues,
  readTracker,
  type TrackerData,
  type TrackerIssue,
  type WorkbookGrids,
} from "../../../shared/index";
import type { Logger } from "../../core/ports";
import type { NamedAgreement } from "./agreement-in-folder";

export interface ReadWorkbook {
  grids: WorkbookGrids;
  /** Copenhagen date the checks run at. */
  today: string;
  /** What the `Aftale` sheet's reference cell names, and where that cell is. */
  named: NamedAgreement;
  at: { sheet: string; cell: string } | undefined;
  /** What the reader found before the check: caps that cut a sheet. */
  before: readonly TrackerIssue[];
}

/** Grids to agreement, typed tracker data and every issue found. */
export type WorkbookInterpreter = (read: ReadWorkbook) => { agreement: Agreement; tracker: TrackerData; issues: TrackerIssue[] };

export function workbookInterpreter(configuredAgreement: string | undefined, logger: Logger): WorkbookInterpreter {
  // A bad AGREEMENT is a setup mistake: it fails at start with its one-line reason.
  const configured = configuredAgreement ? resolveAgreement(configuredAgreement) : undefined;
  return ({ grids, today, named, at, before }) => {
    const agreement = configured ?? named.agreement ?? resolveAgreement(undefined);
    const checked = readTracker(grids, agreement, { today });
    const fileIssue = at && named.problem && !configured ? [agreementFileIssue(at, named.problem, agreement.id)] : [];
    const issues = [...before, ...fileIssue, ...checked.issues];
    const { errors, warnings } = countIssues(issues);
    if (errors > 0) {
      const first = issues.find((i) => i.severity === "error");
      logger.warn(
        { source: "graph", errors, warnings, first: first ? `${first.sheet}!${first.cell} ${first.code}` : undefined },
        "the tracker has errors",
      );
    }
    return { agreement, tracker: checked.data, issues };
  };
}
