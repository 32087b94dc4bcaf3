/**
 * Workbook grids to the agreement and the typed tracker, the same way for every source: the
 * agreement named by AGREEMENT, else by the tracker's `Aftale` sheet, else the default; then the
 * shared parser. The parser never throws; its errors are logged, not shown to partners.
 */
import { resolveAgreement } from "../../../files/agreement-file";
import { countIssues, readTracker, trackerAgreementRef } from "../../../shared/index";
import type { Logger } from "../../core/ports";
import type { WorkbookInterpreter } from "./graph-tracker-source";

export function workbookInterpreter(configuredAgreement: string | undefined, logger: Logger): WorkbookInterpreter {
  // A bad AGREEMENT is a setup mistake: it fails at start with its one-line reason.
  const configured = configuredAgreement ? resolveAgreement(configuredAgreement) : undefined;
  return (grids, today) => {
    const agreement = configured ?? resolveAgreement(trackerAgreementRef(grids));
    const { data, issues } = readTracker(grids, agreement, { today });
    const { errors, warnings } = countIssues(issues);
    if (errors > 0) {
      const first = issues.find((i) => i.severity === "error");
      logger.warn(
        { source: "graph", errors, warnings, first: first ? `${first.sheet}!${first.cell} ${first.code}` : undefined },
        "the tracker has errors",
      );
    }
    return { agreement, tracker: data };
  };
}
