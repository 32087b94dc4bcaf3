import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledAgreement, categoryById, targetFor, targetFromBaseline, targetTable } from "../../shared/index";

// The agreement's own table (section 2, goal 3 of the Amager agreement), as printed there.
const SEED_TABLE: Record<string, number[]> = {
  Indbrud: [77, 69, 65, 62, 58],
  Tyverier: [244, 220, 207, 195, 183],
  "Vold/Trusler": [73, 66, 62, 58, 55],
  Hærværk: [70, 63, 60, 56, 53],
  Narkotika: [52, 47, 44, 42, 39],
  Chikane: [72, 65, 61, 58, 54],
};
// The table's text as extracted from the signed agreement, kept in the repository (see its note).
const AGREEMENT_EXCERPT = new URL("../data/amager-target-table.txt", import.meta.url);

describe("the Amager target table", () => {
  it("matches the table in the agreement's text (tests/data/amager-target-table.txt)", () => {
    expect(existsSync(AGREEMENT_EXCERPT), AGREEMENT_EXCERPT.pathname).toBe(true);
    const text = readFileSync(AGREEMENT_EXCERPT, "utf8")
      .split("\n")
      .filter((line) => !line.startsWith("#"))
      .join("\n");
    for (const [name, numbers] of Object.entries(SEED_TABLE)) {
      const escaped = name.replace(/[/]/g, "\\/");
      const m = new RegExp(`${escaped} (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)`).exec(text);
      expect(m, name).not.toBeNull();
      expect(m?.slice(1).map(Number)).toEqual(numbers);
    }
  });

  it("reproduces all 24 targets and 6 baselines", () => {
    const amager = bundledAgreement("amager");
    expect(amager).toBeDefined();
    if (!amager) return;
    const table = targetTable(amager);
    expect(table).toHaveLength(6);
    let checked = 0;
    for (const row of table) {
      const name = categoryById(amager, row.category)?.name.da ?? "";
      const expected = SEED_TABLE[name];
      expect(expected, name).toBeDefined();
      expect(row.baselineYear).toBe(2012);
      expect(row.baseline).toBe(expected?.[0]);
      expect(row.targets.map((t) => t.year)).toEqual([2013, 2014, 2015, 2016]);
      expect(row.targets.map((t) => t.reductionPercent)).toEqual([10, 15, 20, 25]);
      row.targets.forEach((t, i) => {
        expect(t.target, `${name} ${t.year}`).toBe(expected?.[i + 1]);
        checked++;
      });
    }
    expect(checked).toBe(24);
  });

  it("has no target for a year the agreement does not cover", () => {
    const amager = bundledAgreement("amager");
    const ind = amager?.indicators.find((i) => i.kind === "count-reduction");
    expect(ind?.kind).toBe("count-reduction");
    if (ind?.kind !== "count-reduction") return;
    expect(targetFor(ind, 2017)).toBeUndefined();
    expect(targetFor(ind, 2015)).toBe(62);
  });
});

describe("rounding half up", () => {
  it("rounds 59.5 up to 60 (70 × 0.85)", () => {
    expect(targetFromBaseline(70, 15)).toBe(60);
  });
  it("rounds exact halves up where floating point falls just short (45 × 0.70 = 31.5)", () => {
    expect(Math.round(45 * (1 - 30 / 100))).toBe(31); // the trap this module avoids
    expect(targetFromBaseline(45, 30)).toBe(32);
    expect(targetFromBaseline(85, 30)).toBe(60); // 59.5
  });
  it("rounds 52.5 up to 53 (70 × 0.75)", () => {
    expect(targetFromBaseline(70, 25)).toBe(53);
  });
  it("rounds below a half down", () => {
    expect(targetFromBaseline(73, 15)).toBe(62); // 62.05
    expect(targetFromBaseline(77, 10)).toBe(69); // 69.3
    expect(targetFromBaseline(72, 15)).toBe(61); // 61.2
  });
  it("handles fractional reductions and the ends of the range", () => {
    expect(targetFromBaseline(100, 12.5)).toBe(88); // 87.5 → 88
    expect(targetFromBaseline(77, 0)).toBe(77);
    expect(targetFromBaseline(77, 100)).toBe(0);
  });
  it("refuses a reduction outside 0–100 %", () => {
    expect(() => targetFromBaseline(77, 101)).toThrow(RangeError);
    expect(() => targetFromBaseline(77, -1)).toThrow(RangeError);
  });
});

describe("target properties", () => {
  const baseline = fc.integer({ min: 0, max: 1_000_000 });
  const reduction = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
  it("never rises when the reduction grows", () => {
    fc.assert(
      fc.property(baseline, reduction, reduction, (b, r1, r2) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        return targetFromBaseline(b, hi) <= targetFromBaseline(b, lo);
      }),
    );
  });
  it("is never negative and never above the baseline", () => {
    fc.assert(
      fc.property(baseline, reduction, (b, r) => {
        const target = targetFromBaseline(b, r);
        return Number.isInteger(target) && target >= 0 && target <= b;
      }),
    );
  });
  it("equals exact rational rounding half up", () => {
    fc.assert(
      fc.property(baseline, fc.integer({ min: 0, max: 10_000 }), (b, bp) => {
        // exact: b × (10000 − bp) / 10000, half up, in BigInt
        const num = BigInt(b) * BigInt(10_000 - bp);
        const expected = Number((num * 2n + 10_000n) / 20_000n);
        return targetFromBaseline(b, bp / 100) === expected;
      }),
    );
  });
});
