/**
 * What the custom functions compute, without Office: the shared rules applied to a cell's
 * arguments, with every bad argument turned into an Excel error and a message (never thrown).
 */
import {
  type Agreement,
  bundledAgreementIds,
  countStatusForFigure,
  crimeIndicator,
  findCategory,
  formatNumber,
  type Lang,
  ragStatusWord,
  suggestCategory,
  t,
  targetFor,
} from "../../shared/index";
import { findBundledAgreement } from "../core/agreement-choice";

export type FnError = { ok: false; error: "invalidValue" | "notAvailable"; message: string };
export type FnResult<T> = { ok: true; value: T } | FnError;

const invalid = (message: string): FnError => ({ ok: false, error: "invalidValue", message });
const notAvailable = (message: string): FnError => ({ ok: false, error: "notAvailable", message });

/**
 * A value as Excel hands it over, with data types enabled for `any` parameters (functions.json
 * `allowCustomDataForDataTypeAny`): an empty cell may arrive as an EmptyCellValue
 * (`{ type: "Empty" }`) and a formatted number as a DoubleCellValue with a `basicValue`.
 */
export function plainValue(x: unknown): unknown {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return x;
  const v = x as { type?: unknown; basicValue?: unknown };
  if (v.type === "Empty") return null;
  return "basicValue" in v ? v.basicValue : x;
}

/** Cells hand over empty as null, "" or undefined, depending on the host (an empty cell as 0 is handled by the caller). */
function isBlank(raw: unknown): boolean {
  const x = plainValue(raw);
  return x === null || x === undefined || (typeof x === "string" && x.trim() === "");
}

function asNumber(raw: unknown): number | undefined {
  const x = plainValue(raw);
  if (typeof x === "number") return Number.isFinite(x) ? x : undefined;
  if (typeof x === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(x)) return Number(x.trim().replace(",", "."));
  return undefined;
}

type Indicator = NonNullable<ReturnType<typeof crimeIndicator>>;

function resolveCategory(agreement: Agreement, rawCategory: unknown, lang: Lang): FnResult<Indicator> {
  const category = plainValue(rawCategory);
  if (typeof category !== "string" || category.trim() === "") {
    return invalid(t(lang, 'Skriv en gerningstype, fx "Indbrud".', 'Give an offence category, e.g. "Burglary".'));
  }
  const found = findCategory(agreement, category);
  if (!found) {
    const near = suggestCategory(agreement, category);
    const hint = near ? t(lang, ` Mente du ${near.name.da}?`, ` Did you mean ${near.name.en}?`) : "";
    return invalid(t(lang, `Ukendt gerningstype: ${category}.${hint}`, `Unknown offence category: ${category}.${hint}`));
  }
  const indicator = crimeIndicator(agreement, found.id);
  if (!indicator)
    return notAvailable(t(lang, `Aftalen har ingen måltal for ${found.name.da}.`, `The agreement sets no targets for ${found.name.en}.`));
  return { ok: true, value: indicator };
}

function resolveYear(year: unknown, lang: Lang): FnResult<number> {
  const y = asNumber(year);
  if (y === undefined || !Number.isInteger(y) || y < 1990 || y > 2100) {
    return invalid(t(lang, "Året skal være et årstal, fx 2015.", "The year must be a year, e.g. 2015."));
  }
  return { ok: true, value: y };
}

function resolveActual(actual: unknown, lang: Lang): FnResult<number | null> {
  if (isBlank(actual)) return { ok: true, value: null };
  const n = asNumber(actual);
  if (n === undefined || n < 0) {
    return invalid(t(lang, "Det faktiske antal skal være et tal på 0 eller derover.", "The actual figure must be a number of 0 or more."));
  }
  return { ok: true, value: n };
}

function targetYears(ind: Indicator): string {
  const years = ind.targets.map((x) => x.year).sort((a, b) => a - b);
  return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? "");
}

/** MAAL / TARGET: the target (a ceiling) for a category and year. */
export function targetValue(agreement: Agreement, category: unknown, year: unknown, lang: Lang): FnResult<number> {
  const ind = resolveCategory(agreement, category, lang);
  if (!ind.ok) return ind;
  const y = resolveYear(year, lang);
  if (!y.ok) return y;
  const target = targetFor(ind.value, y.value);
  if (target === undefined) {
    return notAvailable(
      t(
        lang,
        `Aftalen har intet måltal for ${y.value} (måltal: ${targetYears(ind.value)}).`,
        `The agreement sets no target for ${y.value} (targets: ${targetYears(ind.value)}).`,
      ),
    );
  }
  return { ok: true, value: target };
}

/** Which language STATUS answers in: an optional argument, Danish when left out. */
export function resolveLanguage(language: unknown): FnResult<Lang> {
  // An empty cell arrives as 0 in Excel on Windows and Mac: it means "left out" here too.
  if (isBlank(language) || plainValue(language) === 0) return { ok: true, value: "da" };
  const l = String(plainValue(language)).trim().toLowerCase();
  if (["da", "dansk", "danish", "da-dk"].includes(l)) return { ok: true, value: "da" };
  if (["en", "engelsk", "english", "en-us", "en-gb"].includes(l)) return { ok: true, value: "en" };
  return invalid('Sproget skal være "da" eller "en". / The language must be "da" or "en".');
}

/** STATUS: the status word for a figure against the year's target, the same as in Teams and on the Måltal sheet. */
export function statusWord(agreement: Agreement, category: unknown, year: unknown, actual: unknown, language: unknown): FnResult<string> {
  const lang = resolveLanguage(language);
  if (!lang.ok) return lang;
  const target = targetValue(agreement, category, year, lang.value);
  if (!target.ok) return target;
  const ind = resolveCategory(agreement, category, lang.value);
  const a = resolveActual(actual, lang.value);
  if (!ind.ok) return ind;
  if (!a.ok) return a;
  const status = countStatusForFigure(ind.value, Number(year), a.value);
  return { ok: true, value: ragStatusWord(status.rag, lang.value) };
}

/** AENDRING / CHANGE: the change from the baseline in per cent (−24.7 means 24.7 % fewer). */
export function changePercent(agreement: Agreement, category: unknown, actual: unknown, lang: Lang): FnResult<number> {
  const ind = resolveCategory(agreement, category, lang);
  if (!ind.ok) return ind;
  const a = resolveActual(actual, lang);
  if (!a.ok) return a;
  if (a.value === null) return notAvailable(t(lang, "Intet faktisk tal endnu.", "No actual figure yet."));
  const base = ind.value.baseline.value;
  if (base === 0) {
    return notAvailable(t(lang, `Baseline er 0, så ændringen i % findes ikke.`, `The baseline is 0, so there is no change in %.`));
  }
  return { ok: true, value: ((a.value - base) / base) * 100 };
}

/**
 * The optional agreement argument: a bundled agreement's id or name. Left out (or an empty
 * cell, which arrives as 0 on Windows and Mac) means the agreement the workbook names.
 */
export function resolveAgreementArgument(arg: unknown, lang: Lang): FnResult<Agreement | undefined> {
  const value = plainValue(arg);
  if (isBlank(value) || value === 0) return { ok: true, value: undefined };
  const found = typeof value === "string" ? findBundledAgreement(value) : undefined;
  if (found) return { ok: true, value: found };
  const known = bundledAgreementIds.join(", ");
  return invalid(
    t(
      lang,
      `Ukendt aftale: ${String(value)}. Kendte aftaler: ${known}.`,
      `Unknown agreement: ${String(value)}. Known agreements: ${known}.`,
    ),
  );
}

/** For messages: "77" / "1.500" in the language's form. */
export function formatted(n: number, lang: Lang): string {
  return formatNumber(n, lang);
}
