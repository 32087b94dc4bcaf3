/**
 * Property (fast-check): whatever workbook is put where the tracker is – random sheets under
 * tracker names and others, values anywhere up to row 1,048,576 and column XFD, long texts,
 * shared text, parts that are zip bombs or not deflate at all, and any `Partnerskab | <ref>`
 * (bundled ids, prototype names, paths, links, FIFOs, files beside it) – loading it never
 * crashes (a workbook or a one-line TrackerFileError), keeps every grid within the caps, opens no
 * file but the tracker and ordinary files in its own folder, and stays within bounded time and
 * memory (a hang or a blow-up fails the run).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTrackerFile, TrackerFileError } from "../../files/tracker-file";
import { readTrackerWorkbook } from "../../files/xlsx-read";
import { bundledAgreement, columnLetter, isA1, TRACKER_LIMITS, trackerSheetSpecs } from "../../shared/index";
import { recordFileOpens } from "../helpers/file-access";
import { type DeflatedPart, deflatedRepeat, numberCell, textCell, workbookFromSheets } from "../helpers/hostile-workbooks";
import { tempDir } from "./workbooks";

const RUNS = Number(process.env.HOSTILE_RUNS ?? 15);
const NOW = new Date("2016-09-01T09:00:00+02:00");
/** Generous: a hang detector, not a speed test (speed is the benchmarks' job). */
const MAX_SECONDS_PER_WORKBOOK = 60;
const MAX_HEAP_GROWTH_MB = 400;

let bomb: DeflatedPart;
beforeAll(async () => {
  // 300 MB of row elements unpacked; reused by the runs that draw it.
  bomb = await deflatedRepeat(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    `<row>${numberCell("A1", 1)}</row>`.repeat(10_000),
    1_200,
    "</sheetData></worksheet>",
  );
}, 120_000);

/** Every sheet of the registry by its Danish and English names (a new sheet is drawn too), and a name in capitals. */
const trackerNames = [...trackerSheetSpecs.flatMap((s) => [s.da, s.en]), "MEETINGS"];
const sheetName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...trackerNames) },
  { weight: 1, arbitrary: fc.constantFrom("Noter", "Pivot", "Ark1", "Data") },
);

const cellValue = fc.oneof(
  fc.integer({ min: -10, max: 5000 }).map((n) => ({ kind: "number" as const, n })),
  fc.string({ maxLength: 20 }).map((t) => ({ kind: "text" as const, t })),
  fc.constantFrom("Indbrud", "Styregruppe", "Gerningstype", "Dato", "Planlagt", "2015").map((t) => ({ kind: "text" as const, t })),
  fc.integer({ min: 10_001, max: 40_000 }).map((len) => ({ kind: "text" as const, t: "x".repeat(len) })),
  fc.integer({ min: 0, max: 5 }).map((i) => ({ kind: "shared" as const, i })),
);
/** Rows and columns anywhere in the sheet, mostly near A1. */
const position = fc.record({
  row: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_048_576 }) },
  ),
  column: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 16_384 }) },
  ),
});
const sheetBody = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.tuple(position, cellValue), { maxLength: 80 }).map((cells) => ({ kind: "cells" as const, cells })) },
  /** Many rows reaching far: the issue's "value in column XFD on 60,000 rows". */
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 70_000 }).map((rows) => ({ kind: "far" as const, rows })) },
  { weight: 1, arbitrary: fc.constantFrom({ kind: "bomb" as const }, { kind: "not-deflate" as const }) },
);

const reference = fc.oneof(
  fc.constantFrom("amager", "tingbjerg-husum", "Amager Partnerskab", "constructor", "__proto__", "toString", "vesterbro", ""),
  fc.constantFrom("/etc/passwd", "/proc/self/environ", "/dev/zero", "../x.json", "..\\x.json", "sub/aftale.json", "C:\\x.json"),
  fc.constantFrom("aftale.json", "./aftale.json", "link.json", "fifo.json", "folder.json", "stor.json", "findes-ikke.json"),
  fc.string({ maxLength: 40 }),
);

function sheetXml(
  body:
    | { kind: "cells"; cells: Array<[{ row: number; column: number }, { kind: string; n?: number; t?: string; i?: number }]> }
    | { kind: "far"; rows: number },
): string {
  const rows = new Map<number, string[]>();
  const add = (row: number, cell: string) => rows.set(row, [...(rows.get(row) ?? []), cell]);
  if (body.kind === "far") for (let r = 1; r <= body.rows; r++) add(r, textCell(`XFD${r}`, "x"));
  else {
    for (const [{ row, column }, v] of body.cells) {
      const ref = `${columnLetter(column - 1)}${row}`;
      add(
        row,
        v.kind === "number"
          ? numberCell(ref, v.n ?? 0)
          : v.kind === "shared"
            ? `<c r="${ref}" t="s"><v>${v.i}</v></c>`
            : textCell(ref, v.t ?? ""),
      );
    }
  }
  const xml = [...rows.entries()].sort(([a], [b]) => a - b).map(([r, cells]) => `<row r="${r}">${cells.join("")}</row>`);
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xml.join("")}</sheetData></worksheet>`;
}

/** Beside the tracker: an agreement, a link out, a FIFO, a folder, an oversize file. */
function furnish(dir: string): void {
  const amager = bundledAgreement("amager");
  writeFileSync(join(dir, "aftale.json"), JSON.stringify({ ...amager, id: "beside" }));
  symlinkSync("/etc/passwd", join(dir, "link.json"));
  execFileSync("mkfifo", [join(dir, "fifo.json")]);
  mkdirSync(join(dir, "folder.json"));
  writeFileSync(join(dir, "stor.json"), " ".repeat(2 * 1024 * 1024));
}

describe("any workbook, any reference", () => {
  it(`loads within the caps, opens only its own folder's ordinary files, in bounded time and memory (${RUNS} runs)`, {
    timeout: RUNS * 90_000,
  }, async () => {
    const baseHeap = process.memoryUsage().heapUsed;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(sheetName, sheetBody), { minLength: 0, maxLength: 6 }), reference, async (sheets, ref) => {
        const parts = sheets.map(([name, body], i) => ({
          name: sheets.findIndex(([n]) => n === name) === i ? name : `${name} (${i})`,
          xml:
            body.kind === "bomb"
              ? bomb
              : body.kind === "not-deflate"
                ? { deflated: Buffer.from("no deflate stream here"), declaredSize: 100 }
                : sheetXml(body),
        }));
        parts.unshift({
          name: "Aftale",
          xml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${textCell("A1", "Partnerskab")}${textCell("B1", ref)}</row></sheetData></worksheet>`,
        });
        const dir = tempDir();
        furnish(dir);
        const path = join(dir, "tracker.xlsx");
        writeFileSync(
          path,
          await workbookFromSheets(
            parts.filter((p, i) => i === 0 || p.name !== "Aftale"),
            ["Indbrud", "Styregruppe", "x".repeat(20_000), "", "Dato", "2015"],
          ),
        );

        const opens = recordFileOpens();
        const started = performance.now();
        let outcome: Awaited<ReturnType<typeof loadTrackerFile>> | TrackerFileError;
        try {
          outcome = await loadTrackerFile(path, { now: NOW }).catch((err: unknown) => {
            if (err instanceof TrackerFileError) return err;
            throw err;
          });
        } finally {
          opens.restore();
        }
        expect((performance.now() - started) / 1000).toBeLessThan(MAX_SECONDS_PER_WORKBOOK);
        expect((process.memoryUsage().heapUsed - baseHeap) / (1024 * 1024)).toBeLessThan(MAX_HEAP_GROWTH_MB);

        // Nothing outside the tracker's own folder, and never through the link out of it. (A FIFO or
        // a folder beside it may be opened, without blocking, to be looked at and refused.)
        for (const opened of opens.paths) {
          expect(dirname(opened), opened).toBe(dir);
          expect(opened.slice(dir.length + 1)).not.toBe("link.json");
        }
        if (outcome instanceof TrackerFileError) {
          expect(outcome.message).not.toContain("\n");
          return;
        }
        for (const issue of outcome.issues) {
          expect(issue.cell === "" || isA1(issue.cell), issue.cell).toBe(true);
          expect(issue.code).not.toBe("internal-error");
          expect(JSON.stringify(issue.message)).not.toMatch(/root:x|\/bin\/bash/);
        }
        for (const grid of Object.values(outcome.grids)) {
          expect(grid.length).toBeLessThanOrEqual(TRACKER_LIMITS.maxRows);
          for (const row of grid) {
            expect(row.length).toBeLessThanOrEqual(TRACKER_LIMITS.maxColumns);
            for (const v of row) if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(TRACKER_LIMITS.maxTextLength);
          }
        }
        // The same bytes read again give the same grids: nothing depends on what was read before.
        expect((await readTrackerWorkbook(path)).grids).toEqual(outcome.grids);
      }),
      { numRuns: RUNS, ...(process.env.HOSTILE_SEED ? { seed: Number(process.env.HOSTILE_SEED) } : {}) },
    );
  });
});
