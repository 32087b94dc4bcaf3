/**
 * The add-in's logic that needs no Office: grouping, the Måltal matrix, chunking, highlight records,
 * language, error sentences, parameter addresses, call batching and auto-revalidation.
 */
import { describe, expect, it } from "vitest";
import { AutoRevalidate } from "../../excel-addin/core/auto-revalidate";
import { parseCellAddress } from "../../excel-addin/core/cell-address";
import {
  cellOpBytes,
  chunkByBudget,
  chunkCellOps,
  chunkRowSpans,
  EXCEL_WEB_PAYLOAD_LIMIT_BYTES,
  estimateRowBytes,
  rowBlocks,
  sheetBytes,
  takeCellOps,
  utf8Bytes,
} from "../../excel-addin/core/chunking";
import { coalesce } from "../../excel-addin/core/coalesce";
import { AddinError, friendlyError } from "../../excel-addin/core/excel-errors";
import {
  type HighlightRecord,
  highlightTargets,
  neverPainted,
  parseHighlights,
  planHighlights,
  sameFill,
  serializeHighlights,
  userRecoloured,
} from "../../excel-addin/core/highlights";
import { countMsg, langFromDisplayLanguage, msg, summaryText } from "../../excel-addin/core/i18n";
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

describe("the Måltal sheet matrix", () => {
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

  it("has one row per category and target year, with the agreement's targets and the bot's status words", () => {
    expect(sheet.name).toBe("Måltal");
    expect(sheet.values[3]?.slice(4, 9)).toEqual(["Måltal (højst)", "Anmeldelser", "Afvigelse", "Afvigelse i %", "Status"]);
    expect(body).toHaveLength(24);
    const row = (name: string, year: number) => body.find((r) => r[0] === name && r[1] === year);
    expect(row("Indbrud", 2015)?.slice(2, 9)).toEqual([77, -0.2, 62, 58, -4, -4 / 62, "Nået"]);
    expect(row("Indbrud", 2013)?.slice(4, 9)).toEqual([69, 71, 2, 2 / 69, "Tæt på"]);
    expect(row("Tyverier", 2014)?.slice(4, 9)).toEqual([207, 212, 5, 5 / 207, "Tæt på"]);
    expect(row("Hærværk", 2016)?.slice(4, 9)).toEqual([53, "", "", "", "Intet tal"]);
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
    expect(en.values.find((r) => r[0] === "Burglary" && r[1] === 2015)?.[8]).toBe("Met");
    expect(en.values[3]?.slice(4, 6)).toEqual(["Target (at most)", "Reports"]);
  });
});

describe("the Måltal sheet's year in progress", () => {
  // Indbrud month by month: 2013–2015 complete (113 of 192 reports in January–August), 2016 to August.
  const months = new Map([
    [
      "indbrud",
      new Map<number, number[]>([
        [2013, [7, 6, 6, 5, 4, 4, 4, 5, 7, 7, 8, 8]],
        [2014, [6, 5, 5, 4, 4, 4, 4, 5, 6, 6, 7, 7]],
        [2015, [6, 5, 5, 4, 3, 4, 4, 4, 5, 5, 6, 7]],
        [2016, [5, 4, 4, 3, 3, 3, 3, 4]],
      ]),
    ],
    // Tyverier 2014 complete in Måneder but not in Kriminalitet: its 12 months are the year's figure.
    ["tyverier", new Map<number, number[]>([[2014, [14, 15, 18, 16, 19, 22, 20, 19, 20, 16, 15, 18]]])],
  ]);
  const crime = new Map([
    ["indbrud", new Map<number, number | null>([[2015, 58]])],
    ["tyverier", new Map<number, number | null>()],
  ]);
  const row = (sheet: ReturnType<typeof buildTargetsSheet>, name: string, year: number) =>
    sheet.values.findIndex((r) => r[0] === name && r[1] === year);

  it("adds the year to date, the projection, its colour and how it was made to the year in progress", () => {
    const sheet = buildTargetsSheet({ agreement: amager, crime, crimeByMonth: months, lang: "da", today: "2016-09-01" });
    expect(sheet.values[3]?.slice(8)).toEqual([
      "Status",
      "Til og med",
      "Anmeldelser til dato",
      "Fremskrevet",
      "Fremskrevet status",
      "Fremskrivning",
    ]);
    const r2016 = row(sheet, "Indbrud", 2016);
    // 29 × 192 ÷ 113 = 49,3 → 49, against at most 58: green. No yearly figure yet, so the Status column says Intet tal.
    expect(sheet.values[r2016]?.slice(4, 14)).toEqual([
      58,
      "",
      "",
      "",
      "Intet tal",
      "august",
      29,
      49,
      "Nået",
      "Efter sæsonmønsteret i 2013–2015",
    ]);
    expect(sheet.styles).toContainEqual(expect.objectContaining({ row0: r2016, col0: 12, fill: RAG_STYLE.green.fill }));
    expect(sheet.numberFormats[r2016]?.slice(9, 14)).toEqual(["General", "0", "0", "General", "General"]);
    // A finished year leaves the new columns empty.
    expect(sheet.values[row(sheet, "Indbrud", 2015)]?.slice(5, 14)).toEqual([58, -4, -4 / 62, "Nået", "", "", "", "", ""]);
    expect(sheet.values[row(sheet, "Tyverier", 2014)]?.slice(4, 9)).toEqual([207, 212, 5, 5 / 207, "Tæt på"]);
    for (const r of sheet.values) expect(r).toHaveLength(14);
    expect(sheet.values[1]?.[0]).toContain("ud fra arkene »Kriminalitet« og »Måneder«");
  });

  it("says it in English", () => {
    const en = buildTargetsSheet({ agreement: amager, crime, crimeByMonth: months, lang: "en", today: "2016-09-01" });
    expect(en.values[3]?.slice(9)).toEqual(["Through", "Reports to date", "Projected", "Projected status", "Projection"]);
    expect(en.values[row(en, "Burglary", 2016)]?.slice(9)).toEqual(["August", 29, 49, "Met", "From the seasonal pattern of 2013–2015"]);
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
    expect(msg("da", "targetsWritten", { sheet: "Måltal", rows: 24 })).toBe("Arket »Måltal« er opdateret (24 rækker).");
    expect(msg("en", "targetsWritten", { sheet: "Måltal", rows: 24 })).toBe('The sheet "Måltal" is updated (24 rows).');
  });

  it("says one cell in the singular and more in the plural", () => {
    expect(countMsg("da", "highlighted", 1)).toBe("1 celle er markeret.");
    expect(countMsg("da", "highlighted", 3)).toBe("3 celler er markeret.");
    expect(countMsg("en", "highlighted", 1)).toBe("1 cell is highlighted.");
    expect(countMsg("en", "highlighted", 2)).toBe("2 cells are highlighted.");
    expect(countMsg("da", "clearedKeptUser", 1)).toBe("1 celle fik en ny farve efter markeringen og er bevaret.");
    expect(countMsg("da", "clearedKeptUser", 4)).toBe("4 celler fik en ny farve efter markeringen og er bevaret.");
  });
});

describe("highlight records as stored", () => {
  const rec = (sheet: string, cell: string, severity: "error" | "warning", previous: HighlightRecord["previous"]): HighlightRecord => ({
    sheet,
    cell,
    severity,
    previous,
    applied: severity === "error" ? "#FFC7CE" : "#FFEB9C",
  });
  const none = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };
  const yellow = { color: "#FFFF00", pattern: "Solid", patternColor: null };

  it("group cells by sheet, severity and previous fill, and read back the same records", () => {
    const records = [
      rec("Møder", "D3", "error", none),
      rec("Møder", "D9", "error", none),
      rec("Møder", "G2", "warning", yellow),
      rec("SSP", "B2", "error", none),
    ];
    const stored = serializeHighlights(records);
    expect(stored).toEqual({
      version: 2,
      fills: [
        ["#FFFFFF", "None", "#000000"],
        ["#FFFF00", "Solid", null],
      ],
      cells: { Møder: { e0: "D3 D9", w1: "G2" }, SSP: { e0: "B2" } },
    });
    expect(parseHighlights(stored)).toEqual(records);
    // As a JSON string too (how earlier releases stored it).
    expect(parseHighlights(JSON.stringify(stored))).toEqual(records);
  });

  it("cost a few bytes a cell, so 20,000 of them fit easily in a request", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => rec("Møder", `D${i + 2}`, "error", none));
    expect(JSON.stringify(serializeHighlights(many)).length).toBeLessThan(20_000 * 8);
  });

  it("still read the first release's records", () => {
    const v1 = JSON.stringify({ version: 1, records: [rec("Møder", "D3", "error", yellow)] });
    expect(parseHighlights(v1)).toEqual([rec("Møder", "D3", "error", yellow)]);
  });

  it("skip what is broken and keep the rest", () => {
    const stored = {
      version: 2,
      fills: [["#FFFFFF", "None", null], "bad"],
      cells: { Møder: { e0: "D3 nocell", e1: "D4", x0: "D5", e7: "D6" }, SSP: 5 },
    };
    expect(parseHighlights(stored).map((r) => r.cell)).toEqual(["D3"]);
  });
});

describe("fills", () => {
  it("look the same when the colour, pattern and pattern colour agree (no pattern: no colour matters)", () => {
    expect(
      sameFill({ color: "#ffff00", pattern: "Solid", patternColor: "#000000" }, { color: "#FFFF00", pattern: "Solid", patternColor: null }),
    ).toBe(true);
    expect(
      sameFill({ color: "#FFFFFF", pattern: "None", patternColor: null }, { color: "#000000", pattern: "None", patternColor: "#FF0000" }),
    ).toBe(true);
    expect(
      sameFill(
        { color: "#DDEBF7", pattern: "LightGray", patternColor: "#FF0000" },
        { color: "#DDEBF7", pattern: "LightGray", patternColor: "#00FF00" },
      ),
    ).toBe(false);
    expect(
      sameFill({ color: "#FFFF00", pattern: "Solid", patternColor: null }, { color: "#FFFFFF", pattern: "None", patternColor: null }),
    ).toBe(false);
  });

  it("a record whose cell still looks as before was never painted", () => {
    const r: HighlightRecord = {
      sheet: "Møder",
      cell: "D3",
      severity: "error",
      previous: { color: "#FFFF00", pattern: "Solid", patternColor: null },
      applied: "#FFC7CE",
    };
    expect(neverPainted(r, { color: "#FFFF00", pattern: "Solid", patternColor: "#000000" })).toBe(true);
    expect(neverPainted(r, { color: "#FFC7CE", pattern: "Solid", patternColor: null })).toBe(false);
    expect(neverPainted(r, { color: "#00B050", pattern: "Solid", patternColor: null })).toBe(false);
  });
});

describe("request budgets", () => {
  it("each batch pays its fixed part and each sheet once, and keeps the order", () => {
    const ops = [
      { sheet: "A", cell: "A1" },
      { sheet: "A", cell: "A2" },
      { sheet: "Bb", cell: "B1" },
    ];
    const fixed = 100;
    const perOp = 10;
    const sheetA = sheetBytes("A");
    // Room for the fixed part, sheet A and two operations, not a second sheet as well.
    const budget = fixed + sheetA + 2 * (perOp + 2);
    expect(takeCellOps(ops, 0, (o) => cellOpBytes(perOp, o.cell), budget, fixed)).toBe(2);
    expect(chunkCellOps(ops, (o) => cellOpBytes(perOp, o.cell), budget, fixed)).toEqual([ops.slice(0, 2), ops.slice(2)]);
    // One operation too big for any batch still goes, alone.
    expect(chunkCellOps(ops, () => 10_000, budget, fixed)).toEqual([[ops[0]], [ops[1]], [ops[2]]]);
    expect(utf8Bytes("Møder")).toBe(6);
  });

  it("reads in blocks of whole rows under the cell cap", () => {
    expect(rowBlocks(3, 10, 4, 8)).toEqual([
      { start: 3, end: 5 },
      { start: 5, end: 7 },
      { start: 7, end: 9 },
      { start: 9, end: 10 },
    ]);
    expect(rowBlocks(0, 3, 100, 8)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });
});

describe("errors people understand", () => {
  const officeError = (code: string) => Object.assign(new Error("Internal message, not for users"), { name: "RichApi.Error", code });

  it("Excel's refusals become a short sentence chosen by the code, never Excel's own message", () => {
    const cases: Array<[string, string, string]> = [
      ["AccessDenied", "beskyttet", "protected"],
      ["ItemNotFound", "slettet eller omdøbt", "deleted or renamed"],
      ["InvalidOperationInCellEditMode", "Tryk Enter eller Esc", "Press Enter or Esc"],
      ["RequestPayloadSizeLimitExceeded", "for mange data", "too much data"],
      ["ActivityLimitReached", "Vent et øjeblik", "Wait a moment"],
      ["InactiveWorkbook", "Flere projektmapper", "Several workbooks"],
    ];
    for (const [code, da, en] of cases) {
      expect(friendlyError(officeError(code), "da")).toMatchObject({ code, fromExcel: true });
      expect(friendlyError(officeError(code), "da").text, code).toContain(da);
      expect(friendlyError(officeError(code), "en").text, code).toContain(en);
      expect(friendlyError(officeError(code), "en").text).not.toContain("Internal message");
    }
    expect(friendlyError(officeError("FilteredRangeConflict"), "da").text).toBe(
      "Excel kunne ikke udføre handlingen (fejlkode FilteredRangeConflict). Prøv igen.",
    );
  });

  it("the add-in's own refusals say their own words; a fault of ours is polite and marked for the log", () => {
    expect(friendlyError(new AddinError({ da: "Forkort teksten.", en: "Shorten the text." }), "en")).toEqual({
      text: "Shorten the text.",
      code: undefined,
      fromExcel: false,
    });
    const bug = friendlyError(new TypeError("x is undefined"), "da");
    expect(bug.fromExcel).toBe(false);
    expect(bug.text).toContain("uventet fejl");
    expect(bug.text).not.toContain("undefined");
  });
});

describe("a parameter's address (invocation.parameterAddresses)", () => {
  it("is read as Excel writes it", () => {
    expect(parseCellAddress("Møder!F6")).toEqual({ sheet: "Møder", cell: "F6" });
    expect(parseCellAddress("'Latest Prices'!$F$6")).toEqual({ sheet: "Latest Prices", cell: "F6" });
    expect(parseCellAddress("'Bob''s Region'!f6")).toEqual({ sheet: "Bob's Region", cell: "F6" });
    expect(parseCellAddress("'Mine tal!'!B2")).toEqual({ sheet: "Mine tal!", cell: "B2" });
  });

  it("is no cell for a range, a typed value or another workbook", () => {
    for (const x of ["Møder!A1:B2", "", "F6", "[Bog2]Ark1!A1", "'unclosed!A1", 0, null, undefined])
      expect(parseCellAddress(x), String(x)).toBeUndefined();
  });
});

describe("many calls, one round trip", () => {
  it("calls made together are answered by one batch, in order; a failure reaches each", async () => {
    const batches: number[][] = [];
    const double = coalesce(async (keys: number[]) => {
      batches.push(keys);
      return keys.map((k) => k * 2);
    });
    expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(await double(5)).toBe(10);
    expect(batches).toHaveLength(2);
    const failing = coalesce(async () => {
      throw new Error("no");
    });
    await expect(Promise.all([failing(1), failing(2)])).rejects.toThrow("no");
  });
});

describe("auto-revalidation", () => {
  function harness() {
    const log: string[] = [];
    let onChange: (() => void) | undefined;
    const timers: Array<() => void> = [];
    const auto = new AutoRevalidate({
      listen: async (handler) => {
        log.push("listen");
        onChange = handler;
        return async () => {
          log.push("unlisten");
          onChange = undefined;
        };
      },
      validate: async () => {
        log.push("validate");
      },
      busy: () => false,
      delayMs: 1500,
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => timers.splice(0),
    });
    const change = () => onChange?.();
    const elapse = () => {
      for (const t of timers.splice(0)) t();
    };
    return { auto, log, change, elapse };
  }

  it("validates a moment after a change while ticked and visible; one validation for a burst of changes", async () => {
    const { auto, log, change, elapse } = harness();
    await auto.setEnabled(true);
    change();
    change();
    change();
    elapse();
    expect(log).toEqual(["listen", "validate"]);
  });

  it("stops listening while the pane is hidden, and on showing listens again and catches up once", async () => {
    const { auto, log, change, elapse } = harness();
    await auto.setEnabled(true);
    change(); // pending when the pane is hidden: dropped
    await auto.setVisible(false);
    expect(auto.listening).toBe(false);
    change();
    elapse();
    expect(log).toEqual(["listen", "unlisten"]);
    await auto.setVisible(true);
    expect(auto.listening).toBe(true);
    expect(log).toEqual(["listen", "unlisten", "listen", "validate"]);
    // Showing it again while it is shown changes nothing.
    await auto.setVisible(true);
    expect(log).toHaveLength(4);
  });

  it("unticked, it neither listens nor catches up when the pane is shown", async () => {
    const { auto, log } = harness();
    await auto.setVisible(false);
    await auto.setVisible(true);
    await auto.setEnabled(true);
    await auto.setEnabled(false);
    expect(log).toEqual(["listen", "unlisten"]);
  });
});
