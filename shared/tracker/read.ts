/**
 * readTracker: the tracker workbook's grids → typed data and the issues found, in one pass.
 * It never throws: a sheet that trips an unexpected fault becomes an issue on that sheet, and
 * the other sheets are still read.
 */
import { figureYears } from "../agreement/lookup";
import type { Agreement } from "../agreement/schema";
import { normalizeName } from "../text/normalize";
import { cellText } from "./cells";
import type { ReadContext } from "./context";
import { IssueList, type SheetRef } from "./issues";
import * as msg from "./messages";
import { readCrime } from "./read-crime";
import { readMeetings } from "./read-meetings";
import { readActivities, readBudget, readSafetyIndex, readSsp } from "./read-tables";
import { findSheet, sheetSpec } from "./sheets";
import type { Grid, TrackerData, TrackerIssue, TrackerSheet, WorkbookGrids } from "./types";

const AGREEMENT_KEYS = new Set(["partnerskab", "partnership", "aftale", "agreement"]);

/** The agreement the `Aftale` sheet names in its `Partnerskab | <id>` row, if any. */
export function trackerAgreementRef(grids: WorkbookGrids): string | undefined {
  try {
    const found = findSheet(grids, "agreement");
    if (!found) return undefined;
    for (const row of found.grid) {
      if (!Array.isArray(row)) continue;
      if (AGREEMENT_KEYS.has(normalizeName(cellText(row[0])))) {
        const ref = cellText(row[1]);
        return ref === "" ? undefined : ref;
      }
    }
  } catch {
    // A grid too odd to read names no agreement; readTracker reports the sheet's problems.
  }
  return undefined;
}

function emptyData(agreementRef: string | undefined): TrackerData {
  return { agreementRef, crime: new Map(), meetings: [], sspActivations: new Map(), safetyIndex: [], budget: [], activities: [] };
}

function refMatches(ref: string, agreement: Agreement): boolean {
  const n = normalizeName(ref);
  if (n === agreement.id || n === normalizeName(agreement.name.da) || n === normalizeName(agreement.name.en)) return true;
  // A path to a JSON file names an agreement loaded from disk; the caller resolved it.
  return ref.includes("/") || ref.includes("\\") || n.endsWith(".json");
}

function faultDetail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function readTracker(
  grids: WorkbookGrids,
  agreement: Agreement,
  options: { today: string },
): { data: TrackerData; issues: TrackerIssue[] } {
  const issues = new IssueList();
  const agreementRef = trackerAgreementRef(grids);
  const data = emptyData(agreementRef);
  try {
    const ctx: ReadContext = { agreement, today: options.today, issues, years: figureYears(agreement) };
    /** Runs one sheet's reader, turning a fault inside it into an issue on that sheet. */
    const sheet = <T>(kind: TrackerSheet, read: (ref: SheetRef, grid: Grid) => T): T | undefined => {
      const spec = sheetSpec(kind);
      const found = findSheet(grids, kind);
      if (!found) {
        if (spec.required) issues.error({ kind, name: spec.da }, undefined, undefined, "missing-sheet", msg.missingSheet(spec));
        return undefined;
      }
      const ref = { kind, name: found.name };
      try {
        return read(ref, found.grid);
      } catch (err) {
        issues.error(ref, undefined, undefined, "internal-error", msg.unexpectedFault(faultDetail(err)));
        return undefined;
      }
    };

    sheet("agreement", (ref) => {
      if (agreementRef !== undefined && !refMatches(agreementRef, agreement)) {
        issues.error(ref, undefined, undefined, "agreement-mismatch", {
          da: `Arket nævner aftalen ${msg.quote(agreementRef, "da")}, men tjekket bruger »${agreement.id}« (${agreement.name.da}). Ret navnet, eller vælg den rigtige aftale.`,
          en: `The sheet names the agreement ${msg.quote(agreementRef, "en")}, but the check uses "${agreement.id}" (${agreement.name.en}). Correct the name or choose the right agreement.`,
        });
      }
    });
    const crime = sheet("crime", (ref, grid) => readCrime(ctx, ref, grid));
    const meetings = sheet("meetings", (ref, grid) => readMeetings(ctx, ref, grid));
    const ssp = sheet("ssp", (ref, grid) => readSsp(ctx, ref, grid));
    const safetyIndex = sheet("safetyIndex", (ref, grid) => readSafetyIndex(ctx, ref, grid));
    const budget = sheet("budget", (ref, grid) => readBudget(ctx, ref, grid));
    const activities = sheet("activities", (ref, grid) => readActivities(ctx, ref, grid));
    return {
      data: {
        agreementRef,
        crime: crime ?? data.crime,
        meetings: meetings ?? [],
        sspActivations: ssp ?? data.sspActivations,
        safetyIndex: safetyIndex ?? [],
        budget: budget ?? [],
        activities: activities ?? [],
      },
      issues: issues.sorted(),
    };
  } catch (err) {
    const spec = sheetSpec("crime");
    issues.error({ kind: "crime", name: spec.da }, undefined, undefined, "internal-error", msg.unexpectedFault(faultDetail(err)));
    return { data, issues: issues.sorted() };
  }
}

/** Counts by severity, for summaries ("2 fejl, 1 advarsel"). */
export function countIssues(issues: readonly TrackerIssue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const i of issues) if (i.severity === "error") errors++;
  return { errors, warnings: issues.length - errors };
}
