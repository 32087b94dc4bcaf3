/** Random grids never make readTracker throw, and every issue points at a real A1 cell or none. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledAgreement, type CellValue, isA1, readTracker, type WorkbookGrids } from "../../shared/index";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager");

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("Indbrud", "Burglary", "Styregruppe", "Afholdt", "Planlagt", "reduceret", "2015-10-06", "9:00", "25:99", "", " ", "#N/A"),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: 40_000, max: 44_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);
const header = fc.oneof(
  cell,
  fc.constantFrom(
    "Gerningstype",
    "Category",
    "Dato",
    "Start",
    "Slut",
    "Gruppe",
    "Status",
    "År",
    "Behov",
    "Bevilget",
    "Forbrugt",
    2012,
    2015,
  ),
);
const grid = fc
  .tuple(fc.array(header, { maxLength: 9 }), fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }))
  .map(([h, rows]) => [h, ...rows]);
const sheetName = fc.constantFrom(
  "Aftale",
  "Kriminalitet",
  "Crime",
  "Møder",
  "MEETINGS",
  "SSP",
  "Tryghedsindeks",
  "Økonomi",
  "Aktiviteter",
  "Andet",
);
const grids: fc.Arbitrary<WorkbookGrids> = fc.dictionary(sheetName, grid, { maxKeys: 8 });

describe("readTracker on random grids", () => {
  it("never throws and reports only valid cells", () => {
    fc.assert(
      fc.property(grids, fc.date({ min: new Date("2012-01-01"), max: new Date("2020-12-31"), noInvalidDate: true }), (g, now) => {
        const today = now.toISOString().slice(0, 10);
        const { issues, data } = readTracker(g, amager, { today });
        for (const i of issues) {
          expect(i.cell === "" || isA1(i.cell), i.cell).toBe(true);
          expect(["error", "warning"]).toContain(i.severity);
          expect(i.message.da.length).toBeGreaterThan(0);
          expect(i.message.en.length).toBeGreaterThan(0);
          expect(i.code).not.toBe("internal-error");
        }
        const severities = issues.map((i) => i.severity);
        expect(severities).toEqual([...severities].sort());
        for (const m of data.meetings) expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 400 },
    );
  });

  it("survives grids that are not even arrays of arrays", () => {
    const odd = { Kriminalitet: [null, undefined, "x"], Møder: "nope", SSP: [[{}], [Symbol.iterator]] } as unknown as WorkbookGrids;
    const { issues } = readTracker(odd, amager, { today: "2016-09-01" });
    expect(issues.some((i) => i.sheet === "Kriminalitet")).toBe(true);
    expect(issues.every((i) => i.cell === "" || isA1(i.cell))).toBe(true);
  });
});
