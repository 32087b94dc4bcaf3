/**
 * The sheet registry is the one list of tracker sheets: each record sits under its own id with a
 * TrackerData slot of its own, names never collide, and the reader, the template and the issue
 * order all follow it. A sheet spec alone is enough for its template and its header matching.
 */
import { describe, expect, it } from "vitest";
import { readWorkbookGrids } from "../../files/xlsx-read";
import {
  bundledAgreement,
  canonicalSheet,
  column,
  emptyTrackerData,
  foldDanish,
  matchHeaders,
  readTracker,
  type SheetSpec,
  templateSheet,
  trackerSheetIds,
  trackerSheetSpecs,
  trackerSheets,
  trackerTemplate,
} from "../../shared/index";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager");
const SAMPLE = new URL("../../examples/amager-tracker.xlsx", import.meta.url).pathname;

describe("the sheet registry", () => {
  it("keys each record by its own id, in workbook order, each with a TrackerData slot of its own", async () => {
    expect(Object.entries(trackerSheets).map(([key, spec]) => [key, spec.id])).toEqual(trackerSheetIds.map((id) => [id, id]));
    expect(trackerSheetIds).toEqual([
      "agreement",
      "crime",
      "months",
      "meetings",
      "ssp",
      "safetyIndex",
      "safetySurvey",
      "budget",
      "activities",
    ]);
    const slots = trackerSheetSpecs.map((s) => s.slot);
    expect(new Set(slots).size).toBe(slots.length);
    const { data } = readTracker(await readWorkbookGrids(SAMPLE), amager, { today: "2016-09-01" });
    expect(Object.keys(data).sort()).toEqual([...slots].sort());
    expect(Object.keys(emptyTrackerData()).sort()).toEqual([...slots].sort());
    expect(data.agreementRef).toBe("amager");
    expect(data.sspActivations.get(2012)).toBe(6);
  });

  it("never lets one name mean two sheets, nor one header two columns of a sheet", () => {
    const owner = new Map<string, string>();
    for (const spec of trackerSheetSpecs) {
      for (const name of [spec.da, spec.en, ...spec.aliases]) {
        const folded = foldDanish(name);
        expect(owner.get(folded) ?? spec.id, `${name} names ${owner.get(folded)} and ${spec.id}`).toBe(spec.id);
        owner.set(folded, spec.id);
        expect(canonicalSheet(` ${name.toUpperCase()} `)).toBe(spec.id);
      }
      const keys = spec.columns.map((c) => c.key);
      expect(new Set(keys).size, spec.id).toBe(keys.length);
      const headers = new Map<string, string>();
      for (const c of spec.columns) {
        for (const name of new Set([c.da, c.en, ...c.aliases].map(foldDanish))) {
          expect(headers.get(name) ?? c.key, `${spec.id}: ${name}`).toBe(c.key);
          headers.set(name, c.key);
        }
      }
    }
  });

  it("gives the template its sheets, and the reader its required sheets, in registry order", () => {
    expect(trackerTemplate(amager).map((t) => [t.sheet, t.name])).toEqual(trackerSheetSpecs.map((s) => [s.id, s.da]));
    const { issues } = readTracker({}, amager, { today: "2016-09-01" });
    const required = trackerSheetSpecs.filter((s) => s.required);
    expect(issues.map((i) => [i.code, i.sheet])).toEqual(required.map((s) => ["missing-sheet", s.da]));
  });

  it("writes each template column's header, width, kind and drop-down from the spec's columns", () => {
    for (const spec of trackerSheetSpecs) {
      if (spec.template.columns) continue; // Aftale and Kriminalitet lay out their own columns
      const t = templateSheet(spec, amager);
      expect(t.header).toEqual(spec.columns.map((c) => c.da));
      expect(t.columnWidths).toEqual(spec.columns.map((c) => c.width));
      expect(t.columnKinds).toEqual(spec.columns.map((c) => c.kind));
      const withLists = spec.columns.flatMap((c) => (c.dropDown ? [c.dropDown(amager)] : []));
      expect(t.validations.map((v) => v.list)).toEqual(withLists);
    }
  });
});

describe("a new sheet is one spec", () => {
  // The shape issue 11's `Måneder` takes: named columns only, month headers also as 1–12.
  const months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"];
  const spec: SheetSpec<"months", "months", number> = {
    id: "months",
    da: "Måneder",
    en: "Months",
    aliases: [],
    required: false,
    columns: [
      column({
        key: "category",
        da: "Gerningstype",
        en: "Category",
        required: true,
        kind: "text",
        width: 22,
        dropDown: (a) => a.categories.map((c) => c.name.da),
      }),
      column({ key: "year", da: "År", en: "Year", required: true, kind: "year", width: 8 }),
      ...months.map((m, i) => column({ key: `m${i + 1}`, da: m, en: m, aliases: [String(i + 1)], kind: "count", width: 6 })),
    ],
    slot: "months",
    read: () => 0,
    empty: () => 0,
    template: {},
  };

  it("makes its template sheet from the spec alone", () => {
    const t = templateSheet(spec, amager);
    expect(t.sheet).toBe("months");
    expect(t.name).toBe("Måneder");
    expect(t.header).toEqual(["Gerningstype", "År", ...months]);
    expect(t.columnWidths).toEqual([22, 8, ...months.map(() => 6)]);
    expect(t.columnKinds).toEqual(["text", "year", ...months.map(() => "count")]);
    expect(t.validations).toEqual([{ column: "A", fromRow: 2, toRow: 1000, list: amager.categories.map((c) => c.name.da) }]);
  });

  it("finds its columns by any header, numbers included, and names the missing required ones", () => {
    const found = matchHeaders(spec, ["year", "category", 1, "feb", 12.5, null, 3]);
    expect([...found.columns]).toEqual([
      ["year", 0],
      ["category", 1],
      ["m1", 2],
      ["m2", 3],
      ["m3", 6],
    ]);
    expect(found.missing).toEqual([]);
    expect(matchHeaders(spec, ["Jan"]).missing.map((c) => c.key)).toEqual(["category", "year"]);
  });
});
