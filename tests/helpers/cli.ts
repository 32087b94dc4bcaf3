/** Runs the CLI in-process (fast) or as a real child process (exit codes, stdout). */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { runCli } from "../../cli/run";

export const ROOT = resolve(import.meta.dirname, "../..");

export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** The installed bin, as a user runs it. */
export function cliProcess(argv: string[], env: Record<string, string> = {}): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [resolve(ROOT, "cli/partnerskab.js"), ...argv], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
