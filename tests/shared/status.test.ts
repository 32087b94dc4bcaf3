import { describe, expect, it } from "vitest";
import {
  bundledAgreement,
  type CountReductionIndicator,
  countStatus,
  countStatusForFigure,
  crimeIndicator,
  percentageStatus,
  ragForCeiling,
  safetyIndexIndicator,
  scaleStatus,
  towardNormalIndicator,
  towardNormalStatus,
} from "../../shared/index";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager missing");
const burglary = crimeIndicator(amager, "indbrud") as CountReductionIndicator;

describe("RAG boundaries", () => {
  it("green at or under the target", () => {
    expect(ragForCeiling(62, 62)).toBe("green");
    expect(ragForCeiling(0, 62)).toBe("green");
  });
  it("exactly 5 % over is amber, one more is red", () => {
    expect(ragForCeiling(105, 100)).toBe("amber");
    expect(ragForCeiling(106, 100)).toBe("red");
    expect(ragForCeiling(101, 100)).toBe("amber");
  });
  it("5 % of 62 is 3.1: 65 is amber, 66 is red", () => {
    expect(ragForCeiling(65, 62)).toBe("amber");
    expect(ragForCeiling(66, 62)).toBe("red");
  });
  it("grey without a figure", () => {
    expect(ragForCeiling(null, 62)).toBe("grey");
    expect(ragForCeiling(undefined, 62)).toBe("grey");
    expect(ragForCeiling(Number.NaN, 62)).toBe("grey");
  });
  it("a zero target: anything over is red", () => {
    expect(ragForCeiling(0, 0)).toBe("green");
    expect(ragForCeiling(1, 0)).toBe("red");
  });
});

describe("count status", () => {
  it("burglary 2015 at 58 meets the target of 62, 4 under, −25 % from 77", () => {
    const s = countStatusForFigure(burglary, 2015, 58);
    expect(s).toMatchObject({
      target: 62,
      reductionPercent: 20,
      actual: 58,
      met: true,
      deviation: -4,
      changeFromBaseline: -19,
      rag: "green",
    });
    expect(s.deviationPercent).toBeCloseTo(-6.4516, 3);
    expect(s.changeFromBaselinePercent).toBeCloseTo(-24.675, 2);
  });
  it("a miss reports a positive deviation", () => {
    const s = countStatusForFigure(burglary, 2014, 70);
    expect(s).toMatchObject({ target: 65, met: false, deviation: 5, rag: "red" });
  });
  it("a year without a target is grey with no verdict", () => {
    const s = countStatusForFigure(burglary, 2018, 40);
    expect(s).toMatchObject({ target: undefined, met: null, deviation: null, rag: "grey", changeFromBaseline: -37 });
  });
  it("falls back to the latest year with a figure when the asked year has none", () => {
    const figures = new Map<number, number | null>([
      [2012, 77],
      [2013, 70],
      [2014, 64],
      [2015, null],
    ]);
    const r = countStatus(burglary, figures, 2015);
    expect(r.asked).toMatchObject({ year: 2015, actual: null, rag: "grey", target: 62 });
    expect(r.latest).toMatchObject({ year: 2014, actual: 64, target: 65, met: true, rag: "green" });
  });
  it("gives no fallback when the asked year has a figure, or when there are no figures", () => {
    expect(countStatus(burglary, new Map([[2015, 58]]), 2015).latest).toBeUndefined();
    expect(countStatus(burglary, new Map(), 2015).latest).toBeUndefined();
  });
});

describe("other indicator kinds", () => {
  it("safety index: at or below reduceret is green, ordinær amber, markant red, unknown grey", () => {
    const ind = safetyIndexIndicator(amager);
    if (!ind) throw new Error("no index");
    expect(scaleStatus(ind, 2014, "minimal").rag).toBe("green");
    expect(scaleStatus(ind, 2014, "reduceret")).toMatchObject({ met: true, rag: "green" });
    expect(scaleStatus(ind, 2014, "ordinaer")).toMatchObject({ met: false, stepsAboveGoal: 1, rag: "amber" });
    expect(scaleStatus(ind, 2014, "markant")).toMatchObject({ stepsAboveGoal: 3, rag: "red" });
    expect(scaleStatus(ind, 2014, null).rag).toBe("grey");
  });
  it("SSP activations: the count against the baseline and its direction, never met or a colour (the agreement names no normal level)", () => {
    const ind = towardNormalIndicator(amager);
    if (!ind) throw new Error("no ssp");
    expect(ind.normalLevel).toBeUndefined();
    expect(towardNormalStatus(ind, 2014, 4)).toMatchObject({
      actual: 4,
      baseline: 6,
      changeFromBaseline: -2,
      direction: "down",
      atOrBelowNormal: null,
    });
    expect(towardNormalStatus(ind, 2014, 6)).toMatchObject({ changeFromBaseline: 0, direction: "same" });
    expect(towardNormalStatus(ind, 2014, 9)).toMatchObject({ changeFromBaseline: 3, direction: "up" });
    expect(towardNormalStatus(ind, 2014, null)).toMatchObject({ actual: null, direction: null });
    for (const status of [towardNormalStatus(ind, 2014, 1), towardNormalStatus(ind, 2014, 9)]) {
      expect(status).not.toHaveProperty("met");
      expect(status).not.toHaveProperty("rag");
    }
    // Only an agreement that names a normal level is compared with it.
    expect(towardNormalStatus({ ...ind, normalLevel: 7 }, 2014, 7).atOrBelowNormal).toBe(true);
    expect(towardNormalStatus({ ...ind, normalLevel: 7 }, 2014, 8).atOrBelowNormal).toBe(false);
  });
  it("percentage ceiling: share feeling unsafe", () => {
    const ind = {
      kind: "percentage-ceiling" as const,
      id: "andel-utrygge",
      name: { da: "Andel utrygge", en: "Share feeling unsafe" },
      synonyms: { da: [], en: [] },
      illustrative: false,
      ceiling: 16,
      byYear: 2025,
    };
    expect(percentageStatus(ind, 2024, 15.5).rag).toBe("green");
    expect(percentageStatus(ind, 2024, 16.8).rag).toBe("amber");
    expect(percentageStatus(ind, 2024, 19).rag).toBe("red");
  });
});
