/**
 * Custom functions in the PARTNERSKAB namespace. The JSDoc tags below are the source of
 * functions.json (custom-functions-metadata reads them at build time).
 *
 * The agreement is the optional last argument when given (a bundled agreement's id or name, or
 * a cell holding one: then Excel itself recalculates when it changes), otherwise the one the
 * workbook's Aftale sheet names (see agreement-source.ts). Bad arguments give #VALUE! or #N/A
 * with a message: the functions never throw.
 *
 * An empty cell means "no figure yet" on every platform. Excel on the web passes an empty cell
 * to an `any` parameter as null, Excel on Windows and Mac as 0 (OfficeDev/office-js#4702), so
 * STATUS, AENDRING and CHANGE ask for their arguments' addresses (`@requiresParameterAddresses`,
 * Microsoft Learn, "Custom functions parameter options": Detect the address of a parameter) and,
 * when the figure is 0 and came from a cell, read whether that cell is empty (Range.valueTypes,
 * allowed from a custom function in the shared runtime: "Call Excel JavaScript APIs from a
 * custom function"). Such functions must return a matrix ("Manually create JSON metadata":
 * requiresParameterAddresses needs result dimensionality matrix), so they return a 1×1 array,
 * which Excel shows as a single value.
 *
 * STATUS answers in Danish unless its language argument says "en": a cell's value must not
 * change with the language of whoever opens the workbook.
 */
import type { Agreement, Lang } from "../../shared/index";
import { type CellAddress, parseCellAddress } from "../core/cell-address";
import { coalesce } from "../core/coalesce";
import { AddinError, friendlyError } from "../core/excel-errors";
import { langFromDisplayLanguage } from "../core/i18n";
import { readEmptyCells } from "../excel/cell-contents";
import { currentAgreement, watchAgreement } from "./agreement-source";
import { changePercent, type FnResult, plainValue, resolveAgreementArgument, statusWord, targetValue } from "./logic";

export { currentAgreement, forgetAgreement } from "./agreement-source";

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

function failure(err: unknown, lang: Lang): CustomFunctions.Error {
  const message = err instanceof AddinError ? err.text[lang] : err instanceof Error ? err.message : String(err);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/** The agreement argument when given, otherwise the workbook's. */
async function agreementFor(arg: unknown, lang: Lang): Promise<FnResult<Agreement>> {
  const given = resolveAgreementArgument(arg, lang);
  if (!given.ok) return given;
  return { ok: true, value: given.value ?? (await currentAgreement()) };
}

async function guarded<T>(
  agreementArg: unknown,
  compute: (agreement: Agreement, lang: Lang) => FnResult<T>,
): Promise<T | CustomFunctions.Error> {
  const lang = messageLang();
  try {
    const agreement = await agreementFor(agreementArg, lang);
    return toExcel(agreement.ok ? compute(agreement.value, lang) : agreement);
  } catch (err) {
    return failure(err, lang);
  }
}

const isEmptyCell = coalesce((cells: CellAddress[]) => readEmptyCells(cells));

/**
 * The actual figure as the cell meant it: 0 from an empty cell (Excel on Windows and Mac) is
 * no figure, as null is on the web. A 0 typed in the formula or in the cell stays 0.
 */
async function actualFigure(actual: unknown, address: string | undefined): Promise<unknown> {
  if (plainValue(actual) !== 0 || typeof Excel === "undefined") return actual;
  const cell = parseCellAddress(address);
  if (!cell) return actual;
  return (await isEmptyCell(cell)) ? null : actual;
}

/** A single value as the 1×1 matrix a function with parameter addresses returns. */
const single = <T>(value: T): T[][] => [[value]];

/**
 * Måltallet for en gerningstype og et år: højst så mange anmeldelser (baseline × (1 − reduktion)).
 * @customfunction MAAL
 * @param kategori Gerningstype, fx "Indbrud"
 * @param år Året, fx 2015
 * @param [aftale] Aftalen, fx "amager" (udeladt: den, arket »Aftale« nævner)
 * @returns Måltallet
 */
export function maal(kategori: unknown, år: unknown, aftale?: unknown): Promise<number | CustomFunctions.Error> {
  return guarded(aftale, (a, lang) => targetValue(a, kategori, år, lang));
}

/**
 * The target for an offence category and year: at most this many reports.
 * @customfunction TARGET
 * @param category Offence category, e.g. "Burglary"
 * @param year The year, e.g. 2015
 * @param [agreement] The agreement, e.g. "amager" (left out: the one the "Aftale" sheet names)
 * @returns The target
 */
export function target(category: unknown, year: unknown, agreement?: unknown): Promise<number | CustomFunctions.Error> {
  return guarded(agreement, (a, lang) => targetValue(a, category, year, lang));
}

/**
 * Nået/Tæt på/Ikke nået/Intet tal: anmeldelser mod årets måltal. Met/Close/Missed/No figure: reports against the year's target.
 * @customfunction STATUS
 * @param kategori Gerningstype / offence category, fx "Indbrud"
 * @param år Året / the year, fx 2015
 * @param faktisk Antal anmeldelser / number of reports (tom = Intet tal)
 * @param [sprog] "da" (standard) eller "en" / "da" (default) or "en"
 * @param [aftale] Aftalen / the agreement, fx "amager"
 * @param invocation Excel's call (the arguments' addresses)
 * @returns Status
 * @requiresParameterAddresses
 */
export async function status(
  kategori: unknown,
  år: unknown,
  faktisk: unknown,
  sprog?: unknown,
  aftale?: unknown,
  invocation?: CustomFunctions.Invocation,
): Promise<Array<Array<string | CustomFunctions.Error>>> {
  const actual = await actualOrError(faktisk, invocation?.parameterAddresses?.[2]);
  if (actual instanceof CustomFunctions.Error) return single(actual);
  return single(await guarded(aftale, (a) => statusWord(a, kategori, år, actual, sprog)));
}

/**
 * Ændringen fra baseline i procent (−24,7 = 24,7 % færre anmeldelser).
 * @customfunction AENDRING
 * @param kategori Gerningstype, fx "Indbrud"
 * @param faktisk Antal anmeldelser (tom = #I/T)
 * @param [aftale] Aftalen, fx "amager" (udeladt: den, arket »Aftale« nævner)
 * @param invocation Excel's call (the arguments' addresses)
 * @returns Ændring i procent
 * @requiresParameterAddresses
 */
export async function aendring(
  kategori: unknown,
  faktisk: unknown,
  aftale?: unknown,
  invocation?: CustomFunctions.Invocation,
): Promise<Array<Array<number | CustomFunctions.Error>>> {
  const actual = await actualOrError(faktisk, invocation?.parameterAddresses?.[1]);
  if (actual instanceof CustomFunctions.Error) return single(actual);
  return single(await guarded(aftale, (a, lang) => changePercent(a, kategori, actual, lang)));
}

/**
 * The change from the baseline in per cent (−24.7 = 24.7 % fewer reports).
 * @customfunction CHANGE
 * @param category Offence category, e.g. "Burglary"
 * @param actual Actual number of reports (empty = #N/A)
 * @param [agreement] The agreement, e.g. "amager" (left out: the one the "Aftale" sheet names)
 * @param invocation Excel's call (the arguments' addresses)
 * @returns Change in per cent
 * @requiresParameterAddresses
 */
export async function change(
  category: unknown,
  actual: unknown,
  agreement?: unknown,
  invocation?: CustomFunctions.Invocation,
): Promise<Array<Array<number | CustomFunctions.Error>>> {
  const figure = await actualOrError(actual, invocation?.parameterAddresses?.[1]);
  if (figure instanceof CustomFunctions.Error) return single(figure);
  return single(await guarded(agreement, (a, lang) => changePercent(a, category, figure, lang)));
}

async function actualOrError(actual: unknown, address: string | undefined): Promise<unknown> {
  try {
    return await actualFigure(actual, address);
  } catch (err) {
    if (!friendlyError(err, "en").fromExcel) console.error("Partnerskab: reading an argument's cell failed", err);
    const lang = messageLang();
    const cell = address ?? "";
    return failure(
      err instanceof AddinError
        ? err
        : new AddinError({
            da: `Kunne ikke læse, om cellen ${cell} er tom. Prøv igen (Ctrl+Alt+F9).`,
            en: `Could not read whether the cell ${cell} is empty. Try again (Ctrl+Alt+F9).`,
          }),
      lang,
    );
  }
}

/** Registers the functions with Excel (ids as in functions.json) and starts watching the Aftale sheet. */
export function registerCustomFunctions(): void {
  if (typeof CustomFunctions === "undefined") return;
  CustomFunctions.associate("MAAL", maal);
  CustomFunctions.associate("TARGET", target);
  CustomFunctions.associate("STATUS", status);
  CustomFunctions.associate("AENDRING", aendring);
  CustomFunctions.associate("CHANGE", change);
  if (typeof Excel !== "undefined") {
    watchAgreement().catch((err: unknown) => console.error("Partnerskab: could not watch the Aftale sheet", err));
  }
}
