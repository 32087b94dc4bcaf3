/**
 * The `Måneder` (Months) sheet: one row per category and year, the reports of each month from
 * January, empty while a month is not reported yet. What is kept per row is the months from
 * January up to the first one that is empty or wrong, so the year to date never skips a month.
 * Checked: the category and the year as on the other sheets, each figure, a gap (an empty month
 * before a reported one), figures for months that have not begun, and a full year's total
 * against `Kriminalitet`'s figure for that year, which stands for the year.
 */
import { crimeIndicator } from "../agreement/lookup";
import type { Category, LocalizedText } from "../agreement/schema";
import { monthName } from "../format/dates";
import { formatNumber } from "../format/numbers";
import { MONTHS_IN_YEAR } from "../progress/year-in-progress";
import { foldDanish } from "../text/normalize";
import { toA1 } from "./a1";
import { cellText, isEmptyCell, parseCountCell, parseYearCell } from "./cells";
import { type ReadContext, type Row, rowAt, rowIsEmpty } from "./context";
import type { SheetRef } from "./issues";
import * as msg from "./messages";
import { categoryLookup } from "./read-crime";
import { matchHeaders, type SheetLayout } from "./sheet-spec";
import { sheetSpec } from "./sheets/registry";
import type { Grid } from "./types";

const REPORTS: LocalizedText = { da: "anmeldelser", en: "reports" };

type MonthCell = { kind: "empty" } | { kind: "figure"; value: number } | { kind: "wrong" };

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
  const monthCols = Array.from({ length: MONTHS_IN_YEAR }, (_, i) => columns.get(`m${i + 1}`) ?? 2 + i);
  const used = [...columns.values()];
  const lookup = categoryLookup(ctx);
  const todayYear = Number(ctx.today.slice(0, 4));
  const todayMonth = Number(ctx.today.slice(5, 7));
  const firstRow = new Map<string, number>();
  const fullYears: FullYear[] = [];
  const cells: MonthCell[] = new Array(MONTHS_IN_YEAR);

  for (let r = 1; r < grid.length; r++) {
    const row = rowAt(grid, r);
    if (!row || rowIsEmpty(row, used)) continue;
    const category = readCategory(ctx, sheet, spec, row, r, categoryCol, lookup);
    const year = readYear(ctx, sheet, spec, row, r, yearCol);
    const unit = (category && crimeIndicator(ctx.agreement, category.id)?.unit) ?? REPORTS;

    let last = -1; // the last month with something in it
    for (let i = 0; i < MONTHS_IN_YEAR; i++) {
      const col = monthCols[i] ?? 0;
      const v = row[col];
      const parsed = parseCountCell(v);
      if (parsed.kind === "empty") cells[i] = { kind: "empty" };
      else if (parsed.kind === "number") cells[i] = { kind: "figure", value: parsed.value };
      else {
        cells[i] = { kind: "wrong" };
        if (parsed.kind === "not-a-number") ctx.issues.error(sheet, r, col, "not-a-number", msg.notANumber(cellText(v), unit));
        else if (parsed.kind === "negative") ctx.issues.error(sheet, r, col, "negative", msg.negative(parsed.value));
        else ctx.issues.error(sheet, r, col, "fractional", msg.fractional(parsed.value, unit));
      }
      if (cells[i]?.kind !== "empty") last = i;
    }
    let next = last;
    for (let i = last - 1; i >= 0; i--) {
      if (cells[i]?.kind === "empty") ctx.issues.error(sheet, r, monthCols[i] ?? 0, "missing-month", missingMonth(i + 1, next + 1));
      else next = i;
    }
    // A figure for a month after today's: the current month itself may already be counted.
    if (year !== undefined && year >= todayYear) {
      for (let i = year > todayYear ? 0 : todayMonth; i <= last; i++) {
        if (cells[i]?.kind === "figure") ctx.issues.warning(sheet, r, monthCols[i] ?? 0, "future-month", futureMonth(i + 1, year));
      }
    }

    if (!category || year === undefined) continue;
    const key = `${category.id}|${year}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      ctx.issues.error(sheet, r, categoryCol, "duplicate-category-year", {
        da: `»${category.name.da}« ${year} står to gange; første gang i ${toA1(first, categoryCol)}. Slet den ene række, så tallene ikke tælles dobbelt.`,
        en: `"${category.name.en}" ${year} appears twice; first in ${toA1(first, categoryCol)}. Delete one of the rows so the figures are not counted twice.`,
      });
      continue;
    }
    firstRow.set(key, r);
    const figures: number[] = [];
    for (const cell of cells) {
      if (cell?.kind !== "figure") break;
      figures.push(cell.value);
    }
    let years = byCategory.get(category.id);
    if (!years) {
      years = new Map();
      byCategory.set(category.id, years);
    }
    years.set(year, figures);
    if (figures.length === MONTHS_IN_YEAR) fullYears.push({ category, year, total: figures.reduce((a, b) => a + b, 0), row0: r });
  }

  if (fullYears.length > 0) ctx.afterRead(sheet, (data) => checkYearTotals(ctx, sheet, categoryCol, fullYears, data.crime));
  return byCategory;
}

/** A full year's months against `Kriminalitet`'s figure for the year, which stands. */
function checkYearTotals(
  ctx: ReadContext,
  sheet: SheetRef,
  categoryCol: number,
  fullYears: readonly FullYear[],
  crime: ReadonlyMap<string, ReadonlyMap<number, number | null>>,
): void {
  const crimeSheet = sheetSpec("crime");
  for (const { category, year, total, row0 } of fullYears) {
    const yearly = crime.get(category.id)?.get(year);
    if (yearly === null || yearly === undefined || yearly === total) continue;
    const unit = crimeIndicator(ctx.agreement, category.id)?.unit ?? REPORTS;
    ctx.issues.warning(sheet, row0, categoryCol, "months-total-differs", {
      da: `${category.name.da} ${year}: månederne giver ${formatNumber(total, "da")} ${unit.da} i alt, men arket ${crimeSheet.da} siger ${formatNumber(yearly, "da")}. Tallet i ${crimeSheet.da} gælder for året; ret det, der er forkert.`,
      en: `${category.name.en} ${year}: the months add up to ${formatNumber(total, "en")} ${unit.en}, but the ${crimeSheet.en} sheet says ${formatNumber(yearly, "en")}. The ${crimeSheet.en} sheet's figure counts for the year; correct whichever is wrong.`,
    });
  }
}

function readCategory(
  ctx: ReadContext,
  sheet: SheetRef,
  spec: SheetLayout,
  row: Row,
  r: number,
  col: number,
  lookup: ReadonlyMap<string, Category>,
): Category | undefined {
  const v = row[col];
  if (isEmptyCell(v)) {
    const column = spec.columns.find((c) => c.key === "category");
    if (column) ctx.issues.error(sheet, r, col, "missing-value", msg.missingValue(column));
    return undefined;
  }
  const name = cellText(v);
  const category = lookup.get(foldDanish(name));
  if (!category) ctx.issues.error(sheet, r, col, "unknown-category", msg.unknownCategory(ctx.agreement, name));
  return category;
}

function readYear(ctx: ReadContext, sheet: SheetRef, spec: SheetLayout, row: Row, r: number, col: number): number | undefined {
  const v = row[col];
  if (isEmptyCell(v)) {
    const column = spec.columns.find((c) => c.key === "year");
    if (column) ctx.issues.error(sheet, r, col, "missing-value", msg.missingValue(column));
    return undefined;
  }
  const year = parseYearCell(v);
  if (year === undefined) {
    ctx.issues.error(sheet, r, col, "invalid-year", msg.invalidYear(cellText(v)));
    return undefined;
  }
  if (year < ctx.years.from || year > ctx.years.to) {
    ctx.issues.error(sheet, r, col, "year-outside-period", msg.yearOutsidePeriod(year, ctx.years.from, ctx.years.to));
    return undefined;
  }
  return year;
}
