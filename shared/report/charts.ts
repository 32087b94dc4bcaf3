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

import type { Agreement } from "../agreement/schema";
import type { Lang } from "../format/lang";
import type { TrackerData } from "../tracker/types";

/** The crime section's charts. (Drawn from shared/charts once it is on main.) */
export function reportCharts(_agreement: Agreement, _tracker: TrackerData, _year: number, _lang: Lang): ReportChart[] {
  return [];
}
