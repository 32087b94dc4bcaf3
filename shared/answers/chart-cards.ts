/**
 * The charts Teams draws in a card (Adaptive Card 1.5 chart elements: `Chart.Line`,
 * `Chart.VerticalBar.Grouped`), made from the chart data in shared/charts. Each chart carries a
 * `fallback`: a FactSet with the same figures, one fact per series, for clients that do not draw
 * charts (they render the fallback in the chart's place). The card's table stays beside the
 * chart: it holds the deviation and the status words a chart cannot.
 *
 * How Teams draws them (read from the Agents Playground's renderer): x values that are strings
 * make a category axis, in the order they first appear across the series; a series draws a
 * point only where it has a value, so a year without a figure is left out, never drawn as 0.
 */
import type { Agreement } from "../agreement/schema";
import { type CategoryTrend, categoryTrend } from "../charts/category-trend";
import { type ChartSeries, reportsPerYearLabel, seriesLabel } from "../charts/palette";
import { type YearOverview, yearOverview } from "../charts/year-overview";
import { type Lang, t } from "../format/lang";
import { perTracker } from "../memo/per-tracker";
import { type CardElement, factSet } from "./card";
import type { AnswerContext } from "./types";
import { categoryName, n } from "./wording";

/** Teams' named chart colours (its renderer knows no others). */
const SERIES_COLOURS: Record<ChartSeries, string> = {
  reports: "categoricalBlue",
  target: "divergingGray",
  projection: "categoricalMarigold",
  baseline: "neutral",
};

interface Point {
  x: string;
  y: number;
}
interface Series {
  kind: ChartSeries;
  values: Point[];
}

function chartData(series: readonly Series[], lang: Lang): CardElement[] {
  return series
    .filter((s) => s.values.length > 0)
    .map((s) => ({ legend: seriesLabel(s.kind, lang), color: SERIES_COLOURS[s.kind], values: s.values }));
}

/** The fallback: each series as one fact, "2013: 71 · 2014: 63 …". */
function seriesFacts(series: readonly Series[], lang: Lang): CardElement {
  return factSet(
    series
      .filter((s) => s.values.length > 0)
      .map((s) => ({ title: seriesLabel(s.kind, lang), value: s.values.map((p) => `${p.x}: ${n(p.y, lang)}`).join(" · ") })),
  );
}

/**
 * A category's trend as a line chart: the måltal path from the baseline (its starting point,
 * reduced by 0 %) through each target year, the reports per year, and the year in progress's
 * projection joined to the last year reported. Drawn from the baseline year on.
 * Undefined when there is nothing to draw beside the baseline.
 */
export function trendChart(agreement: Agreement, trend: CategoryTrend, lang: Lang): CardElement | undefined {
  const years = trend.years.filter((y) => y.year >= trend.baselineYear);
  // The måltal series comes first: it holds every year of the agreement in order, so the axis does too.
  const target: Series = {
    kind: "target",
    values: years.flatMap((y) =>
      y.isBaseline ? [{ x: String(y.year), y: trend.baseline }] : y.target === null ? [] : [{ x: String(y.year), y: y.target }],
    ),
  };
  const reports: Series = {
    kind: "reports",
    values: years.flatMap((y) => (y.reports === null ? [] : [{ x: String(y.year), y: y.reports }])),
  };
  const projection: Series = { kind: "projection", values: [] };
  const projected = years.find((y) => y.projection !== null);
  if (projected && projected.projection !== null) {
    const before = years.find((y) => y.year === projected.year - 1);
    if (before && before.reports !== null) projection.values.push({ x: String(before.year), y: before.reports });
    projection.values.push({ x: String(projected.year), y: projected.projection });
  }
  if (reports.values.length + projection.values.length <= 1) return undefined;
  const series = [target, reports, projection];
  const name = categoryName(agreement, trend.category, lang);
  return {
    type: "Chart.Line",
    title: t(lang, `${name}: anmeldelser og måltal pr. år`, `${name}: reports and targets per year`),
    xAxisTitle: t(lang, "År", "Year"),
    yAxisTitle: reportsPerYearLabel(lang),
    data: chartData(series, lang),
    fallback: seriesFacts(series, lang),
  };
}

/**
 * A year's overview as grouped bars per category: the måltal, and the reports – or, while the
 * year is in progress, the projection – beside it. Undefined when no category has a måltal.
 */
export function overviewChart(agreement: Agreement, overview: YearOverview, lang: Lang): CardElement | undefined {
  const name = (category: string) => categoryName(agreement, category, lang);
  const target: Series = {
    kind: "target",
    values: overview.rows.flatMap((r) => (r.target === null ? [] : [{ x: name(r.category), y: r.target }])),
  };
  if (target.values.length === 0) return undefined;
  const valuesOf = (figure: "reports" | "projection"): Point[] =>
    overview.rows.flatMap((r) => (r.figure === figure && r.value !== null ? [{ x: name(r.category), y: r.value }] : []));
  // Måltal first, so every category is on the axis in the agreement's order.
  const series: Series[] = [
    target,
    { kind: "reports", values: valuesOf("reports") },
    { kind: "projection", values: valuesOf("projection") },
  ];
  return {
    type: "Chart.VerticalBar.Grouped",
    title: t(lang, `Anmeldelser mod måltal ${overview.year}`, `Reports against targets ${overview.year}`),
    xAxisTitle: t(lang, "Gerningstype", "Category"),
    yAxisTitle: t(lang, "Anmeldelser", "Reports"),
    data: chartData(series, lang),
    fallback: seriesFacts(series, lang),
  };
}

/** A category's trend chart for its card: none, or one element. Drawn once per tracker (the chart reads nothing else). */
export function trendChartFor(ctx: AnswerContext, categoryId: string, lang: Lang): readonly CardElement[] {
  return perTracker(ctx.tracker, ctx.agreement, `trend-chart|${categoryId}|${lang}`, () => {
    const trend = categoryTrend(ctx.agreement, ctx.tracker, categoryId);
    const chart = trend && trendChart(ctx.agreement, trend, lang);
    return chart ? [chart] : [];
  });
}

/** A year's overview chart for its card: none, or one element. Drawn once per tracker. */
export function overviewChartFor(ctx: AnswerContext, year: number, lang: Lang): readonly CardElement[] {
  return perTracker(ctx.tracker, ctx.agreement, `overview-chart|${year}|${lang}`, () => {
    const chart = overviewChart(ctx.agreement, yearOverview(ctx.agreement, ctx.tracker, year), lang);
    return chart ? [chart] : [];
  });
}
