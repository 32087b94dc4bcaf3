/**
 * The compiled build (`npm run build`, done once per test run by tests/helpers/build-once.ts):
 * the bot and the `partnerskab` bin run from dist/ with node alone, load heavy packages only
 * where they are needed, and import nothing but the runtime `dependencies`, so they still run
 * after `npm prune --omit=dev` (scripts/check-production.ts does that in a throwaway copy).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli, ROOT } from "../helpers/cli";
import { importsOf } from "../helpers/imports";

const DIST = join(ROOT, "dist");
const RECORDER = join(ROOT, "tests/helpers/record-loads.mjs");

/** The environment of a production process: nothing that would load tsx or another helper. */
function plainEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== "NODE_OPTIONS" && !k.startsWith("VITEST")) env[k] = v;
  return { ...env, ...extra };
}

/** The package a loaded file belongs to (the last node_modules/<name> in its path), if any. */
function packageOf(line: string): string | undefined {
  const names = [...line.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].map((m) => m[1]);
  return names.at(-1);
}

function loadedPackages(recordFile: string): Set<string> {
  const lines = readFileSync(recordFile, "utf8").split("\n");
  return new Set(lines.map(packageOf).filter((p): p is string => p !== undefined));
}

function loadedFiles(recordFile: string): string[] {
  return readFileSync(recordFile, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("file://"))
    .map((l) => new URL(l).pathname);
}

/** Runs `node [--import recorder] args…` in the repository; returns its output and what it loaded. */
function runNode(args: string[], env: Record<string, string> = {}) {
  const record = join(mkdtempSync(join(tmpdir(), "pk-loads-")), "loads.txt");
  const r = spawnSync(process.execPath, ["--import", RECORDER, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: plainEnv({ RECORD_LOADS: record, ...env }),
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, packages: loadedPackages(record), files: loadedFiles(record) };
}

const TEAMS_SDK = ["@microsoft/teams-ai", "botbuilder", "botframework-connector"];
// Loaded by our Graph source and Blob storage only (@azure/identity comes with botbuilder anyway).
const ONLY_WHEN_CONFIGURED = ["@microsoft/microsoft-graph-client", "@azure/storage-blob", "botbuilder-azure-blobs"];
// The chunks holding our Graph source and Blob storage, named after their modules.
const GRAPH_AND_BLOB_CHUNKS = /^(create-graph-source|blobs-storage)-/;

describe("the compiled command line", () => {
  it("runs `targets --json` with node alone and answers exactly as the TypeScript does", async () => {
    const compiled = runNode(["dist/cli/main.js", "targets", "--json"]);
    expect(compiled.err).toBe("");
    expect(compiled.code).toBe(0);
    const inProcess = await cli("targets", "--json");
    expect(compiled.out).toBe(inProcess.out);
    expect(JSON.parse(compiled.out).categories).toHaveLength(6);
  });

  it("the `partnerskab` bin runs dist/ (no tsx), and `targets` loads no package at all: no exceljs, no Teams SDK", () => {
    const r = runNode(["cli/partnerskab.js", "targets", "--agreement", "amager"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Indbrud");
    expect(r.files).toContain(join(DIST, "cli/main.js"));
    expect(r.files.filter((f) => f.endsWith(".ts"))).toEqual([]);
    // zod is compiled into dist/ (scripts/build.ts), the rest of what targets needs is ours.
    expect([...r.packages]).toEqual([]);
  });

  it("`agreement` loads no package either; `validate`, which reads a workbook, loads exceljs but not the Teams SDK", () => {
    const agreement = runNode(["cli/partnerskab.js", "agreement", "--json"]);
    expect(agreement.code).toBe(0);
    expect(JSON.parse(agreement.out).id).toBe("amager");
    expect([...agreement.packages]).toEqual([]);
    // The recorder sees exceljs when it is loaded, so its absence above means something.
    const validate = runNode(["cli/partnerskab.js", "validate", "examples/amager-tracker.xlsx", "--today", "2016-09-01"]);
    expect(validate.code).toBe(0);
    expect(validate.packages.has("exceljs")).toBe(true);
    for (const heavy of ["tsx", "@azure/identity", ...TEAMS_SDK, ...ONLY_WHEN_CONFIGURED])
      expect(validate.packages.has(heavy), heavy).toBe(false);
  });

  it("finds the sample tracker from dist/ (`ask` without --tracker)", () => {
    const r = runNode(["dist/cli/main.js", "ask", "Hvordan går det med indbrud i forhold til målet for 2015?"], {
      PARTNERSKAB_NOW: "2016-09-01T10:00",
    });
    expect(r.err).toBe("");
    expect(r.out).toContain("Indbrud 2015: 58 anmeldelser mod måltallet på højst 62");
  });

  it("the bin, with no dist/ and no tsx beside it, says how to build (exit 70, no stack trace)", () => {
    const bare = mkdtempSync(join(tmpdir(), "pk-unbuilt-"));
    mkdirSync(join(bare, "cli"));
    copyFileSync(join(ROOT, "cli/partnerskab.js"), join(bare, "cli/partnerskab.js"));
    const r = spawnSync(process.execPath, [join(bare, "cli/partnerskab.js"), "targets"], { cwd: bare, encoding: "utf8", env: plainEnv() });
    expect(r.status).toBe(70);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`partnerskab: ikke bygget; kør "npm run build" i ${bare}/ / not built: run "npm run build" in ${bare}/\n`);
  });
});

describe("the compiled bot", () => {
  let bot: ChildProcess | undefined;
  afterEach(() => {
    bot?.kill("SIGKILL");
    bot = undefined;
  });

  it("starts with node alone and answers /healthz 200, without loading the Graph or Blob SDKs", async () => {
    const record = join(mkdtempSync(join(tmpdir(), "pk-loads-")), "loads.txt");
    bot = spawn(process.execPath, ["--import", RECORDER, "dist/bot/main.js"], {
      cwd: ROOT,
      env: plainEnv({ RECORD_LOADS: record, PORT: "0", STORAGE_DIR: mkdtempSync(join(tmpdir(), "pk-serve-")), LOG_LEVEL: "info" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    bot.stderr?.on("data", (d) => (stderr += d));
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      bot?.stdout?.on("data", (d) => {
        out += d;
        const health = /"health":"([^"]+)"/.exec(out)?.[1];
        if (health) resolve(health);
      });
      bot?.once("exit", (code) => reject(new Error(`the bot exited (${code}): ${stderr}`)));
    });
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const health = (await res.json()) as { status: string; tracker: { ok: boolean } };
    expect(health.status).toBe("ok");
    expect(health.tracker.ok).toBe(true); // the sample tracker, found from dist/ through TRACKER_FILE's default
    const stopped = new Promise((resolve) => bot?.once("exit", resolve));
    bot.kill("SIGTERM"); // closeOnSignals: a clean exit, so the recorder writes the CommonJS modules too
    await stopped;
    expect(stderr).toBe("");
    const packages = loadedPackages(record);
    const files = loadedFiles(record);
    expect(files).toContain(join(DIST, "bot/main.js"));
    expect(files.filter((f) => f.endsWith(".ts"))).toEqual([]);
    for (const needed of ["@microsoft/teams-ai", "botbuilder", "exceljs", "express"]) expect(packages.has(needed), needed).toBe(true);
    for (const lazy of ["tsx", ...ONLY_WHEN_CONFIGURED]) expect(packages.has(lazy), lazy).toBe(false);
    const lazyChunks = readdirSync(join(DIST, "chunks")).filter((f) => GRAPH_AND_BLOB_CHUNKS.test(f) && f.endsWith(".js"));
    expect(lazyChunks).toHaveLength(2);
    expect(files.filter((f) => lazyChunks.some((c) => f.endsWith(`/chunks/${c}`)))).toEqual([]);
  }, 90_000);

  it("stops on a configuration mistake with the same one line as `npm run bot`, exit 1", () => {
    const env = plainEnv({ TRACKER_SOURCE: "graph", LOG_LEVEL: "error" });
    for (const k of Object.keys(env)) if (k.startsWith("GRAPH_")) delete env[k];
    const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env, timeout: 60_000 });
    const compiled = run(["dist/bot/main.js"]);
    const source = run(["--import", "tsx", "bot/main.ts"]);
    expect(compiled.status).toBe(1);
    expect(compiled.stderr).toMatch(/^partnerskab bot: TRACKER_SOURCE=graph needs GRAPH_TENANT_ID, .*\n$/);
    expect(compiled.stderr).toBe(source.stderr);
    expect(source.status).toBe(1);
  }, 120_000); // two starts, one through tsx: slow on a busy machine
});

describe("dist/ needs only the runtime dependencies", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  const files = readdirSync(DIST, { recursive: true, encoding: "utf8" })
    .filter((f) => /^(bot|cli|chunks)\/[^/]+\.js$/.test(f))
    .map((f) => join(DIST, f));

  it("has the bot, the CLI and their chunks", () => {
    expect(files).toContain(join(DIST, "bot/main.js"));
    expect(files).toContain(join(DIST, "cli/main.js"));
  });

  it("imports only node built-ins, its own chunks and packages in `dependencies`", () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, "utf8"))) {
        if (builtins.has(spec) || spec.startsWith("./") || spec.startsWith("../")) continue;
        const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] ?? spec);
        if (!(name in pkg.dependencies)) wrong.push(`${file.slice(DIST.length + 1)}: ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps tsx and the build tools out of `dependencies`", () => {
    for (const tool of ["tsx", "esbuild", "typescript", "vitest"]) {
      expect(pkg.dependencies[tool], tool).toBeUndefined();
      expect(pkg.devDependencies[tool], tool).toBeDefined();
    }
  });
});
