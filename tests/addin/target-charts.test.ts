/**
 * Beregn måltal's charts on the Måltal sheet, in the stand-in Excel host: one line chart per category
 * (reports, måltal from the baseline, the 2016 projection), drawn from a block of figures beside
 * the table; on the next run the same charts are updated in place, a chart the add-in did not
 * make is never touched, and one of its own for a category that is gone is removed. An earlier
 * Mål sheet of the add-in's is renamed with its charts on it, and they are updated there.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { calculateTargets, TARGETS_SHEET_SETTING_KEY } from "../../excel-addin/actions/calculate";
import { TARGETS_SHEET_NAME } from "../../excel-addin/core/targets-sheet";
import { readWorkbookGrids } from "../../files/xlsx-read";
import { SERIES_COLOURS, type WorkbookGrids } from "../../shared/index";
import { ROOT } from "../helpers/cli";
import { type FakeChart, type FakeSheet, type FakeWorkbookModel, parseAddress } from "./fake-host/model";
import { NOW } from "./fixtures";
import { installHost } from "./harness";

let sample: WorkbookGrids;
beforeAll(async () => {
  sample = await readWorkbookGrids(`${ROOT}/examples/amager-tracker.xlsx`);
});

function targetsSheet(model: FakeWorkbookModel): FakeSheet {
  const sheet = model.sheet(TARGETS_SHEET_NAME);
  if (!sheet) throw new Error("no Måltal sheet");
  return sheet;
}

/** The cells a chart is drawn from, as the sheet holds them. */
function sourceOf(model: FakeWorkbookModel, chart: FakeChart | undefined): unknown[][] {
  if (!chart) throw new Error("no chart");
  const sheet = targetsSheet(model);
  const { row0, col0, rows, cols } = parseAddress(chart.source);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => model.peek(sheet, row0 + r, col0 + c)?.value ?? ""));
}

const userChart = (name: string): FakeChart => ({
  name,
  type: "ColumnClustered",
  source: "E5:F8",
  seriesBy: "Columns",
  title: "Vores eget diagram",
  legendPosition: "Right",
  position: { from: "B30", to: "H45" },
  seriesColours: ["#123456"],
});

describe("Beregn måltal's charts", () => {
  it("draws a line chart per category from the figures beside the table: reports, måltal and the projection", async () => {
    const model = installHost(sample);
    expect(await calculateTargets({ lang: "da", now: NOW })).toMatchObject({ ok: true });
    const charts = targetsSheet(model).charts;
    expect(charts.map((c) => c.name)).toEqual([
      "Partnerskab.indbrud",
      "Partnerskab.tyverier",
      "Partnerskab.vold-trusler",
      "Partnerskab.haervaerk",
      "Partnerskab.narkotika",
      "Partnerskab.chikane",
    ]);
    const burglary = charts[0];
    expect(burglary).toMatchObject({
      type: "LineMarkers",
      seriesBy: "Columns",
      title: "Indbrud: anmeldelser og måltal",
      legendPosition: "Bottom",
      seriesColours: [SERIES_COLOURS.reports, SERIES_COLOURS.target, SERIES_COLOURS.projection],
    });
    // Years as text (the axis), blanks where there is nothing to draw; the projection continues from 2015.
    expect(sourceOf(model, burglary)).toEqual([
      ["", "Anmeldelser", "Måltal", "Fremskrivning"],
      ["2012", 77, 77, ""],
      ["2013", 71, 69, ""],
      ["2014", 63, 65, ""],
      ["2015", 58, 62, 58],
      ["2016", "", 58, 49],
    ]);
    // Vold/Trusler 2016: projected 63 against 55.
    expect(sourceOf(model, charts[2]).at(-1)).toEqual(["2016", "", 55, 63]);
    // Right of the table (A–N), one band of rows each, never over the table or each other.
    for (const chart of charts) {
      expect(parseAddress(chart.source).col0).toBeGreaterThan(13);
      expect(parseAddress(chart.position.from).col0).toBeGreaterThan(parseAddress(chart.source).col0 + 3);
    }
    const tops = charts.map((c) => parseAddress(c.position.from).row0);
    for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThan(parseAddress(charts[i - 1]?.position.to ?? "A1").row0);
  });

  it("updates its own charts in place on the next run and never touches a chart it did not make", async () => {
    const model = installHost(sample);
    await calculateTargets({ lang: "da", now: NOW });
    const sheet = targetsSheet(model);
    const burglary = sheet.charts[0];
    if (!burglary) throw new Error("no chart");
    // Someone moves our chart and adds their own; one of ours belongs to a category the agreement no longer has.
    burglary.position = { from: "AD5", to: "AK20" };
    const theirs = userChart("Mit diagram");
    sheet.charts.push(theirs, { ...userChart("Partnerskab.gammel-kategori"), type: "LineMarkers" });
    const theirsBefore = structuredClone(theirs);

    await calculateTargets({ lang: "en", now: NOW });
    expect(sheet.charts.map((c) => c.name)).toEqual([
      "Partnerskab.indbrud",
      "Partnerskab.tyverier",
      "Partnerskab.vold-trusler",
      "Partnerskab.haervaerk",
      "Partnerskab.narkotika",
      "Partnerskab.chikane",
      "Mit diagram",
    ]);
    expect(sheet.charts[0]).toBe(burglary);
    expect(burglary.title).toBe("Burglary: reports and targets");
    expect(burglary.position).toEqual({ from: "AD5", to: "AK20" });
    expect(sourceOf(model, burglary)[0]).toEqual(["", "Reports", "Target", "Projection"]);
    expect(sourceOf(model, burglary).at(-1)).toEqual(["2016", "", 58, 49]);
    expect(theirs).toEqual(theirsBefore);
  });

  it("keeps a user's chart on an empty Måltal sheet it fills, and draws nothing on a Måltal sheet of the user's own", async () => {
    const empty = installHost({ ...sample, Måltal: [] });
    targetsSheet(empty).charts.push(userChart("Mit diagram"));
    expect(await calculateTargets({ lang: "da", now: NOW })).toMatchObject({ ok: true });
    expect(targetsSheet(empty).charts.map((c) => c.name)).toEqual([
      "Mit diagram",
      ...targetsSheet(empty)
        .charts.slice(1)
        .map((c) => c.name),
    ]);
    expect(targetsSheet(empty).charts).toHaveLength(7);
    expect(targetsSheet(empty).charts[0]).toEqual(userChart("Mit diagram"));

    const taken = installHost({ ...sample, Måltal: [["Vores egne måltal"]] });
    expect(await calculateTargets({ lang: "da", now: NOW })).toMatchObject({ ok: false, reason: "sheet-taken" });
    expect(targetsSheet(taken).charts).toEqual([]);
  });

  it("leaves the charts on a Mål sheet of the user's own alone and draws its own on Måltal", async () => {
    const model = installHost({ ...sample, Mål: [["Vores egne mål"], [42]] });
    const users = model.sheet("Mål");
    if (!users) throw new Error("no Mål sheet");
    users.charts.push(userChart("Mit diagram"), { ...userChart("Partnerskab.indbrud"), type: "LineMarkers" });
    const before = structuredClone(users.charts);
    expect(await calculateTargets({ lang: "da", now: NOW })).toMatchObject({ ok: true, sheet: "Måltal" });
    expect(users.charts).toEqual(before);
    expect(targetsSheet(model).charts).toHaveLength(6);
  });

  it("renames an earlier Mål sheet of the add-in's with its charts on it, and updates them there, not drawn again", async () => {
    // A workbook from before the rename: the add-in's Mål sheet, its id remembered, with its charts.
    const model = installHost(sample);
    await calculateTargets({ lang: "da", now: NOW });
    const sheet = targetsSheet(model);
    model.renameSheet(sheet, "Mål");
    const burglary = sheet.charts[0];
    if (!burglary) throw new Error("no chart");
    burglary.position = { from: "AD5", to: "AK20" };
    burglary.title = "Indbrud: anmeldelser og mål";
    const theirs = userChart("Mit diagram");
    sheet.charts.push(theirs);
    const theirsBefore = structuredClone(theirs);
    const ours = [...sheet.charts];

    model.syncCount = 0;
    expect(await calculateTargets({ lang: "en", now: NOW })).toMatchObject({ ok: true, sheet: "Måltal" });
    // The read, the look-up of the sheet's charts, the write and the rename in one batch.
    expect(model.syncCount).toBe(5);
    expect(model.sheet("Mål")).toBeUndefined();
    expect(targetsSheet(model)).toBe(sheet);
    expect(model.settings.get(TARGETS_SHEET_SETTING_KEY)).toBe(sheet.id);
    // The same chart objects, moved with the sheet, updated in place: none added, none lost.
    expect(sheet.charts).toHaveLength(7);
    for (const [i, chart] of sheet.charts.entries()) expect(chart).toBe(ours[i]);
    expect(burglary.title).toBe("Burglary: reports and targets");
    expect(burglary.position).toEqual({ from: "AD5", to: "AK20" });
    expect(sourceOf(model, burglary)[0]).toEqual(["", "Reports", "Target", "Projection"]);
    expect(theirs).toEqual(theirsBefore);

    // The next run finds them on Måltal and updates the same charts again.
    expect(await calculateTargets({ lang: "da", now: NOW })).toMatchObject({ ok: true, sheet: "Måltal" });
    expect(sheet.charts).toHaveLength(7);
    for (const [i, chart] of sheet.charts.entries()) expect(chart).toBe(ours[i]);
    expect(burglary.title).toBe("Indbrud: anmeldelser og måltal");
    expect(sourceOf(model, burglary)).toEqual([
      ["", "Anmeldelser", "Måltal", "Fremskrivning"],
      ["2012", 77, 77, ""],
      ["2013", 71, 69, ""],
      ["2014", 63, 65, ""],
      ["2015", 58, 62, 58],
      ["2016", "", 58, 49],
    ]);
  });

  it("draws on the add-in's Mål sheet, not renamed, when the user has a Måltal sheet of their own", async () => {
    const model = installHost({ ...sample, Mål: [["gammelt indhold"]], Måltal: [["Vores egne måltal"], [42]] });
    const old = model.sheet("Mål");
    const users = model.sheet("Måltal");
    if (!old || !users) throw new Error("no Mål or Måltal sheet");
    model.settings.set(TARGETS_SHEET_SETTING_KEY, old.id);
    expect(await calculateTargets({ lang: "da", now: NOW })).toMatchObject({ ok: true, sheet: "Mål" });
    expect(old.charts.map((c) => c.name)).toHaveLength(6);
    expect(old.charts[0]?.title).toBe("Indbrud: anmeldelser og måltal");
    expect(users.charts).toEqual([]);
  });
});
