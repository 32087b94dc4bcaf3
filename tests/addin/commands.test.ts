/**
 * Each task-pane command against the stand-in host (office-addin-mock proxies over an in-memory
 * workbook): the sample tracker, a messy one, an empty workbook. Among them: every cell the user
 * typed is identical before and after every command, highlights come off exactly as the cells
 * looked before, and the number of round trips (context.sync) on 5,000 meeting rows.
 *
 * Round trips: a read is three (the sheets' names and the add-in's settings; how far the
 * tracker's sheets reach; their values — the documented two-step pattern for objects that may
 * not exist, and reads bounded by what was found); painting new highlights is two per batch
 * (their fills, then records and paint); restoring is one per batch.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { calculateTargets, TARGETS_SHEET_SETTING_KEY } from "../../excel-addin/actions/calculate";
import { clearHighlights } from "../../excel-addin/actions/clear";
import { createTracker } from "../../excel-addin/actions/create";
import { validateWorkbook } from "../../excel-addin/actions/validate";
import { EXCEL_WEB_PAYLOAD_LIMIT_BYTES, REQUEST_COST } from "../../excel-addin/core/chunking";
import { friendlyError } from "../../excel-addin/core/excel-errors";
import { HIGHLIGHT_COLORS, HIGHLIGHT_SETTING_KEY, parseHighlights } from "../../excel-addin/core/highlights";
import { TARGETS_SHEET_NAME } from "../../excel-addin/core/targets-sheet";
import { applyHighlights } from "../../excel-addin/excel/highlight-cells";
import { selectCell } from "../../excel-addin/excel/sheets";
import { readWorkbookGrids } from "../../files/xlsx-read";
import { TRACKER_LIMITS, type WorkbookGrids } from "../../shared/index";
import { ROOT } from "../helpers/cli";
import { type FakeWorkbookModel, parseAddress } from "./fake-host/model";
import { bigTracker, messyTracker, NOW, PLANTED } from "./fixtures";
import { installHost, installModel } from "./harness";

let sample: WorkbookGrids;
beforeAll(async () => {
  sample = await readWorkbookGrids(`${ROOT}/examples/amager-tracker.xlsx`);
});

function fillAt(model: FakeWorkbookModel, sheet: string, cell: string) {
  const s = model.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const { row0, col0 } = parseAddress(cell);
  return model.peek(s, row0, col0)?.fill;
}

function setFill(model: FakeWorkbookModel, sheet: string, cell: string, fill: { color: string; pattern: string; patternColor: string }) {
  const s = model.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const { row0, col0 } = parseAddress(cell);
  model.cell(s, row0, col0).fill = fill;
}

function valueAt(model: FakeWorkbookModel, sheet: string, row0: number, col0: number) {
  const s = model.sheet(sheet);
  return s ? model.peek(s, row0, col0)?.value : undefined;
}

describe("Validér", () => {
  it("finds nothing wrong in the sample tracker, reading it in three round trips", async () => {
    const model = installHost(sample);
    const result = await validateWorkbook({ lang: "da", now: NOW });
    expect(result.errors).toBe(0);
    expect(result.agreementNote).toBe("Aftale fra arket »Aftale«: Amager Partnerskab");
    // Nothing to paint: the read is the only work; warnings to paint take one batch of two.
    expect(model.syncCount).toBe(result.highlighted === 0 ? 3 : 5);
  });

  it("lists the messy tracker's planted issues at their cells, grouped by sheet, errors first, and highlights them", async () => {
    const model = installHost(messyTracker());
    const result = await validateWorkbook({ lang: "da", now: NOW });
    for (const p of PLANTED) {
      expect(result.issues).toContainEqual(expect.objectContaining({ sheet: p.sheet, cell: p.cell, code: p.code, severity: p.severity }));
      expect(fillAt(model, p.sheet, p.cell)).toMatchObject({ color: HIGHLIGHT_COLORS[p.severity], pattern: "Solid" });
    }
    expect(result.groups.map((g) => g.sheet)).toEqual(["Kriminalitet", "Møder"]);
    for (const g of result.groups) {
      const firstWarning = g.items.findIndex((i) => i.severity === "warning");
      if (firstWarning >= 0) expect(g.items.slice(firstWarning).every((i) => i.severity === "warning")).toBe(true);
    }
    // A valid cell is not painted.
    expect(fillAt(model, "Kriminalitet", "B2")?.pattern ?? "None").toBe("None");
    expect(
      parseHighlights(model.settings.get(HIGHLIGHT_SETTING_KEY))
        .map((r) => `${r.sheet}!${r.cell}`)
        .sort(),
    ).toEqual(PLANTED.map((p) => `${p.sheet}!${p.cell}`).sort());
    expect(model.syncCount).toBe(5);
  });

  it("speaks English for an English Office", async () => {
    installHost(messyTracker(), "en-US");
    const result = await validateWorkbook({ lang: "en", now: NOW });
    expect(result.groups[0]?.items.find((i) => i.cell === "A3")?.text).toContain("Did you mean");
  });

  it("on a second run restores cells that became valid and keeps the first-remembered fill of the others", async () => {
    const model = installHost(messyTracker());
    setFill(model, "Kriminalitet", "C2", { color: "#FFFF00", pattern: "Solid", patternColor: "#000000" });
    setFill(model, "Kriminalitet", "D4", { color: "#DDEBF7", pattern: "LightGray", patternColor: "#FF0000" });
    await validateWorkbook({ lang: "da", now: NOW });
    const s = model.sheet("Kriminalitet");
    if (!s) throw new Error("sheet");
    model.cell(s, 1, 2).value = 70; // the user fixes C2
    await validateWorkbook({ lang: "da", now: NOW });
    expect(fillAt(model, "Kriminalitet", "C2")).toEqual({ color: "#FFFF00", pattern: "Solid", patternColor: "#000000" });
    const d4 = parseHighlights(model.settings.get(HIGHLIGHT_SETTING_KEY)).find((r) => r.cell === "D4");
    expect(d4?.previous).toEqual({ color: "#DDEBF7", pattern: "LightGray", patternColor: "#FF0000" });
    await clearHighlights();
    expect(fillAt(model, "Kriminalitet", "D4")).toEqual({ color: "#DDEBF7", pattern: "LightGray", patternColor: "#FF0000" });
  });
});

describe("Ryd markeringer", () => {
  it("restores exactly the fills the cells had, even after the workbook is reopened", async () => {
    const model = installHost(messyTracker());
    setFill(model, "Kriminalitet", "C2", { color: "#FFFF00", pattern: "Solid", patternColor: "#000000" });
    setFill(model, "Kriminalitet", "A3", { color: "#DDEBF7", pattern: "LightGray", patternColor: "#FF0000" });
    const before = model.snapshotFills();
    await validateWorkbook({ lang: "da", now: NOW });
    expect(model.snapshotFills()).not.toEqual(before);

    installModel(model); // a new session: only what was saved in the document is known
    model.syncCount = 0;
    const result = await clearHighlights();
    expect(result).toEqual({ restored: PLANTED.length, leftAlone: 0, protectedSheets: [] });
    expect(model.snapshotFills()).toEqual(before);
    expect(model.settings.has(HIGHLIGHT_SETTING_KEY)).toBe(false);
    // The records and the sheets' names; the cells' fills; the restore with the records' removal.
    expect(model.syncCount).toBe(3);
  });

  it("leaves alone a cell the user recoloured after it was highlighted", async () => {
    const model = installHost(messyTracker());
    await validateWorkbook({ lang: "da", now: NOW });
    setFill(model, "Kriminalitet", "D4", { color: "#00B050", pattern: "Solid", patternColor: "#000000" });
    const result = await clearHighlights();
    expect(result.leftAlone).toBe(1);
    expect(fillAt(model, "Kriminalitet", "D4")?.color).toBe("#00B050");
    expect(fillAt(model, "Kriminalitet", "C2")?.pattern).toBe("None");
  });

  it("has nothing to do without highlights, and makes one round trip (to read the records as the workbook holds them)", async () => {
    const model = installHost(messyTracker());
    const before = model.snapshotFills();
    expect(await clearHighlights()).toEqual({ restored: 0, leftAlone: 0, protectedSheets: [] });
    expect(model.syncCount).toBe(1);
    expect(model.snapshotFills()).toEqual(before);
  });
});

describe("Beregn måltal", () => {
  it("writes the Måltal sheet from the sample tracker, and rewrites it in place on the next run", async () => {
    const model = installHost(sample);
    const first = await calculateTargets({ lang: "da", now: NOW });
    expect(first).toMatchObject({ ok: true, sheet: TARGETS_SHEET_NAME, rows: 24 });
    // The read; the new sheet written; its id remembered.
    expect(model.syncCount).toBe(5);
    const sheet = model.sheet(TARGETS_SHEET_NAME);
    if (!sheet) throw new Error("no Måltal sheet");
    expect(sheet.frozenRows).toBe(4);
    // Find Indbrud 2015: 58 against at most 62, green.
    let row = -1;
    for (let r = 0; r < 40; r++)
      if (valueAt(model, TARGETS_SHEET_NAME, r, 0) === "Indbrud" && valueAt(model, TARGETS_SHEET_NAME, r, 1) === 2015) row = r;
    expect(row).toBeGreaterThan(3);
    expect([4, 5, 6, 8].map((c) => valueAt(model, TARGETS_SHEET_NAME, row, c))).toEqual([62, 58, -4, "Nået"]);
    expect(model.peek(sheet, row, 8)?.fill.color).toBe("#C6EFCE");
    expect(model.peek(sheet, row, 7)?.numberFormat).toBe("+0.0%;-0.0%;0.0%");
    // The sample's 2016 runs January–August in Måneder: Vold/Trusler is projected to 63 against 55, red.
    let violence2016 = -1;
    for (let r = 0; r < 40; r++)
      if (valueAt(model, TARGETS_SHEET_NAME, r, 0) === "Vold/Trusler" && valueAt(model, TARGETS_SHEET_NAME, r, 1) === 2016)
        violence2016 = r;
    expect([9, 10, 11, 12].map((c) => valueAt(model, TARGETS_SHEET_NAME, violence2016, c))).toEqual(["august", 42, 63, "Ikke nået"]);
    expect(model.peek(sheet, violence2016, 12)?.fill.color).toBe("#FFC7CE");

    const firstId = model.settings.get(TARGETS_SHEET_SETTING_KEY);
    expect(firstId).toBe(sheet.id);
    model.syncCount = 0;
    await calculateTargets({ lang: "en", now: NOW });
    expect(model.sheets.filter((s) => s.name === TARGETS_SHEET_NAME)).toHaveLength(1);
    // The same sheet, cleared and written: not deleted and added again.
    expect(model.sheet(TARGETS_SHEET_NAME)).toBe(sheet);
    expect(model.settings.get(TARGETS_SHEET_SETTING_KEY)).toBe(firstId);
    expect(valueAt(model, TARGETS_SHEET_NAME, 3, 0)).toBe("Offence category");
    // The read, the look-up of the sheet's charts (to update the add-in's own in place, not add them
    // again), the write: one more than without charts. The first run adds the sheet, so it has none to look up.
    expect(model.syncCount).toBe(5);
  });

  it("never replaces a Måltal sheet of the user's own", async () => {
    const model = installHost({ ...sample, Måltal: [["Vores egne måltal"], [42]] });
    const result = await calculateTargets({ lang: "da", now: NOW });
    expect(result).toMatchObject({ ok: false, reason: "sheet-taken", sheet: "Måltal" });
    expect(valueAt(model, "Måltal", 0, 0)).toBe("Vores egne måltal");
    expect(valueAt(model, "Måltal", 1, 0)).toBe(42);
  });

  it("leaves a Mål sheet of the user's own alone and writes Måltal beside it", async () => {
    const model = installHost({ ...sample, Mål: [["Vores egne mål"], [42]] });
    const result = await calculateTargets({ lang: "da", now: NOW });
    expect(result).toMatchObject({ ok: true, sheet: "Måltal", rows: 24 });
    expect(valueAt(model, "Mål", 0, 0)).toBe("Vores egne mål");
    expect(valueAt(model, "Mål", 1, 0)).toBe(42);
    expect(model.settings.get(TARGETS_SHEET_SETTING_KEY)).toBe(model.sheet("Måltal")?.id);
  });

  it("updates and renames the Mål sheet an earlier version made: no stray copy, and formulas pointing at it follow", async () => {
    // A workbook from before the rename: the add-in's Mål sheet (its id remembered) and a user's formula on it.
    const model = installHost({
      ...sample,
      Mål: [["Måltal og status – Amager Partnerskab"], ["gammelt indhold"]],
      Noter: [["Se måltallet"]],
    });
    const old = model.sheet("Mål");
    const noter = model.sheet("Noter");
    if (!old || !noter) throw new Error("no Mål or Noter sheet");
    model.settings.set(TARGETS_SHEET_SETTING_KEY, old.id);
    model.cell(noter, 1, 0).formula = "=Mål!E5";
    model.cell(noter, 2, 0).formula = "=SUM('Mål'!E5:E28)";
    const result = await calculateTargets({ lang: "da", now: NOW });
    expect(result).toMatchObject({ ok: true, sheet: "Måltal", rows: 24 });
    expect(model.sheet("Mål")).toBeUndefined();
    // The same sheet under the new name, rewritten; still the add-in's.
    expect(model.sheet("Måltal")).toBe(old);
    expect(model.sheets.filter((s) => /^mål/i.test(s.name)).map((s) => s.name)).toEqual(["Måltal"]);
    expect(model.settings.get(TARGETS_SHEET_SETTING_KEY)).toBe(old.id);
    expect(valueAt(model, "Måltal", 1, 0)).toContain("Beregnet");
    expect(model.peek(noter, 1, 0)?.formula).toBe("=Måltal!E5");
    expect(model.peek(noter, 2, 0)?.formula).toBe("=SUM(Måltal!E5:E28)");
    // The next run finds it under the new name and writes it in place.
    const again = await calculateTargets({ lang: "en", now: NOW });
    expect(again).toMatchObject({ ok: true, sheet: "Måltal" });
    expect(model.sheet("Måltal")).toBe(old);
    expect(valueAt(model, "Måltal", 3, 0)).toBe("Offence category");
  });

  it("writes the add-in's Mål sheet in place when the user has a Måltal sheet of their own", async () => {
    const model = installHost({ ...sample, Mål: [["gammelt indhold"]], Måltal: [["Vores egne måltal"], [42]] });
    const old = model.sheet("Mål");
    if (!old) throw new Error("no Mål sheet");
    model.settings.set(TARGETS_SHEET_SETTING_KEY, old.id);
    const result = await calculateTargets({ lang: "da", now: NOW });
    expect(result).toMatchObject({ ok: true, sheet: "Mål", rows: 24 });
    expect(model.sheet("Mål")).toBe(old);
    expect(valueAt(model, "Mål", 1, 0)).toContain("Beregnet");
    expect(valueAt(model, "Måltal", 0, 0)).toBe("Vores egne måltal");
    expect(valueAt(model, "Måltal", 1, 0)).toBe(42);
  });
});

describe("Opret tracker", () => {
  it("builds the template's sheets in an empty workbook, with drop-downs, and the result validates", async () => {
    const model = installHost({ Ark1: [] });
    const result = await createTracker();
    expect(result.created).toEqual([
      "Aftale",
      "Kriminalitet",
      "Måneder",
      "Møder",
      "SSP",
      "Tryghedsindeks",
      "Tryghedsundersøgelse",
      "Økonomi",
      "Aktiviteter",
    ]);
    expect(model.sheets.map((s) => s.name)).toEqual(["Ark1", ...result.created]);
    expect(valueAt(model, "Kriminalitet", 1, 0)).toBe("Indbrud");
    expect(valueAt(model, "Kriminalitet", 1, 1)).toBe(77);
    const lists = model
      .sheet("Møder")
      ?.validations.map((v) => ({ col0: v.col0, source: (v.rule as { list: { source: string } }).list.source }));
    expect(lists).toEqual([
      { col0: 3, source: "Styregruppe,Arbejdsgruppe" },
      { col0: 6, source: "Planlagt,Afholdt,Aflyst" },
    ]);
    expect(model.sheet("Kriminalitet")?.validations[0]?.rule).toMatchObject({ list: { inCellDropDown: true } });
    const check = await validateWorkbook({ lang: "da", now: NOW });
    expect(check.errors).toBe(0);
  });

  it("adds nothing to the sample tracker, whose sheets all hold data", async () => {
    const model = installHost(sample);
    const names = model.sheets.map((s) => s.name);
    const result = await createTracker();
    expect(result.created).toEqual([]);
    expect(result.skipped).toEqual(names);
    expect(model.sheets.map((s) => s.name)).toEqual(names);
  });

  it("leaves sheets that hold data alone (under any alias) and fills an empty one", async () => {
    const model = installHost({
      Crime: [
        ["Category", 2012],
        ["Burglary", 77],
      ],
      Møder: [],
    });
    const result = await createTracker();
    expect(result.skipped).toEqual(["Crime"]);
    expect(result.created).toContain("Møder");
    expect(model.sheet("Kriminalitet")).toBeUndefined();
    expect(valueAt(model, "Crime", 1, 0)).toBe("Burglary");
    expect(valueAt(model, "Møder", 0, 0)).toBe("Dato");
  });
});

describe("every cell the user typed is identical before and after every command", () => {
  for (const [name, grids] of [
    ["the sample tracker", () => sample],
    ["the messy tracker", messyTracker],
  ] as const) {
    it(`on ${name}`, async () => {
      const model = installHost(grids());
      const before = model.snapshotUserCells();
      expect(Object.keys(before).length).toBeGreaterThan(20);
      const commands: Array<[string, () => Promise<unknown>]> = [
        ["Validér", () => validateWorkbook({ lang: "da", now: NOW })],
        ["Beregn måltal", () => calculateTargets({ lang: "da", now: NOW })],
        ["Validér igen", () => validateWorkbook({ lang: "en", now: NOW })],
        ["Ryd markeringer", () => clearHighlights()],
        ["Beregn måltal igen", () => calculateTargets({ lang: "en", now: NOW })],
        ["Opret tracker", () => createTracker()],
      ];
      for (const [label, command] of commands) {
        await command();
        const after = model.snapshotUserCells([TARGETS_SHEET_NAME]);
        const same = Object.fromEntries(Object.keys(before).map((k) => [k, after[k]]));
        expect(same, `after ${label}`).toEqual(before);
        if (label !== "Opret tracker") expect(Object.keys(after).sort(), `after ${label}`).toEqual(Object.keys(before).sort());
      }
    });
  }
});

describe("round trips on a tracker of 5,000 meeting rows", () => {
  it("Validér reads in three syncs and paints in two more, each request under 5 MB; the same as for a small tracker", async () => {
    const model = installHost(bigTracker(5000));
    const result = await validateWorkbook({ lang: "da", now: NOW });
    expect(result.highlighted).toBeGreaterThan(500); // every 7th meeting is planned in the past
    expect(model.syncCount).toBe(5);
    expect(Math.max(...model.syncPayloads)).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);

    // Again, unchanged: the same cells stay painted, so only the read goes to Excel.
    model.syncCount = 0;
    await validateWorkbook({ lang: "da", now: NOW });
    expect(model.syncCount).toBe(3);

    model.syncCount = 0;
    await clearHighlights();
    expect(model.syncCount).toBe(3);

    model.syncCount = 0;
    await calculateTargets({ lang: "da", now: NOW });
    expect(model.syncCount).toBe(5);
  });

  it("splits a write into more syncs only when it would pass the payload budget", async () => {
    const model = installHost(bigTracker(50));
    const targets = Array.from({ length: 30 }, (_, i) => ({ sheet: "Møder", cell: `F${i + 2}`, severity: "warning" as const }));
    // Room for about ten cells a batch: three batches of two round trips each.
    const budget = REQUEST_COST.batch + 1000 + 10 * (REQUEST_COST.paint + 90);
    const records = await applyHighlights({ stored: [], storedExists: false, add: targets }, budget);
    expect(model.syncCount).toBeGreaterThanOrEqual(6);
    expect(model.syncCount % 2).toBe(0);
    expect(records).toHaveLength(30);
    for (const t of targets) expect(fillAt(model, t.sheet, t.cell)?.color).toBe(HIGHLIGHT_COLORS.warning);
    expect(parseHighlights(model.settings.get(HIGHLIGHT_SETTING_KEY))).toHaveLength(30);
    model.syncCount = 0;
    await applyHighlights({ stored: records, storedExists: true, restore: records });
    expect(model.syncCount).toBe(1);
    for (const t of targets) expect(fillAt(model, t.sheet, t.cell)?.pattern).toBe("None");
    expect(model.settings.has(HIGHLIGHT_SETTING_KEY)).toBe(false);
  });
});

describe("no half-done state", () => {
  it("a paint batch that fails leaves records for every painted cell: Ryd markeringer then restores all, the next Validér paints the rest", async () => {
    const model = installHost(bigTracker(200));
    setFill(model, "Møder", "G2", { color: "#DDEBF7", pattern: "LightGray", patternColor: "#FF0000" });
    const before = model.snapshotFills();
    const targets = Array.from({ length: 30 }, (_, i) => ({ sheet: "Møder", cell: `F${i + 2}`, severity: "warning" as const }));
    targets.push({ sheet: "Møder", cell: "G2", severity: "warning" });
    const meetings = model.sheet("Møder");
    if (!meetings) throw new Error("no Møder sheet");
    // The second batch's paint (sync 4: fills, paint, fills, paint) meets a sheet someone just protected.
    model.beforeSync = (n) => {
      if (n === 4) meetings.protected = true;
    };
    const budget = REQUEST_COST.batch + 1000 + 10 * (REQUEST_COST.paint + 90);
    await expect(applyHighlights({ stored: [], storedExists: false, add: targets }, budget)).rejects.toMatchObject({
      code: "AccessDenied",
    });
    model.beforeSync = undefined;
    meetings.protected = false;
    // Every painted cell has a record: none was painted before its previous fill was stored.
    const records = parseHighlights(model.settings.get(HIGHLIGHT_SETTING_KEY));
    const painted = targets.filter((t) => fillAt(model, t.sheet, t.cell)?.color === HIGHLIGHT_COLORS.warning);
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.length).toBeLessThan(targets.length);
    for (const t of painted) expect(records.map((r) => r.cell)).toContain(t.cell);

    const result = await clearHighlights();
    expect(result.leftAlone).toBe(0);
    expect(model.snapshotFills()).toEqual(before);
    expect(model.settings.has(HIGHLIGHT_SETTING_KEY)).toBe(false);
  });

  it("records of a batch stored but never painted do not stop Validér from painting those cells", async () => {
    const model = installHost(messyTracker());
    const kriminalitet = model.sheet("Kriminalitet");
    if (!kriminalitet) throw new Error("no sheet");
    // The paint batch (sync 5) fails after the records were written.
    model.beforeSync = (n) => {
      if (n === 5) kriminalitet.protected = true;
    };
    await expect(validateWorkbook({ lang: "da", now: NOW })).rejects.toMatchObject({ code: "AccessDenied" });
    model.beforeSync = undefined;
    kriminalitet.protected = false;
    await validateWorkbook({ lang: "da", now: NOW });
    for (const p of PLANTED)
      expect(fillAt(model, p.sheet, p.cell)).toMatchObject({ color: HIGHLIGHT_COLORS[p.severity], pattern: "Solid" });
  });

  it("Beregn måltal updates Måltal in place: a formula elsewhere that points at it keeps its reference", async () => {
    const model = installHost({ ...sample, Noter: [["Se måltallet"]] });
    await calculateTargets({ lang: "da", now: NOW });
    const noter = model.sheet("Noter");
    if (!noter) throw new Error("no Noter sheet");
    model.cell(noter, 1, 0).formula = "=Måltal!E5";
    model.cell(noter, 2, 0).formula = "=SUM('Måltal'!E5:E28)";
    await calculateTargets({ lang: "en", now: NOW });
    expect(model.peek(noter, 1, 0)?.formula).toBe("=Måltal!E5");
    expect(model.peek(noter, 2, 0)?.formula).toBe("=SUM('Måltal'!E5:E28)");
    // (Deleting the sheet, as the add-in used to, turns them into #REF!.)
    const mål = model.sheet(TARGETS_SHEET_NAME);
    if (!mål) throw new Error("no Måltal sheet");
    model.deleteSheet(mål);
    expect(model.peek(noter, 1, 0)?.formula).toBe("=#REF!");
  });

  it("Beregn måltal leaves no old rows behind when the new sheet is shorter", async () => {
    const model = installHost(sample);
    await calculateTargets({ lang: "da", now: NOW });
    const sheet = model.sheet(TARGETS_SHEET_NAME);
    if (!sheet) throw new Error("no Måltal sheet");
    model.cell(sheet, 60, 0).value = "gammel række"; // as if an older agreement had more rows
    await calculateTargets({ lang: "da", now: NOW });
    expect(valueAt(model, TARGETS_SHEET_NAME, 60, 0)).toBeUndefined();
  });
});

describe("protected sheets", () => {
  it("Validér still lists a protected sheet's problems, highlights the others' and says so", async () => {
    const model = installHost(messyTracker());
    const kriminalitet = model.sheet("Kriminalitet");
    if (!kriminalitet) throw new Error("no sheet");
    kriminalitet.protected = true;
    const result = await validateWorkbook({ lang: "da", now: NOW });
    for (const p of PLANTED) expect(result.issues).toContainEqual(expect.objectContaining({ sheet: p.sheet, cell: p.cell, code: p.code }));
    expect(result.protectedSheets).toEqual(["Kriminalitet"]);
    expect(fillAt(model, "Møder", "D3")?.color).toBe(HIGHLIGHT_COLORS.error);
    for (const p of PLANTED.filter((x) => x.sheet === "Kriminalitet"))
      expect(fillAt(model, p.sheet, p.cell)?.pattern ?? "None").toBe("None");
    expect(Object.keys(model.snapshotFills()).some((k) => k.startsWith("Kriminalitet!"))).toBe(false);
  });

  it("Ryd markeringer keeps a protected sheet's highlights and their records, and clears the rest", async () => {
    const model = installHost(messyTracker());
    await validateWorkbook({ lang: "da", now: NOW });
    const kriminalitet = model.sheet("Kriminalitet");
    if (!kriminalitet) throw new Error("no sheet");
    kriminalitet.protected = true;
    const result = await clearHighlights();
    expect(result.protectedSheets).toEqual(["Kriminalitet"]);
    expect(fillAt(model, "Møder", "D3")?.pattern).toBe("None");
    expect(fillAt(model, "Kriminalitet", "A3")?.color).toBe(HIGHLIGHT_COLORS.error);
    expect(parseHighlights(model.settings.get(HIGHLIGHT_SETTING_KEY)).every((r) => r.sheet === "Kriminalitet")).toBe(true);
    kriminalitet.protected = false;
    await clearHighlights();
    expect(model.snapshotFills()).toEqual({});
  });

  it("Beregn måltal does not write a protected Måltal sheet; Opret tracker leaves a protected empty sheet alone", async () => {
    const model = installHost(sample);
    await calculateTargets({ lang: "da", now: NOW });
    const mål = model.sheet(TARGETS_SHEET_NAME);
    if (!mål) throw new Error("no Måltal sheet");
    mål.protected = true;
    const before = model.snapshotUserCells();
    expect(await calculateTargets({ lang: "en", now: NOW })).toMatchObject({ ok: false, reason: "sheet-protected" });
    expect(model.snapshotUserCells()).toEqual(before);

    const empty = installHost({ Møder: [] });
    const møder = empty.sheet("Møder");
    if (!møder) throw new Error("no sheet");
    møder.protected = true;
    const created = await createTracker();
    expect(created.protectedSheets).toEqual(["Møder"]);
    expect(created.created).toContain("Kriminalitet");
    expect(empty.sheet("Møder")?.cells.size).toBe(0);
  });
});

describe("co-authoring", () => {
  it("a co-author's setting written between two of our round trips is kept (each write touches only its own key)", async () => {
    const model = installHost(messyTracker());
    model.beforeSync = (n) => {
      if (n === 3) model.settings.set("partnerskab.targetsSheetId", "{co-author}");
    };
    await validateWorkbook({ lang: "da", now: NOW });
    expect(model.settings.get("partnerskab.targetsSheetId")).toBe("{co-author}");
    expect(parseHighlights(model.settings.get(HIGHLIGHT_SETTING_KEY))).toHaveLength(PLANTED.length);
  });

  it("highlights a co-author made after our pane opened are cleared from the workbook's records, not from a stale copy", async () => {
    const model = installHost(messyTracker());
    const ourOffice = (globalThis as { Office?: unknown }).Office; // our pane: its document settings were loaded now
    const before = model.snapshotFills();
    installModel(model); // a co-author's pane
    await validateWorkbook({ lang: "da", now: NOW });
    Object.assign(globalThis, { Office: ourOffice });
    expect(await clearHighlights()).toMatchObject({ restored: PLANTED.length });
    expect(model.snapshotFills()).toEqual(before);
  });
});

describe("bounded reads", () => {
  it("reads only the tracker's sheets: a large sheet of notes is never read", async () => {
    const grids: Record<string, unknown[][]> = {
      ...messyTracker(),
      Noter: Array.from({ length: 3000 }, (_, i) => [`note ${i}`, i, i * 2]),
    };
    const model = installHost(grids);
    await validateWorkbook({ lang: "da", now: NOW });
    expect(model.valueReads.length).toBeGreaterThan(0);
    expect(model.valueReads.map((r) => r.sheet)).not.toContain("Noter");
    const cellsRead = model.valueReads.reduce((sum, r) => sum + r.rows * r.cols, 0);
    expect(cellsRead).toBeLessThan(200);
  });

  it("a tracker sheet beyond the caps (a value in column XFD, far down) is read within them, with an error at the sheet", async () => {
    const grids = bigTracker(20);
    const model = installHost(grids);
    const meetings = model.sheet("Møder");
    if (!meetings) throw new Error("no sheet");
    model.cell(meetings, 5, 16_383).value = "x"; // XFD6
    model.cell(meetings, 59_999, 0).value = "y"; // row 60,000
    const result = await validateWorkbook({ lang: "da", now: NOW });
    const tooLarge = result.issues.find((i) => i.code === "sheet-too-large");
    expect(tooLarge).toMatchObject({ severity: "error", sheet: "Møder", cell: "" });
    expect(tooLarge?.message.da).toContain("XFD");
    expect(tooLarge?.message.da).toContain("60.000 rækker");
    expect(tooLarge?.message.en).toContain("60,000 rows");
    for (const r of model.valueReads) {
      expect(r.col0 + r.cols).toBeLessThanOrEqual(TRACKER_LIMITS.maxColumns);
      expect(r.row0 + r.rows).toBeLessThanOrEqual(TRACKER_LIMITS.maxRows);
    }
    // The rest of the tracker is still checked.
    expect(result.issues.some((i) => i.sheet === "Møder" && i.code !== "sheet-too-large")).toBe(true);
  });

  it("cuts text longer than the cap and says where", async () => {
    const grids = messyTracker();
    (grids.Møder?.[1] as unknown[])[5] = "x".repeat(TRACKER_LIMITS.maxTextLength + 5);
    installHost(grids);
    const result = await validateWorkbook({ lang: "en", now: NOW });
    const long = result.issues.find((i) => i.code === "text-too-long");
    expect(long).toMatchObject({ sheet: "Møder", severity: "error" });
    expect(long?.message.en).toContain("first F2");
  });

  it("a response over Excel on the web's limit is read again in smaller pieces, with the same result", async () => {
    const plain = installHost(bigTracker(3000));
    const expected = await validateWorkbook({ lang: "da", now: NOW });
    const small = installHost(bigTracker(3000));
    small.responseLimitBytes = 100_000;
    const result = await validateWorkbook({ lang: "da", now: NOW });
    expect(result.issues).toEqual(expected.issues);
    expect(small.syncCount).toBeGreaterThan(plain.syncCount);
  });

  it("a single row too large to send is a clear message, not a crash", async () => {
    const grids = messyTracker();
    (grids.Møder?.[1] as unknown[])[5] = "x".repeat(5000);
    const model = installHost(grids);
    model.responseLimitBytes = 1000;
    const failure = await validateWorkbook({ lang: "da", now: NOW }).catch((err: unknown) => err);
    expect(friendlyError(failure, "da").text).toContain("Forkort teksten");
  });
});

describe("Excel's own rules", () => {
  it("every batch waits for cell-edit mode to end (delayForCellEdit) instead of failing", async () => {
    const model = installHost(messyTracker());
    await validateWorkbook({ lang: "da", now: NOW });
    await calculateTargets({ lang: "da", now: NOW });
    await clearHighlights();
    await createTracker();
    await selectCell("Møder", "A1");
    expect(model.runOptions.length).toBeGreaterThan(5);
    for (const options of model.runOptions) expect(options).toEqual({ delayForCellEdit: true });
  });

  it("showing the cell of a sheet that is gone is no error (the sheet is looked up before it is used)", async () => {
    const model = installHost(messyTracker());
    expect(await selectCell("Slettet", "A1")).toBe(false);
    expect(await selectCell("Møder", "D3")).toBe(true);
    expect(model.selection).toEqual({ sheet: "Møder", address: "D3" });
  });

  it("a sheet deleted by a co-author mid-run is a sentence a person understands, and nothing painted is lost", async () => {
    const model = installHost(messyTracker());
    const before = model.snapshotFills();
    model.beforeSync = (n) => {
      const møder = model.sheet("Møder");
      if (n === 5 && møder) model.deleteSheet(møder);
    };
    const failure = await validateWorkbook({ lang: "da", now: NOW }).catch((err: unknown) => err);
    expect(friendlyError(failure, "da")).toMatchObject({ fromExcel: true, code: "ItemNotFound" });
    expect(friendlyError(failure, "da").text).toContain("slettet eller omdøbt");
    model.beforeSync = undefined;
    await clearHighlights();
    expect(model.snapshotFills()).toEqual(Object.fromEntries(Object.entries(before).filter(([k]) => !k.startsWith("Møder!"))));
  });
});
