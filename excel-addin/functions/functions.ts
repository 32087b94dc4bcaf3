/**
 * Custom functions in the PARTNERSKAB namespace. The JSDoc tags below are the source of
 * functions.json (custom-functions-metadata reads them at build time).
 *
 * The agreement is the one the workbook's Aftale sheet names, read through the shared runtime
 * (cached for a few seconds so a recalculation of many cells reads the sheet once); without a
 * readable Aftale sheet, Amager. Bad arguments give #VALUE! or #N/A with a message: the
 * functions never throw.
 *
 * STATUS answers in Danish unless its optional last argument says "en": a cell's value must
 * not change with the language of whoever opens the workbook.
 */
import { type Agreement, bundledAgreement, defaultAgreementId, type Lang } from "../../shared/index";
import { chooseAgreement } from "../core/agreement-choice";
import { langFromDisplayLanguage } from "../core/i18n";
import { readWorkbook } from "../excel/workbook";
import { changePercent, type FnResult, statusWord, targetValue } from "./logic";

const AGREEMENT_CACHE_MS = 3000;
let cached: { at: number; agreement: Promise<Agreement> } | undefined;

function defaultAgreement(): Agreement {
  const a = bundledAgreement(defaultAgreementId);
  if (!a) throw new Error("the default agreement is not bundled");
  return a;
}

async function loadAgreement(): Promise<Agreement> {
  try {
    if (typeof Excel === "undefined") return defaultAgreement();
    const read = await readWorkbook();
    return chooseAgreement(read.grids).agreement;
  } catch {
    return defaultAgreement();
  }
}

/** The agreement for this workbook, read at most once per few seconds. */
export function currentAgreement(now = Date.now()): Promise<Agreement> {
  if (!cached || now - cached.at > AGREEMENT_CACHE_MS) cached = { at: now, agreement: loadAgreement() };
  return cached.agreement;
}

export function forgetAgreement(): void {
  cached = undefined;
}

/** The language of messages in error tooltips: the user's, since they are not cell values. */
function messageLang(): Lang {
  try {
    return langFromDisplayLanguage(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}

function toExcel<T>(result: FnResult<T>): T | CustomFunctions.Error {
  if (result.ok) return result.value;
  const code = result.error === "invalidValue" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, result.message);
}

async function guarded<T>(compute: (agreement: Agreement) => FnResult<T>): Promise<T | CustomFunctions.Error> {
  try {
    return toExcel(compute(await currentAgreement()));
  } catch (err) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, err instanceof Error ? err.message : String(err));
  }
}

/**
 * Måltallet for en gerningstype og et år: højst så mange anmeldelser (baseline × (1 − reduktion)).
 * @customfunction MAAL
 * @param kategori Gerningstype, fx "Indbrud"
 * @param år Året, fx 2015
 * @returns Måltallet
 */
export function maal(kategori: unknown, år: unknown): Promise<number | CustomFunctions.Error> {
  return guarded((a) => targetValue(a, kategori, år, messageLang()));
}

/**
 * The target for an offence category and year: at most this many reports.
 * @customfunction TARGET
 * @param category Offence category, e.g. "Burglary"
 * @param year The year, e.g. 2015
 * @returns The target
 */
export function target(category: unknown, year: unknown): Promise<number | CustomFunctions.Error> {
  return guarded((a) => targetValue(a, category, year, messageLang()));
}

/**
 * Status (grøn/gul/rød/grå) for et faktisk antal mod årets måltal. Status (green/amber/red/grey) against the year's target.
 * @customfunction STATUS
 * @param kategori Gerningstype / offence category, fx "Indbrud"
 * @param år Året / the year, fx 2015
 * @param faktisk Faktisk antal anmeldelser / actual number of reports (tom = grå)
 * @param [sprog] "da" (standard) eller "en" / "da" (default) or "en"
 * @returns Status
 */
export function status(kategori: unknown, år: unknown, faktisk: unknown, sprog?: unknown): Promise<string | CustomFunctions.Error> {
  return guarded((a) => statusWord(a, kategori, år, faktisk, sprog));
}

/**
 * Ændringen fra baseline i procent (−24,7 = 24,7 % færre anmeldelser).
 * @customfunction AENDRING
 * @param kategori Gerningstype, fx "Indbrud"
 * @param faktisk Faktisk antal anmeldelser
 * @returns Ændring i procent
 */
export function aendring(kategori: unknown, faktisk: unknown): Promise<number | CustomFunctions.Error> {
  return guarded((a) => changePercent(a, kategori, faktisk, messageLang()));
}

/**
 * The change from the baseline in per cent (−24.7 = 24.7 % fewer reports).
 * @customfunction CHANGE
 * @param category Offence category, e.g. "Burglary"
 * @param actual Actual number of reports
 * @returns Change in per cent
 */
export function change(category: unknown, actual: unknown): Promise<number | CustomFunctions.Error> {
  return guarded((a) => changePercent(a, category, actual, messageLang()));
}

/** Registers the functions with Excel (ids as in functions.json). */
export function registerCustomFunctions(): void {
  if (typeof CustomFunctions === "undefined") return;
  CustomFunctions.associate("MAAL", maal);
  CustomFunctions.associate("TARGET", target);
  CustomFunctions.associate("STATUS", status);
  CustomFunctions.associate("AENDRING", aendring);
  CustomFunctions.associate("CHANGE", change);
}
