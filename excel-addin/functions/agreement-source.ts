/**
 * The agreement the custom functions compute with when no agreement argument is given: the one
 * the workbook's Aftale sheet names (Amager when it names none), read from that sheet only,
 * within the tracker's caps, at most once per few seconds.
 *
 * When the sheet cannot be read, the functions say so (#N/A with the reason) instead of
 * computing with another agreement. Excel does not know that the functions depend on the Aftale
 * sheet, so a change there that changes the agreement triggers a full recalculation
 * (`watchAgreement`, started with the functions in the shared runtime).
 */
import { type Agreement, bundledAgreement, canonicalSheet, defaultAgreementId } from "../../shared/index";
import { chooseAgreement } from "../core/agreement-choice";
import { AddinError, friendlyError } from "../core/excel-errors";
import { onSheetEvents, type Remover, recalculateWorkbook } from "../excel/events";
import { readWorkbook } from "../excel/read-workbook";

const AGREEMENT_CACHE_MS = 3000;

interface Loaded {
  agreement: Agreement;
  /** The Aftale sheet's worksheet id, when the workbook has one. */
  sheetId: string | undefined;
}

let cached: { at: number; loaded: Promise<Loaded> } | undefined;
/** What the last successful read found, to tell whether a change changed the agreement. */
let last: Loaded | undefined;

function defaultAgreement(): Agreement {
  const a = bundledAgreement(defaultAgreementId);
  if (!a) throw new Error("the default agreement is not bundled");
  return a;
}

async function load(): Promise<Loaded> {
  // Outside Excel (the functions called directly) there is no workbook to read.
  if (typeof Excel === "undefined") return { agreement: defaultAgreement(), sheetId: undefined };
  try {
    const read = await readWorkbook({ use: (name) => (canonicalSheet(name) === "agreement" ? "values" : undefined) });
    const sheetId = read.sheets.find((s) => canonicalSheet(s.name) === "agreement")?.id;
    const loaded = { agreement: chooseAgreement(read.grids).agreement, sheetId };
    last = loaded;
    return loaded;
  } catch (err) {
    // Excel's refusals are expected (the cell shows why); anything else is a fault to see in the log.
    if (!friendlyError(err, "en").fromExcel) console.error("Partnerskab: reading the Aftale sheet failed", err);
    throw new AddinError({
      da: 'Arket »Aftale« kunne ikke læses, så aftalen kendes ikke. Prøv igen (Ctrl+Alt+F9), eller angiv aftalen som sidste argument, fx "amager".',
      en: 'The "Aftale" sheet could not be read, so the agreement is not known. Try again (Ctrl+Alt+F9), or give the agreement as the last argument, e.g. "amager".',
    });
  }
}

/** The agreement for this workbook, read at most once per few seconds; rejects with an AddinError. */
export async function currentAgreement(now = Date.now()): Promise<Agreement> {
  if (!cached || now - cached.at > AGREEMENT_CACHE_MS) {
    const loaded = load();
    cached = { at: now, loaded };
    // A failed read is not kept: the next calculation tries again.
    loaded.catch(() => {
      if (cached?.loaded === loaded) cached = undefined;
    });
  }
  return (await cached.loaded).agreement;
}

export function forgetAgreement(): void {
  cached = undefined;
}

/**
 * Recalculates the workbook when the agreement it names changes: a change on the Aftale sheet,
 * or a sheet added, deleted or renamed (which may add, remove or rename the Aftale sheet).
 * Returns a remover.
 */
export async function watchAgreement(): Promise<Remover> {
  return onSheetEvents(async (event) => {
    if (event.kind === "changed" && event.worksheetId !== last?.sheetId) return;
    const before = last?.agreement.id;
    forgetAgreement();
    let after: string | undefined;
    try {
      after = (await currentAgreement()).id;
    } catch {
      after = undefined; // unreadable: recalculate so that the cells show why
    }
    if (after !== before) await recalculateWorkbook();
  });
}
