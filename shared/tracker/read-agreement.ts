/**
 * The `Aftale` (Agreement) sheet: a row `Partnerskab | <agreement>` names the agreement the
 * tracker belongs to; the other rows are for the reader. Its value is that reference.
 */
import type { Agreement } from "../agreement/schema";
import { normalizeName } from "../text/normalize";
import { cellText } from "./cells";
import type { ReadContext } from "./context";
import type { SheetRef } from "./issues";
import * as msg from "./messages";
import type { Grid } from "./types";

const AGREEMENT_KEYS = new Set(["partnerskab", "partnership", "aftale", "agreement"]);

/** The agreement a grid's `Partnerskab | <id>` row names, if any. Never throws. */
export function agreementRefInGrid(grid: Grid): string | undefined {
  try {
    for (const row of grid) {
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

function refMatches(ref: string, agreement: Agreement): boolean {
  const n = normalizeName(ref);
  if (n === agreement.id || n === normalizeName(agreement.name.da) || n === normalizeName(agreement.name.en)) return true;
  // A path to a JSON file names an agreement loaded from disk; the caller resolved it.
  return ref.includes("/") || ref.includes("\\") || n.endsWith(".json");
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
