/**
 * Which files a piece of code opens: every opening call of node:fs and node:fs/promises is
 * wrapped (for ESM named imports too, through syncBuiltinESMExports) and its path recorded, until
 * restore(). For tests that prove a tracker cannot make the product read a file of its choosing.
 */
import fs from "node:fs";
import fsp from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { resolve } from "node:path";

type Target = Record<string, unknown>;
const OPENERS: Array<[Target, string]> = [
  [fs as unknown as Target, "open"],
  [fs as unknown as Target, "openSync"],
  [fs as unknown as Target, "readFile"],
  [fs as unknown as Target, "readFileSync"],
  [fs as unknown as Target, "createReadStream"],
  [fsp as unknown as Target, "open"],
  [fsp as unknown as Target, "readFile"],
];

export function recordFileOpens(): { paths: string[]; restore(): void } {
  const paths: string[] = [];
  const originals = OPENERS.map(([target, name]) => [target, name, target[name]] as const);
  for (const [target, name, original] of originals) {
    target[name] = (path: unknown, ...rest: unknown[]) => {
      if (typeof path === "string" || path instanceof URL || Buffer.isBuffer(path)) paths.push(resolve(String(path)));
      return (original as (...a: unknown[]) => unknown)(path, ...rest);
    };
  }
  syncBuiltinESMExports();
  return {
    paths,
    restore() {
      for (const [target, name, original] of originals) target[name] = original;
      syncBuiltinESMExports();
    },
  };
}
