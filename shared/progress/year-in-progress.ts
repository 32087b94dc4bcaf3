/**
 * The year in progress: from the monthly figures of the `Måneder` sheet, how far a category's
 * year has come (year to date), where it is heading (a projection for the whole year) and the
 * colour that projection gets against the year's target (måltal).
 *
 * For a category and a year without a yearly figure: m = the months reported, January up to the
 * last month with a figure; YTD = their sum; the projection, rounded half up, is
 *   - seasonal, when at least one earlier year in the tracker has all 12 months: YTD ÷ s, with
 *     s = (Σ over those years of months 1..m) ÷ (Σ over those years of all 12 months);
 *   - run rate otherwise: YTD × 12 ÷ m.
 * The colour is the usual RAG rule (status.ts) on the projection. A year with a yearly figure in
 * `Kriminalitet`, or with all 12 months, is finished: its figure is the year's, as before.
 *
 * Whole-number arithmetic throughout (as targets.ts), so a projection of exactly x,5 rounds up
 * on every machine: YTD × B ÷ A is floor((2·YTD·B + A) ÷ 2A).
 */
import { crimeIndicator } from "../agreement/lookup";
import type { Agreement } from "../agreement/schema";
import { entryOf } from "../memo/map-entry";
import { perTracker } from "../memo/per-tracker";
import { type CountStatus, countStatusForFigure, type Rag, type YearFigures } from "../status";
import type { TrackerData } from "../tracker/types";

export const MONTHS_IN_YEAR = 12;

export type ProjectionMethod = "seasonal" | "run-rate";

/** The months of one category and year: figures[0] is January; only months reported, without a gap. */
export type MonthFigures = readonly number[];

/** Monthly figures by category id, then year (TrackerData.crimeByMonth). */
export type MonthlyCrime = ReadonlyMap<string, ReadonlyMap<number, MonthFigures>>;

/** What the rules read from the tracker. */
export type ProgressSources = Pick<TrackerData, "crime" | "crimeByMonth">;

export interface Projection {
  /** m: the months reported, January up to the last month with a figure (1–11). */
  monthsReported: number;
  /** The reports in those months. */
  yearToDate: number;
  /** The whole year, projected and rounded half up. */
  projection: number;
  method: ProjectionMethod;
  /** The complete earlier years the seasonal pattern is taken from, in order (empty for run rate). */
  patternYears: number[];
}

const sum = (xs: readonly number[], upTo = xs.length): number => {
  let total = 0;
  for (let i = 0; i < upTo && i < xs.length; i++) total += xs[i] ?? 0;
  return total;
};

/** x ÷ y rounded half up, for whole x ≥ 0 and y > 0. */
function divideHalfUp(x: number, y: number): number {
  return Math.floor((2 * x + y) / (2 * y));
}

/**
 * The projection of a year from its first months, and the complete earlier years (12 months
 * each) that give the seasonal pattern. Undefined without a month, or with all 12 (then the
 * year is finished). When the earlier years had no reports at all in months 1..m, their pattern
 * says nothing about these months and the run rate is used.
 */
export function projectYear(months: MonthFigures, earlier: ReadonlyArray<{ year: number; months: MonthFigures }>): Projection | undefined {
  const m = months.length;
  if (m === 0 || m >= MONTHS_IN_YEAR) return undefined;
  const yearToDate = sum(months);
  const complete = earlier.filter((e) => e.months.length >= MONTHS_IN_YEAR).sort((a, b) => a.year - b.year);
  let partOfYears = 0; // A: Σ months 1..m
  let wholeYears = 0; // B: Σ all 12 months
  for (const e of complete) {
    partOfYears += sum(e.months, m);
    wholeYears += sum(e.months, MONTHS_IN_YEAR);
  }
  if (complete.length > 0 && partOfYears > 0) {
    return {
      monthsReported: m,
      yearToDate,
      projection: divideHalfUp(yearToDate * wholeYears, partOfYears),
      method: "seasonal",
      patternYears: complete.map((e) => e.year),
    };
  }
  return { monthsReported: m, yearToDate, projection: divideHalfUp(yearToDate * MONTHS_IN_YEAR, m), method: "run-rate", patternYears: [] };
}

const NO_FIGURES: YearFigures = new Map();
const NO_MONTHS: ReadonlyMap<number, MonthFigures> = new Map();

/** A category's monthly figures by year. */
export function monthsOf(tracker: Pick<TrackerData, "crimeByMonth">, category: string): ReadonlyMap<number, MonthFigures> {
  return tracker.crimeByMonth.get(category) ?? NO_MONTHS;
}

/**
 * A category's figure per year: `Kriminalitet`'s, and for a year it has none of, the sum of the
 * year's 12 months when all are reported. What every answer about a finished year reads.
 */
export function yearlyFigures(tracker: ProgressSources, category: string): YearFigures {
  const figures = tracker.crime.get(category) ?? NO_FIGURES;
  const months = tracker.crimeByMonth.get(category);
  if (!months) return figures;
  // Merged once per read: a read makes the category's figures and months anew.
  const byFigures = entryOf(mergedByRead, months, () => new WeakMap<YearFigures, YearFigures>());
  return entryOf(byFigures, figures, () => mergedYearlyFigures(figures, months));
}

/** Yearly figures merged with the complete years' months, by the read's months and then its figures. */
const mergedByRead = new WeakMap<ReadonlyMap<number, MonthFigures>, WeakMap<YearFigures, YearFigures>>();

function mergedYearlyFigures(figures: YearFigures, byYear: ReadonlyMap<number, MonthFigures>): YearFigures {
  let merged: Map<number, number | null> | undefined;
  for (const [year, months] of byYear) {
    if (months.length < MONTHS_IN_YEAR) continue;
    const yearly = figures.get(year);
    if (yearly !== null && yearly !== undefined) continue;
    merged ??= new Map(figures);
    merged.set(year, sum(months, MONTHS_IN_YEAR));
  }
  return merged ?? figures;
}

/** A year in progress for one category: its projection, the target and the projection's colour. */
export interface YearInProgress extends Projection {
  category: string;
  year: number;
  /** The year's target; undefined when the agreement sets none for it. */
  target: number | undefined;
  /** The RAG rule applied to the projection against the target (grey without a target). */
  rag: Rag;
  /** The projection seen as the year's figure: its deviation from the target, its change from the baseline. */
  status: CountStatus;
}

/**
 * The year in progress for a category, or undefined when there is none: the year is finished
 * (a yearly figure, or all 12 months), has no monthly figure yet, or the category has no target
 * indicator. The seasonal pattern comes from every earlier year with all 12 months.
 */
export function yearInProgress(agreement: Agreement, tracker: ProgressSources, category: string, year: number): YearInProgress | undefined {
  return perTracker(tracker, agreement, `progress|${category}|${year}`, () => computeYearInProgress(agreement, tracker, category, year));
}

function computeYearInProgress(agreement: Agreement, tracker: ProgressSources, category: string, year: number): YearInProgress | undefined {
  const indicator = crimeIndicator(agreement, category);
  if (!indicator) return undefined;
  const yearly = tracker.crime.get(category)?.get(year);
  if (yearly !== null && yearly !== undefined) return undefined;
  const byYear = monthsOf(tracker, category);
  const months = byYear.get(year);
  if (!months) return undefined;
  const earlier: Array<{ year: number; months: MonthFigures }> = [];
  for (const [y, m] of byYear) if (y < year) earlier.push({ year: y, months: m });
  const projection = projectYear(months, earlier);
  if (!projection) return undefined;
  const status = countStatusForFigure(indicator, year, projection.projection);
  return Object.assign(projection, { category, year, target: status.target, rag: status.rag, status });
}

/** The colour of a category's year as it stands: the yearly figure's, else the projection's; grey without either. */
export function yearColour(agreement: Agreement, tracker: ProgressSources, category: string, year: number): Rag {
  const indicator = crimeIndicator(agreement, category);
  if (!indicator) return "grey";
  const actual = yearlyFigures(tracker, category).get(year) ?? null;
  if (actual !== null) return countStatusForFigure(indicator, year, actual).rag;
  return yearInProgress(agreement, tracker, category, year)?.rag ?? "grey";
}
