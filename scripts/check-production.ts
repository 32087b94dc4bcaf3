/**
 * `npm run check:production`: the deployment steps of docs/deploy.md in a throwaway copy, to
 * prove the compiled build runs on the runtime `dependencies` alone:
 *
 *   copy the checkout and its node_modules → npm run build → npm prune --omit=dev
 *   → the `partnerskab` bin (targets, validate, ask) and `npm run serve` → /healthz 200
 *
 * Too slow for the test suite (it copies node_modules, about 1 GB); tests/build/compiled.test.ts
 * checks the same on every run from the other side (dist/ imports only `dependencies`).
 * Prints one line per step and exits 1 on the first failure. The copy is removed at the end.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const say = (line: string) => process.stdout.write(`${line}\n`);

class CheckFailed extends Error {}

function check(what: string, ok: boolean, detail = ""): void {
  if (!ok) throw new CheckFailed(`${what}${detail ? `: ${detail}` : ""}`);
  say(`ok  ${what}`);
}

/** The environment of a production process: no NODE_OPTIONS that could load a dev tool. */
function productionEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _, ...env } = process.env;
  return { ...env, NODE_ENV: "production", ...extra };
}

function run(cwd: string, command: string, args: string[], env = productionEnv()) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env, timeout: 300_000 });
  return { code: r.status, out: r.stdout ?? "", err: r.stderr ?? "" };
}

/** `npm run serve` until /healthz answers; returns the status, then stops the bot. */
async function serveHealth(cwd: string): Promise<number> {
  const bot: ChildProcess = spawn("npm", ["run", "--silent", "serve"], {
    cwd,
    env: productionEnv({ PORT: "0", STORAGE_DIR: join(cwd, ".data"), LOG_LEVEL: "info" }),
    stdio: ["ignore", "pipe", "inherit"],
    detached: true, // its own process group: npm, its shell and node stop together
  });
  try {
    const health = await new Promise<string>((resolveUrl, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new CheckFailed("npm run serve: no /healthz address within 120 s")), 120_000);
      bot.stdout?.on("data", (d) => {
        out += d;
        const url = /"health":"([^"]+)"/.exec(out)?.[1];
        if (url) {
          clearTimeout(timer);
          resolveUrl(url);
        }
      });
      bot.once("exit", (code) => reject(new CheckFailed(`npm run serve exited (${code}) before listening`)));
    });
    return (await fetch(health)).status;
  } finally {
    if (bot.pid !== undefined && bot.exitCode === null) process.kill(-bot.pid, "SIGTERM");
  }
}

async function main(): Promise<void> {
  const copy = mkdtempSync(join(tmpdir(), "partnerskab-production-"));
  say(`throwaway copy: ${copy}`);
  try {
    // The files git knows (tracked, and new ones not ignored), as a deployment would take them.
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
      .split("\0")
      .filter((f) => f && existsSync(join(ROOT, f)));
    for (const f of files) cpSync(join(ROOT, f), join(copy, f), { recursive: true });
    // A real copy, never links: prune deletes from it.
    cpSync(realpathSync(join(ROOT, "node_modules")), join(copy, "node_modules"), { recursive: true, verbatimSymlinks: true });
    say(`ok  copied ${files.length} files and node_modules`);

    const build = run(copy, "npm", ["run", "--silent", "build"], { ...process.env });
    check("npm run build", build.code === 0, build.err);
    const prune = run(copy, "npm", ["prune", "--omit=dev", "--no-audit", "--no-fund"]);
    check("npm prune --omit=dev", prune.code === 0, prune.err);
    for (const dev of ["tsx", "esbuild", "typescript", "vitest"]) check(`${dev} is gone`, !existsSync(join(copy, "node_modules", dev)));

    const expected = run(ROOT, process.execPath, ["cli/partnerskab.js", "targets", "--json"]).out;
    const targets = run(copy, process.execPath, ["cli/partnerskab.js", "targets", "--json"]);
    check(
      "partnerskab targets --json (as in the checkout)",
      targets.code === 0 && targets.out === expected && expected !== "",
      targets.err,
    );
    const validate = run(copy, process.execPath, [
      "cli/partnerskab.js",
      "validate",
      "examples/amager-tracker.xlsx",
      "--today",
      "2016-09-01",
    ]);
    check("partnerskab validate examples/amager-tracker.xlsx (exceljs)", validate.code === 0, validate.err);
    const ask = run(copy, process.execPath, [
      "cli/partnerskab.js",
      "ask",
      "Hvordan går det med indbrud i 2015?",
      "--now",
      "2016-09-01T10:00",
    ]);
    check("partnerskab ask (the sample tracker found from dist/)", ask.code === 0 && ask.out.includes("Indbrud 2015"), ask.err || ask.out);
    check("npm run serve → /healthz 200", (await serveHealth(copy)) === 200);
    say("the compiled build runs on the runtime dependencies alone");
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`check:production failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
