/**
 * The status report's model from the sample tracker, against figures worked out by hand from
 * examples/amager-tracker.data.ts and the Amager agreement (baseline 2012, −20 % in 2015).
 */
import { describe, expect, it } from "vitest";
import { type ReportDocument, type ReportTable, statusReport, statusReportSummary } from "../../shared/index";
import { DEMO_NOW, sampleTracker } from "./fixtures";

async function report(year: number, lang: "da" | "en" = "da"): Promise<ReportDocument> {
  const { agreement, data } = await sampleTracker();
  return statusReport({ agreement, tracker: data, year, lang, dataAsOf: DEMO_NOW, source: "amager-tracker.xlsx", now: DEMO_NOW });
}

function tables(doc: ReportDocument): ReportTable[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : [])));
}

function tableCaptioned(doc: ReportDocument, caption: string): ReportTable {
  const table = tables(doc).find((t) => t.caption === caption);
  if (!table)
    throw new Error(
      `no table "${caption}" (have: ${tables(doc)
        .map((t) => t.caption)
        .join(" | ")})`,
    );
  return table;
}

const texts = (table: ReportTable) => table.rows.map((r) => r.map((c) => c.text));

describe("the status report for 2015, from the sample tracker", () => {
  it("has the front page's facts: partnership, year, the date of the data, the source", async () => {
    const doc = await report(2015);
    expect(doc.title).toBe("Statusrapport 2015");
    expect(doc.subtitle).toBe("Amager Partnerskab – Urbanplanen og Hørgården");
    expect(doc.front).toEqual([
      { label: "Partnerskab", value: "Amager Partnerskab" },
      { label: "Område", value: "Urbanplanen og Hørgården" },
      { label: "År", value: "2015" },
      { label: "Data pr.", value: "1. september 2016 kl. 9.00" },
      { label: "Kilde", value: "amager-tracker.xlsx" },
    ]);
  });

  it("sums up targets met and the largest movements in one paragraph", async () => {
    const doc = await report(2015);
    const summary = doc.sections[0];
    expect(summary?.heading).toBe("Sammenfatning");
    const paragraph = summary?.blocks[0];
    expect(paragraph?.kind).toBe("paragraph");
    const text = paragraph?.kind === "paragraph" ? paragraph.text : "";
    // Met: Indbrud 58 ≤ 62, Hærværk 52 ≤ 56, Chikane 57 ≤ 58; close: Tyverier 201 ≤ 195 × 1,05; missed: Vold/Trusler, Narkotika.
    expect(text).toContain(
      "I 2015 blev 3 af 6 måltal nået (Indbrud, Hærværk og Chikane); Tyverier var tæt på; Vold/Trusler og Narkotika nåede ikke måltallet.",
    );
    // From 2014: Hærværk 57 → 52 = −8,77 %, Indbrud 63 → 58 = −7,94 % are the two largest in per cent.
    expect(text).toContain("De største ændringer fra 2014: Hærværk fra 57 til 52 (−8,8 %) og Indbrud fra 63 til 58 (−7,9 %).");
    // The safety index ended with 2014; 2015 has the survey's shares (no verdict: the agreement sets no ceiling).
    expect(text).toContain(
      "Andel utrygge 2015 (Københavns Tryghedsundersøgelse): 15 % i Amager Vest; 27 % i Særanalyse for Amager Partnerskab.",
    );
    expect(text).toContain("4 gange i 2015 mod 6 i 2012 (−2)");
    expect(text).toContain("styregruppen 3 møder");
    expect(text).toContain("arbejdsgruppen 7 møder");
    expect(text).toContain("I 2015 er der brugt 1.462.300 kr. af de 1.500.000 kr., der var afsat.");
    expect(summary?.blocks[1]).toMatchObject({ kind: "placeholder" });
  });

  it("has the crime table: baseline, måltal, reports, deviation in count and per cent, status with its colour", async () => {
    const table = tableCaptioned(await report(2015), "Anmeldelser 2015 mod måltallene");
    expect(table.header).toEqual([
      "Gerningstype",
      "Baseline 2012",
      "Måltal 2015",
      "Anmeldelser 2015",
      "Afvigelse",
      "Afvigelse i %",
      "Status",
    ]);
    // Måltal = baseline × 0,8 rounded half up; deviation = reports − måltal; per cent of the måltal.
    expect(texts(table)).toEqual([
      ["Indbrud", "77", "62", "58", "−4", "−6,5 %", "Nået"],
      ["Tyverier", "244", "195", "201", "+6", "+3,1 %", "Tæt på"],
      ["Vold/Trusler", "73", "58", "65", "+7", "+12,1 %", "Ikke nået"],
      ["Hærværk", "70", "56", "52", "−4", "−7,1 %", "Nået"],
      ["Narkotika", "52", "42", "45", "+3", "+7,1 %", "Ikke nået"],
      ["Chikane", "72", "58", "57", "−1", "−1,7 %", "Nået"],
    ]);
    expect(table.rows.map((r) => r[6]?.rag)).toEqual(["green", "amber", "red", "green", "red", "green"]);
  });

  it("has one section per objective, in the agreement's order and words, each before meetings, activities and money", async () => {
    const doc = await report(2015);
    const crime = doc.sections.find((s) => s.heading === "Anmeldt kriminalitet");
    expect(crime?.blocks[0]).toEqual({
      kind: "paragraph",
      text: "Målsætningen: »Kriminaliteten i partnerskabsområdet skal nedbringes, i overensstemmelse med nedenstående måltal.«",
    });
    expect(doc.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual([
      "Sammenfatning",
      "Tryghed",
      "Ekstraordinære aktiveringer af SSP-beredskabet",
      "Anmeldt kriminalitet",
      "Møder",
      "Tryghedsplanens aktiviteter",
      "Økonomi",
      "Om tallene",
    ]);
  });

  it("shows SSP against the 2012 baseline without a verdict", async () => {
    const table = tableCaptioned(await report(2015), "Ekstraordinære aktiveringer af SSP-beredskabet år for år");
    expect(texts(table)).toEqual([
      ["2012", "6", "0"],
      ["2013", "7", "+1"],
      ["2014", "5", "−1"],
      ["2015", "4", "−2"],
    ]);
    expect(table.rows.flat().some((c) => c.rag !== undefined)).toBe(false);
  });

  it("counts meetings held per group against the agreement's numbers", async () => {
    const table = tableCaptioned(await report(2015), "Møder i forhold til aftalen");
    expect(texts(table)).toEqual([
      ["Styregruppen", "3", "0", "0", "mindst 2 gange årligt", "Lever op til aftalen"],
      ["Arbejdsgruppen", "7", "0", "0", "6–8 gange årligt", "Lever op til aftalen"],
    ]);
  });

  it("lists the activities that ran in 2015 under their focus area, with their status and a place to write", async () => {
    const doc = await report(2015);
    const focus = doc.sections.filter((s) => s.level === 2);
    expect(focus.map((s) => s.heading)).toEqual([
      "1. Dialog og kommunikationsindsats for at skabe et bedre omdømme",
      "2. Skabelse af et byrum, der opleves som trygt",
      "3. Brobygning til et godt voksenliv",
    ]);
    const rows = focus.map((s) => s.blocks.flatMap((b) => (b.kind === "table" ? texts(b.table).map((r) => `${r[0]}: ${r[3]}`) : [])));
    // The lighting (March–November 2014) did not run in 2015.
    expect(rows).toEqual([
      ["Nyhedsbrev til beboerne hvert kvartal: I gang", "Gode historier fra området i lokalavisen: I gang"],
      ["Tryghedsvandringer to gange om året: I gang"],
      ["Fritidsjob til unge på 13–17 år: I gang", "Lektiecafé i Kvarterhuset: Afsluttet"],
    ]);
    for (const s of focus) expect(s.blocks[0]).toMatchObject({ kind: "placeholder" });
  });

  it("shows the money set aside and spent up to the year, the span-of-years line beside it, never summed", async () => {
    const doc = await report(2015);
    expect(texts(tableCaptioned(doc, "Afsat og forbrugt pr. år"))).toEqual([
      ["2014", "750.000 kr.", "712.500 kr.", "37.500 kr."],
      ["2015", "1.500.000 kr.", "1.462.300 kr.", "37.700 kr."],
    ]);
    const money = doc.sections.find((s) => s.heading === "Økonomi");
    // The agreement's own words for the secretariat, quoted, never summed.
    expect(
      money?.blocks.some(
        (b) => b.kind === "note" && b.text.includes("»Hertil kommer 0,3 mio. kr.") && b.text.includes("lægges ikke sammen"),
      ),
    ).toBe(true);
  });

  it("is written in English when asked", async () => {
    const doc = await report(2015, "en");
    expect(doc.title).toBe("Status report 2015");
    const crime = tableCaptioned(doc, "Reports 2015 against the targets");
    expect(texts(crime)[1]).toEqual(["Theft", "244", "195", "201", "+6", "+3.1%", "Close"]);
    const summary = doc.sections[0]?.blocks[0];
    expect(summary?.kind === "paragraph" && summary.text).toContain(
      "In 2015, 3 of 6 targets were met (Burglary, Vandalism and Harassment)",
    );
  });

  it("for a year in progress, shows each category's projection from shared/progress", async () => {
    const doc = await report(2016);
    const table = tableCaptioned(doc, "Anmeldelser 2016 mod måltallene");
    expect(table.header[3]).toBe("Anmeldelser 2016 (fremskrevet)");
    // The sample's projections for 2016 (examples/amager-tracker.data.ts): Indbrud 49 against 58.
    expect(texts(table)[0]?.slice(0, 4)).toEqual(["Indbrud", "77", "58", "49"]);
    const { agreement, data } = await sampleTracker();
    expect(statusReportSummary(agreement, data, 2016, "da", DEMO_NOW).text).toContain("Fremskrevet til hele 2016");
  });
});
