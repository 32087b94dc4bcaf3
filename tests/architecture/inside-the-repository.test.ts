/**
 * A plain clone must be enough: no test, benchmark, script or product code reads a file outside
 * the repository (such as the domain references beside a developer's checkout, ../shared/seed),
 * because a user's clone does not have them. Facts a test needs from the signed agreement are
 * copied into tests/data/.
 *
 * Checked on the source text, per string literal (comments do not count): a relative path that
 * climbs above the repository from the file's folder, `resolve(import.meta.dirname, "..", …)`
 * that does, a path into the domain references, and an absolute path under /work/.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SKIPPED = new Set(["node_modules", "dist", ".git", ".data", "coverage", ".output"]);
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
// The domain references live beside the checkout, never in it.
const REFERENCES = /(^|\/)shared\/(seed|docs)\//;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIPPED.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

const escapes = (from: string, path: string) => {
  const target = relative(ROOT, resolve(from, path));
  return target === ".." || target.startsWith(`..${sep}`);
};

/** Every path in `text` (a file at `file`) that points outside the repository, with why. */
function pathsOutside(file: string, text: string): string[] {
  const folder = dirname(file);
  const found: string[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const value = node.text;
      if (REFERENCES.test(value)) found.push(`"${value}" names the domain references beside the checkout`);
      else if (value.startsWith("/work/")) found.push(`"${value}" is an absolute path on this machine`);
      else if (/^\.\.?\//.test(value) && escapes(folder, value)) found.push(`"${value}" climbs out of the repository`);
    }
    // resolve(import.meta.dirname, "..", "..", "x") / join(__dirname, …): the literal arguments together.
    if (ts.isCallExpression(node) && node.arguments.length > 1) {
      const [first, ...rest] = node.arguments;
      const base = first?.getText(source);
      if ((base === "import.meta.dirname" || base === "__dirname") && rest.every((a) => ts.isStringLiteral(a))) {
        const path = join(...rest.map((a) => (a as ts.StringLiteral).text));
        if (escapes(folder, path)) found.push(`${node.getText(source)} climbs out of the repository`);
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return found;
}

describe("the repository is enough: nothing reads outside it", () => {
  const self = resolve(import.meta.filename);
  const files = sourceFiles(ROOT).filter((f) => f !== self);

  it("finds the tests, benchmarks, scripts and product code to check", () => {
    for (const folder of ["tests", "bench", "scripts", "bot", "cli", "files", "shared", "excel-addin"])
      expect(
        files.some((f) => f.startsWith(join(ROOT, folder, sep))),
        folder,
      ).toBe(true);
  });

  it("has no source file pointing outside the repository", () => {
    const bad = files.flatMap((file) => pathsOutside(file, readFileSync(file, "utf8")).map((why) => `${relative(ROOT, file)}: ${why}`));
    expect(bad).toEqual([]);
  });

  it("has no npm script or CI step pointing outside it", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const lines = [
      ...Object.entries(pkg.scripts).map(([name, cmd]) => `npm run ${name}: ${cmd}`),
      ...readFileSync(join(ROOT, ".ci/run"), "utf8").split("\n"),
    ];
    expect(lines.filter((line) => /(^|[\s"'=])\.\.\/|\/work\/|shared\/(seed|docs)/.test(line))).toEqual([]);
  });

  it("catches the ways a path leaves the repository (the check itself works)", () => {
    const test = join(ROOT, "tests", "shared", "x.test.ts");
    const seed = ["..", "..", "..", "shared", "seed", "amager.txt"].join("/");
    expect(pathsOutside(test, `const f = new URL("${seed}", import.meta.url);`)).toHaveLength(1);
    expect(pathsOutside(test, `readFileSync(resolve(import.meta.dirname, "..", "..", "..", "notes.txt"))`)).toHaveLength(1);
    expect(pathsOutside(test, `const p = "/work/${"shared"}/docs/domain.md";`)).toHaveLength(1);
    // Inside the repository, and words in comments, are fine.
    expect(
      pathsOutside(
        test,
        `import { a } from "../../shared/index"; // ../../../elsewhere\nresolve(import.meta.dirname, "../../examples/x.xlsx");`,
      ),
    ).toEqual([]);
  });
});
