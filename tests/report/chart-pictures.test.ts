/**
 * The charts drawn without a browser: ECharts' SVG, and resvg's PNG with its text set in DejaVu
 * Sans (resvg knows no system fonts). Text must show as ink in the picture, not as nothing.
 */
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { CHART_FONT_FILES, chartFontFile, chartSvg, drawCharts, svgToPng } from "../../documents/status-report/chart-pictures";
import { type ReportChart, reportCharts } from "../../shared/index";
import { sampleTracker } from "./fixtures";

/** Dark pixels (text, axis) in a band of rows of a PNG. */
function inkIn(png: Buffer, fromRow: number, toRow: number): number {
  const image = PNG.sync.read(png);
  let ink = 0;
  for (let y = fromRow; y < Math.min(toRow, image.height); y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if ((image.data[i] ?? 255) < 120 && (image.data[i + 1] ?? 255) < 120 && (image.data[i + 2] ?? 255) < 120) ink++;
    }
  }
  return ink;
}

const titleOnly: ReportChart = {
  id: "title",
  title: "Anmeldelser 2015 – måltal æøå",
  description: "",
  categories: [],
  yAxisName: "",
  series: [],
};

describe("chart pictures", () => {
  it("finds Debian's DejaVu Sans (fonts-dejavu-core)", () => {
    expect(chartFontFile(), `none of ${CHART_FONT_FILES.join(", ")}`).toBe("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  });

  it("sets the title's text in the PNG: ink where the title is, none without a font", () => {
    const svg = chartSvg(titleOnly);
    expect(svg).toContain("Anmeldelser 2015 – måltal æøå");
    const font = chartFontFile() ?? "";
    const drawn = svgToPng(svg, font);
    expect(drawn.width).toBe(1200);
    // The title sits in the top 30 CSS pixels (45 at 1.5 times the size).
    expect(inkIn(drawn.png, 0, 45)).toBeGreaterThan(500);
    // The same SVG with a font file that does not exist: resvg draws no text at all.
    const blank = svgToPng(svg, "/nonexistent/font.ttf");
    expect(inkIn(blank.png, 0, 45)).toBe(0);
  });

  it("draws the sample's 2015 charts from shared/charts: the overview's bars in their status colours", async () => {
    const { agreement, data } = await sampleTracker();
    const charts = reportCharts(agreement, data, 2015, "da");
    expect(charts.map((c) => c.id)).toEqual([
      "overview-2015",
      "trend-indbrud",
      "trend-tyverier",
      "trend-vold-trusler",
      "trend-haervaerk",
      "trend-narkotika",
      "trend-chikane",
    ]);
    const [overview] = charts;
    expect(overview?.series.map((s) => s.values)).toEqual([
      [58, 201, 65, 52, 45, 57],
      [62, 195, 58, 56, 42, 58],
    ]);
    const svg = chartSvg(overview as ReportChart);
    // The amber bar (Tyverier) and the red ones are drawn in the status colours of shared/charts.
    expect(svg).toContain("#C19C00");
    expect(svg).toContain("#C50F1F");
    expect(charts[1]?.categories).toEqual(["2012", "2013", "2014", "2015"]);
    expect(charts[1]?.series[0]?.values).toEqual([77, 71, 63, 58]);
  });

  it("without a font, gives SVGs but no pictures, and says why", async () => {
    const drawn = await drawCharts([titleOnly], ["/nonexistent/DejaVuSans.ttf"]);
    expect(drawn.svgs.get("title")).toContain("<svg");
    expect(drawn.pictures.size).toBe(0);
    expect(drawn.problem).toMatch(/fonts-dejavu-core/);
  });
});
