/**
 * The `Kriminalitet` (Crime) sheet: A1 `Gerningstype`, one column per year, one row per
 * category with the number of reports (anmeldelser) the police counted, or empty if not known.
 */
import { categoryNames } from "../agreement/categories";
import { crimeIndicators } from "../agreement/lookup";
import type { Category, LocalizedText } from "../agreement/schema";
import { formatNumber } from "../format/numbers";
import { foldDanish } from "../text/normalize";
import { columnLetter, toA1 } from "./a1";
import { cellText, isEmptyCell, parseCountCell, parseYearCell } from "./cells";
import { cellAt, type ReadContext, rowAt } from "./context";
import type { SheetRef } from "./issues";
import * as msg from "./messages";
import { matchColumn, type SheetLayout } from "./sheet-spec";
import type { Grid } from "./types";

const REPORTS: LocalizedText = { da: "anmeldelser", en: "reports" };
const HAS_DIGIT = /\d/;

interface YearColumn {
  col: number;
  year: number;
}

const lookups = new WeakMap<ReadContext["agreement"], Map<string, Category>>();

/** The agreement's categories by every name they go by (folded); worked out once per agreement. */
export function categoryLookup(ctx: ReadContext): ReadonlyMap<string, Category> {
  let byName = lookups.get(ctx.agreement);
  if (!byName) {
    byName = new Map<string, Category>();
    for (const c of ctx.agreement.categories) for (const n of categoryNames(c)) byName.set(foldDanish(n), c);
    lookups.set(ctx.agreement, byName);
  }
  return byName;
}

function readYearColumns(ctx: ReadContext, sheet: SheetRef, header: ReadonlyArray<unknown>, categoryCol: number): YearColumn[] {
  const columns: YearColumn[] = [];
  const firstCell = new Map<number, string>();
  for (let c = 0; c < header.length; c++) {
    const v = header[c] as Parameters<typeof isEmptyCell>[0];
    if (c === categoryCol || isEmptyCell(v)) continue;
    const year = parseYearCell(v);
    if (year === undefined) {
      const text = cellText(v);
      // A text header such as "Note" is the working group's own column: ignored, with a word.
      if (typeof v === "string" && !HAS_DIGIT.test(text)) {
        ctx.issues.warning(sheet, 0, c, "unknown-column", {
          da: `Kolonnen ${msg.quote(text, "da")} er ikke et årstal og bliver ikke læst.`,
          en: `The column ${msg.quote(text, "en")} is not a year and is not read.`,
        });
      } else {
        ctx.issues.error(sheet, 0, c, "invalid-year", msg.invalidYear(text));
      }
      continue;
    }
    if (year < ctx.years.from || year > ctx.years.to) {
      ctx.issues.error(sheet, 0, c, "year-outside-period", msg.yearOutsidePeriod(year, ctx.years.from, ctx.years.to));
      continue;
    }
    const first = firstCell.get(year);
    if (first !== undefined) {
      ctx.issues.error(sheet, 0, c, "duplicate-year", msg.duplicateYear(year, first));
      continue;
    }
    firstCell.set(year, toA1(0, c));
    columns.push({ col: c, year });
  }
  return columns;
}

export function readCrime(ctx: ReadContext, sheet: SheetRef, grid: Grid, spec: SheetLayout): Map<string, Map<number, number | null>> {
  const crime = new Map<string, Map<number, number | null>>();
  const header = rowAt(grid, 0) ?? [];
  let categoryCol = header.findIndex((v) => typeof v === "string" && matchColumn(spec, v)?.key === "category");
  if (categoryCol < 0) {
    ctx.issues.error(sheet, 0, 0, "missing-header", {
      da: `A1 skal hedde »Gerningstype« (kolonnen med gerningstyperne), men der står ${msg.quote(cellText(header[0]), "da")}.`,
      en: `A1 must read "Category" (the column of offence categories), but it holds ${msg.quote(cellText(header[0]), "en")}.`,
    });
    categoryCol = 0;
  }
  const yearColumns = readYearColumns(ctx, sheet, header, categoryCol);
  if (yearColumns.length === 0) {
    ctx.issues.error(sheet, 0, categoryCol + 1, "missing-years", {
      da: `Arket »${spec.da}« har ingen årskolonner. Skriv årstallene (fx 2012, 2013, …) i række 1 fra ${toA1(0, categoryCol + 1)}.`,
      en: `The "${spec.en}" sheet has no year columns. Put the years (e.g. 2012, 2013, …) in row 1 from ${toA1(0, categoryCol + 1)}.`,
    });
  }
  const labelled = new Set<number>([categoryCol, ...yearColumns.map((y) => y.col)]);
  const unlabelledReported = new Set<number>();
  const lookup = categoryLookup(ctx);
  // Each category's indicator, found once rather than per row (an agreement may have many).
  const indicators = new Map(crimeIndicators(ctx.agreement).map((ind) => [ind.category, ind]));
  const firstRow = new Map<string, number>();

  for (let r = 1; r < grid.length; r++) {
    const row = rowAt(grid, r);
    if (!row) continue;
    // Figures in a column without a year: the working group forgot the header.
    for (let c = 0; c < row.length; c++) {
      if (labelled.has(c) || unlabelledReported.has(c) || isEmptyCell(row[c]) || !isEmptyCell(header[c])) continue;
      unlabelledReported.add(c);
      ctx.issues.error(sheet, 0, c, "missing-year", {
        da: `Kolonne ${columnLetter(c)} har tal, men intet årstal i række 1.`,
        en: `Column ${columnLetter(c)} has figures but no year in row 1.`,
      });
    }
    const nameCell = cellAt(row, categoryCol);
    const hasFigures = yearColumns.some((y) => !isEmptyCell(row[y.col]));
    if (isEmptyCell(nameCell)) {
      if (hasFigures) {
        ctx.issues.error(sheet, r, categoryCol, "missing-category", {
          da: "Rækken har tal, men ingen gerningstype. Skriv gerningstypen i første kolonne.",
          en: "The row has figures but no category. Put the offence category in the first column.",
        });
      }
      continue;
    }
    const name = cellText(nameCell);
    const category = lookup.get(foldDanish(name));
    let target: Map<number, number | null> | undefined;
    if (!category) {
      ctx.issues.error(sheet, r, categoryCol, "unknown-category", msg.unknownCategory(ctx.agreement, name));
    } else if (firstRow.has(category.id)) {
      const first = toA1(firstRow.get(category.id) ?? 0, categoryCol);
      ctx.issues.error(sheet, r, categoryCol, "duplicate-category", {
        da: `»${category.name.da}« står to gange; første gang i ${first}. Slet den ene række, så tallene ikke tælles dobbelt.`,
        en: `"${category.name.en}" appears twice; first in ${first}. Delete one of the rows so the figures are not counted twice.`,
      });
    } else {
      firstRow.set(category.id, r);
      target = new Map();
      crime.set(category.id, target);
    }
    const indicator = category ? indicators.get(category.id) : undefined;
    const unit = indicator?.unit ?? REPORTS;
    for (const { col, year } of yearColumns) {
      const parsed = parseCountCell(row[col]);
      let value: number | null = null;
      if (parsed.kind === "not-a-number") ctx.issues.error(sheet, r, col, "not-a-number", msg.notANumber(cellText(row[col]), unit));
      else if (parsed.kind === "negative") ctx.issues.error(sheet, r, col, "negative", msg.negative(parsed.value));
      else if (parsed.kind === "fractional") ctx.issues.error(sheet, r, col, "fractional", msg.fractional(parsed.value, unit));
      else if (parsed.kind === "number") value = parsed.value;
      if (value !== null && indicator && category && year === indicator.baseline.year && value !== indicator.baseline.value) {
        ctx.issues.error(sheet, r, col, "baseline-mismatch", {
          da: `${category.name.da} ${year}: der står ${formatNumber(value, "da")} ${unit.da}, men aftalens baseline for ${year} er ${formatNumber(indicator.baseline.value, "da")}${indicator.illustrative ? " (illustrativ)" : ""}. Ret tallet til ${formatNumber(indicator.baseline.value, "da")}, så måltallene passer.`,
          en: `${category.name.en} ${year}: the cell holds ${formatNumber(value, "en")} ${unit.en}, but the agreement's ${year} baseline is ${formatNumber(indicator.baseline.value, "en")}${indicator.illustrative ? " (illustrative)" : ""}. Change it to ${formatNumber(indicator.baseline.value, "en")} so the targets hold.`,
        });
      }
      target?.set(year, value);
    }
  }

  for (const ind of crimeIndicators(ctx.agreement)) {
    if (crime.has(ind.category)) continue;
    const c = ctx.agreement.categories.find((x) => x.id === ind.category);
    ctx.issues.warning(sheet, undefined, undefined, "missing-category-row", {
      da: `Gerningstypen »${c?.name.da ?? ind.category}« har ingen række. Tilføj den, så dens status kan beregnes.`,
      en: `The category "${c?.name.en ?? ind.category}" has no row. Add it so its status can be worked out.`,
    });
  }
  return crime;
}
