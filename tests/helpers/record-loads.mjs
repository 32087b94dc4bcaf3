// Preload for `node --import`: writes every module the process loads to the file named by
// RECORD_LOADS, one path or URL a line: ES modules as they are resolved (a hook), CommonJS
// modules from require's cache at exit. The tests of the compiled build read which packages
// a command or the bot loaded.
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";

const out = process.env.RECORD_LOADS;
if (out) {
  register("./record-loads-hooks.mjs", import.meta.url);
  const require = createRequire(import.meta.url);
  process.on("exit", () => appendFileSync(out, `${Object.keys(require.cache).join("\n")}\n`));
}
