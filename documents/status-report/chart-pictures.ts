/**
 * The report's charts drawn without a browser: ECharts renders each chart spec to SVG on the
 * server (the HTML page embeds that SVG), and resvg turns the same SVG into the PNG the Word
 * document carries. resvg knows no system fonts unless told, so it is given DejaVu Sans (Debian's
 * fonts-dejavu-core); without that font the pictures are left out and the caller is told why.
 */
import { existsSync } from "node:fs";
import { Resvg, type ResvgRenderOptions, renderAsync } from "@resvg/resvg-js";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
// Only the parts the report draws, installed into echarts/core: the barrels load every chart type.
import "echarts/lib/chart/bar";
import "echarts/lib/chart/line";
import "echarts/lib/component/grid";
import "echarts/lib/component/legend";
import "echarts/lib/component/title";
import type { ReportChart } from "../../shared/index";

echarts.use([SVGRenderer]);

export const CHART_FONT_FAMILY = "DejaVu Sans";

/** Where Linux distributions put DejaVu Sans; the first that exists is used. */
export const CHART_FONT_FILES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", // Debian, Ubuntu (fonts-dejavu-core)
  "/usr/share/fonts/dejavu/DejaVuSans.ttf", // Fedora, Alpine
  "/usr/share/fonts/TTF/DejaVuSans.ttf", // Arch
];

/** The chart's size in CSS pixels; the PNG is drawn at 1.5 times that for print. */
export const CHART_SIZE = { width: 800, height: 400 } as const;
// 1200 pixels across 16 cm of page: about 190 dpi, sharp in print, and half the pixels of 2×.
const PNG_SCALE = 1.5;

export interface ChartPicture {
  id: string;
  svg: string;
  png: Buffer;
  /** The PNG's size in pixels. */
  width: number;
  height: number;
}

export function chartFontFile(candidates: readonly string[] = CHART_FONT_FILES): string | undefined {
  return candidates.find((path) => existsSync(path));
}

/** The ECharts option for a chart spec: titles, axes and series, no animation. */
export function chartOption(chart: ReportChart): Record<string, unknown> {
  return {
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    title: { text: chart.title, left: "center", textStyle: { fontSize: 18, fontWeight: "normal", color: "#242424" } },
    legend: { top: 34, data: chart.series.map((s) => s.name) },
    grid: { left: 56, right: 24, top: 80, bottom: 48 },
    xAxis: { type: "category", data: chart.categories, axisLabel: { interval: 0, color: "#424242" } },
    // Bars start at zero; a line chart's axis fits its values, so a path from 77 to 58 is seen.
    yAxis: {
      type: "value",
      scale: chart.series.every((s) => s.style !== "bar"),
      name: chart.yAxisName,
      nameTextStyle: { color: "#424242", align: "left" },
      axisLabel: { color: "#424242" },
    },
    series: chart.series.map((s) => {
      if (s.style === "bar") {
        return {
          name: s.name,
          type: "bar",
          itemStyle: { color: s.colour },
          label: { show: true, position: "top", color: "#242424" },
          data: s.values.map((value, i) => {
            const colour = s.pointColours?.[i];
            return colour ? { value, itemStyle: { color: colour } } : value;
          }),
        };
      }
      return {
        name: s.name,
        type: "line",
        connectNulls: false,
        symbolSize: 8,
        itemStyle: { color: s.colour },
        lineStyle: { color: s.colour, width: 2, type: s.style === "dashed-line" ? "dashed" : "solid" },
        data: s.values,
      };
    }),
  };
}

/** The chart as an SVG document (what the HTML page embeds). */
export function chartSvg(chart: ReportChart): string {
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width: CHART_SIZE.width, height: CHART_SIZE.height });
  try {
    instance.setOption(chartOption(chart));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

function pngOptions(fontFile: string): ResvgRenderOptions {
  return {
    font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
    fitTo: { mode: "width", value: CHART_SIZE.width * PNG_SCALE },
    background: "#ffffff",
  };
}

/** An SVG as a PNG at 1.5 times its size, its text set in the given font file. */
export function svgToPng(svg: string, fontFile: string): { png: Buffer; width: number; height: number } {
  const rendered = new Resvg(svg, pngOptions(fontFile)).render();
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
}

export interface DrawnCharts {
  /** By chart id. */
  svgs: Map<string, string>;
  /** By chart id; empty when no font was found. */
  pictures: Map<string, ChartPicture>;
  /** Why there are no pictures, when there are none. */
  problem?: string;
}

/** Every chart as SVG, by chart id. */
export function chartSvgs(charts: readonly ReportChart[]): Map<string, string> {
  return new Map(charts.map((c) => [c.id, chartSvg(c)] as const));
}

/**
 * Every chart as SVG, and as PNG when a font for its text is at hand. The PNGs are drawn off the
 * main thread (resvg's renderAsync, libuv's pool), side by side: most of a report's time is here.
 */
export async function drawCharts(charts: readonly ReportChart[], fontFiles: readonly string[] = CHART_FONT_FILES): Promise<DrawnCharts> {
  const svgs = chartSvgs(charts);
  const pictures = new Map<string, ChartPicture>();
  if (charts.length === 0) return { svgs, pictures };
  const font = chartFontFile(fontFiles);
  if (!font) {
    return {
      svgs,
      pictures,
      problem: `no font for the charts' text (looked for ${fontFiles.join(", ")}; on Debian: apt-get install fonts-dejavu-core); the Word document describes each chart in words instead`,
    };
  }
  const options = pngOptions(font);
  await Promise.all(
    charts.map(async (chart) => {
      const svg = svgs.get(chart.id) ?? "";
      const rendered = await renderAsync(svg, options);
      pictures.set(chart.id, { id: chart.id, svg, png: rendered.asPng(), width: rendered.width, height: rendered.height });
    }),
  );
  return { svgs, pictures };
}
