/**
 * The words and colours every chart shares: series labels (Danish first, per the language
 * review: »Anmeldelser«, »Måltal«, »Fremskrivning«) and the colours of the series and of the
 * RAG statuses, as hex for clients that take a colour (Excel, the report's pictures).
 */
import { type Lang, t } from "../format/lang";
import type { Rag } from "../status";

export type ChartSeries = "reports" | "target" | "projection" | "baseline";

const SERIES_LABELS: Record<ChartSeries, Record<Lang, string>> = {
  reports: { da: "Anmeldelser", en: "Reports" },
  target: { da: "Måltal", en: "Target" },
  projection: { da: "Fremskrivning", en: "Projection" },
  baseline: { da: "Baseline", en: "Baseline" },
};

/** "Anmeldelser" / "Reports", "Måltal" / "Target" … : a series' name in a legend or an axis. */
export function seriesLabel(series: ChartSeries, lang: Lang): string {
  return SERIES_LABELS[series][lang];
}

/** "Anmeldelser pr. år" / "Reports per year": the value axis of a trend. */
export function reportsPerYearLabel(lang: Lang): string {
  return t(lang, "Anmeldelser pr. år", "Reports per year");
}

/** Series colours (Fluent-like, readable on white and when printed in grey). */
export const SERIES_COLOURS: Readonly<Record<ChartSeries, string>> = {
  reports: "#0F6CBD",
  target: "#616161",
  projection: "#8764B8",
  baseline: "#A19F9D",
};

/** A status as a strong colour for a bar or a marker (the Excel sheet's pale fills are for cells). */
export const RAG_COLOURS: Readonly<Record<Rag, string>> = {
  green: "#107C10",
  amber: "#C19C00",
  red: "#C50F1F",
  grey: "#8A8886",
};
