/**
 * Which files a piece of code opens: every opening call of node:fs and node:fs/promises is
 * wrapped (for ESM named imports too, through syncBuiltinESMExports) and the path of each that
 * succeeded is recorded (an open the system refused, such as a link under O_NOFOLLOW, opened
 * nothing), until restore(). For tests that prove a tracker cannot make the product read a file
 * of its choosing.
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
      const record = () => {
        if (typeof path === "string" || path instanceof URL || Buffer.isBuffer(path)) paths.push(resolve(String(path)));
      };
      const last = rest.at(-1);
      if (typeof last === "function") {
        // Callback style: recorded when the call succeeds.
        const callback = (err: unknown, ...results: unknown[]) => {
          if (!err) record();
          (last as (...a: unknown[]) => void)(err, ...results);
        };
        return (original as (...a: unknown[]) => unknown)(path, ...rest.slice(0, -1), callback);
      }
      const result = (original as (...a: unknown[]) => unknown)(path, ...rest);
      if (result instanceof Promise) {
        return result.then((value) => {
          record();
          return value;
        });
      }
      record();
      return result;
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
