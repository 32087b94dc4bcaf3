// The module hook of record-loads.mjs: appends each resolved ES module URL to RECORD_LOADS.
import { appendFileSync } from "node:fs";

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(process.env.RECORD_LOADS, `${resolved.url}\n`);
  return resolved;
}
