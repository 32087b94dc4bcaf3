/**
 * The Office add-in templates' convention, enforced: only excel-addin/excel/ talks to Excel
 * (Excel.run, context.sync, the Excel namespace); core/ needs no Office at all.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli";
import { importsOf, sourceFiles } from "../helpers/imports";

const ADDIN = join(ROOT, "excel-addin");
const code = (file: string) => readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");

describe("excel-addin layering", () => {
  const files = sourceFiles(ADDIN).filter((f) => !f.endsWith(".d.ts"));

  it("calls Excel only from excel/", () => {
    expect(files.some((f) => f.includes(`${join("excel-addin", "excel")}/`))).toBe(true);
    const bad = files
      .filter((f) => !relative(ADDIN, f).startsWith("excel/"))
      .filter((f) => /\bExcel\.\w|\bcontext\.sync\b|\bRequestContext\b/.test(code(f)))
      .map((f) => relative(ROOT, f));
    expect(bad).toEqual([]);
  });

  it("keeps core/ free of Office, the DOM wiring and excel/", () => {
    const bad: string[] = [];
    for (const f of files.filter((x) => relative(ADDIN, x).startsWith("core/"))) {
      const text = code(f);
      if (/\b(Office|Excel|CustomFunctions|document|window)\./.test(text)) bad.push(`${relative(ROOT, f)} uses a host global`);
      for (const spec of importsOf(text)) if (/\/(excel|taskpane|actions)\//.test(spec)) bad.push(`${relative(ROOT, f)} imports ${spec}`);
    }
    expect(bad).toEqual([]);
  });
});
