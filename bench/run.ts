/**
 * `npm run bench`: runs every benchmark in bench/ (files named *.bench.ts) one after another,
 * each printing its own medians and ratios.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = import.meta.dirname;
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
  .sort();
if (files.length === 0) console.log("no benchmarks found");
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  await import(join(dir, f));
}
