/**
 * `Kriminalitet` (Crime), required: A1 `Gerningstype`, one column per year, one row per category
 * with the number of reports (anmeldelser). The template prefills the agreement's baselines.
 */
import { categoryById, crimeIndicators, figureYears } from "../../agreement/lookup";
import type { Agreement } from "../../agreement/schema";
import type { YearFigures } from "../../status";
import { columnLetter } from "../a1";
import { readCrime } from "../read-crime";
import { type SheetSpec, type TemplateCell, templateColumn } from "../sheet-spec";
import { categoryColumn as category } from "./category-column";

function templateYears(agreement: Agreement): number[] {
  const { from, to } = figureYears(agreement);
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

export const crimeSheet: SheetSpec<"crime", "crime", ReadonlyMap<string, YearFigures>> = {
  id: "crime",
  da: "Kriminalitet",
  en: "Crime",
  aliases: ["anmeldelser", "reports"],
  required: true,
  columns: [category],
  openColumns: { header: { da: "ét årstal pr. kolonne: `2012`, `2013`, …", en: "one year per column" }, kind: "count", required: true },
  slot: "crime",
  read: readCrime,
  empty: () => new Map(),
  template: {
    columns: (agreement) => [
      // Room for every category row, and some to spare for the working group's own.
      { ...templateColumn(category, agreement), dropDownToRow: Math.max(50, crimeIndicators(agreement).length + 1) },
      ...templateYears(agreement).map((year) => ({ header: year, width: 10, kind: "count" as const })),
    ],
    rows: (agreement) => {
      const years = templateYears(agreement);
      return crimeIndicators(agreement).map((ind): TemplateCell[] => [
        categoryById(agreement, ind.category)?.name.da ?? ind.category,
        ...years.map((y) => (y === ind.baseline.year ? ind.baseline.value : null)),
      ]);
    },
    notes: (agreement) => {
      const years = templateYears(agreement);
      const baselineYears = [...new Set(crimeIndicators(agreement).map((i) => i.baseline.year))];
      return baselineYears.map((y) => ({
        cell: `${columnLetter(1 + years.indexOf(y))}1`,
        text: crimeIndicators(agreement).some((i) => i.baseline.year === y && i.illustrative)
          ? `Baseline ${y}: illustrative tal, ikke fra partnerskabsaftalen. Ret ikke tallene i denne kolonne.`
          : `Baseline ${y} fra partnerskabsaftalen. Ret ikke tallene i denne kolonne.`,
      }));
    },
  },
};
