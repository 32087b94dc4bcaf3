import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeWorkbook } from "../../files/xlsx-write";
import { cli, cliProcess, ROOT } from "../helpers/cli";
import { cleanTracker, tempDir } from "./workbooks";

const SAMPLE = join(ROOT, "examples/amager-tracker.xlsx");
const DEMO = ["--today", "2016-09-01"];

let dir: string;
let bad: string;
/** A tracker without monthly figures: 2016 has no figure of any kind yet. */
let noMonths: string;
beforeAll(async () => {
  dir = tempDir();
  noMonths = join(dir, "no-months.xlsx");
  await writeWorkbook(noMonths, cleanTracker("da"));
  bad = join(dir, "bad.xlsx");
  const sheets = cleanTracker("da").map((s) =>
    s.name === "Kriminalitet" ? { ...s, rows: [...s.rows.slice(0, 1), ["Indbrud", 80, 71, 63, 58], ...s.rows.slice(2)] } : s,
  );
  await writeWorkbook(bad, sheets);
});

describe("partnerskab validate", () => {
  it("says the sample is valid (exit 0) in the documented JSON shape", async () => {
    const r = await cli("validate", SAMPLE, "--json", ...DEMO);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ file: SAMPLE, valid: true, errors: 0, warnings: 0, issues: [] });
  });

  it("exit 1 with the cell and both figures when there are errors", async () => {
    const r = await cli("validate", bad, ...DEMO);
    expect(r.code).toBe(1);
    expect(r.out).toContain("ugyldig: 1 fejl");
    expect(r.out).toMatch(/fejl\s+Kriminalitet!B2\s+Indbrud 2012: der står 80 anmeldelser, men aftalens baseline for 2012 er 77/);
    const en = await cli("validate", bad, "--json", "--lang", "en", ...DEMO);
    const json = JSON.parse(en.out);
    expect(json).toMatchObject({ valid: false, errors: 1 });
    expect(json.issues[0]).toMatchObject({ severity: "error", sheet: "Kriminalitet", cell: "B2", code: "baseline-mismatch" });
  });

  it("warnings alone keep exit 0 (the sample checked long after the demo date)", async () => {
    const r = await cli("validate", SAMPLE, "--json", "--today", "2025-01-01");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.valid).toBe(true);
    expect(json.warnings).toBeGreaterThan(0);
  });

  it("exit 2 with one line for a missing file, a folder, a CSV and a broken zip", { timeout: 120_000 }, async () => {
    const csv = join(dir, "tracker.xlsx");
    writeFileSync(csv, "Gerningstype;2012\nIndbrud;77\n");
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, Buffer.from("PK\u0003\u0004 this is not really a zip"));
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder);
    for (const file of [join(dir, "nowhere.xlsx"), folder, csv, broken]) {
      const r = await cli("validate", file);
      expect(r.code, file).toBe(2);
      expect(r.err.trim().split("\n"), file).toHaveLength(1);
    }
    // The real process, as a user runs it: exit codes and no stack trace.
    const missing = cliProcess(["validate", join(dir, "nowhere.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("file not found");
    expect(missing.err).not.toMatch(/\n\s+at /);
    const notXlsx = cliProcess(["validate", csv]);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.err.trim().split("\n")).toHaveLength(1);
    expect(cliProcess(["validate", bad, "--today", "2016-09-01"]).code).toBe(1);
  });
});

describe("partnerskab template", () => {
  it("writes a template that validates without errors, and refuses to overwrite", async () => {
    const out = join(dir, "ny-tracker.xlsx");
    const r = await cli("template", out, "--agreement", "tingbjerg-husum");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Skabelon skrevet");
    const check = await cli("validate", out, "--json", ...DEMO);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({ valid: true, errors: 0, agreement: "tingbjerg-husum" });
    const again = await cli("template", out);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--force");
    expect((await cli("template", out, "--force")).code).toBe(0);
    expect((await cli("template", join(dir, "x.csv"))).code).toBe(2);
  });
});

describe("partnerskab status", () => {
  it("gives one category's status in words the working group uses", async () => {
    const r = await cli("status", "--tracker", SAMPLE, "--category", "indbrud", "--year", "2015");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Indbrud 2015: 58 anmeldelser mod måltallet på højst 62 (−20 % fra 77 i 2012). Måltallet er nået: 4 under.");
    const en = await cli("status", "--tracker", SAMPLE, "--category", "vold", "--year", "2015", "--lang", "en");
    expect(en.out).toContain(
      "Violence/threats 2015: 65 reports against the target of at most 58 (−20% from 73 in 2012). Target missed: 7 over.",
    );
  });

  it("defaults to the latest year with figures and lists every category with its status word", async () => {
    const r = await cli("status", "--tracker", SAMPLE, "--json");
    const json = JSON.parse(r.out);
    expect(json.year).toBe(2015);
    expect(json.categories.map((c: { category: string; rag: string }) => `${c.category}:${c.rag}`)).toEqual([
      "Indbrud:green",
      "Tyverier:amber",
      "Vold/Trusler:red",
      "Hærværk:green",
      "Narkotika:red",
      "Chikane:green",
    ]);
    const text = await cli("status", "--tracker", SAMPLE);
    expect(text.out).toMatch(/Tyverier\s+201\s+195\s+\+6\s+Tæt på/);
    expect(text.out).toMatch(/Indbrud\s+\d+\s+62\s+\S+\s+Nået/);
  });

  it("falls back to the latest known year when the asked one has no figure", async () => {
    const r = await cli("status", "--tracker", noMonths, "--category", "Burglary", "--year", "2016");
    expect(r.out).toContain("Der er endnu intet tal for indbrud i 2016 (måltallet er højst 58).");
    expect(r.out).toContain("Seneste tal: Indbrud 2015: 58 anmeldelser");
  });

  it("gives a year in progress: year to date, projection, colour and method, in words and in a table", async () => {
    const r = await cli("status", "--tracker", SAMPLE, "--category", "Burglary", "--year", "2016");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      "Indbrud 2016 til og med august: 29 anmeldelser. Fremskrevet til hele året: 49 mod måltallet på højst 58 – på vej til at nå det.\n" +
        "Tallet er fremskrevet efter sæsonmønsteret i 2013–2015.\n",
    );
    const en = await cli("status", "--tracker", SAMPLE, "--category", "narkotika", "--year", "2016", "--lang", "en");
    expect(en.out).toContain(
      "Drugs 2016 through August: 26 reports. Projected for the whole year: 40 against the target of at most 39 – close, but on course to end 1 over.",
    );
    const all = await cli("status", "--tracker", SAMPLE, "--year", "2016");
    expect(all.out).toContain("Amager Partnerskab – status 2016, fremskrevet til hele året");
    expect(all.out).toMatch(/Gerningstype\s+Anmeldelser\s+Til og med\s+Fremskrevet\s+Måltal\s+Afvigelse\s+Status/);
    expect(all.out).toMatch(/Vold\/Trusler\s+42\s+august\s+63\s+55\s+\+8\s+Ikke nået/);
    expect(all.out.trim().split("\n").at(-1)).toBe("Tallene er fremskrevet efter sæsonmønsteret i 2013–2015.");
  });

  it("--json gives each category's year to date, months reported, projection and method", async () => {
    const json = JSON.parse((await cli("status", "--tracker", SAMPLE, "--year", "2016", "--json")).out);
    const fields = (c: Record<string, unknown>) =>
      [c.id, c.yearToDate, c.monthsReported, c.projection, c.projectionMethod, c.projectionRag, c.rag].join(":");
    expect(json.categories.map(fields)).toEqual([
      "indbrud:29:8:49:seasonal:green:grey",
      "tyverier:128:8:189:seasonal:amber:grey",
      "vold-trusler:42:8:63:seasonal:red:grey",
      "haervaerk:33:8:50:seasonal:green:grey",
      "narkotika:26:8:40:seasonal:amber:grey",
      "chikane:34:8:52:seasonal:green:grey",
    ]);
    // A finished year: its months are counted, nothing is projected.
    const finished = JSON.parse((await cli("status", "--tracker", SAMPLE, "--year", "2015", "--json", "--category", "indbrud")).out);
    expect(finished.categories[0]).toMatchObject({
      actual: 58,
      yearToDate: 58,
      monthsReported: 12,
      projection: null,
      projectionMethod: null,
    });
    const none = JSON.parse((await cli("status", "--tracker", noMonths, "--year", "2016", "--json", "--category", "indbrud")).out);
    expect(none.categories[0]).toMatchObject({ yearToDate: null, monthsReported: 0, projection: null, projectionMethod: null });
  });

  it("says exactly what the bot says for the same category and year", async () => {
    for (const [category, year, question] of [
      ["indbrud", "2015", "Hvordan går det med indbrud i 2015?"],
      ["narkotika", "2016", "Hvordan går det med narkotika i 2016?"],
    ] as const) {
      const status = await cli("status", "--tracker", SAMPLE, "--category", category, "--year", year);
      const ask = await cli("ask", question, "--tracker", SAMPLE, "--now", "2016-09-01T09:00");
      for (const line of status.out.trim().split("\n")) expect(ask.out).toContain(line);
    }
  });

  it("exit 2 for an unknown category (with a suggestion), a bad year or no --tracker", async () => {
    const unknown = await cli("status", "--tracker", SAMPLE, "--category", "indbrudd");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('"Indbrud"');
    expect((await cli("status", "--tracker", SAMPLE, "--year", "sidste år")).code).toBe(2);
    expect((await cli("status")).code).toBe(2);
  });
});
