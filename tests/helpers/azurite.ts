/**
 * Azurite (the Azure Storage emulator, npm `azurite`) for the blob storage tests: started on
 * 127.0.0.1 on a free port with a temporary folder, stopped, and started again on the same
 * folder and port (an outage that loses nothing on disk). Telemetry off: no network.
 *
 *   const azurite = await Azurite.start();
 *   ...azurite.connectionString...
 *   await azurite.stop(); await azurite.start(); await azurite.close();
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const BIN = resolve(import.meta.dirname, "../../node_modules/.bin/azurite-blob");
/** Azurite's public, documented development account key (not a secret). */
const DEV_ACCOUNT = "devstoreaccount1";
const DEV_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once("error", () => resolvePromise(false));
  });
}

export class Azurite {
  private child: ChildProcess | undefined;
  private output = "";

  private constructor(
    readonly location: string,
    readonly port: number,
  ) {}

  static async start(): Promise<Azurite> {
    const azurite = new Azurite(await mkdtemp(join(tmpdir(), "azurite-")), await freePort());
    await azurite.run();
    return azurite;
  }

  get connectionString(): string {
    return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${this.port}/${DEV_ACCOUNT};`;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** Starts Azurite (again) on the same folder and port, and waits until it accepts connections. */
  async run(): Promise<void> {
    if (this.child) return;
    const args = ["--blobHost", "127.0.0.1", "--blobPort", String(this.port), "--location", this.location];
    const child = spawn(BIN, [...args, "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    const keep = (d: Buffer) => {
      this.output = (this.output + d.toString()).slice(-4000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.once("exit", () => {
      if (this.child === child) this.child = undefined;
    });
    const deadline = Date.now() + 20_000;
    while (!(await accepts(this.port))) {
      if (!this.child) throw new Error(`azurite exited at start: ${this.output.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`azurite did not listen on ${this.port} within 20 s: ${this.output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Stops Azurite (an outage); the data stays in its folder. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    this.child = undefined;
    // The port must be free again before a restart can take it.
    while (await accepts(this.port)) await new Promise((r) => setTimeout(r, 50));
  }

  /** Stops Azurite and removes its folder. */
  async close(): Promise<void> {
    await this.stop();
    await rm(this.location, { recursive: true, force: true });
  }
}
