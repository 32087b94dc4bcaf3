/** The caps every tracker reader reads within (shared/tracker/limits.ts), and their words. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clampText, sheetTooLarge, sheetWindow, TRACKER_LIMITS, textTooLong } from "../../shared/index";

describe("sheetWindow", () => {
  it("takes a sheet within the caps whole", () => {
    expect(sheetWindow({ rows: 5001, columns: 7 })).toEqual({ rows: 5001, columns: 7, capped: [] });
    expect(sheetWindow({ rows: 0, columns: 0 })).toEqual({ rows: 0, columns: 0, capped: [] });
  });

  it("cuts columns, then rows, then rows again to stay under the cell cap", () => {
    expect(sheetWindow({ rows: 10, columns: 16_384 })).toEqual({ rows: 10, columns: 200, capped: ["columns"] });
    expect(sheetWindow({ rows: 1_048_576, columns: 3 })).toEqual({ rows: 50_000, columns: 3, capped: ["rows"] });
    expect(sheetWindow({ rows: 60_000, columns: 16_384 })).toEqual({ rows: 5_000, columns: 200, capped: ["columns", "rows", "cells"] });
  });

  it("never exceeds a cap, whatever the sheet (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_576 }), fc.integer({ min: 0, max: 16_384 }), (rows, columns) => {
        const w = sheetWindow({ rows, columns });
        expect(w.rows).toBeLessThanOrEqual(Math.min(rows, TRACKER_LIMITS.maxRows));
        expect(w.columns).toBeLessThanOrEqual(Math.min(columns, TRACKER_LIMITS.maxColumns));
        expect(w.rows * w.columns).toBeLessThanOrEqual(TRACKER_LIMITS.maxCells);
        expect(w.capped.length === 0).toBe(w.rows === rows && w.columns === columns);
      }),
    );
  });
});

describe("the words", () => {
  it("say what was too big, what was read and what to do, in Danish and English", () => {
    const extent = { rows: 60_000, columns: 16_384 };
    const text = sheetTooLarge("Møder", extent, sheetWindow(extent));
    expect(text.da).toContain("Arket »Møder« bruger kolonner helt ud til XFD; kun A–GR (200 kolonner) er læst.");
    expect(text.da).toContain("har 60.000 rækker; kun de første 5.000 er læst og tjekket (højst 1.000.000 celler)");
    expect(text.en).toContain('The sheet "Møder" uses columns as far as XFD; only A–GR (200 columns) were read.');
    expect(text.en).toContain("has 60,000 rows; only the first 5,000 were read and checked");
    const long = textTooLong("Møder", 2, "F7");
    expect(long.da).toBe(
      "2 celler på arket »Møder« har mere end 10.000 tegn (først F7); kun de første 10.000 tegn er læst. Forkort teksten.",
    );
    expect(textTooLong("Møder", 1, "F7").en).toContain("1 cell on the sheet");
  });

  it("clampText keeps text within the cap", () => {
    expect(clampText("kort")).toEqual({ text: "kort", cut: false });
    const cut = clampText("x".repeat(TRACKER_LIMITS.maxTextLength + 1));
    expect(cut.cut).toBe(true);
    expect(cut.text).toHaveLength(TRACKER_LIMITS.maxTextLength);
  });
});
