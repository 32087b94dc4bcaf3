/**
 * The rules of the year in progress, on cases worked out by hand: the run rate, the seasonal
 * pattern of one and of three earlier years, a projection of exactly x,5 (rounded up), a year
 * with all 12 months (finished, not projected), and the colour of the projection.
 */
import { describe, expect, it } from "vitest";
import {
  bundledAgreement,
  emptyTrackerData,
  type MonthFigures,
  projectYear,
  type TrackerData,
  yearColour,
  yearInProgress,
  yearlyFigures,
} from "../../shared/index";

const amager =
  bundledAgreement("amager") ??
  (() => {
    throw new Error("amager");
  })();

// Indbrud in the sample: 71, 63 and 58 reports in 2013–2015, month by month.
const indbrud2013 = [7, 6, 6, 5, 4, 4, 4, 5, 7, 7, 8, 8];
const indbrud2014 = [6, 5, 5, 4, 4, 4, 4, 5, 6, 6, 7, 7];
const indbrud2015 = [6, 5, 5, 4, 3, 4, 4, 4, 5, 5, 6, 7];
const janToAug2016 = [5, 4, 4, 3, 3, 3, 3, 4]; // 29

function tracker(category: string, byYear: Record<number, MonthFigures>, yearly: Record<number, number | null> = {}): TrackerData {
  return {
    ...emptyTrackerData(),
    crime: new Map([[category, new Map(Object.entries(yearly).map(([y, v]) => [Number(y), v]))]]),
    crimeByMonth: new Map([[category, new Map(Object.entries(byYear).map(([y, m]) => [Number(y), m]))]]),
  };
}

describe("projectYear", () => {
  it("runs at the same pace without a complete earlier year: 29 in 8 months → 29 × 12 ÷ 8 = 43,5 → 44", () => {
    expect(projectYear(janToAug2016, [])).toEqual({
      monthsReported: 8,
      yearToDate: 29,
      projection: 44,
      method: "run-rate",
      patternYears: [],
    });
  });

  it("follows one earlier year's season: 2015 had 35 of its 58 in January–August, so 29 ÷ (35/58) = 48,06 → 48", () => {
    expect(projectYear(janToAug2016, [{ year: 2015, months: indbrud2015 }])).toEqual({
      monthsReported: 8,
      yearToDate: 29,
      projection: 48,
      method: "seasonal",
      patternYears: [2015],
    });
  });

  it("follows three earlier years' season: 41 + 37 + 35 = 113 of 192 in January–August, so 29 × 192 ÷ 113 = 49,27 → 49", () => {
    const earlier = [
      { year: 2015, months: indbrud2015 },
      { year: 2013, months: indbrud2013 },
      { year: 2014, months: indbrud2014 },
    ];
    expect(projectYear(janToAug2016, earlier)).toMatchObject({
      yearToDate: 29,
      projection: 49,
      method: "seasonal",
      patternYears: [2013, 2014, 2015],
    });
  });

  it("rounds a half up, exactly: 3 ÷ (4/10) = 7,5 → 8 (seasonal), 3 × 12 ÷ 8 = 4,5 → 5 (run rate)", () => {
    const earlier = [{ year: 2015, months: [2, 2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0] }];
    expect(projectYear([1, 2], earlier)).toMatchObject({ yearToDate: 3, projection: 8, method: "seasonal" });
    expect(projectYear([1, 0, 0, 1, 0, 0, 1, 0], [])).toMatchObject({ yearToDate: 3, projection: 5, method: "run-rate" });
  });

  it("uses only complete earlier years, and the run rate when they had nothing in those months", () => {
    expect(projectYear([2, 2], [{ year: 2015, months: [1, 1, 1, 1, 1, 1] }])).toMatchObject({ projection: 24, method: "run-rate" });
    const quietStart = [0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    expect(projectYear([2, 2], [{ year: 2015, months: quietStart }])).toMatchObject({ projection: 24, method: "run-rate" });
  });

  it("projects nothing with no month, or with all 12 (that year is finished)", () => {
    expect(projectYear([], [{ year: 2015, months: indbrud2015 }])).toBeUndefined();
    expect(projectYear(indbrud2015, [{ year: 2014, months: indbrud2014 }])).toBeUndefined();
  });
});

describe("yearInProgress and the finished year", () => {
  const sample = tracker("indbrud", { 2013: indbrud2013, 2014: indbrud2014, 2015: indbrud2015, 2016: janToAug2016 }, { 2015: 58 });

  it("gives the issue's example: Indbrud 2016 to August, 29 reports, projected 49 against at most 58: green", () => {
    const p = yearInProgress(amager, sample, "indbrud", 2016);
    expect(p).toMatchObject({
      category: "indbrud",
      year: 2016,
      monthsReported: 8,
      yearToDate: 29,
      projection: 49,
      target: 58,
      rag: "green",
    });
    expect(p?.method).toBe("seasonal");
    expect(p?.patternYears).toEqual([2013, 2014, 2015]);
    expect(p?.status).toMatchObject({ actual: 49, deviation: -9, met: true });
  });

  it("colours the projection by the usual rule: within 5 % over is amber, more is red", () => {
    // Run rate: 20 in 4 months → 60 against at most 58 (3,4 % over) → amber; 21 → 63 (8,6 % over) → red.
    expect(yearInProgress(amager, tracker("indbrud", { 2016: [5, 5, 5, 5] }), "indbrud", 2016)).toMatchObject({
      projection: 60,
      rag: "amber",
    });
    expect(yearInProgress(amager, tracker("indbrud", { 2016: [6, 5, 5, 5] }), "indbrud", 2016)).toMatchObject({
      projection: 63,
      rag: "red",
    });
    // No target for 2017 (the agreement ends in 2016): grey.
    expect(yearInProgress(amager, tracker("indbrud", { 2017: [5] }), "indbrud", 2017)).toMatchObject({ target: undefined, rag: "grey" });
  });

  it("is not in progress with a yearly figure in Kriminalitet, without months, or with all 12 months (m = 12)", () => {
    expect(yearInProgress(amager, tracker("indbrud", { 2015: [6, 5] }, { 2015: 58 }), "indbrud", 2015)).toBeUndefined();
    expect(yearInProgress(amager, sample, "indbrud", 2012)).toBeUndefined();
    const full = tracker("indbrud", { 2016: [5, 4, 4, 3, 3, 3, 3, 4, 4, 5, 6, 6] });
    expect(yearInProgress(amager, full, "indbrud", 2016)).toBeUndefined();
    expect(yearlyFigures(full, "indbrud").get(2016)).toBe(50);
    expect(yearColour(amager, full, "indbrud", 2016)).toBe("green");
  });

  it("gives a year's colour from its figure, else its projection, else grey", () => {
    expect(yearColour(amager, sample, "indbrud", 2015)).toBe("green");
    expect(yearColour(amager, sample, "indbrud", 2016)).toBe("green");
    expect(yearColour(amager, sample, "tyverier", 2016)).toBe("grey");
    expect(yearColour(amager, sample, "not-a-category", 2016)).toBe("grey");
  });
});
