import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import amagerJson from "../../shared/agreement/bundled/amager.json";
import { cli, cliProcess } from "../helpers/cli";

describe("partnerskab targets", () => {
  it("--json prints the six baselines and 24 targets in the documented shape", async () => {
    const r = await cli("targets", "--agreement", "amager", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.agreement).toBe("amager");
    expect(json.baselineYear).toBe(2012);
    expect(json.categories[0]).toEqual({ category: "Indbrud", baseline: 77, targets: { "2013": 69, "2014": 65, "2015": 62, "2016": 58 } });
    expect(json.categories.map((c: { category: string }) => c.category)).toEqual([
      "Indbrud",
      "Tyverier",
      "Vold/Trusler",
      "Hærværk",
      "Narkotika",
      "Chikane",
    ]);
    expect(json.categories[3].targets).toEqual({ "2013": 63, "2014": 60, "2015": 56, "2016": 53 });
  });

  it("prints a Danish table by default and an English one with --lang en", async () => {
    const da = await cli("targets");
    expect(da.out).toContain("Gerningstype");
    expect(da.out).toContain("2015 (−20 %)");
    expect(da.out).toMatch(/Hærværk\s+70\s+63\s+60\s+56\s+53/);
    const en = await cli("targets", "--lang", "en");
    expect(en.out).toContain("Offence category");
    expect(en.out).toMatch(/Vandalism\s+70\s+63\s+60\s+56\s+53/);
  });

  it("reads an agreement from a JSON file, and names the bad field in one line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "partnerskab-"));
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ ...amagerJson, id: "my-partnership" }));
    const ok = await cli("targets", "--agreement", good, "--json");
    expect(JSON.parse(ok.out).agreement).toBe("my-partnership");

    const bad = structuredClone(amagerJson) as typeof amagerJson;
    bad.indicators[0] = { ...bad.indicators[0], baseline: { year: 2012, value: -3 } } as (typeof bad.indicators)[0];
    const badFile = join(dir, "bad.json");
    writeFileSync(badFile, JSON.stringify(bad));
    const r = await cli("targets", "--agreement", badFile);
    expect(r.code).toBe(2);
    expect(r.err).toContain("indicators[0].baseline.value");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});

describe("partnerskab agreement", () => {
  it("lists parties, area, period, focus areas, cadence and budget in Danish", async () => {
    const r = await cli("agreement");
    expect(r.code).toBe(0);
    for (const s of [
      "Boligforeningen 3B",
      "Dyvekevænget",
      "fra underskriftsdatoen til og med 31. december 2016",
      "Brobygning til et godt voksenliv",
      "mindst 2 gange årligt",
      "6–8 gange årligt",
      "maj",
      "1.500.000 kr.",
      "i alt ifølge aftalen 3.750.000 kr.",
      "»Hertil kommer 0,3 mio. kr., svarende til et halvt årsværk til sekretariatsbetjening af Partnerskabet i perioden 2013 til 2016.«",
    ]) {
      expect(r.out).toContain(s);
    }
    // No start date the agreement does not give, and the secretariat's money in no total.
    expect(r.out).not.toContain("1. januar 2013");
    expect(r.out).not.toContain("4.050.000");
  });
  it("--json carries the agreement and its budget summary", async () => {
    const r = await cli("agreement", "--agreement", "tingbjerg-husum", "--json");
    const json = JSON.parse(r.out);
    expect(json.id).toBe("tingbjerg-husum");
    expect(json.budgetSummary.totalKr).toBe(8_000_000);
  });
});

describe("usage errors", () => {
  it("exit 2 with one line and no stack trace, from the real process", () => {
    for (const argv of [
      ["targets", "--agreement", "nowhere"],
      ["targets", "--nope"],
      ["frobnicate"],
      ["targets", "--lang", "fr"],
      ["agreement", "--agreement", "/no/such/file.json"],
    ]) {
      const r = cliProcess(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err.trim().split("\n"), argv.join(" ")).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
  it("the bin prints the JSON the issue names", () => {
    const r = cliProcess(["targets", "--agreement", "amager", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).categories).toHaveLength(6);
  });
});
