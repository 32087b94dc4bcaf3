/**
 * A tracker workbook is read within caps, whatever it holds (issue 15): sheets the tracker does
 * not use are never unpacked, the used ones are read within rows, columns, cells, text and
 * unpacked bytes, a cap that cuts a sheet is an error at that sheet, and a file that is no
 * workbook is one line. The hostile workbooks are built here from the sample tracker.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTrackerFile, TrackerFileError } from "../../files/tracker-file";
import { readTrackerWorkbook, readWorkbookGrids } from "../../files/xlsx-read";
import { TRACKER_LIMITS, WORKBOOK_FILE_LIMITS } from "../../shared/index";
import {
  addSheet,
  archive,
  deflatedRepeat,
  numberCell,
  replaceSheet,
  SAMPLE_TRACKER,
  sampleZip,
  sheetPart,
  sheetXml,
  textCell,
} from "../helpers/hostile-workbooks";
import { tempDir } from "./workbooks";

const DEMO_NOW = new Date("2016-09-01T09:00:00+02:00");
const SHEET_START = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = "</sheetData></worksheet>";

async function written(buffer: Buffer, name = "tracker.xlsx"): Promise<string> {
  const path = join(tempDir(), name);
  writeFileSync(path, buffer);
  return path;
}

const sample = () => readWorkbookGrids(SAMPLE_TRACKER);

describe("sheets the tracker does not use", () => {
  it("are never read: a value in column XFD on 60,000 rows of a notes sheet changes nothing", async () => {
    const zip = await sampleZip();
    await addSheet(
      zip,
      "Noter",
      sheetXml(60_000, (r) => textCell(`XFD${r}`, "x")),
    );
    const read = await readTrackerWorkbook(await archive(zip));
    expect(read.grids).toEqual(await sample());
    expect(Object.keys(read.grids)).not.toContain("Noter");
    expect(read.limitIssues).toEqual([]);
  });

  it("are never even unpacked: a 300 MB zip bomb, or a part that is not deflate at all, as a notes sheet", async () => {
    const zip = await sampleZip();
    await addSheet(zip, "Noter", "placeholder");
    await addSheet(zip, "Pivot", "placeholder");
    const bomb = await deflatedRepeat(SHEET_START, " ".repeat(1 << 20), 300, SHEET_END);
    const broken = { deflated: Buffer.from("this is not a deflate stream at all"), declaredSize: 10 };
    const [noter, pivot] = [await sheetPart(zip, "Noter"), await sheetPart(zip, "Pivot")];
    const path = await written(await archive(zip, { [noter]: bomb, [pivot]: broken }));
    const loaded = await loadTrackerFile(path, { now: DEMO_NOW });
    expect(loaded.issues).toEqual([]);
    expect(loaded.data.crime.get("indbrud")?.get(2015)).toBe(58);
  });
});

describe("the tracker's own sheets, within the caps", () => {
  it("a value in column XFD on 60,000 rows of Møder: an error at the sheet, and only its window read", async () => {
    const zip = await sampleZip();
    await replaceSheet(
      zip,
      "Møder",
      sheetXml(60_000, (r) => textCell(`A${r}`, "Styregruppe") + textCell(`XFD${r}`, "x")),
    );
    const path = await written(await archive(zip));
    const { grids, limitIssues } = await readTrackerWorkbook(path);
    const moeder = grids.Møder ?? [];
    expect(moeder.length).toBe(TRACKER_LIMITS.maxCells / TRACKER_LIMITS.maxColumns);
    expect(Math.max(...moeder.map((r) => r.length))).toBeLessThanOrEqual(TRACKER_LIMITS.maxColumns);
    expect(limitIssues.map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.code}`)).toEqual(["error Møder! sheet-too-large"]);
    const [issue] = limitIssues;
    expect(issue?.message.da).toContain("helt ud til XFD");
    expect(issue?.message.da).toContain("60.000 rækker");
    expect(issue?.message.en).toContain("as far as XFD");
    // The other sheets are read as ever, and the check runs on what was read.
    expect(grids.Kriminalitet).toEqual((await sample()).Kriminalitet);
    const loaded = await loadTrackerFile(path, { now: DEMO_NOW });
    expect(loaded.issues[0]?.code).toBe("sheet-too-large");
    expect(loaded.data.crime.get("indbrud")?.get(2015)).toBe(58);
  });

  it("Måneder, the year in progress, within the same caps: a value in XFD on 60,000 rows is an error at it, the other sheets read as ever", async () => {
    const zip = await sampleZip();
    const header = ((await sample()).Måneder?.[0] ?? []).map((h, c) => textCell(`${String.fromCharCode(65 + c)}1`, String(h))).join("");
    expect(header).toContain("Gerningstype");
    await replaceSheet(
      zip,
      "Måneder",
      sheetXml(60_000, (r) =>
        r === 1 ? header : textCell(`A${r}`, "Indbrud") + numberCell(`B${r}`, 2016) + numberCell(`C${r}`, 5) + textCell(`XFD${r}`, "x"),
      ),
    );
    const path = await written(await archive(zip));
    const { grids, limitIssues } = await readTrackerWorkbook(path);
    const months = grids.Måneder ?? [];
    expect(months.length).toBe(TRACKER_LIMITS.maxCells / TRACKER_LIMITS.maxColumns);
    expect(Math.max(...months.map((r) => r.length))).toBeLessThanOrEqual(TRACKER_LIMITS.maxColumns);
    expect(limitIssues.map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.code}`)).toEqual(["error Måneder! sheet-too-large"]);
    expect(limitIssues[0]?.message.da).toContain("Arket »Måneder« bruger kolonner helt ud til XFD");
    expect(limitIssues[0]?.message.en).toContain('The sheet "Måneder" has 60,000 rows');
    expect(grids.Kriminalitet).toEqual((await sample()).Kriminalitet);
    expect(grids.Møder).toEqual((await sample()).Møder);
    const loaded = await loadTrackerFile(path, { now: DEMO_NOW });
    expect(loaded.issues[0]?.code).toBe("sheet-too-large");
    expect(loaded.data.crime.get("indbrud")?.get(2015)).toBe(58);
  }, 120_000);

  it("Måneder as a zip bomb: read up to 32 MB unpacked, with an error at it, in the caps' words", async () => {
    const zip = await sampleZip();
    const part = await sheetPart(zip, "Måneder");
    const bomb = await deflatedRepeat(
      `${SHEET_START}<row r="1">${textCell("A1", "Gerningstype")}${textCell("B1", "År")}</row>`,
      `<row r="2">${" ".repeat((1 << 20) - 20)}</row>`,
      300,
      SHEET_END,
    );
    const { grids, limitIssues } = await readTrackerWorkbook(await archive(zip, { [part]: bomb }));
    expect(limitIssues.map((i) => `${i.sheet} ${i.code}`)).toEqual(["Måneder sheet-too-large"]);
    expect(limitIssues[0]?.message.da).toMatch(/^Arket »Måneder« fylder mere end 32 MB udpakket/);
    expect(grids.Måneder?.[0]).toEqual(["Gerningstype", "År"]);
    expect(grids.Kriminalitet).toEqual((await sample()).Kriminalitet);
  });

  it("a sheet bigger than 32 MB unpacked (a zip bomb): read up to there, with an error at the sheet", async () => {
    const zip = await sampleZip();
    const part = await sheetPart(zip, "Kriminalitet");
    const rows = Array.from(
      { length: 3 },
      (_, r) => `<row r="${r + 1}">${textCell(`A${r + 1}`, r === 0 ? "Gerningstype" : "Indbrud")}</row>`,
    ).join("");
    const bomb = await deflatedRepeat(`${SHEET_START}${rows}`, `<row r="4">${" ".repeat((1 << 20) - 20)}</row>`, 300, SHEET_END);
    expect(bomb.deflated.length).toBeLessThan(2_000_000);
    const { grids, limitIssues } = await readTrackerWorkbook(await archive(zip, { [part]: bomb }));
    expect(limitIssues.map((i) => `${i.sheet} ${i.code}`)).toEqual(["Kriminalitet sheet-too-large"]);
    expect(limitIssues[0]?.message.en).toMatch(/takes more than 32 MB unpacked; only the first \d+ rows were read/);
    expect(grids.Kriminalitet?.[0]).toEqual(["Gerningstype"]);
  });

  it("a cell with more text than the cap: cut, and an error at the sheet naming the first such cell", async () => {
    const zip = await sampleZip();
    const long = "lang tekst ".repeat(2_000);
    await replaceSheet(
      zip,
      "Aktiviteter",
      sheetXml(3, (r) => (r === 3 ? textCell("C3", long) : textCell(`A${r}`, "Indsatsområde"))),
    );
    const { grids, limitIssues } = await readTrackerWorkbook(await archive(zip));
    expect(String(grids.Aktiviteter?.[2]?.[2]).length).toBe(TRACKER_LIMITS.maxTextLength);
    expect(limitIssues.map((i) => `${i.sheet} ${i.code}`)).toEqual(["Aktiviteter text-too-long"]);
    expect(limitIssues[0]?.message.da).toContain("først C3");
  });

  it("the sheets share one budget of cells: a later sheet is cut when the earlier ones used it up", async () => {
    const zip = await sampleZip();
    await replaceSheet(
      zip,
      "Kriminalitet",
      sheetXml(20, (r) => numberCell(`A${r}`, r) + numberCell(`B${r}`, r)),
    );
    await replaceSheet(
      zip,
      "Møder",
      sheetXml(20, (r) => numberCell(`A${r}`, r) + numberCell(`B${r}`, r)),
    );
    const limits = { ...TRACKER_LIMITS, maxCells: 1_000 };
    const fileLimits = { ...WORKBOOK_FILE_LIMITS, maxWorkbookCells: 50 };
    const { grids, limitIssues } = await readTrackerWorkbook(await archive(zip), { limits, fileLimits });
    // Aftale (9 rows × 2) and Kriminalitet (20 × 2) come first: 58 > 50, so Kriminalitet is cut to 16 rows.
    expect(grids.Kriminalitet?.length).toBe(16);
    expect(grids.Møder).toEqual([]);
    // Every sheet after it gets nothing, and says so.
    expect(limitIssues.map((i) => `${i.sheet} ${i.code}`)).toEqual(
      ["Kriminalitet", "Måneder", "Møder", "SSP", "Tryghedsindeks", "Tryghedsundersøgelse", "Økonomi", "Aktiviteter"].map(
        (s) => `${s} sheet-too-large`,
      ),
    );
    expect(limitIssues[0]?.message.en).toContain(
      'sheets hold more than 50 cells together; of the sheet "Kriminalitet" only the first 16 rows',
    );
    expect(limitIssues[1]?.message.da).toContain("arket »Måneder« er ikke læst");
    expect(limitIssues[2]?.message.da).toContain("arket »Møder« er ikke læst");
  });

  it("a sheet of more bad cells than are listed: the first ones listed, the rest counted in one last issue", async () => {
    const zip = await sampleZip();
    const header = ((await sample()).Møder?.[0] ?? []).map((h, c) => textCell(`${String.fromCharCode(65 + c)}1`, String(h))).join("");
    // Two problems a row (no date, no start time): more than the cap.
    const rows = Math.ceil(WORKBOOK_FILE_LIMITS.maxIssues / 2) + 500;
    await replaceSheet(
      zip,
      "Møder",
      sheetXml(rows, (r) => (r === 1 ? header : textCell(`A${r}`, "ikke en dato") + textCell(`B${r}`, "25:99"))),
    );
    const loaded = await loadTrackerFile(await written(await archive(zip)), { now: DEMO_NOW });
    expect(loaded.issues.length).toBe(WORKBOOK_FILE_LIMITS.maxIssues + 1);
    const last = loaded.issues.at(-1);
    expect(last?.code).toBe("more-issues");
    expect(last?.message.da).toMatch(/^… og [\d.]+ problemer mere/);
  }, 120_000);
});

describe("files that are no workbook, or not one that may be read", () => {
  const fails = async (bytes: Buffer, pattern: RegExp, options = {}) => {
    const err = await readTrackerWorkbook(bytes, options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrackerFileError);
    expect((err as Error).message.split("\n")).toHaveLength(1);
    expect((err as Error).message).toMatch(pattern);
  };

  it("refuse each with one line", async () => {
    const good = await archive(await sampleZip());
    await fails(Buffer.from(`PK\u0003\u0004${"and then nothing ".repeat(10)}`), /not a valid \.xlsx workbook.*no zip directory/);
    await fails(good.subarray(0, good.length - 100), /not a valid \.xlsx workbook/);
    await fails(good, /too large/, { fileLimits: { ...WORKBOOK_FILE_LIMITS, maxFileBytes: 1_000 } });
    await fails(good, /parts in the archive \(at most 3\)/, { fileLimits: { ...WORKBOOK_FILE_LIMITS, maxZipEntries: 3 } });
    const encrypted = Buffer.from(good);
    const directory = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted.writeUInt16LE(encrypted.readUInt16LE(directory + 8) | 1, directory + 8);
    await fails(encrypted, /encrypted workbook/);
  });

  it("a shared-text part larger than the cap unpacked makes the workbook unreadable, in one line", async () => {
    const zip = await sampleZip();
    const bomb = await deflatedRepeat("<sst>", `<si><t>${"x".repeat(1 << 20)}</t></si>`, 40, "</sst>");
    await fails(await archive(zip, { "xl/sharedStrings.xml": bomb }), /shared text takes more than 32 MB unpacked/);
  });
});
