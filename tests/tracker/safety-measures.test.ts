/**
 * Safety in the tracker: the safety index (published until 2014, by district 29 and the special
 * analysis) and, from 2015, the safety survey's share of residents who feel unsafe, read and
 * checked at their cells, and the sample tracker showing no index level for 2015 or later.
 */
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTrackerFile } from "../../files/tracker-file";
import { readWorkbookGrids } from "../../files/xlsx-read";
import { bundledAgreement, type Grid, readTracker, type TrackerIssue } from "../../shared/index";

const SAMPLE = join(resolve(import.meta.dirname, "../.."), "examples/amager-tracker.xlsx");
const amager = (() => {
  const a = bundledAgreement("amager");
  if (!a) throw new Error("missing");
  return a;
})();

/** Reads only the sheets given (the required ones are then reported missing; they are filtered out). */
function read(sheets: Record<string, Grid>) {
  const { data, issues } = readTracker(sheets, amager, { today: "2016-09-01" });
  return { data, issues: issues.filter((i) => i.code !== "missing-sheet") };
}
const where = (issues: TrackerIssue[]) => issues.map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.code}`);

describe("the safety survey sheet (Tryghedsundersøgelse)", () => {
  it("reads shares per year and area: typed, with a per-cent sign, or as Excel's per-cent cells", () => {
    const { data, issues } = read({
      Tryghedsundersøgelse: [
        ["År", "Område", "Andel utrygge (%)"],
        [2015, "Amager Vest", 15],
        [2015, "Særanalyse for Amager Partnerskab", "27,5 %"],
        [2016, "Amager Vest", 0.14], // a cell formatted as per cent holds 0.14 for 14 %
        [2016, "Særanalyse for Amager Partnerskab", "0,5 %"], // the sign says it: half a per cent
      ],
    });
    expect(issues).toEqual([]);
    expect(data.safetySurvey).toEqual([
      { year: 2015, area: "Amager Vest", sharePercent: 15 },
      { year: 2015, area: "Særanalyse for Amager Partnerskab", sharePercent: 27.5 },
      { year: 2016, area: "Amager Vest", sharePercent: 14 },
      { year: 2016, area: "Særanalyse for Amager Partnerskab", sharePercent: 0.5 },
    ]);
  });

  it("names each problem at its cell, in Danish and English: not a share, over 100 %, negative, twice, before the survey began", () => {
    const { data, issues } = read({
      "Safety survey": [
        ["Year", "Area", "Share feeling unsafe (%)"],
        [2015, "Amager Vest", "mange"],
        [2015, "Særanalyse", 127],
        [2016, "Amager Vest", -3],
        [2016, "Særanalyse", 20],
        [2016, "særanalyse", 21],
        [2014, "Amager Vest", 18],
        [2016, "Tom", null],
      ],
    });
    expect(where(issues)).toEqual([
      "error Safety survey!C2 not-a-number",
      "error Safety survey!C3 over-100",
      "error Safety survey!C4 negative",
      "error Safety survey!A6 duplicate-year",
      "error Safety survey!C8 missing-value",
      "warning Safety survey!A7 survey-before-first-year",
    ]);
    const byCode = new Map(issues.map((i) => [i.code, i.message]));
    expect(byCode.get("not-a-number")?.da).toBe(
      "»mange« er ikke en procentsats. Skriv andelen i procent som et tal mellem 0 og 100, fx 27 eller 27,5.",
    );
    expect(byCode.get("over-100")).toEqual({
      da: "127 % er over 100 %. En andel kan højst være 100 %.",
      en: "127% is over 100%. A share can be at most 100%.",
    });
    expect(byCode.get("survey-before-first-year")?.da).toBe(
      "Københavns Tryghedsundersøgelse udkom første gang i 2015. Før det blev trygheden målt med Tryghedsindekset (arket »Tryghedsindeks«).",
    );
    // The good rows are still read; the one before 2015 too (a warning, not an error).
    expect(data.safetySurvey.map((e) => `${e.year} ${e.area} ${e.sharePercent}`)).toEqual(["2016 Særanalyse 20", "2014 Amager Vest 18"]);
  });
});

describe("the safety index sheet (Tryghedsindeks)", () => {
  it("knows the index's areas, stopped in 2014, and compares only district 29 with the 2012 baseline", () => {
    const { data, issues } = read({
      Tryghedsindeks: [
        ["År", "Område", "Behov"],
        [2012, "Distrikt 29", "reduceret"],
        [2012, "Særanalyse for Amager Partnerskab", "ordinær"],
        [2014, "District 29", "reduceret"],
        [2014, "Urbanplanen", "ordinær"],
        [2015, "Distrikt 29", "reduceret"],
      ],
    });
    expect(where(issues)).toEqual(["warning Tryghedsindeks!B5 unknown-area", "warning Tryghedsindeks!A6 index-after-last-year"]);
    const byCode = new Map(issues.map((i) => [i.code, i.message]));
    expect(byCode.get("unknown-area")?.da).toBe(
      "»Urbanplanen« er ikke et af tryghedsindeksets områder for aftalen. Skriv »Distrikt 29« eller »Særanalyse for Amager Partnerskab«.",
    );
    expect(byCode.get("index-after-last-year")).toEqual({
      da: "Tryghedsindekset udkom sidst for 2014. Fra 2015 måles trygheden i Københavns Tryghedsundersøgelse: skriv andelen af utrygge i arket »Tryghedsundersøgelse«.",
      en: 'The safety index was last published for 2014. From 2015 safety is measured by Copenhagen\'s safety survey (Københavns Tryghedsundersøgelse): enter the share feeling unsafe on the "Safety survey" sheet.',
    });
    expect(data.safetyIndex).toHaveLength(5);
  });

  it("warns when district 29's 2012 level is not the agreement's baseline, in the word baseline", () => {
    const { issues } = read({
      Tryghedsindeks: [
        ["År", "Område", "Behov"],
        [2012, "Distrikt 29", "ordinær"],
      ],
    });
    expect(issues.map((i) => i.message.da)).toEqual([
      "Tryghedsindeks 2012: der står »ordinær«, men aftalens baseline for 2012 er »reduceret«.",
    ]);
  });
});

describe("the sample tracker's safety figures", () => {
  it("shows no index level for 2015 or later, the index's areas as the source names them, and survey shares from 2015", async () => {
    const { data } = await loadTrackerFile(SAMPLE, { now: new Date("2016-09-01T08:00:00Z") });
    expect(Math.max(...data.safetyIndex.map((e) => e.year))).toBe(2014);
    expect(new Set(data.safetyIndex.map((e) => e.area))).toEqual(new Set(["Distrikt 29", "Særanalyse for Amager Partnerskab"]));
    expect(data.safetyIndex.find((e) => e.year === 2012)).toEqual({ year: 2012, area: "Distrikt 29", level: "reduceret" });
    expect(Math.min(...data.safetySurvey.map((e) => e.year))).toBe(2015);
    expect(data.safetySurvey.length).toBeGreaterThan(0);
  });

  it("marks the survey's shares as illustrative in the workbook itself", async () => {
    const grids = await readWorkbookGrids(SAMPLE);
    expect(JSON.stringify(grids.Aftale)).toContain("andelen af utrygge");
  });
});
