/**
 * Drawing the add-in's charts on a sheet it writes: each chart's figures written beside the
 * table, and the chart made once and then updated in place (its source and title set again;
 * where it sits and how it looks are set only when it is made), so a chart someone moved,
 * resized or restyled keeps that. Only charts named with the
 * add-in's prefix are touched; one of ours whose category is gone is removed.
 */
import { CHART_NAME_PREFIX, type SheetChart } from "../core/targets-charts";

const cellAt = (sheet: Excel.Worksheet, row0: number, col0: number) => sheet.getRangeByIndexes(row0, col0, 1, 1);

/**
 * Queues the charts' figures and the charts on `sheet`. On a sheet that may already hold charts
 * (not one added in this batch) their names are read first: one more round trip.
 */
export async function queueSheetCharts(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  charts: readonly SheetChart[],
  options: { isNew: boolean },
): Promise<void> {
  for (const chart of charts) {
    const { row0, col0, values } = chart.block;
    sheet.getRangeByIndexes(row0, col0, values.length, values[0]?.length ?? 0).values = values;
    cellAt(sheet, row0, col0).format.font.bold = true;
  }
  const ours = new Map<string, Excel.Chart>();
  if (!options.isNew) {
    sheet.charts.load("items/name");
    await context.sync();
    for (const chart of sheet.charts.items) if (chart.name.startsWith(CHART_NAME_PREFIX)) ours.set(chart.name, chart);
  }
  for (const spec of charts) {
    const { row0, col0, rows, cols } = spec.source;
    const source = sheet.getRangeByIndexes(row0, col0, rows, cols);
    let chart = ours.get(spec.name);
    if (chart) {
      chart.setData(source, "Columns");
      ours.delete(spec.name);
    } else {
      chart = sheet.charts.add("LineMarkers", source, "Columns");
      chart.name = spec.name;
      chart.legend.position = "Bottom";
      const at = spec.position;
      chart.setPosition(cellAt(sheet, at.row0, at.col0), cellAt(sheet, at.row0 + at.rows - 1, at.col0 + at.cols - 1));
      const added = chart;
      spec.seriesColours.forEach((colour, i) => {
        added.series.getItemAt(i).format.line.color = colour;
      });
    }
    chart.title.text = spec.title;
  }
  // Ours, for a category the agreement no longer has.
  for (const stale of ours.values()) stale.delete();
}
