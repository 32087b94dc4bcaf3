import { categoryById, crimeIndicators } from "../agreement/lookup";
import type { Agreement } from "../agreement/schema";
import { categoryTrend } from "../charts/category-trend";
import { RAG_COLOURS, reportsPerYearLabel, SERIES_COLOURS, seriesLabel } from "../charts/palette";
import { yearOverview } from "../charts/year-overview";
import { type Lang, t } from "../format/lang";
import { formatNumber } from "../format/numbers";
import { ragStatusWord } from "../format/rag-words";
import type { TrackerData } from "../tracker/types";

/**
 * The report's charts as drawing specs: axis labels, series and colours, worded in the report's
 * language. The numbers come from shared/charts (the one home of chart data); this only says how
 * the report draws them, so the Word pictures and the HTML page's SVG are the same chart.
 */

export interface ChartSeriesSpec {
  name: string;
  /** One value per category on the x axis; null where there is nothing to draw. */
  values: Array<number | null>;
  style: "bar" | "line" | "dashed-line";
  /** The series' colour, as hex. */
  colour: string;
  /** Per point, where each bar has its own colour (a status). */
  pointColours?: string[];
}

export interface ReportChart {
  /** Safe in a file name: "overview-2015", "trend-indbrud". */
  id: string;
  title: string;
  /** The chart in words, for whoever cannot see it (alt text, and read back by tests). */
  description: string;
  categories: string[];
  yAxisName: string;
  series: ChartSeriesSpec[];
}

const num = (v: number | null, lang: Lang) => (v === null ? "–" : formatNumber(v, lang));

/**
 * The crime section's charts: the year's overview (reports, or the projection of a year in
 * progress, against the måltal, each bar in its status colour), then each category's path from
 * the baseline to the report's year. The numbers are shared/charts'; only the drawing is chosen here.
 */
export function reportCharts(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang): ReportChart[] {
  const name = (id: string) => categoryById(agreement, id)?.name[lang] ?? id;
  const overview = yearOverview(agreement, tracker, year);
  if (overview.rows.length === 0) return [];
  const projected = overview.rows.some((r) => r.figure === "projection");
  const valueSeries = projected ? seriesLabel("projection", lang) : seriesLabel("reports", lang);
  const charts: ReportChart[] = [
    {
      id: `overview-${year}`,
      title: projected
        ? t(lang, `Anmeldelser ${year}, fremskrevet, mod måltal`, `Reports ${year}, projected, against targets`)
        : t(lang, `Anmeldelser ${year} mod måltal`, `Reports ${year} against targets`),
      description: `${t(lang, "Søjlediagram", "Bar chart")}: ${overview.rows
        .map((r) =>
          t(
            lang,
            `${name(r.category)} ${num(r.value, lang)} (måltal ${num(r.target, lang)}, ${ragStatusWord(r.rag, lang).toLowerCase()})`,
            `${name(r.category)} ${num(r.value, lang)} (target ${num(r.target, lang)}, ${ragStatusWord(r.rag, lang).toLowerCase()})`,
          ),
        )
        .join("; ")}.`,
      categories: overview.rows.map((r) => name(r.category)),
      yAxisName: t(lang, "Anmeldelser", "Reports"),
      series: [
        {
          name: valueSeries,
          style: "bar",
          colour: SERIES_COLOURS.reports,
          values: overview.rows.map((r) => r.value),
          pointColours: overview.rows.map((r) => RAG_COLOURS[r.rag]),
        },
        { name: seriesLabel("target", lang), style: "bar", colour: SERIES_COLOURS.target, values: overview.rows.map((r) => r.target) },
      ],
    },
  ];
  for (const indicator of crimeIndicators(agreement)) {
    const trend = categoryTrend(agreement, tracker, indicator.category);
    if (!trend) continue;
    const years = trend.years.filter((y) => y.year <= year);
    const hasProjection = years.some((y) => y.projection !== null);
    const series: ChartSeriesSpec[] = [
      { name: seriesLabel("reports", lang), style: "line", colour: SERIES_COLOURS.reports, values: years.map((y) => y.reports) },
      { name: seriesLabel("target", lang), style: "dashed-line", colour: SERIES_COLOURS.target, values: years.map((y) => y.target) },
    ];
    if (hasProjection)
      series.push({
        name: seriesLabel("projection", lang),
        style: "dashed-line",
        colour: SERIES_COLOURS.projection,
        values: years.map((y) => y.projection),
      });
    const first = years[0]?.year;
    const last = years[years.length - 1]?.year;
    charts.push({
      id: `trend-${indicator.category}`,
      title: `${name(indicator.category)} ${first}–${last}`,
      description: `${t(lang, "Linjediagram", "Line chart")}, ${name(indicator.category)}: ${years
        .map((y) =>
          y.projection !== null
            ? t(lang, `${y.year} fremskrevet ${num(y.projection, lang)}`, `${y.year} projected ${num(y.projection, lang)}`)
            : `${y.year} ${num(y.reports, lang)}${y.target === null ? "" : t(lang, ` (måltal ${num(y.target, lang)})`, ` (target ${num(y.target, lang)})`)}`,
        )
        .join("; ")}.`,
      categories: years.map((y) => String(y.year)),
      yAxisName: reportsPerYearLabel(lang),
      series,
    });
  }
  return charts;
}
