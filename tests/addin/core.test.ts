/** The add-in's logic that needs no Office: grouping, the Mål matrix, chunking, highlight records, language. */
import { describe, expect, it } from "vitest";
import { chunkByBudget, chunkRowSpans, EXCEL_WEB_PAYLOAD_LIMIT_BYTES, estimateRowBytes } from "../../excel-addin/core/chunking";
import {
  type HighlightRecord,
  highlightTargets,
  parseHighlights,
  planHighlights,
  serializeHighlights,
  userRecoloured,
} from "../../excel-addin/core/highlights";
import { langFromDisplayLanguage, msg, summaryText } from "../../excel-addin/core/i18n";
import { groupIssues } from "../../excel-addin/core/issues-view";
import { buildTargetsSheet, RAG_STYLE } from "../../excel-addin/core/targets-sheet";
import { bundledAgreement, type TrackerIssue } from "../../shared/index";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager is bundled");

const issue = (severity: "error" | "warning", sheet: string, cell: string, code = "x"): TrackerIssue => ({
  severity,
  sheet,
  cell,
  code,
  message: { da: `${code} da`, en: `${code} en` },
});

describe("groupIssues", () => {
  it("groups by sheet, sheets with errors first, errors before warnings, then by row and column", () => {
    const groups = groupIssues(
      [
        issue("warning", "Møder", "A9"),
        issue("warning", "SSP", "B2"),
        issue("error", "Møder", "D3"),
        issue("warning", "Kriminalitet", "C10"),
        issue("error", "Kriminalitet", "B2"),
        issue("error", "Kriminalitet", "A2"),
      ],
      "da",
    );
    expect(groups.map((g) => g.sheet)).toEqual(["Møder", "Kriminalitet", "SSP"]);
    expect(groups[1]?.items.map((i) => `${i.severity}:${i.cell}`)).toEqual(["error:A2", "error:B2", "warning:C10"]);
    expect(groups[0]).toMatchObject({ errors: 1, warnings: 1 });
    expect(groups[0]?.items[0]?.text).toBe("x da");
  });

  it("speaks the language asked for", () => {
    expect(groupIssues([issue("error", "Møder", "A2", "bad")], "en")[0]?.items[0]?.text).toBe("bad en");
  });
});

describe("chunking under Excel on the web's 5 MB limit", () => {
  it("keeps every chunk under the budget and covers every row once, in order", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`Møde ${i} på Hørgården`, 42_000 + i, 0.375, "Arbejdsgruppe"]);
    const sizes = rows.map(estimateRowBytes);
    const spans = chunkRowSpans(sizes, 200_000);
    expect(spans.length).toBeGreaterThan(5);
    expect(spans[0]?.start).toBe(0);
    expect(spans.at(-1)?.end).toBe(rows.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBe(spans[i - 1]?.end);
    for (const s of spans) expect(sizes.slice(s.start, s.end).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(200_000);
    expect(JSON.stringify(rows.slice(spans[0]?.start, spans[0]?.end)).length).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
  });

  it("gives one chunk when everything fits, and none for nothing", () => {
    expect(chunkRowSpans([10, 10, 10], 1000)).toEqual([{ start: 0, end: 3 }]);
    expect(chunkRowSpans([], 1000)).toEqual([]);
    expect(chunkByBudget(["a", "b", "c"], () => 600, 1000)).toEqual([["a"], ["b"], ["c"]]);
  });
});

describe("highlight records", () => {
  const record = (cell: string, severity: "error" | "warning" = "error"): HighlightRecord => ({
    sheet: "Kriminalitet",
    cell,
    severity,
    previous: { color: "#FFFFFF", pattern: "None", patternColor: null },
    applied: severity === "error" ? "#FFC7CE" : "#FFEB9C",
  });

  it("one target per cell, an error outranking a warning; whole-sheet issues are not painted", () => {
    const targets = highlightTargets([issue("warning", "Møder", "B2"), issue("error", "Møder", "B2"), issue("warning", "Møder", "")]);
    expect(targets).toEqual([{ sheet: "Møder", cell: "B2", severity: "error" }]);
  });

  it("plans new, kept and restored cells", () => {
    const plan = planHighlights(
      [record("B2"), record("C3")],
      [
        { sheet: "kriminalitet", cell: "C3", severity: "warning" },
        { sheet: "Kriminalitet", cell: "D4", severity: "error" },
      ],
    );
    expect(plan.add.map((t) => t.cell)).toEqual(["D4"]);
    expect(plan.keep.map((k) => [k.record.cell, k.severity])).toEqual([["C3", "warning"]]);
    expect(plan.restore.map((r) => r.cell)).toEqual(["B2"]);
  });

  it("round-trips through the document setting and ignores anything unreadable", () => {
    const records = [record("B2"), record("C3", "warning")];
    expect(parseHighlights(serializeHighlights(records))).toEqual(records);
    expect(parseHighlights("{not json")).toEqual([]);
    expect(parseHighlights(JSON.stringify({ records: [{ sheet: "X", cell: "not a cell" }] }))).toEqual([]);
    expect(parseHighlights(undefined)).toEqual([]);
  });

  it("recognises a cell the user recoloured", () => {
    expect(userRecoloured({ color: "#ffc7ce", pattern: "Solid", patternColor: null })).toBe(false);
    expect(userRecoloured({ color: "#00FF00", pattern: "Solid", patternColor: null })).toBe(true);
  });
});

describe("the Mål sheet matrix", () => {
  const crime = new Map([
    [
      "indbrud",
      new Map<number, number | null>([
        [2012, 77],
        [2013, 71],
        [2015, 58],
      ]),
    ],
    ["tyverier", new Map<number, number | null>([[2014, 212]])],
  ]);
  const sheet = buildTargetsSheet({ agreement: amager, crime, lang: "da", today: "2015-11-01" });
  const body = sheet.values.slice(sheet.freezeRows);

  it("has one row per category and target year, with the agreement's targets", () => {
    expect(body).toHaveLength(24);
    const row = (name: string, year: number) => body.find((r) => r[0] === name && r[1] === year);
    expect(row("Indbrud", 2015)?.slice(2, 9)).toEqual([77, -0.2, 62, 58, -4, -4 / 62, "grøn"]);
    expect(row("Indbrud", 2013)?.slice(4, 9)).toEqual([69, 71, 2, 2 / 69, "gul"]);
    expect(row("Tyverier", 2014)?.slice(4, 9)).toEqual([207, 212, 5, 5 / 207, "gul"]);
    expect(row("Hærværk", 2016)?.slice(4, 9)).toEqual([53, "", "", "", "grå"]);
  });

  it("is rectangular, with a number format per cell and the RAG colour on the status cell", () => {
    for (const r of sheet.values) expect(r).toHaveLength(sheet.values[0]?.length ?? 0);
    expect(sheet.numberFormats.map((r) => r.length)).toEqual(sheet.values.map((r) => r.length));
    const greenRow = sheet.values.findIndex((r) => r[0] === "Indbrud" && r[1] === 2015);
    expect(sheet.styles).toContainEqual(expect.objectContaining({ row0: greenRow, fill: RAG_STYLE.green.fill }));
    expect(sheet.values[1]?.[0]).toContain("1. november 2015");
  });

  it("is written in English when asked", () => {
    const en = buildTargetsSheet({ agreement: amager, crime, lang: "en", today: "2015-11-01" });
    expect(en.values[3]?.[0]).toBe("Offence category");
    expect(en.values.find((r) => r[0] === "Burglary" && r[1] === 2015)?.[8]).toBe("green");
  });
});

describe("language", () => {
  it("is Danish for da-DK (and any da…), English otherwise", () => {
    expect(langFromDisplayLanguage("da-DK")).toBe("da");
    expect(langFromDisplayLanguage("da")).toBe("da");
    expect(langFromDisplayLanguage("en-US")).toBe("en");
    expect(langFromDisplayLanguage("de-DE")).toBe("en");
    expect(langFromDisplayLanguage(undefined)).toBe("en");
    expect(summaryText("da", 2, 1)).toBe("2 fejl og 1 advarsel");
    expect(summaryText("en", 1, 2)).toBe("1 error and 2 warnings");
    expect(msg("en", "targetsWritten", { sheet: "Mål", rows: 24 })).toBe("The sheet “Mål” was written with 24 rows.");
  });
});
