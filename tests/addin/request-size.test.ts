/**
 * The add-in's requests as Excel on the web receives them: serialized by the real Office.js
 * client library (excel-web-16.00.js from @microsoft/office-js, run in Node with only the
 * transport to the host stubbed, see office-js/excel-web-client.ts). Excel on the web refuses a
 * request or response over 5 MB; with 20,000 highlighted cells every request stays under the
 * add-in's 4 MB budget, and the per-cell costs the add-in plans with (core/chunking.ts) are the
 * ones measured here, not guesses.
 */
import { afterEach, describe, expect, it } from "vitest";
import { clearHighlights } from "../../excel-addin/actions/clear";
import { validateWorkbook } from "../../excel-addin/actions/validate";
import { DEFAULT_WRITE_BUDGET_BYTES, EXCEL_WEB_PAYLOAD_LIMIT_BYTES, REQUEST_COST } from "../../excel-addin/core/chunking";
import { HIGHLIGHT_COLORS, HIGHLIGHT_SETTING_KEY, type HighlightRecord, parseHighlights } from "../../excel-addin/core/highlights";
import { applyHighlights } from "../../excel-addin/excel/highlight-cells";
import { readWorkbook } from "../../excel-addin/excel/read-workbook";
import { FakeWorkbookModel, parseAddress } from "./fake-host/model";
import { NOW, trackerWithBadGroups } from "./fixtures";
import { type ExcelWebClient, loadExcelWebClient } from "./office-js/excel-web-client";

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Excel");
});

function install(model: FakeWorkbookModel): ExcelWebClient {
  const client = loadExcelWebClient(model);
  Object.assign(globalThis, { Excel: client.Excel });
  return client;
}

describe("20,000 highlighted cells through the real Office.js client", () => {
  it("Validér and Ryd markeringer keep every request and response under Excel on the web's 5 MB", async () => {
    const model = FakeWorkbookModel.fromGrids(trackerWithBadGroups(20_000));
    const before = model.snapshotFills();
    const client = install(model);

    const result = await validateWorkbook({ lang: "da", now: NOW });
    expect(result.highlighted).toBeGreaterThanOrEqual(20_000);
    const records = parseHighlights(model.settings.get(HIGHLIGHT_SETTING_KEY));
    expect(records).toHaveLength(result.highlighted);
    const meetings = model.sheet("Møder");
    if (!meetings) throw new Error("no Møder sheet");
    for (const r of records.filter((_, i) => i % 997 === 0)) {
      const { row0, col0 } = parseAddress(r.cell);
      expect(model.peek(meetings, row0, col0)?.fill.color).toBe(HIGHLIGHT_COLORS[r.severity]);
    }
    const validateRequests = client.requests.length;
    expect(validateRequests).toBeGreaterThan(4); // several batches of paint, not one refused request

    await clearHighlights();
    expect(model.snapshotFills()).toEqual(before);
    expect(model.settings.has(HIGHLIGHT_SETTING_KEY)).toBe(false);

    const largest = Math.max(...client.requests.map((r) => r.bytes));
    expect(largest).toBeLessThanOrEqual(DEFAULT_WRITE_BUDGET_BYTES);
    expect(largest).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...client.requests.map((r) => r.responseBytes))).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    // The batches are full: the costs are not so pessimistic that the work is cut into slivers.
    const total = client.requests.reduce((sum, r) => sum + r.bytes, 0);
    expect(client.requests.length).toBeLessThanOrEqual(3 + 2 + Math.ceil(total / (0.6 * DEFAULT_WRITE_BUDGET_BYTES)) * 2);
  }, 120_000);
});

describe("the per-cell request costs are measured", () => {
  const grids = { Møder: [["Dato"], ...Array.from({ length: 400 }, (_, i) => [i + 1])] };
  const targets = (n: number) => Array.from({ length: n }, (_, i) => ({ sheet: "Møder", cell: `D${i + 2}`, severity: "error" as const }));
  const records = (n: number, previous: HighlightRecord["previous"]): HighlightRecord[] =>
    targets(n).map((t) => ({ ...t, previous, applied: HIGHLIGHT_COLORS.error }));

  /** The bytes one more operation adds to a request: the difference between 100 and 200 of them. */
  async function marginal(run: (n: number) => Promise<unknown>, request: (all: ExcelWebClient["requests"]) => number): Promise<number> {
    const sizes: number[] = [];
    for (const n of [100, 200]) {
      const client = install(FakeWorkbookModel.fromGrids(grids));
      await run(n);
      sizes.push(request(client.requests));
    }
    return ((sizes[1] ?? 0) - (sizes[0] ?? 0)) / 100;
  }
  const last = (all: ExcelWebClient["requests"]) => all.at(-1)?.bytes ?? 0;
  /** Each bound holds with room for the longer ids of a long run, and is not far above what was measured. */
  const fits = (bound: number, measured: number) => {
    expect(bound, `measured ${measured} bytes`).toBeGreaterThanOrEqual(measured + 15);
    expect(bound, `measured ${measured} bytes`).toBeLessThanOrEqual(measured * 1.2);
  };

  it("reading a cell's fill", async () => {
    fits(REQUEST_COST.fillRead, await marginal((n) => readWorkbook({ use: () => undefined, fillCells: targets(n) }), last));
  });

  it("painting a cell (with its record)", async () => {
    const paint = await marginal((n) => applyHighlights({ stored: [], storedExists: false, add: targets(n) }), last);
    fits(REQUEST_COST.paint, paint);
  });

  it("recolouring and restoring a cell, a plain fill and a patterned one", async () => {
    const none = { color: "#FFFFFF", pattern: "None", patternColor: null };
    const patterned = { color: "#DDEBF7", pattern: "LightGray", patternColor: "#FF0000" };
    const recolour = await marginal((n) => {
      const rs = records(n, none);
      return applyHighlights({ stored: rs, storedExists: false, recolour: rs.map((record) => ({ record, severity: "warning" as const })) });
    }, last);
    fits(REQUEST_COST.paint, recolour);
    const restorePlain = await marginal(
      (n) => applyHighlights({ stored: records(n, none), storedExists: false, restore: records(n, none) }),
      last,
    );
    const restorePattern = await marginal(
      (n) => applyHighlights({ stored: records(n, patterned), storedExists: false, restore: records(n, patterned) }),
      last,
    );
    expect(restorePattern).toBeGreaterThan(restorePlain);
    fits(REQUEST_COST.restore, restorePattern);
  });
});
