/**
 * The `Måneder` (Months) sheet: one row per category and year, the reports of each month from
 * January, empty while a month is not reported yet. What is kept per row is the months from
 * January up to the first one that is empty or wrong, so the year to date never skips a month.
 * Checked: the category and the year as on the other sheets, each figure, a gap (an empty month
 * before a reported one), figures for months that have not begun, and a full year's total
 * against `Kriminalitet`'s figure for that year, which stands for the year.
 */
import { crimeIndicators } from "../agreement/lookup";
import type { Category, LocalizedText } from "../agreement/schema";
import { monthName } from "../format/dates";
import { formatNumber } from "../format/numbers";
import { MONTHS_IN_YEAR } from "../progress/year-in-progress";
import { foldDanish } from "../text/normalize";
import { toA1 } from "./a1";
import { cellText, isEmptyCell, parseCountCell } from "./cells";
import { type ReadContext, rowAt, rowIsEmpty } from "./context";
import type { SheetRef } from "./issues";
import * as msg from "./messages";
import { categoryLookup } from "./read-crime";
import { matchHeaders, type SheetLayout } from "./sheet-spec";
import { sheetSpec } from "./sheets/registry";
import type { CellValue, Grid } from "./types";
import { readYearCell } from "./year-cell";

const REPORTS: LocalizedText = { da: "anmeldelser", en: "reports" };

/** What a month's cell holds. */
const EMPTY = 0;
const FIGURE = 1;
const WRONG = 2;

/** A row with all 12 months, to hold against `Kriminalitet` once that sheet is read. */
interface FullYear {
  category: Category;
  year: number;
  total: number;
  row0: number;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function missingMonth(month: number, later: number): LocalizedText {
  return {
    da: `${capital(monthName(month, "da"))} er tom, men der står et tal for ${monthName(later, "da")}. Skriv månedens antal anmeldelser (0, hvis der ingen var), så året til dato kan regnes ud.`,
    en: `${monthName(month, "en")} is empty, but ${monthName(later, "en")} has a figure. Enter the month's number of reports (0 if there were none) so the year to date can be worked out.`,
  };
}

function futureMonth(month: number, year: number): LocalizedText {
  return {
    da: `Der står et tal for ${monthName(month, "da")} ${year}, som endnu ikke er begyndt. Står tallet i den rigtige række og kolonne?`,
    en: `There is a figure for ${monthName(month, "en")} ${year}, which has not begun yet. Is it in the right row and column?`,
  };
}

export function readMonths(ctx: ReadContext, sheet: SheetRef, grid: Grid, spec: SheetLayout): Map<string, Map<number, number[]>> {
  const byCategory = new Map<string, Map<number, number[]>>();
  const { columns, missing } = matchHeaders(spec, rowAt(grid, 0));
  for (const column of missing) ctx.issues.error(sheet, 0, spec.columns.indexOf(column), "missing-header", msg.missingHeader(spec, column));
  if (missing.length > 0) return byCategory;

  const categoryCol = columns.get("category") ?? 0;
  const yearCol = columns.get("year") ?? 1;
  const yearColumn = spec.columns.find((c) => c.key === "year");
  const monthCols = Array.from({ length: MONTHS_IN_YEAR }, (_, i) => columns.get(`m${i + 1}`) ?? 2 + i);
  const used = [...columns.values()];
  const lookup = categoryLookup(ctx);
  // Looked up once, not per row: a long sheet has a row per category and year.
  const units = new Map(crimeIndicators(ctx.agreement).map((ind) => [ind.category, ind.unit]));
  const todayYear = Number(ctx.today.slice(0, 4));
  const todayMonth = Number(ctx.today.slice(5, 7));
  /** The row each category and year was first read from, for duplicates. */
  const firstRow = new Map<string, Map<number, number>>();
  const fullYears: FullYear[] = [];
  const findCategory = memoizedCategoryReader(ctx, sheet, spec, categoryCol, lookup);
  // One row's months, reused row after row (a long sheet must not cost an object per cell).
  const state = new Uint8Array(MONTHS_IN_YEAR);
  const values = new Float64Array(MONTHS_IN_YEAR);

  for (let r = 1; r < grid.length; r++) {
    const row = rowAt(grid, r);
    if (!row || rowIsEmpty(row, used)) continue;
    const category = findCategory(row[categoryCol], r);
    const year = readYearCell(ctx, sheet, row[yearCol], r, yearCol, yearColumn);
    const unit = (category && units.get(category.id)) ?? REPORTS;

    let last = -1; // the last month with something in it
    for (let i = 0; i < MONTHS_IN_YEAR; i++) {
      const col = monthCols[i] ?? 0;
      const v = row[col];
      // The usual cell, a whole number ≥ 0, without the general parser's result object.
      if (typeof v === "number" && Number.isInteger(v) && v >= 0) {
        state[i] = FIGURE;
        values[i] = v;
      } else {
        const parsed = parseCountCell(v);
        if (parsed.kind === "empty") state[i] = EMPTY;
        else if (parsed.kind === "number") {
          state[i] = FIGURE;
          values[i] = parsed.value;
        } else {
          state[i] = WRONG;
          if (parsed.kind === "not-a-number") ctx.issues.error(sheet, r, col, "not-a-number", msg.notANumber(cellText(v), unit));
          else if (parsed.kind === "negative") ctx.issues.error(sheet, r, col, "negative", msg.negative(parsed.value));
          else ctx.issues.error(sheet, r, col, "fractional", msg.fractional(parsed.value, unit));
        }
      }
      if (state[i] !== EMPTY) last = i;
    }
    let next = last;
    for (let i = last - 1; i >= 0; i--) {
      if (state[i] === EMPTY) ctx.issues.error(sheet, r, monthCols[i] ?? 0, "missing-month", missingMonth(i + 1, next + 1));
      else next = i;
    }
    // A figure for a month after today's: the current month itself may already be counted.
    if (year !== undefined && year >= todayYear) {
      for (let i = year > todayYear ? 0 : todayMonth; i <= last; i++) {
        if (state[i] === FIGURE) ctx.issues.warning(sheet, r, monthCols[i] ?? 0, "future-month", futureMonth(i + 1, year));
      }
    }

    if (!category || year === undefined) continue;
    let rows = firstRow.get(category.id);
    if (!rows) {
      rows = new Map();
      firstRow.set(category.id, rows);
    }
    const first = rows.get(year);
    if (first !== undefined) {
      ctx.issues.error(sheet, r, categoryCol, "duplicate-category-year", {
        da: `»${category.name.da}« ${year} står to gange; første gang i ${toA1(first, categoryCol)}. Slet den ene række, så tallene ikke tælles dobbelt.`,
        en: `"${category.name.en}" ${year} appears twice; first in ${toA1(first, categoryCol)}. Delete one of the rows so the figures are not counted twice.`,
      });
      continue;
    }
    rows.set(year, r);
    const figures: number[] = [];
    let total = 0;
    for (let i = 0; i < MONTHS_IN_YEAR && state[i] === FIGURE; i++) {
      figures.push(values[i] ?? 0);
      total += values[i] ?? 0;
    }
    let years = byCategory.get(category.id);
    if (!years) {
      years = new Map();
      byCategory.set(category.id, years);
    }
    years.set(year, figures);
    if (figures.length === MONTHS_IN_YEAR) fullYears.push({ category, year, total, row0: r });
  }

  if (fullYears.length > 0) ctx.afterRead(sheet, (data) => checkYearTotals(ctx, sheet, categoryCol, fullYears, data.crime, units));
  return byCategory;
}

/** A full year's months against `Kriminalitet`'s figure for the year, which stands. */
function checkYearTotals(
  ctx: ReadContext,
  sheet: SheetRef,
  categoryCol: number,
  fullYears: readonly FullYear[],
  crime: ReadonlyMap<string, ReadonlyMap<number, number | null>>,
  units: ReadonlyMap<string, LocalizedText>,
): void {
  const crimeSheet = sheetSpec("crime");
  for (const { category, year, total, row0 } of fullYears) {
    const yearly = crime.get(category.id)?.get(year);
    if (yearly === null || yearly === undefined || yearly === total) continue;
    const unit = units.get(category.id) ?? REPORTS;
    ctx.issues.warning(sheet, row0, categoryCol, "months-total-differs", {
      da: `${category.name.da} ${year}: månederne giver ${formatNumber(total, "da")} ${unit.da} i alt, men arket ${crimeSheet.da} siger ${formatNumber(yearly, "da")}. Tallet i ${crimeSheet.da} gælder for året; ret det, der er forkert.`,
      en: `${category.name.en} ${year}: the months add up to ${formatNumber(total, "en")} ${unit.en}, but the ${crimeSheet.en} sheet says ${formatNumber(yearly, "en")}. The ${crimeSheet.en} sheet's figure counts for the year; correct whichever is wrong.`,
    });
  }
}

/**
 * Reads a row's category cell: the category, or undefined with an issue at the cell. The same
 * name is looked up once however many rows (one per year) carry it.
 */
function memoizedCategoryReader(
  ctx: ReadContext,
  sheet: SheetRef,
  spec: SheetLayout,
  col: number,
  lookup: ReadonlyMap<string, Category>,
): (v: CellValue, r: number) => Category | undefined {
  const byText = new Map<string, Category | null>();
  return (v, r) => {
    if (isEmptyCell(v)) {
      const column = spec.columns.find((c) => c.key === "category");
      if (column) ctx.issues.error(sheet, r, col, "missing-value", msg.missingValue(column));
      return undefined;
    }
    const name = cellText(v);
    let category = byText.get(name);
    if (category === undefined) {
      category = lookup.get(foldDanish(name)) ?? null;
      if (byText.size < 50_000) byText.set(name, category);
    }
    if (!category) ctx.issues.error(sheet, r, col, "unknown-category", msg.unknownCategory(ctx.agreement, name));
    return category ?? undefined;
  };
}
