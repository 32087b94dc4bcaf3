/**
 * Figures derived from a tracker are computed once per read (shared/memo/per-tracker.ts): the
 * same tracker gives the same, frozen result; a new read (new maps), or another agreement, is
 * computed anew and never answered from another read's figures.
 */
import { describe, expect, it } from "vitest";
import { categoryTrend } from "../../shared/charts/category-trend";
import { yearOverview } from "../../shared/charts/year-overview";
import { bundledAgreement, emptyTrackerData, type TrackerData, yearInProgress, yearlyFigures } from "../../shared/index";

const amager =
  bundledAgreement("amager") ??
  (() => {
    throw new Error("amager");
  })();

function read(months2016: number[], yearly2015 = 58): TrackerData {
  return {
    ...emptyTrackerData(),
    crime: new Map([["indbrud", new Map([[2015, yearly2015]])]]),
    crimeByMonth: new Map([["indbrud", new Map([[2016, months2016]])]]),
  };
}

describe("figures derived from a tracker", () => {
  it("are computed once per read and kept frozen", () => {
    const tracker = read([5, 4, 4, 3]);
    const first = yearInProgress(amager, tracker, "indbrud", 2016);
    expect(first?.yearToDate).toBe(16);
    expect(yearInProgress(amager, tracker, "indbrud", 2016)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.patternYears)).toBe(true);
    // A caller that changed a shared result would change every later answer: it fails loudly instead.
    expect(() => {
      (first as { projection: number }).projection = 0;
    }).toThrow(TypeError);
    const trend = categoryTrend(amager, tracker, "indbrud");
    expect(categoryTrend(amager, tracker, "indbrud")).toBe(trend);
    const years = (trend ?? { years: [] }).years as unknown[];
    expect(years.length).toBeGreaterThan(0);
    expect(() => years.push(1)).toThrow(TypeError);
    expect(yearOverview(amager, tracker, 2016)).toBe(yearOverview(amager, tracker, 2016));
  });

  it("are computed anew for a new read, even with the same figures, and never taken from another read", () => {
    const before = read([5, 4, 4, 3]);
    const after = read([5, 4, 4, 3, 9]);
    expect(yearInProgress(amager, before, "indbrud", 2016)?.yearToDate).toBe(16);
    expect(yearInProgress(amager, after, "indbrud", 2016)?.yearToDate).toBe(25);
    expect(yearInProgress(amager, before, "indbrud", 2016)?.yearToDate).toBe(16);
    const same = read([5, 4, 4, 3]);
    expect(yearInProgress(amager, same, "indbrud", 2016)).not.toBe(yearInProgress(amager, before, "indbrud", 2016));
    expect(yearInProgress(amager, same, "indbrud", 2016)).toEqual(yearInProgress(amager, before, "indbrud", 2016));
  });

  it("keep a read's months apart from another read's figures that share them", () => {
    const months = new Map([[2014, [6, 5, 5, 4, 4, 4, 4, 5, 6, 6, 7, 7]]]);
    const withYearly = {
      ...emptyTrackerData(),
      crime: new Map([["indbrud", new Map([[2014, 64]])]]),
      crimeByMonth: new Map([["indbrud", months]]),
    };
    const without = {
      ...emptyTrackerData(),
      crime: new Map([["indbrud", new Map<number, number | null>()]]),
      crimeByMonth: new Map([["indbrud", months]]),
    };
    // The yearly figure wins where there is one; without it, the twelve months are summed (63).
    expect(yearlyFigures(withYearly, "indbrud").get(2014)).toBe(64);
    expect(yearlyFigures(without, "indbrud").get(2014)).toBe(63);
    expect(yearlyFigures(withYearly, "indbrud").get(2014)).toBe(64);
  });

  it("are computed per agreement: another agreement's targets are its own", () => {
    const tracker = read([5, 4, 4, 3]);
    const other = structuredClone(amager);
    // Amager: 77 in 2012 less 25 % is at most 58 in 2016; the other agreement asks for no reduction.
    for (const ind of other.indicators) if (ind.kind === "count-reduction") for (const target of ind.targets) target.reductionPercent = 0;
    expect(yearInProgress(amager, tracker, "indbrud", 2016)?.target).toBe(58);
    expect(yearInProgress(other, tracker, "indbrud", 2016)?.target).toBe(77);
  });
});
