/**
 * The shared rules module as `npm run build` compiles it for production (esbuild, bundled, target
 * node20), loaded from a temporary folder. The benchmarks themselves run under tsx, which compiles
 * each file with esbuild's keepNames, so every closure an answer creates also gets its name set:
 * bookkeeping production never does. A benchmark of what the bot serves measures this copy.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export type SharedModule = typeof import("../shared/index");

export async function compiledShared(): Promise<SharedModule> {
  const dir = await mkdtemp(join(tmpdir(), "partnerskab-bench-"));
  try {
    const outfile = join(dir, "shared.mjs");
    await build({
      entryPoints: [resolve(import.meta.dirname, "../shared/index.ts")],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "silent",
    });
    return (await import(pathToFileURL(outfile).href)) as SharedModule;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
