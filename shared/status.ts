/**
 * How an indicator stands in a year against the agreement, given the figures so far.
 * RAG colours: green = target met; amber = missed by at most 5 %; red = missed by more;
 * grey = no figure yet. All comparisons are exact (whole-number arithmetic), so "exactly
 * 5 % over" is amber on every machine.
 */
import type {
  CountReductionIndicator,
  CountTowardNormalIndicator,
  PercentageCeilingIndicator,
  ScaleLevelIndicator,
} from "./agreement/schema";
import { targetFor } from "./targets";

export type Rag = "green" | "amber" | "red" | "grey";

/** Figures by year; null or missing means not known yet. */
export type YearFigures = ReadonlyMap<number, number | null>;

export const AMBER_TOLERANCE_PERCENT = 5;

/** RAG for a value that must be at or below a ceiling. */
export function ragForCeiling(actual: number | null | undefined, ceiling: number): Rag {
  if (actual === null || actual === undefined || !Number.isFinite(actual)) return "grey";
  if (actual <= ceiling) return "green";
  // actual ≤ ceiling × 1.05, kept in whole numbers: 100·actual ≤ 105·ceiling
  return actual * 100 <= ceiling * (100 + AMBER_TOLERANCE_PERCENT) ? "amber" : "red";
}

export interface CountStatus {
  indicator: string;
  year: number;
  /** The target for the year; undefined when the agreement sets none for it. */
  target: number | undefined;
  reductionPercent: number | undefined;
  baselineYear: number;
  baseline: number;
  actual: number | null;
  met: boolean | null;
  /** actual − target (negative = under the target) */
  deviation: number | null;
  deviationPercent: number | null;
  /** actual − baseline */
  changeFromBaseline: number | null;
  changeFromBaselinePercent: number | null;
  rag: Rag;
}

function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}

export function countStatusForFigure(ind: CountReductionIndicator, year: number, actual: number | null): CountStatus {
  const target = targetFor(ind, year);
  const reductionPercent = ind.targets.find((t) => t.year === year)?.reductionPercent;
  const known = actual !== null && Number.isFinite(actual);
  const base = ind.baseline.value;
  return {
    indicator: ind.category,
    year,
    target,
    reductionPercent,
    baselineYear: ind.baseline.year,
    baseline: base,
    actual: known ? actual : null,
    met: known && target !== undefined ? actual <= target : null,
    deviation: known && target !== undefined ? actual - target : null,
    deviationPercent: known && target !== undefined ? percentOf(actual - target, target) : null,
    changeFromBaseline: known ? actual - base : null,
    changeFromBaselinePercent: known ? percentOf(actual - base, base) : null,
    rag: target === undefined ? "grey" : ragForCeiling(known ? actual : null, target),
  };
}

/** The latest year with a figure, or undefined. */
export function latestFigureYear(figures: YearFigures, upTo?: number): number | undefined {
  let latest: number | undefined;
  for (const [y, v] of figures) {
    if (v === null || v === undefined) continue;
    if (upTo !== undefined && y > upTo) continue;
    if (latest === undefined || y > latest) latest = y;
  }
  return latest;
}

export interface CountStatusWithFallback {
  asked: CountStatus;
  /** When the asked year has no figure: the status of the latest year that has one. */
  latest?: CountStatus;
}

export function countStatus(ind: CountReductionIndicator, figures: YearFigures, year: number): CountStatusWithFallback {
  const asked = countStatusForFigure(ind, year, figures.get(year) ?? null);
  if (asked.actual !== null) return { asked };
  const latestYear = latestFigureYear(figures, year) ?? latestFigureYear(figures);
  if (latestYear === undefined) return { asked };
  return { asked, latest: countStatusForFigure(ind, latestYear, figures.get(latestYear) ?? null) };
}

export interface ScaleStatus {
  indicator: string;
  year: number;
  level: string | null;
  goal: string;
  met: boolean | null;
  /** Levels above the goal (0 when met); null without a figure. */
  stepsAboveGoal: number | null;
  rag: Rag;
}

/** Safety index: green at or below the goal level, amber one level above, red more. */
export function scaleStatus(ind: ScaleLevelIndicator, year: number, level: string | null): ScaleStatus {
  const order = ind.scale.map((s) => s.id);
  const goalIndex = order.indexOf(ind.goal.atMost);
  const index = level === null ? -1 : order.indexOf(level);
  if (index < 0) return { indicator: ind.id, year, level: null, goal: ind.goal.atMost, met: null, stepsAboveGoal: null, rag: "grey" };
  const steps = Math.max(0, index - goalIndex);
  return {
    indicator: ind.id,
    year,
    level,
    goal: ind.goal.atMost,
    met: steps === 0,
    stepsAboveGoal: steps,
    rag: steps === 0 ? "green" : steps === 1 ? "amber" : "red",
  };
}

/** Which way a figure went: fewer, as many, more. */
export type Direction = "down" | "same" | "up";

export function directionOf(change: number): Direction {
  return change < 0 ? "down" : change > 0 ? "up" : "same";
}

export interface TowardNormalStatus {
  indicator: string;
  year: number;
  actual: number | null;
  baseline: number;
  baselineYear: number;
  normalLevel: number | undefined;
  changeFromBaseline: number | null;
  /** From the baseline; null without a figure. */
  direction: Direction | null;
  /** At or below the normal level, only when the agreement names one; null otherwise. */
  atOrBelowNormal: boolean | null;
}

/**
 * SSP activations must fall toward a normal level. Amager's agreement names no number for
 * "normal", so there is no met or not met, and no colour: only the count against the baseline
 * and which way it went. Only an agreement that names a normal level gets a comparison with it.
 */
export function towardNormalStatus(ind: CountTowardNormalIndicator, year: number, actual: number | null): TowardNormalStatus {
  const known = actual !== null && Number.isFinite(actual);
  const change = known ? actual - ind.baseline.value : null;
  return {
    indicator: ind.id,
    year,
    baseline: ind.baseline.value,
    baselineYear: ind.baseline.year,
    normalLevel: ind.normalLevel,
    actual: known ? actual : null,
    changeFromBaseline: change,
    direction: change === null ? null : directionOf(change),
    atOrBelowNormal: !known || ind.normalLevel === undefined ? null : actual <= ind.normalLevel,
  };
}

export interface PercentageStatus {
  indicator: string;
  year: number;
  actual: number | null;
  ceiling: number;
  met: boolean | null;
  rag: Rag;
}

export function percentageStatus(ind: PercentageCeilingIndicator, year: number, actual: number | null): PercentageStatus {
  const rag = ragForCeiling(actual, ind.ceiling);
  return {
    indicator: ind.id,
    year,
    actual: rag === "grey" ? null : actual,
    ceiling: ind.ceiling,
    met: rag === "grey" ? null : rag === "green",
    rag,
  };
}
