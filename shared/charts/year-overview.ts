/**
 * A year's overview: per category the year's reports – or, while the year is in progress, the
 * projection for the whole year – against the year's måltal, with its status colour. The same
 * choice the overview answer makes (a yearly figure wins over months).
 */
import { crimeIndicators } from "../agreement/lookup";
import type { Agreement } from "../agreement/schema";
import { perTracker } from "../memo/per-tracker";
import { type ProgressSources, type YearInProgress, yearInProgress, yearlyFigures } from "../progress/year-in-progress";
import { countStatusForFigure, type Rag } from "../status";

/** What a bar shows: the year's reports, the projection of a year in progress, or nothing yet. */
export type OverviewFigure = "reports" | "projection" | "none";

export interface OverviewRow {
  category: string;
  figure: OverviewFigure;
  /** The reports or the projection; null when there is neither. */
  value: number | null;
  /** The year's måltal; null where the agreement sets none. */
  target: number | null;
  /** value − target; null without either. */
  deviation: number | null;
  rag: Rag;
  /** The year in progress behind a projection (year to date, method …). */
  inProgress: YearInProgress | undefined;
}

export interface YearOverview {
  year: number;
  /** One row per category with måltal, in the agreement's order. */
  rows: OverviewRow[];
  /** The latest month reported among the projected rows; 0 when none is projected. */
  monthsReported: number;
}

export function yearOverview(agreement: Agreement, tracker: ProgressSources, year: number): YearOverview {
  return perTracker(tracker, agreement, `overview|${year}`, () => computeYearOverview(agreement, tracker, year));
}

function computeYearOverview(agreement: Agreement, tracker: ProgressSources, year: number): YearOverview {
  let monthsReported = 0;
  const rows = crimeIndicators(agreement).map((indicator): OverviewRow => {
    const category = indicator.category;
    const reports = yearlyFigures(tracker, category).get(year) ?? null;
    const progress = reports === null ? yearInProgress(agreement, tracker, category, year) : undefined;
    const value = reports ?? progress?.projection ?? null;
    const status = progress?.status ?? countStatusForFigure(indicator, year, value);
    if (progress) monthsReported = Math.max(monthsReported, progress.monthsReported);
    return {
      category,
      figure: reports !== null ? "reports" : progress ? "projection" : "none",
      value,
      target: status.target ?? null,
      deviation: status.deviation,
      rag: status.rag,
      inProgress: progress,
    };
  });
  return { year, rows, monthsReported };
}
