/**
 * readTracker: the tracker workbook's grids → typed data and the issues found, in one pass over
 * the sheet registry. It never throws: a sheet that trips an unexpected fault becomes an issue
 * on that sheet, and the other sheets are still read.
 */
import { figureYears } from "../agreement/lookup";
import type { Agreement } from "../agreement/schema";
import type { CrossSheetCheck, ReadContext } from "./context";
import { IssueList, type SheetRef } from "./issues";
import * as msg from "./messages";
import { agreementRefCell, agreementRefInGrid } from "./read-agreement";
import type { SheetSpec } from "./sheet-spec";
import { emptyTrackerData, findSheet, sheetSpec, type TrackerData, type TrackerSheet, trackerSheetSpecs } from "./sheets/registry";
import type { TrackerIssue, WorkbookGrids } from "./types";

/** The agreement the `Aftale` sheet names in its `Partnerskab | <id>` row, if any. */
export function trackerAgreementRef(grids: WorkbookGrids): string | undefined {
  const found = findSheet(grids, "agreement");
  return found ? agreementRefInGrid(found.grid) : undefined;
}

/** The `Partnerskab | <ref>` cell of the `Aftale` sheet: what it names, and where (sheet as the workbook spells it, A1). */
export function trackerAgreementRefAt(grids: WorkbookGrids): { ref: string; sheet: string; cell: string } | undefined {
  const found = findSheet(grids, "agreement");
  const at = found ? agreementRefCell(found.grid) : undefined;
  return found && at ? { ref: at.ref, sheet: found.name, cell: at.cell } : undefined;
}

function faultDetail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** One sheet's value: read when the workbook has it, else its empty value (an issue if it is required). */
function readSheet(grids: WorkbookGrids, ctx: ReadContext, spec: SheetSpec<TrackerSheet>): unknown {
  const found = findSheet(grids, spec.id);
  if (!found) {
    if (spec.required) ctx.issues.error({ kind: spec.id, name: spec.da }, undefined, undefined, "missing-sheet", msg.missingSheet(spec));
    return spec.empty();
  }
  const ref = { kind: spec.id, name: found.name };
  try {
    return spec.read(ctx, ref, found.grid, spec);
  } catch (err) {
    ctx.issues.error(ref, undefined, undefined, "internal-error", msg.unexpectedFault(faultDetail(err)));
    return spec.empty();
  }
}

export function readTracker(
  grids: WorkbookGrids,
  agreement: Agreement,
  options: { today: string },
): { data: TrackerData; issues: TrackerIssue[] } {
  const issues = new IssueList();
  try {
    const checks: Array<{ sheet: SheetRef; check: CrossSheetCheck }> = [];
    const ctx: ReadContext = {
      agreement,
      today: options.today,
      issues,
      years: figureYears(agreement),
      afterRead: (sheet, check) => void checks.push({ sheet, check }),
    };
    const read: Record<string, unknown> = {};
    for (const spec of trackerSheetSpecs) read[spec.slot] = readSheet(grids, ctx, spec);
    // Each slot holds its own sheet's value: the registry types them (sheets/registry.ts).
    const data = read as TrackerData;
    for (const { sheet, check } of checks) {
      try {
        check(data);
      } catch (err) {
        issues.error(sheet, undefined, undefined, "internal-error", msg.unexpectedFault(faultDetail(err)));
      }
    }
    return { data, issues: issues.sorted() };
  } catch (err) {
    const spec = sheetSpec("crime");
    issues.error({ kind: spec.id, name: spec.da }, undefined, undefined, "internal-error", msg.unexpectedFault(faultDetail(err)));
    return { data: { ...emptyTrackerData(), agreementRef: trackerAgreementRef(grids) }, issues: issues.sorted() };
  }
}
