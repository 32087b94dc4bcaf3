/** The agreement's money: allocation per year and for the whole period. */
import type { Agreement, BudgetLine } from "./agreement/schema";

export interface BudgetSummary {
  /** Lines for a single year, summed by year, in year order. */
  byYear: Array<{ year: number; amountKr: number; lines: BudgetLine[] }>;
  /** Lines for a span of years without a yearly split (e.g. the secretariat 2013–2016). */
  spanning: BudgetLine[];
  totalKr: number;
}

export function budgetSummary(agreement: Agreement): BudgetSummary {
  const byYear = new Map<number, BudgetLine[]>();
  const spanning: BudgetLine[] = [];
  for (const line of agreement.budget) {
    if (line.year !== undefined) byYear.set(line.year, [...(byYear.get(line.year) ?? []), line]);
    else spanning.push(line);
  }
  const years = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, lines]) => ({ year, lines, amountKr: lines.reduce((s, l) => s + l.amountKr, 0) }));
  const totalKr = agreement.budget.reduce((s, l) => s + l.amountKr, 0);
  return { byYear: years, spanning, totalKr };
}

/** Allocation for one year from single-year lines (spanning lines have no yearly split). */
export function allocationForYear(agreement: Agreement, year: number): number {
  return agreement.budget.filter((l) => l.year === year).reduce((s, l) => s + l.amountKr, 0);
}
