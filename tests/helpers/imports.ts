/** Reading a folder's source files and the modules they import, for the layering tests. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/**
 * Every module specifier a file imports or re-exports, statically or dynamically, as the
 * TypeScript compiler sees them (so words like `from "x"` inside strings do not count).
 */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}
