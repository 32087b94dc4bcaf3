/**
 * The optional sheets: `SSP` (extraordinary activations per year), `Tryghedsindeks` (level of
 * need per year and area), `Tryghedsundersøgelse` (share of residents who feel unsafe per year
 * and area), `Økonomi` (allocated and spent per year) and `Aktiviteter` (the safety plan's
 * activities per focus area).
 */
import { safetyIndexIndicator, towardNormalIndicator } from "../agreement/lookup";
import type { LocalizedText, MeasureArea } from "../agreement/schema";
import { allocationForYear } from "../budget";
import { formatDate } from "../format/dates";
import { formatNumber } from "../format/numbers";
import { safetySurvey } from "../safety-survey";
import { foldDanish } from "../text/normalize";
import { toA1 } from "./a1";
import { cellText, isEmptyCell, type NumberCell, parseAmountCell, parseCountCell, parseDateCell, parsePercentCell } from "./cells";
import { cellAt, type ReadContext, type Row, rowAt, rowIsEmpty } from "./context";
import type { SheetRef } from "./issues";
import * as msg from "./messages";
import { type ColumnSpec, matchHeaders, type SheetLayout } from "./sheet-spec";
import type { ActivityEntry, BudgetEntry, Grid, SafetyIndexEntry, SafetySurveyEntry } from "./types";
import { levelTerms, suggestTerm, termMatcher } from "./vocabulary";
import { readYearCell } from "./year-cell";

const ACTIVATIONS: LocalizedText = { da: "aktiveringer", en: "activations" };

interface Table {
  spec: SheetLayout;
  columns: Map<string, number>;
  used: number[];
}

/** Header row → columns; undefined (with an issue per missing header) when a required one is absent. */
function openTable(ctx: ReadContext, sheet: SheetRef, spec: SheetLayout, grid: Grid): Table | undefined {
  const { columns, missing } = matchHeaders(spec, rowAt(grid, 0));
  for (const column of missing) ctx.issues.error(sheet, 0, spec.columns.indexOf(column), "missing-header", msg.missingHeader(spec, column));
  return missing.length > 0 ? undefined : { spec, columns, used: [...columns.values()] };
}

function column(table: Table, key: string): ColumnSpec {
  return table.spec.columns.find((c) => c.key === key) ?? (table.spec.columns[0] as ColumnSpec);
}

/** The row's year, checked against the period. */
function readYear(ctx: ReadContext, sheet: SheetRef, table: Table, row: Row, r: number): number | undefined {
  const col = table.columns.get("year") ?? 0;
  return readYearCell(ctx, sheet, row[col], r, col, column(table, "year"));
}

function isDuplicate(
  ctx: ReadContext,
  sheet: SheetRef,
  seen: Map<string, number>,
  key: string,
  year: number,
  r: number,
  col: number,
): boolean {
  const first = seen.get(key);
  if (first !== undefined) {
    ctx.issues.error(sheet, r, col, "duplicate-year", msg.duplicateYear(year, toA1(first, col)));
    return true;
  }
  seen.set(key, r);
  return false;
}

/** Reports the problem with a number cell, if any; the value when there is one. */
function numberValue(
  ctx: ReadContext,
  sheet: SheetRef,
  parsed: NumberCell,
  raw: unknown,
  r: number,
  col: number,
  unit?: LocalizedText,
): number | null {
  const text = cellText(raw as Parameters<typeof cellText>[0]);
  if (parsed.kind === "not-a-number")
    ctx.issues.error(sheet, r, col, "not-a-number", unit ? msg.notANumber(text, unit) : msg.notAnAmount(text));
  else if (parsed.kind === "negative") ctx.issues.error(sheet, r, col, "negative", msg.negative(parsed.value));
  else if (parsed.kind === "fractional") ctx.issues.error(sheet, r, col, "fractional", msg.fractional(parsed.value, unit ?? ACTIVATIONS));
  else if (parsed.kind === "number") return parsed.value;
  return null;
}

export function readSsp(ctx: ReadContext, sheet: SheetRef, grid: Grid, spec: SheetLayout): Map<number, number | null> {
  const figures = new Map<number, number | null>();
  const table = openTable(ctx, sheet, spec, grid);
  if (!table) return figures;
  const col = table.columns.get("activations") ?? 1;
  const indicator = towardNormalIndicator(ctx.agreement);
  const unit = indicator?.unit ?? ACTIVATIONS;
  const seen = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const row = rowAt(grid, r);
    if (!row || rowIsEmpty(row, table.used)) continue;
    const year = readYear(ctx, sheet, table, row, r);
    const value = numberValue(ctx, sheet, parseCountCell(row[col]), row[col], r, col, unit);
    if (year === undefined || isDuplicate(ctx, sheet, seen, String(year), year, r, table.columns.get("year") ?? 0)) continue;
    if (indicator && year === indicator.baseline.year && value !== null && value !== indicator.baseline.value) {
      ctx.issues.error(sheet, r, col, "baseline-mismatch", {
        da: `SSP ${year}: der står ${formatNumber(value, "da")} ${unit.da}, men aftalens baseline for ${year} er ${formatNumber(indicator.baseline.value, "da")}.`,
        en: `SSP ${year}: the cell holds ${formatNumber(value, "en")} ${unit.en}, but the agreement's ${year} baseline is ${formatNumber(indicator.baseline.value, "en")}.`,
      });
    }
    figures.set(year, value);
  }
  return figures;
}

/** The area a cell names, among the index's areas (by Danish or English name, or id). */
function indexAreaMatcher(areas: readonly MeasureArea[]): (text: string) => MeasureArea | undefined {
  const byName = new Map<string, MeasureArea>();
  for (const a of areas) for (const n of [a.id, a.name.da, a.name.en]) byName.set(foldDanish(n), a);
  return (text) => byName.get(foldDanish(text));
}

export function readSafetyIndex(ctx: ReadContext, sheet: SheetRef, grid: Grid, spec: SheetLayout): SafetyIndexEntry[] {
  const entries: SafetyIndexEntry[] = [];
  const table = openTable(ctx, sheet, spec, grid);
  if (!table) return entries;
  const levelCol = table.columns.get("level") ?? 2;
  const areaCol = table.columns.get("area");
  const yearCol = table.columns.get("year") ?? 0;
  const terms = levelTerms(ctx.agreement);
  const matchLevel = termMatcher(terms);
  const indicator = safetyIndexIndicator(ctx.agreement);
  const areas = indicator?.areas ?? [];
  const matchArea = indexAreaMatcher(areas);
  const baselineArea = areas.find((a) => a.id === indicator?.baseline.area);
  const seen = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const row = rowAt(grid, r);
    if (!row || rowIsEmpty(row, table.used)) continue;
    const year = readYear(ctx, sheet, table, row, r);
    const area = cellText(cellAt(row, areaCol));
    let level: string | undefined;
    if (isEmptyCell(row[levelCol])) {
      ctx.issues.error(sheet, r, levelCol, "missing-value", msg.missingValue(column(table, "level")));
    } else {
      const text = cellText(row[levelCol]);
      level = matchLevel(text)?.id;
      if (level === undefined) {
        const near = suggestTerm(terms, text);
        ctx.issues.error(sheet, r, levelCol, "unknown-level", {
          da: `${msg.quote(text, "da")} er ikke et niveau i Tryghedsindekset. Skriv ${terms.map((t) => t.name.da).join(", ")}.${near ? ` Mente du »${near.name.da}«?` : ""}`,
          en: `${msg.quote(text, "en")} is not a safety index level. Write ${terms.map((t) => t.name.en).join(", ")}.${near ? ` Did you mean "${near.name.en}"?` : ""}`,
        });
      }
    }
    if (year === undefined || level === undefined) continue;
    if (isDuplicate(ctx, sheet, seen, `${year}|${foldDanish(area)}`, year, r, yearCol)) continue;
    if (indicator?.lastYear !== undefined && year > indicator.lastYear) {
      ctx.issues.warning(sheet, r, yearCol, "index-after-last-year", {
        da: `Tryghedsindekset udkom sidst for ${indicator.lastYear}. Fra ${safetySurvey.firstYear} måles trygheden i ${safetySurvey.source.da}: skriv andelen af utrygge i arket »Tryghedsundersøgelse«.`,
        en: `The safety index was last published for ${indicator.lastYear}. From ${safetySurvey.firstYear} safety is measured by ${safetySurvey.source.en}: enter the share feeling unsafe on the "Safety survey" sheet.`,
      });
    }
    const namedArea = area === "" ? undefined : matchArea(area);
    if (area !== "" && areas.length > 0 && namedArea === undefined && areaCol !== undefined) {
      ctx.issues.warning(sheet, r, areaCol, "unknown-area", {
        da: `${msg.quote(area, "da")} er ikke et af tryghedsindeksets områder for aftalen. Skriv ${areas.map((a) => `»${a.name.da}«`).join(" eller ")}.`,
        en: `${msg.quote(area, "en")} is not one of the safety index's areas for the agreement. Write ${areas.map((a) => `"${a.name.en}"`).join(" or ")}.`,
      });
    }
    // The baseline was measured in one area (Amager: district 29); rows for another area are not compared with it.
    const baselineRow = baselineArea === undefined || area === "" || namedArea?.id === baselineArea.id;
    if (indicator && baselineRow && year === indicator.baseline.year && level !== indicator.baseline.level) {
      const name = (id: string, lang: "da" | "en") => terms.find((t) => t.id === id)?.name[lang] ?? id;
      ctx.issues.warning(sheet, r, levelCol, "baseline-mismatch", {
        da: `Tryghedsindeks ${year}: der står »${name(level, "da")}«, men aftalens baseline for ${year} er »${name(indicator.baseline.level, "da")}«.`,
        en: `Safety index ${year}: the cell says "${name(level, "en")}", but the agreement's ${year} baseline is "${name(indicator.baseline.level, "en")}".`,
      });
    }
    entries.push({ year, area, level });
  }
  return entries;
}

export function readSafetySurvey(ctx: ReadContext, sheet: SheetRef, grid: Grid, spec: SheetLayout): SafetySurveyEntry[] {
  const entries: SafetySurveyEntry[] = [];
  const table = openTable(ctx, sheet, spec, grid);
  if (!table) return entries;
  const shareCol = table.columns.get("share") ?? 2;
  const areaCol = table.columns.get("area");
  const yearCol = table.columns.get("year") ?? 0;
  const seen = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const row = rowAt(grid, r);
    if (!row || rowIsEmpty(row, table.used)) continue;
    const year = readYear(ctx, sheet, table, row, r);
    const area = cellText(cellAt(row, areaCol));
    const raw = row[shareCol];
    const parsed = parsePercentCell(raw);
    let share: number | undefined;
    if (parsed.kind === "empty") ctx.issues.error(sheet, r, shareCol, "missing-value", msg.missingValue(column(table, "share")));
    else if (parsed.kind === "not-a-number") ctx.issues.error(sheet, r, shareCol, "not-a-number", msg.notAPercentage(cellText(raw)));
    else if (parsed.kind === "negative") ctx.issues.error(sheet, r, shareCol, "negative", msg.negative(parsed.value));
    else if (parsed.kind === "over-100") ctx.issues.error(sheet, r, shareCol, "over-100", msg.over100(parsed.value));
    else share = parsed.value;
    if (year === undefined || share === undefined) continue;
    if (isDuplicate(ctx, sheet, seen, `${year}|${foldDanish(area)}`, year, r, yearCol)) continue;
    if (year < safetySurvey.firstYear) {
      ctx.issues.warning(sheet, r, yearCol, "survey-before-first-year", {
        da: `${safetySurvey.source.da} udkom første gang i ${safetySurvey.firstYear}. Før det blev trygheden målt med Tryghedsindekset (arket »Tryghedsindeks«).`,
        en: `${safetySurvey.source.en} was first published in ${safetySurvey.firstYear}. Before that, safety was measured by the safety index (the "Safety index" sheet).`,
      });
    }
    entries.push({ year, area, sharePercent: share });
  }
  return entries;
}

function kr(n: number, lang: "da" | "en"): string {
  return lang === "da" ? `${formatNumber(n, "da")} kr.` : `DKK ${formatNumber(n, "en")}`;
}

export function readBudget(ctx: ReadContext, sheet: SheetRef, grid: Grid, spec: SheetLayout): BudgetEntry[] {
  const entries: BudgetEntry[] = [];
  const table = openTable(ctx, sheet, spec, grid);
  if (!table) return entries;
  const allocatedCol = table.columns.get("allocated") ?? 1;
  const spentCol = table.columns.get("spent") ?? 2;
  const seen = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const row = rowAt(grid, r);
    if (!row || rowIsEmpty(row, table.used)) continue;
    const year = readYear(ctx, sheet, table, row, r);
    const allocatedKr = numberValue(ctx, sheet, parseAmountCell(row[allocatedCol]), row[allocatedCol], r, allocatedCol);
    const spentKr = numberValue(ctx, sheet, parseAmountCell(row[spentCol]), row[spentCol], r, spentCol);
    if (year === undefined || isDuplicate(ctx, sheet, seen, String(year), year, r, table.columns.get("year") ?? 0)) continue;
    const agreed = allocationForYear(ctx.agreement, year);
    if (allocatedKr !== null && agreed > 0 && allocatedKr !== agreed) {
      ctx.issues.warning(sheet, r, allocatedCol, "allocation-differs", {
        da: `Bevilget ${year} er ${kr(allocatedKr, "da")}, men der er afsat ${kr(agreed, "da")} til partnerskabets aktiviteter det år ifølge aftalen.`,
        en: `Allocated ${year} is ${kr(allocatedKr, "en")}, but the agreement allocates ${kr(agreed, "en")} to the partnership's activities that year.`,
      });
    }
    const allocation = allocatedKr ?? (agreed > 0 ? agreed : null);
    if (spentKr !== null && allocation !== null && spentKr > allocation) {
      ctx.issues.warning(sheet, r, spentCol, "over-allocation", {
        da: `Forbruget i ${year} (${kr(spentKr, "da")}) er ${kr(spentKr - allocation, "da")} over bevillingen (${kr(allocation, "da")}).`,
        en: `Spending in ${year} (${kr(spentKr, "en")}) is ${kr(spentKr - allocation, "en")} over the allocation of ${kr(allocation, "en")}.`,
      });
    }
    entries.push({ year, allocatedKr, spentKr });
  }
  return entries;
}

/** A focus area by its Danish or English name, its id, or its number in the agreement (1, 2, 3). */
function focusAreaMatcher(ctx: ReadContext): (text: string) => string | undefined {
  const byName = new Map<string, string>();
  ctx.agreement.focusAreas.forEach((f, i) => {
    for (const n of [f.id, f.name.da, f.name.en, String(i + 1), `${i + 1}.`]) byName.set(foldDanish(n), f.id);
  });
  return (text) => byName.get(foldDanish(text));
}

export function readActivities(ctx: ReadContext, sheet: SheetRef, grid: Grid, spec: SheetLayout): ActivityEntry[] {
  const entries: ActivityEntry[] = [];
  const table = openTable(ctx, sheet, spec, grid);
  if (!table) return entries;
  const c = (key: string) => table.columns.get(key);
  const matchFocusArea = focusAreaMatcher(ctx);
  const names = ctx.agreement.focusAreas;
  for (let r = 1; r < grid.length; r++) {
    const row = rowAt(grid, r);
    if (!row || rowIsEmpty(row, table.used)) continue;
    const focusArea = cellText(cellAt(row, c("focusArea")));
    const activity = cellText(cellAt(row, c("activity")));
    if (!activity) ctx.issues.error(sheet, r, c("activity") ?? 1, "missing-value", msg.missingValue(column(table, "activity")));
    const focusAreaId = focusArea ? matchFocusArea(focusArea) : undefined;
    if (!focusArea) {
      ctx.issues.error(sheet, r, c("focusArea") ?? 0, "missing-value", msg.missingValue(column(table, "focusArea")));
    } else if (focusAreaId === undefined) {
      ctx.issues.warning(sheet, r, c("focusArea") ?? 0, "unknown-focus-area", {
        da: `${msg.quote(focusArea, "da")} er ikke et af aftalens indsatsområder: ${names.map((f, i) => `${i + 1}. ${f.name.da}`).join("; ")}.`,
        en: `${msg.quote(focusArea, "en")} is not one of the agreement's focus areas: ${names.map((f, i) => `${i + 1}. ${f.name.en}`).join("; ")}.`,
      });
    }
    const date = (key: string): string | null => {
      const col = c(key);
      const v = cellAt(row, col);
      if (col === undefined || isEmptyCell(v)) return null;
      const d = parseDateCell(v);
      if (d === undefined) ctx.issues.error(sheet, r, col, "invalid-date", msg.invalidDate(cellText(v)));
      return d ?? null;
    };
    const start = date("start");
    const end = date("end");
    if (start && end && end < start) {
      ctx.issues.warning(sheet, r, c("end") ?? 0, "end-before-start", {
        da: `Aktiviteten slutter ${formatDate(end, "da")}, før den starter (${formatDate(start, "da")}).`,
        en: `The activity ends on ${formatDate(end, "en")}, before it starts (${formatDate(start, "en")}).`,
      });
    }
    if (!activity) continue;
    const entry: ActivityEntry = {
      focusArea,
      activity,
      responsible: cellText(cellAt(row, c("responsible"))),
      start,
      end,
      status: cellText(cellAt(row, c("status"))),
    };
    if (focusAreaId !== undefined) entry.focusAreaId = focusAreaId;
    entries.push(entry);
  }
  return entries;
}
