/**
 * The charts in the bot's cards, on the sample tracker at the demo clock (1 September 2016): a
 * category's trend as `Chart.Line` and a year's overview as `Chart.VerticalBar.Grouped`, each
 * with a FactSet fallback carrying the same figures; Danish and English labels; within Teams'
 * card size limit.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTrackerFile } from "../../files/tracker-file";
import { type AdaptiveCard, type AnswerContext, answerQuestion, fromCopenhagen } from "../../shared/index";
import { expectValidCard } from "../ask/card-shape";

const sample = await loadTrackerFile(resolve(import.meta.dirname, "../../examples/amager-tracker.xlsx"));
const DEMO = fromCopenhagen({ year: 2016, month: 9, day: 1, hour: 10, minute: 0 });
const context: AnswerContext = { agreement: sample.agreement, tracker: sample.data, now: DEMO };

/** Teams refuses a bot message over 28 KB; the card is most of it. */
const TEAMS_CARD_LIMIT = 28 * 1024;

type Element = Record<string, unknown>;
interface ChartSeries {
  legend: string;
  color: string;
  values: Array<{ x: string; y: number }>;
}

function chartOf(card: AdaptiveCard | undefined, type: string): Element & { data: ChartSeries[]; fallback: Element } {
  expectValidCard(card);
  const charts = (card?.body ?? []).filter((e) => String(e.type).startsWith("Chart."));
  expect(charts.map((c) => c.type)).toEqual([type]);
  expect(new TextEncoder().encode(JSON.stringify(card)).length).toBeLessThan(TEAMS_CARD_LIMIT);
  return charts[0] as Element & { data: ChartSeries[]; fallback: Element };
}

const points = (s: ChartSeries | undefined) => s?.values.map((v) => [v.x, v.y]);
const facts = (fallback: Element) =>
  Object.fromEntries((fallback.facts as Array<{ title: string; value: string }>).map((f) => [f.title, f.value]));

describe("a category's trend in its card", () => {
  it("draws Indbrud's måltal from the baseline, its reports and the 2016 projection as lines, with the figures as the fallback", () => {
    const a = answerQuestion("Hvordan har udviklingen været for indbrud?", context);
    const chart = chartOf(a.card, "Chart.Line");
    expect(chart).toMatchObject({ title: "Indbrud: anmeldelser og måltal pr. år", xAxisTitle: "År", yAxisTitle: "Anmeldelser pr. år" });
    expect(chart.data.map((s) => s.legend)).toEqual(["Måltal", "Anmeldelser", "Fremskrivning"]);
    const [target, reports, projection] = chart.data;
    // The måltal path: 77 (baseline 2012), −10 % 69, −15 % 65, −20 % 62, −25 % 58.
    expect(points(target)).toEqual([
      ["2012", 77],
      ["2013", 69],
      ["2014", 65],
      ["2015", 62],
      ["2016", 58],
    ]);
    expect(points(reports)).toEqual([
      ["2012", 77],
      ["2013", 71],
      ["2014", 63],
      ["2015", 58],
    ]);
    // 2016 has no yearly figure: no report point (never a 0), the projection 49 joined to 2015's 58.
    expect(points(projection)).toEqual([
      ["2015", 58],
      ["2016", 49],
    ]);
    expect(new Set(chart.data.map((s) => s.color)).size).toBe(3);
    expect(chart.fallback.type).toBe("FactSet");
    expect(facts(chart.fallback)).toEqual({
      Måltal: "2012: 77 · 2013: 69 · 2014: 65 · 2015: 62 · 2016: 58",
      Anmeldelser: "2012: 77 · 2013: 71 · 2014: 63 · 2015: 58",
      Fremskrivning: "2015: 58 · 2016: 49",
    });
    // The table stays beside the chart: deviation and status words are not in a chart. One message:
    // the card opens with the short answer (the change since the baseline), then the chart and the table.
    expect((a.card?.body ?? []).map((e) => e.type)).toEqual(["TextBlock", "Chart.Line", "Table"]);
    expect(a.card?.body[0]?.text).toBe(a.summary);
    expect(a.summary).toContain("fra 77 i 2012 til 58 i 2015");
  });

  it("labels it in English", () => {
    const a = answerQuestion("How has theft developed over the years?", context);
    const chart = chartOf(a.card, "Chart.Line");
    expect(chart).toMatchObject({ title: "Theft: reports and targets per year", xAxisTitle: "Year", yAxisTitle: "Reports per year" });
    expect(chart.data.map((s) => s.legend)).toEqual(["Target", "Reports", "Projection"]);
    // Tyverier 2016 projected 189 (128 to date, the 2013–2015 season); 2015 had 201.
    expect(points(chart.data[2])).toEqual([
      ["2015", 201],
      ["2016", 189],
    ]);
  });

  it("shows the trend under a category's status in the year in progress and in a finished year", () => {
    const now = answerQuestion("Hvordan går det med indbrud i år?", context);
    expect(points(chartOf(now.card, "Chart.Line").data[2])?.at(-1)).toEqual(["2016", 49]);
    const finished = answerQuestion("Hvordan går det med vold i 2014?", context);
    expect(points(chartOf(finished.card, "Chart.Line").data[1])).toEqual([
      ["2012", 73],
      ["2013", 70],
      ["2014", 66],
      ["2015", 65],
    ]);
  });
});

describe("a year's overview in its card", () => {
  it("puts each category's 2015 reports beside its måltal as grouped bars", () => {
    const a = answerQuestion("Hvordan går det i 2015?", context);
    const chart = chartOf(a.card, "Chart.VerticalBar.Grouped");
    expect(chart).toMatchObject({ title: "Anmeldelser mod måltal 2015", xAxisTitle: "Gerningstype", yAxisTitle: "Anmeldelser" });
    expect(chart.data.map((s) => s.legend)).toEqual(["Måltal", "Anmeldelser"]);
    expect(points(chart.data[0])).toEqual([
      ["Indbrud", 62],
      ["Tyverier", 195],
      ["Vold/Trusler", 58],
      ["Hærværk", 56],
      ["Narkotika", 42],
      ["Chikane", 58],
    ]);
    expect(points(chart.data[1])).toEqual([
      ["Indbrud", 58],
      ["Tyverier", 201],
      ["Vold/Trusler", 65],
      ["Hærværk", 52],
      ["Narkotika", 45],
      ["Chikane", 57],
    ]);
    expect(facts(chart.fallback).Anmeldelser).toBe(
      "Indbrud: 58 · Tyverier: 201 · Vold/Trusler: 65 · Hærværk: 52 · Narkotika: 45 · Chikane: 57",
    );
    // At most 4 series (Teams' limit for bar charts).
    expect(chart.data.length).toBeLessThanOrEqual(4);
  });

  it("draws the projections while the year is in progress, in English too", () => {
    const a = answerQuestion("How are we doing so far this year?", context);
    const chart = chartOf(a.card, "Chart.VerticalBar.Grouped");
    expect(chart.title).toBe("Reports against targets 2016");
    expect(chart.data.map((s) => s.legend)).toEqual(["Target", "Projection"]);
    // Indbrud 49, Tyverier 189, Vold/Trusler 63, Narkotika 40 (shared/charts' hand-worked figures).
    expect(points(chart.data[1])).toEqual(
      expect.arrayContaining([
        ["Burglary", 49],
        ["Theft", 189],
        ["Violence/threats", 63],
        ["Drugs", 40],
      ]),
    );
    expect(points(chart.data[0])?.[0]).toEqual(["Burglary", 58]);
  });
});
