/**
 * Comparisons and rankings while the year is in progress, on the sample tracker's data
 * (examples/amager-tracker.data.ts) at the demo clock, 1 September 2016: 2016 has months January–
 * August and no yearly figure. A ranking or comparison of 2016 uses each category's projection
 * for the whole year and says so first; it never sets the months' reports against the whole
 * year's target, and never says "met" of a year not over.
 *
 * The projections, worked by hand from the months (seasonal pattern 2013–2015, months 1–8):
 * Vold/Trusler 42 × 201 ÷ 135 = 62,5 → 63 against 55 (73 less 25 %): +8, +14,5 %;
 * Indbrud 29 → 49 against 58: −9, −15,5 %; Tyverier 128 → 189 against 183: +6;
 * Hærværk → 50 against 53, Chikane → 52 against 54 (met); Narkotika → 40 against 39.
 */
import { describe, expect, it } from "vitest";
import * as sample from "../../examples/amager-tracker.data";
import { type AdaptiveCard, answerQuestion, emptyTrackerData, findCategory, fromCopenhagen, type TrackerData } from "../../shared/index";
import { expectValidCard } from "./card-shape";
import { amager } from "./fixtures";

const DEMO = fromCopenhagen({ year: 2016, month: 9, day: 1, hour: 10, minute: 0 });

function idOf(name: string): string {
  const c = findCategory(amager, name);
  if (!c) throw new Error(`no category ${name}`);
  return c.id;
}

function sampleTracker(): TrackerData {
  const crime = new Map<string, Map<number, number | null>>();
  for (const [name, ...values] of sample.crime) {
    crime.set(idOf(name), new Map(values.map((v, i) => [sample.crimeYears[i] ?? 0, v ?? null])));
  }
  const crimeByMonth = new Map<string, Map<number, number[]>>();
  for (const [name, year, ...months] of sample.crimeByMonth) {
    const byYear = crimeByMonth.get(idOf(name)) ?? new Map<number, number[]>();
    byYear.set(year, months);
    crimeByMonth.set(idOf(name), byYear);
  }
  return { ...emptyTrackerData(), crime, crimeByMonth };
}

const ask = (q: string) => answerQuestion(q, { agreement: amager, tracker: sampleTracker(), now: DEMO });

/** The card's table rows as text, cell by cell. */
function tableRows(card: AdaptiveCard | undefined): string[][] {
  const tableEl = (card?.body ?? []).find((e) => e.type === "Table") as
    | { rows: Array<{ cells: Array<{ items: Array<{ text: string }> }> }> }
    | undefined;
  return (tableEl?.rows ?? []).map((r) => r.cells.map((c) => c.items.map((i) => i.text).join(" ")));
}

const NOTE_DA = "2016 er ikke slut: tallene går til og med august og er fremskrevet til hele året efter sæsonmønsteret i 2013–2015.";
const NOTE_EN =
  "2016 is not over: the figures run through August and are projected for the whole year from the seasonal pattern of 2013–2015.";

describe("a ranking of the year in progress", () => {
  it("ranks the projections, says so first, and shows the year to date beside each", () => {
    const a = ask("Hvilken gerningstype går det dårligst med?");
    expect(a.intent).toBe("ranking");
    const lines = a.text.split("\n");
    expect(lines[0]).toBe(NOTE_DA);
    expect(a.summary).toBe("Dårligst i 2016 i forhold til måltallet: Vold/Trusler, fremskrevet 63 mod højst 55 (+8, +14,5 %).");
    expect(lines).toContain("Bedst i 2016: Indbrud, fremskrevet 49 mod højst 58 (−9, −15,5 %).");
    expect(lines).toContain("1. Indbrud: fremskrevet 9 under måltallet (−15,5 %)");
    // Never the months' reports against the whole year's target, and never last year instead.
    expect(a.text).not.toContain("42 mod højst 55");
    expect(a.text).not.toContain("Seneste år med tal er 2015");
    expectValidCard(a.card);
    const rows = tableRows(a.card);
    expect(rows.find((r) => r[0]?.includes("Vold/Trusler"))).toEqual([
      "6. Vold/Trusler",
      "63 (42 til dato)",
      "55",
      "+8",
      "+14,5 %",
      "Ikke nået (fremskrevet)",
    ]);
  });

  it("says it in English", () => {
    const a = ask("Which category is doing best this year?");
    expect(a.text.split("\n")[0]).toBe(NOTE_EN);
    expect(a.summary).toBe("Best in 2016 against its target: Burglary, projected 49 against at most 58 (−9, −15.5%).");
  });

  it("says which categories are on course to meet or miss the target, never that they met it", () => {
    const met = ask("Hvilke gerningstyper har nået målet i år?");
    expect(met.summary).toBe("I 2016 er 3 af 6 gerningstyper på vej til at nå måltallet: Indbrud, Hærværk og Chikane.");
    expect(met.text).not.toContain("nåede");
    const missed = ask("Which categories missed the target this year?");
    expect(missed.summary).toBe(
      "In 2016, 3 of 6 categories are on course to miss the target: Theft projected 6 over the target (+3.3%), Violence/threats projected 8 over the target (+14.5%) and Drugs projected 1 over the target (+2.6%).",
    );
    expect(missed.text.split("\n")[0]).toBe(NOTE_EN);
  });

  it("measures the most improved on finished years only (a projection is not a change that happened)", () => {
    const a = ask("Hvad er mest forbedret siden 2012?");
    expect(a.summary).toBe("Mest forbedret siden 2012: Hærværk, fra 70 i 2012 til 52 i 2015 (−18, −25,7 %).");
    expect(a.text).not.toContain("fremskrevet");
  });
});

describe("a comparison with the year in progress", () => {
  it("compares categories by their projections", () => {
    const a = ask("Sammenlign indbrud og hærværk");
    expect(a.intent).toBe("category-comparison");
    expect(a.text.split("\n")).toEqual([
      NOTE_DA,
      "Sammenligning 2016: Indbrud fremskrevet 9 under måltallet (−15,5 %), Hærværk fremskrevet 3 under måltallet (−5,7 %).",
      // A projection has met nothing yet: its status says "fremskrevet", as the card's table does.
      "Indbrud 2016 (29 til og med august): fremskrevet 49 mod måltallet på højst 58 – Nået (fremskrevet) (−9, −15,5 %)",
      "Hærværk 2016 (33 til og med august): fremskrevet 50 mod måltallet på højst 53 – Nået (fremskrevet) (−3, −5,7 %)",
      "Bedst i forhold til måltallet: Indbrud (−15,5 %).",
    ]);
  });

  it("gives the baseline year as the baseline, without a target it does not have", () => {
    const a = ask("er volden faldet siden 2012?");
    expect(a.intent).toBe("year-comparison");
    expect(a.text.split("\n")).toContain("Vold/Trusler 2012: 73 (baseline)");
    expect(a.text).not.toContain("højst –");
  });

  it("sets a finished year beside the projection of the year in progress, marked as such", () => {
    // 201 − 189 = 12; 12 ÷ 201 = 6,0 %.
    const a = ask("tyverier 2015 sammenlignet med 2016");
    expect(a.intent).toBe("year-comparison");
    expect(a.summary).toBe("Tyverier: fra 201 i 2015 til fremskrevet 189 i 2016 (−12, −6,0 %).");
    expect(a.text.split("\n")[0]).toBe(NOTE_DA);
    expect(tableRows(a.card).slice(1)).toEqual([
      ["2015", "201", "195", "+6", "+3,1 %", "Tæt på"],
      ["2016", "189 (128 til dato)", "183", "+6", "+3,3 %", "Tæt på (fremskrevet)"],
    ]);
  });

  it("counts the year in progress as on course, not met, beside a finished year", () => {
    const a = ask("How did we do in 2015 compared with 2016?");
    expect(a.summary).toBe(
      "Comparison 2015 and 2016: 3 of 6 categories met the target in 2015 and 3 of 6 categories are on course to meet the target in 2016.",
    );
    expect(a.text).toContain("Burglary: 58 in 2015 (Met), projected 49 in 2016 (Met)");
  });
});
