/**
 * Start-up of the compiled build, each beside its floor, in one run (it builds dist/ first):
 *
 * - the bot's cold start, from spawning the process until GET /healthz answers 200, against a bare
 *   node process that only loads teams-ai, botbuilder and exceljs and listens. Goal: ≤ 1.5×.
 * - one CLI command, `partnerskab targets` through the bin, against `node -e 0`. Goal: ≤ 4×.
 *
 * Running the TypeScript through tsx (as `npm run bot` and `npm run cli` do) is timed too, for
 * comparison only. The variants take turns round by round, in a rotating order, so a load
 * spike on the shared machine lands on all of them, not on one; medians are compared. For the
 * cold starts the CPU time the process used until /healthz answered is shown too (Linux, from
 * /proc): on a busy machine it is steadier than the wall clock, which includes waiting for a core.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildApp } from "../scripts/build";
import { percentile } from "./measure";

const ROOT = resolve(import.meta.dirname, "..");
const BOT_ROUNDS = 8;
const CLI_ROUNDS = 15;

interface Sample {
  wallMs: number;
  /** user + system CPU time, where /proc tells it */
  cpuMs?: number;
}

interface Variant {
  name: string;
  args: string[];
  /** Part of the goal's ratio (else shown for comparison). */
  baseline?: true;
  goal?: true;
}

// A process that loads what the bot cannot do without, and listens: the floor for a cold start.
const BARE_SERVER = [
  'import "@microsoft/teams-ai";',
  'import "botbuilder";',
  'import "exceljs";',
  'import { createServer } from "node:http";',
  'createServer((req, res) => res.end("ok")).listen(Number(process.env.PORT), "127.0.0.1");',
].join("\n");

const BOT_VARIANTS: Variant[] = [
  { name: "bare node: teams-ai + botbuilder + exceljs, listening", args: ["--input-type=module", "-e", BARE_SERVER], baseline: true },
  { name: "bot, compiled (npm run serve)", args: ["dist/bot/main.js"], goal: true },
  { name: "bot through tsx (npm run bot, for comparison)", args: ["--import", "tsx", "bot/main.ts"] },
];

const CLI_VARIANTS: Variant[] = [
  { name: "node -e 0", args: ["-e", "0"], baseline: true },
  { name: "partnerskab targets (the bin, compiled)", args: ["cli/partnerskab.js", "targets"], goal: true },
  { name: "partnerskab targets through tsx (for comparison)", args: ["--import", "tsx", "cli/main.ts", "targets"] },
];

/** A production-like environment: no NODE_OPTIONS that might preload a dev tool. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: "warn", ...extra };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGKILL");
  await exited;
}

/** CPU time a running process has used so far (Linux; clock ticks of 10 ms), or undefined. */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** From spawn until GET /healthz on the process answers 200. */
async function coldStart(variant: Variant, storageDir: string): Promise<Sample> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, variant.args, {
    cwd: ROOT,
    env: env({ PORT: String(port), STORAGE_DIR: storageDir }),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${variant.name} exited (${child.exitCode}): ${stderr}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        await res.arrayBuffer();
        if (res.status === 200) return { wallMs: performance.now() - t0, cpuMs: cpuMsOf(child.pid) };
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    await stop(child);
  }
}

/** From spawn until the command has exited. */
function commandRun(variant: Variant): Sample {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, variant.args, { cwd: ROOT, env: env(), stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${variant.name} failed (${r.status}): ${r.stderr}`);
  return { wallMs: ms };
}

/** Runs every variant once per round, rotating which goes first. */
async function alternate(variants: Variant[], rounds: number, once: (v: Variant) => Sample | Promise<Sample>): Promise<Sample[][]> {
  const samples = variants.map(() => [] as Sample[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (round + k) % variants.length;
      samples[i]?.push(await once(variants[i] as Variant));
    }
  }
  return samples;
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

function summarise(title: string, variants: Variant[], samples: Sample[][], goal: number): void {
  const wall = samples.map((s) => s.map((x) => x.wallMs));
  const cpu = samples.map((s) => s.flatMap((x) => (x.cpuMs === undefined ? [] : [x.cpuMs])));
  const medians = wall.map(median);
  const cpuMedians = cpu.map((c) => (c.length > 0 ? median(c) : Number.NaN));
  const b = variants.findIndex((v) => v.baseline);
  const base = medians[b] ?? Number.NaN;
  const cpuBase = cpuMedians[b] ?? Number.NaN;
  console.log(`\n${title}`);
  console.table(
    variants.map((v, i) => {
      const sorted = [...(wall[i] ?? [])].sort((x, y) => x - y);
      return {
        variant: v.name,
        "median ms": Math.round(medians[i] ?? Number.NaN),
        "min ms": Math.round(sorted[0] ?? Number.NaN),
        "max ms": Math.round(sorted.at(-1) ?? Number.NaN),
        "× baseline": ((medians[i] ?? Number.NaN) / base).toFixed(2),
        ...(Number.isNaN(cpuBase)
          ? {}
          : { "CPU ms": Math.round(cpuMedians[i] ?? Number.NaN), "CPU × baseline": ((cpuMedians[i] ?? Number.NaN) / cpuBase).toFixed(2) }),
      };
    }),
  );
  const g = variants.findIndex((v) => v.goal);
  const ratio = (medians[g] ?? Number.NaN) / base;
  console.log(`${variants[g]?.name}: ${ratio.toFixed(2)}× the baseline (goal ≤ ${goal}×: ${ratio <= goal ? "met" : "NOT met"})`);
}

const built = await buildApp();
console.log(`built dist/ (${built.files.length} files); ${BOT_ROUNDS} rounds of cold starts, ${CLI_ROUNDS} of commands`);

const storageDir = mkdtempSync(join(tmpdir(), "partnerskab-bench-start-"));
try {
  // One unmeasured round first: the file system cache holds node_modules afterwards for every variant alike.
  for (const v of BOT_VARIANTS) await coldStart(v, storageDir);
  summarise(
    "Bot cold start (spawn → /healthz 200)",
    BOT_VARIANTS,
    await alternate(BOT_VARIANTS, BOT_ROUNDS, (v) => coldStart(v, storageDir)),
    1.5,
  );
  for (const v of CLI_VARIANTS) commandRun(v);
  summarise("One CLI command (spawn → exit)", CLI_VARIANTS, await alternate(CLI_VARIANTS, CLI_ROUNDS, commandRun), 4);
} finally {
  rmSync(storageDir, { recursive: true, force: true });
}
