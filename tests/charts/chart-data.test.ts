/**
 * The chart data (shared/charts) on the sample tracker (examples/amager-tracker.xlsx, read as the
 * bot reads it) and on small trackers built by hand. Every expected figure is worked out by hand
 * from the Amager agreement's baselines and reductions and the sample's reports.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTrackerFile } from "../../files/tracker-file";
import {
  bundledAgreement,
  categoryTrend,
  emptyTrackerData,
  type MonthFigures,
  RAG_COLOURS,
  seriesLabel,
  type TrackerData,
  yearColour,
  yearOverview,
} from "../../shared/index";

const amager =
  bundledAgreement("amager") ??
  (() => {
    throw new Error("amager");
  })();

const sample = await loadTrackerFile(resolve(import.meta.dirname, "../../examples/amager-tracker.xlsx"));

function tracker(category: string, byYear: Record<number, MonthFigures>, yearly: Record<number, number | null> = {}): TrackerData {
  return {
    ...emptyTrackerData(),
    crime: new Map([[category, new Map(Object.entries(yearly).map(([y, v]) => [Number(y), v]))]]),
    crimeByMonth: new Map([[category, new Map(Object.entries(byYear).map(([y, m]) => [Number(y), m]))]]),
  };
}

describe("a category's trend", () => {
  it("draws Indbrud from the 2012 baseline: reports and måltal per year, and 2016 projected", () => {
    const trend = categoryTrend(sample.agreement, sample.data, "indbrud");
    expect(trend).toBeDefined();
    // Måltal: 77 × 0,90 = 69,3 → 69; × 0,85 = 65,45 → 65; × 0,80 = 61,6 → 62; × 0,75 = 57,75 → 58.
    // 2013: 71 against 69 is 2,9 % over (≤ 5 %) → amber; 2014: 63 ≤ 65 and 2015: 58 ≤ 62 → green.
    expect(trend?.years).toEqual([
      { year: 2012, isBaseline: true, reports: 77, target: null, projection: null, rag: "grey" },
      { year: 2013, isBaseline: false, reports: 71, target: 69, projection: null, rag: "amber" },
      { year: 2014, isBaseline: false, reports: 63, target: 65, projection: null, rag: "green" },
      { year: 2015, isBaseline: false, reports: 58, target: 62, projection: null, rag: "green" },
      // 29 reports January–August; 2013–2015 had 113 of their 192 then: 29 × 192 ÷ 113 = 49,27 → 49.
      { year: 2016, isBaseline: false, reports: null, target: 58, projection: 49, rag: "green" },
    ]);
    expect(trend).toMatchObject({ category: "indbrud", baselineYear: 2012, baseline: 77 });
    expect(trend?.inProgress).toMatchObject({
      year: 2016,
      monthsReported: 8,
      yearToDate: 29,
      projection: 49,
      method: "seasonal",
      patternYears: [2013, 2014, 2015],
    });
  });

  it("uses the agreement's baseline when the tracker has no figure for the baseline year, and draws gaps as null", () => {
    const trend = categoryTrend(amager, tracker("indbrud", {}, { 2014: 66 }), "indbrud");
    expect(trend?.years.map((y) => [y.year, y.reports, y.target, y.projection, y.rag])).toEqual([
      [2012, 77, null, null, "grey"],
      [2013, null, 69, null, "grey"],
      // 66 against 65: 1,5 % over → amber.
      [2014, 66, 65, null, "amber"],
      [2015, null, 62, null, "grey"],
      [2016, null, 58, null, "grey"],
    ]);
    expect(trend?.inProgress).toBeUndefined();
  });

  it("counts a year of 12 months as reported, projects at the run rate without a complete earlier year, and adds years outside the agreement", () => {
    const full2015 = [6, 5, 5, 4, 3, 4, 4, 4, 5, 5, 6, 7]; // 58
    const withFull = categoryTrend(amager, tracker("indbrud", { 2015: full2015 }), "indbrud");
    expect(withFull?.years.find((y) => y.year === 2015)).toMatchObject({ reports: 58, projection: null, rag: "green" });

    // 2017 has no måltal: 20 in 4 months → 20 × 12 ÷ 4 = 60 at the run rate, grey.
    const beyond = categoryTrend(amager, tracker("indbrud", { 2017: [5, 5, 5, 5] }), "indbrud");
    expect(beyond?.years.at(-1)).toEqual({ year: 2017, isBaseline: false, reports: null, target: null, projection: 60, rag: "grey" });
    expect(beyond?.inProgress).toMatchObject({ year: 2017, method: "run-rate", projection: 60 });
  });

  it("has no trend for a category without måltal", () => {
    expect(categoryTrend(amager, emptyTrackerData(), "no-such-category")).toBeUndefined();
  });
});

describe("a year's overview", () => {
  it("puts each category's 2015 reports against its måltal with its status colour", () => {
    const overview = yearOverview(sample.agreement, sample.data, 2015);
    expect(overview.monthsReported).toBe(0);
    // Tyverier 201 against 195 (+3,1 %) amber; Vold/Trusler 65 against 58 (+12 %) red;
    // Narkotika 45 against 42 (+7,1 %) red; Chikane 57 against 58 green.
    expect(overview.rows.map((r) => [r.category, r.figure, r.value, r.target, r.deviation, r.rag])).toEqual([
      ["indbrud", "reports", 58, 62, -4, "green"],
      ["tyverier", "reports", 201, 195, 6, "amber"],
      ["vold-trusler", "reports", 65, 58, 7, "red"],
      ["haervaerk", "reports", 52, 56, -4, "green"],
      ["narkotika", "reports", 45, 42, 3, "red"],
      ["chikane", "reports", 57, 58, -1, "green"],
    ]);
  });

  it("projects 2016 (January–August) from the 2013–2015 season, against the 2016 måltal", () => {
    const overview = yearOverview(sample.agreement, sample.data, 2016);
    expect(overview.monthsReported).toBe(8);
    const row = (category: string) => overview.rows.find((r) => r.category === category);
    // Tyverier: 128 to date; 2013–2015 had 432 of 639 in January–August: 128 × 639 ÷ 432 = 189,33 → 189
    // against 244 × 0,75 = 183: 3,3 % over → amber.
    expect(row("tyverier")).toMatchObject({ figure: "projection", value: 189, target: 183, deviation: 6, rag: "amber" });
    // Vold/Trusler: 42 × 201 ÷ 135 = 62,53 → 63 against 73 × 0,75 = 54,75 → 55: 14,5 % over → red.
    expect(row("vold-trusler")).toMatchObject({ figure: "projection", value: 63, target: 55, deviation: 8, rag: "red" });
    // Narkotika: 26 × 142 ÷ 93 = 39,70 → 40 against 39: 2,6 % over → amber.
    expect(row("narkotika")).toMatchObject({ figure: "projection", value: 40, target: 39, deviation: 1, rag: "amber" });
    expect(row("indbrud")?.inProgress).toMatchObject({ yearToDate: 29, projection: 49, method: "seasonal" });
    // The colours are the ones every answer gives the year.
    for (const r of overview.rows) expect(r.rag).toBe(yearColour(sample.agreement, sample.data, r.category, 2016));
  });

  it("shows a category without a figure as none and grey, with its måltal, and a yearly figure before months", () => {
    const data = tracker("indbrud", { 2016: [5, 4, 4, 3] }, { 2016: 70 });
    const overview = yearOverview(amager, data, 2016);
    expect(overview.rows[0]).toMatchObject({ category: "indbrud", figure: "reports", value: 70, target: 58, rag: "red" });
    expect(overview.rows[0]?.inProgress).toBeUndefined();
    expect(overview.monthsReported).toBe(0);
    expect(overview.rows[1]).toEqual({
      category: "tyverier",
      figure: "none",
      value: null,
      target: 183,
      deviation: null,
      rag: "grey",
      inProgress: undefined,
    });
  });
});

describe("the words and colours of charts", () => {
  it("names the series in Danish first, per the language review", () => {
    expect((["reports", "target", "projection", "baseline"] as const).map((s) => seriesLabel(s, "da"))).toEqual([
      "Anmeldelser",
      "Måltal",
      "Fremskrivning",
      "Baseline",
    ]);
    expect(seriesLabel("target", "en")).toBe("Target");
    expect(new Set(Object.values(RAG_COLOURS)).size).toBe(4);
  });
});
