import { describe, expect, it } from "vitest";
import amagerJson from "../../shared/agreement/bundled/amager.json";
import { bundledAgreement, bundledAgreementIds, parseAgreement, parseAgreementJson } from "../../shared/index";

function amagerCopy(): Record<string, unknown> {
  return structuredClone(amagerJson) as Record<string, unknown>;
}
// biome-ignore lint/suspicious/noExplicitAny: tests poke at raw JSON on purpose
type Raw = any;

function problemsOf(data: unknown) {
  const result = parseAgreement(data);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe("bundled agreements", () => {
  it("are amager and tingbjerg-husum, and both pass the schema", () => {
    expect([...bundledAgreementIds].sort()).toEqual(["amager", "tingbjerg-husum"]);
    for (const id of bundledAgreementIds) expect(bundledAgreement(id)?.id).toBe(id);
  });

  it("Amager has the agreement's parties, estates, period, cadence and budget", () => {
    const a = bundledAgreement("amager");
    if (!a) throw new Error("missing");
    expect(a.parties.map((p) => p.name.da)).toEqual(["Københavns Kommune", "Københavns Politi", "SSP København", "Boligforeningen 3B"]);
    expect(a.parties[0]?.units).toHaveLength(7);
    expect(a.area.estates).toEqual(["Hørgården", "Remisevænget Øst", "Remisevænget Vest", "Remisevænget Nord", "Dyvekevænget"]);
    expect(a.period.end).toBe("2016-12-31");
    expect(a.cadence).toEqual({ steering: { min: 2 }, working: { min: 6, max: 8 } });
    expect(a.statusReportMonth).toBe(5);
    expect(a.budget.reduce((s, l) => s + l.amountKr, 0)).toBe(4_050_000);
    const ssp = a.indicators.find((i) => i.kind === "count-toward-normal");
    expect(ssp?.kind === "count-toward-normal" && ssp.baseline).toEqual({ year: 2012, value: 6 });
    const index = a.indicators.find((i) => i.kind === "scale-level");
    expect(index?.kind === "scale-level" && index.scale.map((s) => s.name.da)).toEqual([
      "minimal",
      "reduceret",
      "ordinær",
      "intensiveret",
      "markant",
    ]);
    expect(index?.kind === "scale-level" && index.goal.atMost).toBe("reduceret");
  });

  it("Tingbjerg-Husum marks its baselines illustrative and has 2 mio. kr. a year", () => {
    const a = bundledAgreement("tingbjerg-husum");
    if (!a) throw new Error("missing");
    expect(a.indicators.every((i) => i.illustrative)).toBe(true);
    expect(a.budget.map((l) => [l.year, l.amountKr])).toEqual([
      [2013, 2_000_000],
      [2014, 2_000_000],
      [2015, 2_000_000],
      [2016, 2_000_000],
    ]);
    expect(a.parties.map((p) => p.name.da)).toEqual(["Københavns Kommune", "Københavns Politi", "SSP København", "fsb", "SAB/KAB", "AAB"]);
    expect(a.focusAreas).toHaveLength(5);
  });

  it("do not share nested objects with each other (no accidental mutation)", () => {
    const a = bundledAgreement("amager");
    const b = bundledAgreement("tingbjerg-husum");
    expect(a?.categories[0]).not.toBe(b?.categories[0]);
  });
});

describe("schema rejections name the field", () => {
  it("a missing baseline", () => {
    const raw: Raw = amagerCopy();
    delete raw.indicators[0].baseline;
    const problems = problemsOf(raw);
    expect(problems.map((p) => p.field)).toContain("indicators[0].baseline");
  });

  it("a negative number", () => {
    const raw: Raw = amagerCopy();
    raw.indicators[2].baseline.value = -5;
    const problems = problemsOf(raw);
    expect(problems[0]?.field).toBe("indicators[2].baseline.value");
    expect(problems[0]?.message).toMatch(/>=\s*0|too small/i);
  });

  it("a reduction over 100 %", () => {
    const raw: Raw = amagerCopy();
    raw.indicators[1].targets[3].reductionPercent = 125;
    const problems = problemsOf(raw);
    expect(problems[0]?.field).toBe("indicators[1].targets[3].reductionPercent");
  });

  it("an unknown category in a target", () => {
    const raw: Raw = amagerCopy();
    raw.indicators[0].category = "bilbrande";
    const problems = problemsOf(raw);
    expect(problems[0]?.field).toBe("indicators[0].category");
    expect(problems[0]?.message).toContain('unknown category "bilbrande"');
  });

  it("a target year not after the baseline year, and a duplicate target year", () => {
    const raw: Raw = amagerCopy();
    raw.indicators[0].targets[0].year = 2012;
    raw.indicators[0].targets[1].year = 2012;
    const fields = problemsOf(raw).map((p) => p.field);
    expect(fields).toContain("indicators[0].targets[0].year");
    expect(fields).toContain("indicators[0].targets[1].year");
  });

  it("a safety-index goal that is not on the scale", () => {
    const raw: Raw = amagerCopy();
    const index = raw.indicators.find((i: Raw) => i.kind === "scale-level");
    index.goal.atMost = "lav";
    expect(problemsOf(raw).map((p) => p.field)).toContain(`indicators[${raw.indicators.indexOf(index)}].goal.atMost`);
  });

  it("a period that ends before it starts, and a cadence max below min", () => {
    const raw: Raw = amagerCopy();
    // Amager runs from its (unknown) signing date; a dated start is what can come after the end.
    raw.period.start = "2013-01-01";
    raw.period.end = "2012-01-01";
    raw.cadence.working.max = 3;
    const fields = problemsOf(raw).map((p) => p.field);
    expect(fields).toContain("period.end");
    expect(fields).toContain("cadence.working.max");
  });

  it("a period from the signing date: no start date is made up, and a signing date after the end is refused", () => {
    const amager = bundledAgreement("amager");
    expect(amager?.period).toEqual({ start: "signing", end: "2016-12-31" });
    const raw: Raw = amagerCopy();
    raw.period.signedOn = "2017-02-01";
    expect(problemsOf(raw).map((p) => p.field)).toContain("period.signedOn");
    raw.period.start = "2013-13-01";
    expect(problemsOf(raw).map((p) => p.field)).toContain("period.start");
  });

  it("text that is not JSON gets a problem, not an exception", () => {
    const result = parseAgreementJson("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/not valid JSON/);
  });
});
