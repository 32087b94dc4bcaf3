/**
 * The rules module must run unchanged in the browser add-in and the Node bot: no I/O,
 * no Node built-ins, nothing from Teams, Office or the other folders.
 */
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, sourceFiles } from "../helpers/imports";

const ROOT = resolve(import.meta.dirname, "../..");
const SHARED = join(ROOT, "shared");
const ALLOWED_PACKAGES = new Set(["zod"]);
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Why an import is not allowed in shared/, or undefined when it is fine. */
function forbiddenInShared(file: string, spec: string): string | undefined {
  if (spec.startsWith(".")) {
    const target = resolve(dirname(file), spec);
    return target.startsWith(SHARED) ? undefined : `reaches outside shared/ (${relative(ROOT, target)})`;
  }
  if (NODE_BUILTINS.has(spec) || spec.startsWith("node:")) return "is a Node built-in";
  const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] ?? spec);
  if (ALLOWED_PACKAGES.has(pkg)) return undefined;
  return `is the package ${pkg}, not allowed in the rules module`;
}

describe("shared/ is pure", () => {
  const files = sourceFiles(SHARED);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it("imports nothing but zod and its own modules", () => {
    const bad: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, "utf8"))) {
        const why = forbiddenInShared(file, spec);
        if (why) bad.push(`${relative(ROOT, file)}: "${spec}" ${why}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("uses no Node globals (process, Buffer, __dirname) and no `any`", () => {
    const bad: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      for (const [re, what] of [
        [/\bprocess\./, "process"],
        [/\bBuffer\b/, "Buffer"],
        [/\b__dirname\b|\b__filename\b/, "__dirname"],
        [/:\s*any\b|\bas any\b|<any>/, "any"],
      ] as const) {
        if (re.test(code)) bad.push(`${relative(ROOT, file)} uses ${what}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("the checker itself catches what it must", () => {
    const f = join(SHARED, "x.ts");
    expect(forbiddenInShared(f, "node:fs")).toBeDefined();
    expect(forbiddenInShared(f, "fs")).toBeDefined();
    expect(forbiddenInShared(f, "botbuilder")).toBeDefined();
    expect(forbiddenInShared(f, "@microsoft/teams-ai")).toBeDefined();
    expect(forbiddenInShared(f, "@microsoft/office-js")).toBeDefined();
    expect(forbiddenInShared(f, "../bot/main")).toBeDefined();
    expect(forbiddenInShared(f, "../excel-addin/taskpane")).toBeDefined();
    expect(forbiddenInShared(f, "./targets")).toBeUndefined();
    expect(forbiddenInShared(f, "zod")).toBeUndefined();
    const sample = 'import x from "a";\nexport * from "./b";\nconst c = await import("c");\nimport "d";\nconst s = "text from \\"e\\"";';
    expect(importsOf(sample).sort()).toEqual(["./b", "a", "c", "d"]);
  });
});
