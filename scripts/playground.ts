/**
 * The Microsoft 365 Agents Playground (offline Teams-like chat UI) as a child process pointed
 * at our bot. Used by `npm start` and the browser test. Telemetry off, no browser opened, its
 * log and config under .data/ instead of the working directory.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

export interface Playground {
  url: string;
  port: number;
  process: ChildProcess;
  /** Stops it (SIGTERM, then SIGKILL after a grace period). */
  close(): Promise<void>;
}

export interface PlaygroundOptions {
  /** Where the bot takes activities, e.g. http://localhost:3978/api/messages */
  botEndpoint: string;
  /** 56150 by default; the playground picks a random free one if that is taken. */
  port?: number;
  /** Folder for its log and config (default .data/playground). */
  workDir?: string;
  /** Milliseconds to wait for it to listen. */
  timeoutMs?: number;
}

// The playground's mock tenant (its schema wants at least five other users): names a Copenhagen
// user would recognise, and the bot as "Partnerskab".
const CONFIG = `version: "0.1.1"
tenantId: 00000000-0000-0000-0000-0000000000001
bot:
  id: 00000000-0000-0000-0000-00000000000011
  name: Partnerskab
currentUser:
  id: user-id-0
  name: Mette Hansen
  userPrincipleName: mette@example.com
  aadObjectId: 00000000-0000-0000-0000-0000000000020
  givenName: Mette
  surname: Hansen
  email: mette@example.com
users:
  - id: user-id-1
    name: Jens Nielsen
    userPrincipleName: jens@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000021
    givenName: Jens
    surname: Nielsen
    email: jens@example.com
  - id: user-id-2
    name: Aisha Khan
    userPrincipleName: aisha@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000022
    givenName: Aisha
    surname: Khan
    email: aisha@example.com
  - id: user-id-3
    name: Lars Sørensen
    userPrincipleName: lars@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000023
    givenName: Lars
    surname: Sørensen
    email: lars@example.com
  - id: user-id-4
    name: Camilla Holm
    userPrincipleName: camilla@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000024
    givenName: Camilla
    surname: Holm
    email: camilla@example.com
  - id: user-id-5
    name: Peter Madsen
    userPrincipleName: peter@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000025
    givenName: Peter
    surname: Madsen
    email: peter@example.com
personalChat:
  id: personal-chat-id
groupChat:
  id: group-chat-id
  name: Arbejdsgruppen
team:
  id: team-id
  name: Amager Partnerskab
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-general-id
      name: Generelt
`;

function playgroundCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@microsoft/m365agentsplayground/package.json")), "cli.js");
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const workDir = resolve(options.workDir ?? ".data/playground");
  mkdirSync(workDir, { recursive: true });
  const configPath = join(workDir, "m365agentsplayground.yml");
  writeFileSync(configPath, CONFIG);
  const logFile = join(workDir, "playground.log");
  const child = spawn(
    process.execPath,
    [
      playgroundCli(),
      "--app-endpoint",
      options.botEndpoint,
      "--channel-id",
      "msteams",
      "--port",
      String(options.port ?? 56150),
      "--disable-telemetry",
    ],
    {
      cwd: workDir,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: "none",
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      },
    },
  );
  let output = "";
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`the Agents Playground did not start within ${options.timeoutMs ?? 30_000} ms:\n${output}`)),
      options.timeoutMs ?? 30_000,
    );
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Listening on (\d+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    };
    child.stdout?.on("data", watch);
    child.stderr?.on("data", watch);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`the Agents Playground exited (code ${code}):\n${output}`));
    });
  });
  // It prints "Listening" before it reads its config, and may still give up: wait until it serves.
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) {
      const log = existsSync(logFile)
        ? readFileSync(logFile, "utf8")
            .split("\n")
            .filter((l) => l.startsWith("error"))
            .join("\n")
        : "";
      throw new Error(`the Agents Playground exited (code ${child.exitCode}):\n${log || output}`);
    }
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the Agents Playground did not answer on ${url}:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    process: child,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 3_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
