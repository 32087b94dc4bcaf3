/**
 * The charts Beregn måltal draws on the Måltal sheet: one line chart per category – reports against
 * the måltal per year from the baseline, and the year in progress's projection – each with the
 * small block of figures it is drawn from, beside the table. Made from shared/charts, so the
 * sheet's charts show what the bot's cards and the report show. No Office here: excel/ draws them.
 *
 * Each chart is named `Partnerskab.<category id>`: the add-in updates only charts with that
 * prefix and never touches a chart someone else made on the sheet.
 */
import {
  type Agreement,
  categoryById,
  categoryTrend,
  crimeIndicators,
  type Lang,
  type ProgressSources,
  SERIES_COLOURS,
  seriesLabel,
  t,
} from "../../shared/index";
import type { CellOut } from "./targets-sheet";

export const CHART_NAME_PREFIX = "Partnerskab.";

/** Where the figures and charts go: right of the table (columns A–N), one band of rows per category. */
const DATA_COL0 = 15; // column P
const CHART_COL0 = DATA_COL0 + 5; // column U
const CHART_COLS = 8;
const BAND_ROWS = 16;
const FIRST_ROW0 = 3; // beside the table's header row

export interface SheetChart {
  /** The chart's name in Excel: CHART_NAME_PREFIX + the category id. */
  name: string;
  title: string;
  /** The figures, from (row0, col0): a caption row, then the chart's source (series names in the first row, years in the first column). */
  block: { row0: number; col0: number; values: CellOut[][] };
  /** The chart's source: the block without its caption row. */
  source: { row0: number; col0: number; rows: number; cols: number };
  /** Where the chart sits: its top-left and bottom-right cells. */
  position: { row0: number; col0: number; rows: number; cols: number };
  /** Line colours, in the source's column order. */
  seriesColours: string[];
}

const SERIES = ["reports", "target", "projection"] as const;

export function buildTargetCharts(agreement: Agreement, tracker: ProgressSources, lang: Lang): SheetChart[] {
  const charts: SheetChart[] = [];
  for (const indicator of crimeIndicators(agreement)) {
    const trend = categoryTrend(agreement, tracker, indicator.category);
    if (!trend) continue;
    const name = categoryById(agreement, indicator.category)?.name[lang] ?? indicator.category;
    const years = trend.years.filter((y) => y.year >= trend.baselineYear);
    const rows: CellOut[][] = years.map((y, i) => {
      // The projection's line starts at the year before it, so it continues the reports' line.
      const next = years[i + 1];
      const projection = y.projection ?? (next?.projection !== null && next?.year === y.year + 1 ? (y.reports ?? "") : "");
      // Years as text: Excel then takes the first column as the axis, not as a series.
      return [String(y.year), y.reports ?? "", y.isBaseline ? trend.baseline : (y.target ?? ""), projection];
    });
    const row0 = FIRST_ROW0 + charts.length * BAND_ROWS;
    const values: CellOut[][] = [[name, "", "", ""], ["", ...SERIES.map((s) => seriesLabel(s, lang))], ...rows];
    charts.push({
      name: `${CHART_NAME_PREFIX}${indicator.category}`,
      title: t(lang, `${name}: anmeldelser og måltal`, `${name}: reports and targets`),
      block: { row0, col0: DATA_COL0, values },
      source: { row0: row0 + 1, col0: DATA_COL0, rows: values.length - 1, cols: 4 },
      position: { row0, col0: CHART_COL0, rows: BAND_ROWS - 1, cols: CHART_COLS },
      seriesColours: SERIES.map((s) => SERIES_COLOURS[s]),
    });
  }
  return charts;
}
