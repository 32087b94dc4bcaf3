/**
 * The money: what was allocated and spent per year up to the report's year. Lines the agreement
 * gives for a span of years without a yearly split are quoted beside the table, never added in.
 */
import type { Agreement } from "../../agreement/schema";
import { allocationForYear, budgetSummary, spanningBudgetText } from "../../budget";
import { type Lang, t } from "../../format/lang";
import { formatKr } from "../../format/numbers";
import type { TrackerData } from "../../tracker/types";
import type { ReportBlock, ReportCell } from "../document";
import { textCell } from "../words";

export interface MoneyYear {
  year: number;
  allocatedKr: number | null;
  spentKr: number | null;
}

/** Every year up to the report's that has an allocation or a spending figure. */
export function moneyYears(agreement: Agreement, tracker: TrackerData, year: number): MoneyYear[] {
  const rows = new Map(tracker.budget.map((b) => [b.year, b]));
  const years = new Set<number>([...budgetSummary(agreement).byYear.map((y) => y.year), ...rows.keys()]);
  return [...years]
    .filter((y) => y <= year)
    .sort((a, b) => a - b)
    .map((y) => {
      const row = rows.get(y);
      const fromAgreement = allocationForYear(agreement, y);
      return { year: y, allocatedKr: row?.allocatedKr ?? (fromAgreement > 0 ? fromAgreement : null), spentKr: row?.spentKr ?? null };
    });
}

const kr = (v: number | null, lang: Lang): ReportCell => ({ text: v === null ? "–" : formatKr(v, lang), numeric: true });

export function moneySummary(years: readonly MoneyYear[], year: number, lang: Lang): string | undefined {
  const row = years.find((y) => y.year === year);
  if (!row || row.allocatedKr === null) return undefined;
  if (row.spentKr === null)
    return t(
      lang,
      `Der er afsat ${formatKr(row.allocatedKr, "da")} i ${year}; forbruget mangler i trackeren.`,
      `${formatKr(row.allocatedKr, "en")} was set aside for ${year}; the spending is missing from the tracker.`,
    );
  // The amount in kroner ends in "kr.", so the sentence must not end with it.
  return t(
    lang,
    `I ${year} er der brugt ${formatKr(row.spentKr, "da")} af de ${formatKr(row.allocatedKr, "da")}, der var afsat.`,
    `In ${year}, ${formatKr(row.spentKr, "en")} was spent of the ${formatKr(row.allocatedKr, "en")} set aside.`,
  );
}

export function moneyBlocks(agreement: Agreement, years: readonly MoneyYear[], year: number, lang: Lang): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const summary = moneySummary(years, year, lang);
  if (summary) blocks.push({ kind: "paragraph", text: summary });
  if (years.length > 0) {
    blocks.push({
      kind: "table",
      table: {
        caption: t(lang, "Afsat og forbrugt pr. år", "Set aside and spent per year"),
        header: [t(lang, "År", "Year"), t(lang, "Afsat", "Set aside"), t(lang, "Forbrugt", "Spent"), t(lang, "Tilbage", "Remaining")],
        rows: years.map((y) => {
          const remaining = y.allocatedKr !== null && y.spentKr !== null ? y.allocatedKr - y.spentKr : null;
          return [
            textCell(String(y.year)),
            kr(y.allocatedKr, lang),
            kr(y.spentKr, lang),
            remaining === null ? kr(null, lang) : { ...kr(remaining, lang), rag: remaining < 0 ? "red" : "green" },
          ];
        }),
      },
    });
  } else {
    blocks.push({
      kind: "paragraph",
      text: t(
        lang,
        "Hverken aftalen eller trackeren har tal for økonomien.",
        "Neither the agreement nor the tracker has figures for the money.",
      ),
    });
  }
  // As the agreement words it (shared/budget.ts), never added to the yearly amounts.
  for (const line of budgetSummary(agreement).spanning) blocks.push({ kind: "note", text: spanningBudgetText(line, lang) });
  return blocks;
}
