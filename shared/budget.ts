/**
 * The agreement's money: the amounts set aside per year, and lines for a span of years that
 * the agreement words without a yearly split (Amager's secretariat: "0,3 mio. kr. … i perioden
 * 2013 til 2016", per year or in all is not said). Those are quoted as worded and never summed.
 */
import type { Agreement, BudgetLine } from "./agreement/schema";
import { type Lang, t } from "./format/lang";
import { listText } from "./format/list";
import { formatKr } from "./format/numbers";

export interface BudgetSummary {
  /** Lines for a single year, summed by year, in year order. */
  byYear: Array<{ year: number; amountKr: number; lines: BudgetLine[] }>;
  /** Lines for a span of years without a yearly split (e.g. the secretariat 2013–2016): never in a total. */
  spanning: BudgetLine[];
  /** The single-year lines summed; the spanning lines are not in it. */
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
  const totalKr = years.reduce((s, y) => s + y.amountKr, 0);
  return { byYear: years, spanning, totalKr };
}

/** Allocation for one year from single-year lines (spanning lines have no yearly split). */
export function allocationForYear(agreement: Agreement, year: number): number {
  return agreement.budget.filter((l) => l.year === year).reduce((s, l) => s + l.amountKr, 0);
}

/**
 * The single-year lines by label: "Partnerskabets aktiviteter: 750.000 kr. i 2014, 1.500.000 kr. i
 * 2015 og 1.500.000 kr. i 2016 (i alt ifølge aftalen 3.750.000 kr.)".
 */
export function yearlyBudgetTexts(agreement: Agreement, lang: Lang): string[] {
  const byLabel = new Map<string, BudgetLine[]>();
  for (const line of agreement.budget) {
    if (line.year === undefined) continue;
    byLabel.set(line.label[lang], [...(byLabel.get(line.label[lang]) ?? []), line]);
  }
  return [...byLabel.entries()].map(([label, lines]) => {
    const sorted = [...lines].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    const amounts = sorted.map((l) => t(lang, `${formatKr(l.amountKr, lang)} i ${l.year}`, `${formatKr(l.amountKr, lang)} in ${l.year}`));
    const total = sorted.reduce((s, l) => s + l.amountKr, 0);
    const sum =
      sorted.length > 1
        ? t(lang, ` (i alt ifølge aftalen ${formatKr(total, lang)})`, ` (${formatKr(total, lang)} in all under the agreement)`)
        : "";
    return `${label}: ${listText(amounts, lang)}${sum}`;
  });
}

/**
 * A line for a span of years as the agreement words it, quoted, and why it is not added to the
 * yearly amounts; without the agreement's words, its amount and span.
 */
export function spanningBudgetText(line: BudgetLine, lang: Lang): string {
  if (line.wording) {
    return t(
      lang,
      `${line.label.da}: »${line.wording.da}« (aftalens ordlyd; om beløbet gælder pr. år eller i alt, står der ikke, så det lægges ikke sammen med resten)`,
      `${line.label.en}: "${line.wording.en}" (the agreement's wording, translated; it does not say whether the amount is per year or in all, so it is not added to the rest)`,
    );
  }
  return `${line.label[lang]} ${line.fromYear}–${line.toYear}: ${formatKr(line.amountKr, lang)}`;
}

/** Every money line in words: the yearly amounts, then each span as worded. */
export function budgetTexts(agreement: Agreement, lang: Lang): string[] {
  return [...yearlyBudgetTexts(agreement, lang), ...budgetSummary(agreement).spanning.map((l) => spanningBudgetText(l, lang))];
}
