/**
 * `partnerskab validate` on hostile workbooks, in a child process limited to a 256 MB heap: it
 * finishes with a clear answer (an error at the sheet a cap cut, or a valid tracker when only an
 * unused sheet is huge), never with a crash, and its peak memory stays under a few hundred MB.
 * The workbooks are built here: the issue's 315 kB workbook with a value in column XFD on 60,000
 * rows of an unused sheet, the same on a used sheet, a zip bomb of 300 MB unpacked, and a sheet
 * of a million cells with five problems on every row.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { trackerSheetSpecs, WORKBOOK_FILE_LIMITS } from "../../shared/index";
import { ROOT } from "../helpers/cli";
import {
  addSheet,
  archive,
  deflatedRepeat,
  numberCell,
  replaceSheet,
  sampleZip,
  sheetPart,
  sheetXml,
  textCell,
} from "../helpers/hostile-workbooks";
import { tempDir } from "./workbooks";

const HEAP_MB = 256;
/** "A few hundred MB": the whole process, Node and the TypeScript loader included. */
const MAX_RSS_MB = 400;

const files: Record<string, string> = {};

beforeAll(async () => {
  const dir = tempDir();
  const save = async (name: string, bytes: Promise<Buffer>) => {
    files[name] = join(dir, `${name}.xlsx`);
    writeFileSync(files[name], await bytes);
  };
  let zip = await sampleZip();
  await addSheet(
    zip,
    "Noter",
    sheetXml(60_000, (r) => textCell(`XFD${r}`, "x")),
  );
  await save("unused-xfd", archive(zip));

  zip = await sampleZip();
  await replaceSheet(
    zip,
    "Møder",
    sheetXml(60_000, (r) => textCell(`A${r}`, "Styregruppe") + textCell(`XFD${r}`, "x")),
  );
  await save("used-xfd", archive(zip));

  // The same on Måneder, the year in progress: a category and a month's figure on every row.
  zip = await sampleZip();
  await replaceSheet(
    zip,
    "Måneder",
    sheetXml(60_000, (r) => textCell(`A${r}`, "Indbrud") + numberCell(`B${r}`, 2016) + numberCell(`C${r}`, 5) + textCell(`XFD${r}`, "x")),
  );
  await save("months-xfd", archive(zip));

  zip = await sampleZip();
  const part = await sheetPart(zip, "Kriminalitet");
  const start = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  await save("bomb", archive(zip, { [part]: await deflatedRepeat(start, " ".repeat(1 << 20), 300, "</sheetData></worksheet>") }));

  // A million cells, and on every row of Møder five problems: far more than are listed.
  zip = await sampleZip();
  const columns = "ABCDEFGHIJKLMNOPQRST";
  const header = ["Dato", "Start", "Slut", "Gruppe", "Sted", "Emne", "Status"];
  await replaceSheet(
    zip,
    "Møder",
    sheetXml(50_000, (r) => [...columns].map((c, i) => textCell(`${c}${r}`, r === 1 ? (header[i] ?? `Ekstra ${i}`) : `?${r}`)).join("")),
  );
  await save("million-bad-cells", archive(zip));
}, 180_000);

function validate(file: string) {
  const r = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MB}`,
      "--import",
      resolve(ROOT, "tests/helpers/report-max-rss.mjs"),
      resolve(ROOT, "cli/partnerskab.js"),
      "validate",
      file,
      "--json",
      "--today",
      "2016-09-01",
    ],
    { cwd: ROOT, encoding: "utf8", timeout: 170_000, maxBuffer: 64 * 1024 * 1024 },
  );
  const rss = /max-rss-kb (\d+)\s*$/.exec(r.stderr);
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr, rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN };
}

describe(`validate with a ${HEAP_MB} MB heap on hostile workbooks`, () => {
  it.each([
    ["unused-xfd", 0, [], undefined],
    ["used-xfd", 1, ["sheet-too-large"], undefined],
    ["months-xfd", 1, ["sheet-too-large"], undefined],
    ["bomb", 1, ["sheet-too-large"], undefined],
    // More than 32 MB of XML: cut there, and still more problems than are listed.
    ["million-bad-cells", 1, ["sheet-too-large"], "more-issues"],
  ] as const)(
    "%s: exit %i with a clear answer, in bounded memory",
    (name, exitCode, firstCodes, lastCode) => {
      const run = validate(files[name] ?? "");
      expect(run.signal, run.err.slice(-500)).toBeNull();
      expect(run.err).not.toMatch(/heap|FATAL|stack/i);
      expect(run.code).toBe(exitCode);
      const report = JSON.parse(run.out) as { readable: boolean; valid: boolean; issues: { code: string }[] };
      expect(report.readable).toBe(true);
      expect(report.valid).toBe(exitCode === 0);
      expect(report.issues.slice(0, firstCodes.length).map((i) => i.code)).toEqual(firstCodes);
      // The check lists at most maxIssues and one that counts the rest; the reader adds at most two a sheet.
      expect(report.issues.length).toBeLessThanOrEqual(WORKBOOK_FILE_LIMITS.maxIssues + 1 + 2 * trackerSheetSpecs.length);
      if (lastCode) expect(report.issues.at(-1)?.code).toBe(lastCode);
      expect(run.rssMb).toBeLessThan(MAX_RSS_MB);
    },
    180_000,
  );
});
