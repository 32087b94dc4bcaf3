/**
 * A category's trend: its reports per year from the agreement's baseline on, the target
 * (måltal) per year, and – for a year in progress – the projection for the whole year with
 * how it was made, as shared/progress computes it (never recomputed here).
 */
import { crimeIndicator } from "../agreement/lookup";
import type { Agreement } from "../agreement/schema";
import { perTracker } from "../memo/per-tracker";
import { monthsOf, type ProgressSources, type YearInProgress, yearInProgress, yearlyFigures } from "../progress/year-in-progress";
import { countStatusForFigure, type Rag } from "../status";
import { targetFor } from "../targets";

/** One year of a trend; null where there is nothing to draw. */
export interface TrendYear {
  year: number;
  /** The agreement's baseline year (the first point; it has no target). */
  isBaseline: boolean;
  /** The year's reports (`Kriminalitet`, or all 12 months summed); for the baseline year, the baseline when the tracker has none. */
  reports: number | null;
  /** The year's måltal; null where the agreement sets none (the baseline year, years outside the agreement). */
  target: number | null;
  /** The whole year projected, only in a year in progress (which has no reports yet). */
  projection: number | null;
  /** Reports, else the projection, against the target; grey without a target or a figure. */
  rag: Rag;
}

export interface CategoryTrend {
  category: string;
  baselineYear: number;
  baseline: number;
  /** In year order: the baseline year, each target year, and every other year with reports or months. */
  years: TrendYear[];
  /** The year in progress (year to date, projection, method, pattern years), when there is one. */
  inProgress: YearInProgress | undefined;
}

/** A category's trend, or undefined when the agreement sets no måltal for it. */
export function categoryTrend(agreement: Agreement, tracker: ProgressSources, category: string): CategoryTrend | undefined {
  return perTracker(tracker, agreement, `trend|${category}`, () => computeCategoryTrend(agreement, tracker, category));
}

function computeCategoryTrend(agreement: Agreement, tracker: ProgressSources, category: string): CategoryTrend | undefined {
  const indicator = crimeIndicator(agreement, category);
  if (!indicator) return undefined;
  const figures = yearlyFigures(tracker, category);
  const years = new Set<number>([indicator.baseline.year, ...indicator.targets.map((x) => x.year)]);
  for (const [year, value] of figures) if (value !== null && value !== undefined) years.add(year);
  for (const year of monthsOf(tracker, category).keys()) years.add(year);

  let inProgress: YearInProgress | undefined;
  const points = [...years]
    .sort((a, b) => a - b)
    .map((year): TrendYear => {
      const isBaseline = year === indicator.baseline.year;
      const reports = figures.get(year) ?? (isBaseline ? indicator.baseline.value : null);
      const target = isBaseline ? null : (targetFor(indicator, year) ?? null);
      const progress = reports === null ? yearInProgress(agreement, tracker, category, year) : undefined;
      // The latest year in progress is the one a trend shows as "this year".
      if (progress) inProgress = progress;
      const rag = isBaseline ? "grey" : (progress?.rag ?? countStatusForFigure(indicator, year, reports).rag);
      return { year, isBaseline, reports, target, projection: progress?.projection ?? null, rag };
    });
  return { category, baselineYear: indicator.baseline.year, baseline: indicator.baseline.value, years: points, inProgress };
}
