#!/usr/bin/env node
// The installed `partnerskab` command: runs the compiled CLI, dist/cli/main.js (`npm run build`),
// with node alone. In a development checkout that has not been built yet it runs the TypeScript
// through tsx instead (a devDependency); with neither, it says how to build.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = new URL("../dist/cli/main.js", import.meta.url);

if (existsSync(compiled)) {
  // PARTNERSKAB_DEBUG prints a fault's stack: let it name the TypeScript source, not the bundle.
  if (process.env.PARTNERSKAB_DEBUG) process.setSourceMapsEnabled(true);
  await import(compiled.href);
} else {
  let tsx;
  try {
    tsx = await import("tsx/esm/api");
  } catch {
    const root = fileURLToPath(new URL("..", import.meta.url));
    process.stderr.write(`partnerskab: ikke bygget; kør "npm run build" i ${root} / not built: run "npm run build" in ${root}\n`);
    process.exit(70);
  }
  tsx.register();
  await import("./main.ts");
}
