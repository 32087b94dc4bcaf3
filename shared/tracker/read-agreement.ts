/**
 * The `Aftale` (Agreement) sheet: a row `Partnerskab | <agreement>` names the agreement the
 * tracker belongs to; the other rows are for the reader. Its value is that reference.
 */
import { agreementReference } from "../agreement/reference";
import type { Agreement, LocalizedText } from "../agreement/schema";
import { normalizeName } from "../text/normalize";
import { toA1 } from "./a1";
import { cellText } from "./cells";
import type { ReadContext } from "./context";
import type { SheetRef } from "./issues";
import * as msg from "./messages";
import type { Grid, TrackerIssue } from "./types";

const AGREEMENT_KEYS = new Set(["partnerskab", "partnership", "aftale", "agreement"]);

/** The agreement a grid's `Partnerskab | <id>` row names, and the cell it is in (A1). Never throws. */
export function agreementRefCell(grid: Grid): { ref: string; cell: string } | undefined {
  try {
    for (const [r, row] of grid.entries()) {
      if (!Array.isArray(row)) continue;
      if (AGREEMENT_KEYS.has(normalizeName(cellText(row[0])))) {
        const ref = cellText(row[1]);
        return ref === "" ? undefined : { ref, cell: toA1(r, 1) };
      }
    }
  } catch {
    // A grid too odd to read names no agreement; readTracker reports the sheet's problems.
  }
  return undefined;
}

/** The agreement a grid's `Partnerskab | <id>` row names, if any. Never throws. */
export function agreementRefInGrid(grid: Grid): string | undefined {
  return agreementRefCell(grid)?.ref;
}

/**
 * The error at the cell that names an agreement file no reader may use (missing, too large, not
 * a regular file, not an agreement, or a path outside the tracker's folder). `problem` says why
 * without quoting any file's content.
 */
export function agreementFileIssue(at: { sheet: string; cell: string }, problem: LocalizedText, usedId: string): TrackerIssue {
  return {
    severity: "error",
    sheet: at.sheet,
    cell: at.cell,
    code: "agreement-file",
    message: {
      da: `Aftalefilen, som arket Aftale nævner, kan ikke bruges: ${problem.da}. Tjekket bruger i stedet »${usedId}«.`,
      en: `The agreement file the Agreement sheet names cannot be used: ${problem.en}. The check uses "${usedId}" instead.`,
    },
  };
}

function refMatches(ref: string, agreement: Agreement): boolean {
  const n = normalizeName(ref);
  if (n === agreement.id || n === normalizeName(agreement.name.da) || n === normalizeName(agreement.name.en)) return true;
  // A file names an agreement its reader loaded, or could not use and reported (agreement-file).
  const { kind } = agreementReference(ref);
  return kind === "file" || kind === "refused";
}

export function readAgreement(ctx: ReadContext, sheet: SheetRef, grid: Grid): string | undefined {
  const agreementRef = agreementRefInGrid(grid);
  const { agreement } = ctx;
  if (agreementRef !== undefined && !refMatches(agreementRef, agreement)) {
    ctx.issues.error(sheet, undefined, undefined, "agreement-mismatch", {
      da: `Arket nævner aftalen ${msg.quote(agreementRef, "da")}, men valideringen bruger »${agreement.id}« (${agreement.name.da}). Ret navnet, eller vælg den rigtige aftale.`,
      en: `The sheet names the agreement ${msg.quote(agreementRef, "en")}, but the validation uses "${agreement.id}" (${agreement.name.en}). Correct the name or choose the right agreement.`,
    });
  }
  return agreementRef;
}
