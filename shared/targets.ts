/**
 * Target figures (måltal): baseline × (1 − reduction), rounded half up to a whole number.
 *
 * Done in whole numbers: with floats 70 × 0.85 is 59.49999…, which would round to 59
 * where the agreement says 60. Reductions are kept to hundredths of a percent.
 */

import { crimeIndicators } from "./agreement/lookup";
import type { Agreement, CountReductionIndicator } from "./agreement/schema";

const SCALE = 10_000; // hundredths of a percent

export function targetFromBaseline(baseline: number, reductionPercent: number): number {
  if (!Number.isFinite(baseline) || !Number.isFinite(reductionPercent)) {
    throw new RangeError("baseline and reduction must be finite numbers");
  }
  if (reductionPercent < 0 || reductionPercent > 100) throw new RangeError("reduction must be between 0 and 100 %");
  const keep = SCALE - Math.round(reductionPercent * 100);
  // baseline × keep is a whole number for whole baselines; half up is floor(x + ½).
  return Math.floor((2 * baseline * keep + SCALE) / (2 * SCALE));
}

/** The target for one year, or undefined where the agreement sets none for that year. */
export function targetFor(indicator: CountReductionIndicator, year: number): number | undefined {
  const t = indicator.targets.find((x) => x.year === year);
  return t === undefined ? undefined : targetFromBaseline(indicator.baseline.value, t.reductionPercent);
}

export function reductionFor(indicator: CountReductionIndicator, year: number): number | undefined {
  return indicator.targets.find((x) => x.year === year)?.reductionPercent;
}

export interface CategoryTargets {
  category: string;
  baselineYear: number;
  baseline: number;
  /** year → { reduction %, target } in year order */
  targets: Array<{ year: number; reductionPercent: number; target: number }>;
}

export function targetTable(agreement: Agreement): CategoryTargets[] {
  return crimeIndicators(agreement).map((ind) => ({
    category: ind.category,
    baselineYear: ind.baseline.year,
    baseline: ind.baseline.value,
    targets: [...ind.targets]
      .sort((a, b) => a.year - b.year)
      .map((t) => ({
        year: t.year,
        reductionPercent: t.reductionPercent,
        target: targetFromBaseline(ind.baseline.value, t.reductionPercent),
      })),
  }));
}
