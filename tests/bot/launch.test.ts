/**
 * Starting the bot from the environment (launchBot, as `npm run bot` and `npm start` do): setup
 * mistakes that can never succeed stop the start with one line whose hint fits the tracker source.
 * (A Graph tracker that is merely unreachable at start does not stop it: tests/graph/bot-graph-unreachable-at-start.test.ts.)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { LaunchError, launchBot } from "../../bot/launch";
import { recordingLogger } from "../../bot/log";
import { copySampleTracker, DEMO_NOW } from "./bot-fixtures";

const ROOT = resolve(import.meta.dirname, "../..");
const tempDir = () => mkdtempSync(join(tmpdir(), "bot-launch-"));

/** Complete Graph settings pointing at a closed local port, so a start that wrongly goes on never leaves 127.0.0.1. */
const graphEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
  TRACKER_SOURCE: "graph",
  GRAPH_TENANT_ID: "11111111-2222-3333-4444-555555555555",
  GRAPH_CLIENT_ID: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
  GRAPH_CLIENT_SECRET: "not-a-real-secret",
  GRAPH_DRIVE_ID: "b!drive",
  GRAPH_ITEM_ID: "01ITEM",
  GRAPH_BASE_URL: "http://127.0.0.1:9/v1.0",
  GRAPH_AUTHORITY_HOST: "https://127.0.0.1:9",
  GRAPH_MAX_RETRIES: "0",
  GRAPH_TIMEOUT_SECONDS: "1",
  ...extra,
});

const base = (): Record<string, string> => ({ PORT: "0", PARTNERSKAB_NOW: DEMO_NOW, STORAGE_DIR: tempDir() });

/** The LaunchError a start ends with (fails the test if the bot started instead). */
async function launchFailure(env: Record<string, string>): Promise<LaunchError> {
  const outcome = await launchBot({ ...base(), ...env }, recordingLogger(), { host: "127.0.0.1" }).then(
    async (started) => {
      await started.bot.close();
      return undefined;
    },
    (err: unknown) => err,
  );
  expect(outcome, "the bot started, but this setup can never work").toBeInstanceOf(LaunchError);
  const message = (outcome as LaunchError).message;
  expect(message).not.toContain("\n");
  return outcome as LaunchError;
}

describe("launching the bot with the tracker from a file (TRACKER_SOURCE=file)", () => {
  it("stops when TRACKER_FILE does not exist, and the hint names TRACKER_FILE, not Graph", async () => {
    const missing = join(tempDir(), "no-such-tracker.xlsx");
    const { message } = await launchFailure({ TRACKER_FILE: missing });
    expect(message).toMatch(/cannot open tracker file .*no-such-tracker\.xlsx: ENOENT/);
    expect(message).toMatch(/set TRACKER_FILE to your tracker workbook/);
    expect(message).not.toMatch(/GRAPH_/);
  });

  it("stops when TRACKER_FILE is not a workbook: a local file that cannot be read will not fix itself", async () => {
    const corrupt = join(tempDir(), "tracker.xlsx");
    writeFileSync(corrupt, "this is not a workbook");
    const { message } = await launchFailure({ TRACKER_FILE: corrupt });
    expect(message).toMatch(/^cannot read tracker file .*tracker\.xlsx/);
    expect(message).toMatch(/set TRACKER_FILE/);
    expect(message).not.toMatch(/GRAPH_/);
  });

  it("starts with a readable file, and says the tracker is ready; no test hook is on", async () => {
    const launched = await launchBot({ ...base(), TRACKER_FILE: copySampleTracker() }, recordingLogger(), { host: "127.0.0.1" });
    try {
      expect(launched.trackerSource).toBe("file");
      expect(launched.trackerReady).toBe(true);
      const health = (await (await fetch(`${launched.bot.url}/healthz`)).json()) as { tracker: { ok: boolean } };
      expect(health.tracker.ok).toBe(true);
      // The benchmark's echo route exists only when a benchmark passes the hook to startBot.
      const echo = await fetch(`${launched.bot.url}/api/echo`, { method: "POST", body: "{}" });
      expect(echo.status).toBe(404);
    } finally {
      await launched.bot.close();
    }
  });
});

describe("configuration mistakes stop the start with one line, whichever the source", () => {
  it.each([
    [
      "a missing GRAPH_* variable",
      { ...graphEnv(), GRAPH_CLIENT_SECRET: "", GRAPH_ITEM_ID: "" },
      /^TRACKER_SOURCE=graph needs GRAPH_CLIENT_SECRET, GRAPH_ITEM_ID$/,
    ],
    ["an unknown TRACKER_SOURCE", { TRACKER_SOURCE: "sharepoint" }, /^TRACKER_SOURCE: expected "file" or "graph", got "sharepoint"$/],
    [
      "an invalid PARTNERSKAB_NOW (graph)",
      graphEnv({ PARTNERSKAB_NOW: "yesterday" }),
      /^PARTNERSKAB_NOW \("yesterday"\): must be an ISO 8601/,
    ],
    ["an unknown AGREEMENT (graph)", graphEnv({ AGREEMENT: "narnia" }), /^unknown agreement "narnia"/],
    ["an unknown AGREEMENT (file)", { TRACKER_FILE: "examples/amager-tracker.xlsx", AGREEMENT: "narnia" }, /^unknown agreement "narnia"/],
    [
      "a GRAPH_CA_FILE that does not exist",
      graphEnv({ GRAPH_CA_FILE: "/nonexistent/ca.pem" }),
      /^GRAPH_CA_FILE \("\/nonexistent\/ca\.pem"\): cannot read it \(ENOENT\)$/,
    ],
  ])("%s", async (_what, env, expected) => {
    const { message } = await launchFailure(env);
    expect(message).toMatch(expected);
  });

  it("a PORT already in use: one line saying so, by the error's code", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const { message } = await launchFailure({ PORT: String(port), TRACKER_FILE: copySampleTracker() });
      expect(message).toBe(`port ${port} is already in use (set PORT to another)`);
    } finally {
      taken.close();
    }
  });

  it("`npm run bot` prints the one line and exits with code 1, no stack trace", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "bot/main.ts"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ...base(), ...graphEnv(), GRAPH_DRIVE_ID: "", LOG_LEVEL: "error" },
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("partnerskab bot: TRACKER_SOURCE=graph needs GRAPH_DRIVE_ID\n");
  });
});
