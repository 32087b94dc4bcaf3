/**
 * `Måneder` (Months), optional: the year in progress, month by month. One row per category and
 * year, `Gerningstype | År | Jan … Dec`, each month the number of reports (anmeldelser) or empty
 * while not reported yet. The figures behind the year to date and the projection (shared/progress).
 */
import type { LocalizedText } from "../../agreement/schema";
import type { MonthlyCrime } from "../../progress/year-in-progress";
import { readMonths } from "../read-months";
import { type ColumnSpec, column, type SheetSpec } from "../sheet-spec";
import { categoryColumn } from "./category-column";
import { yearColumn } from "./year-column";

/** The month columns' headers: short names, and the full ones and numbers also accepted. */
const MONTH_HEADERS: ReadonlyArray<{ short: LocalizedText; full: LocalizedText; more?: readonly string[] }> = [
  { short: { da: "Jan", en: "Jan" }, full: { da: "januar", en: "January" } },
  { short: { da: "Feb", en: "Feb" }, full: { da: "februar", en: "February" } },
  { short: { da: "Mar", en: "Mar" }, full: { da: "marts", en: "March" } },
  { short: { da: "Apr", en: "Apr" }, full: { da: "april", en: "April" } },
  { short: { da: "Maj", en: "May" }, full: { da: "maj", en: "May" } },
  { short: { da: "Jun", en: "Jun" }, full: { da: "juni", en: "June" } },
  { short: { da: "Jul", en: "Jul" }, full: { da: "juli", en: "July" } },
  { short: { da: "Aug", en: "Aug" }, full: { da: "august", en: "August" } },
  { short: { da: "Sep", en: "Sep" }, full: { da: "september", en: "September" }, more: ["sept"] },
  { short: { da: "Okt", en: "Oct" }, full: { da: "oktober", en: "October" } },
  { short: { da: "Nov", en: "Nov" }, full: { da: "november", en: "November" } },
  { short: { da: "Dec", en: "Dec" }, full: { da: "december", en: "December" } },
];

/** The key of month 1–12's column. */
export const monthKey = (month: number): string => `m${month}`;

export const monthColumns: readonly ColumnSpec[] = MONTH_HEADERS.map((m, i) =>
  column({
    key: monthKey(i + 1),
    da: m.short.da,
    en: m.short.en,
    aliases: [...new Set([m.full.da, m.full.en, ...(m.more ?? []), String(i + 1)])],
    required: true,
    kind: "count",
    width: 6,
  }),
);

export const monthsSheet: SheetSpec<"months", "crimeByMonth", MonthlyCrime> = {
  id: "months",
  da: "Måneder",
  en: "Months",
  aliases: ["maaneder", "månedstal", "monthly figures", "monthly"],
  required: false,
  columns: [categoryColumn, yearColumn, ...monthColumns],
  slot: "crimeByMonth",
  read: readMonths,
  empty: () => new Map(),
  template: {
    notes: () => [
      {
        cell: "C1",
        text: "Antal anmeldelser pr. måned fra Københavns Politi. Lad måneder, der ikke er indberettet endnu, stå tomme; et år med alle 12 måneder tæller som årets tal, hvis Kriminalitet ikke har et.",
      },
    ],
  },
};
