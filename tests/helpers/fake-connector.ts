/**
 * A fake Bot Framework Connector service on 127.0.0.1: the place a bot posts its replies and
 * proactive messages (the activity's serviceUrl). It records what arrives and answers like the
 * real one ({ id }). Shared by the bot, reminders and production tests.
 *
 *   const connector = await FakeConnector.start();
 *   ...post an activity with serviceUrl: connector.url...
 *   const reply = await connector.waitFor((r) => r.conversationId === "c1");
 *   await connector.close();
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedActivity {
  conversationId: string;
  /** Set when the bot replied to a given activity (POST .../activities/:replyToId). */
  replyToId: string | undefined;
  /** The activity as posted (type, text, attachments, ...). */
  activity: {
    type?: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: unknown }>;
    [field: string]: unknown;
  };
  headers: IncomingHttpHeaders;
  /**
   * performance.now() when its last byte arrived (for latency benchmarks): before this fake
   * parses it, so the fake's own JSON parsing is not counted as the bot's time.
   */
  at: number;
}

type Waiter = { predicate: (r: ReceivedActivity) => boolean; resolve: (r: ReceivedActivity) => void };

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/;

export class FakeConnector {
  readonly received: ReceivedActivity[] = [];
  private waiters: Waiter[] = [];
  private nextId = 1;
  /** When set, answers every post with this status instead of 200 (to test a refusing connector). */
  failWith: number | undefined;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeConnector> {
    let connector: FakeConnector | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const at = performance.now();
        connector?.handle(req.method ?? "", req.url ?? "", req.headers, Buffer.concat(chunks).toString("utf8"), res, at);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    connector = new FakeConnector(server, `http://127.0.0.1:${port}/`);
    return connector;
  }

  private handle(
    method: string,
    url: string,
    headers: IncomingHttpHeaders,
    body: string,
    res: import("node:http").ServerResponse,
    at: number,
  ): void {
    const match = ACTIVITY_PATH.exec(url);
    if (method !== "POST" || !match?.[1]) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "NotFound", message: url } }));
      return;
    }
    if (this.failWith) {
      res.writeHead(this.failWith, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "Refused" } }));
      return;
    }
    let activity: ReceivedActivity["activity"];
    try {
      activity = JSON.parse(body) as ReceivedActivity["activity"];
    } catch {
      res.writeHead(400).end();
      return;
    }
    const record: ReceivedActivity = {
      conversationId: decodeURIComponent(match[1]),
      replyToId: match[2] ? decodeURIComponent(match[2]) : undefined,
      activity,
      headers,
      at,
    };
    this.received.push(record);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `reply-${this.nextId++}` }));
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.predicate(record)) w.resolve(record);
      else still.push(w);
    }
    this.waiters = still;
  }

  /** The first activity (already received or still to come) that matches; rejects after timeoutMs. */
  waitFor(predicate: (r: ReceivedActivity) => boolean = () => true, timeoutMs = 5_000): Promise<ReceivedActivity> {
    const found = this.received.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const last = this.received.slice(-5).map((r) => (r.activity.text ?? r.activity.type ?? "").slice(0, 80));
        reject(
          new Error(`no matching activity within ${timeoutMs} ms; received ${this.received.length}, the last: ${JSON.stringify(last)}`),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Only message activities (no typing indicators). */
  messages(conversationId?: string): ReceivedActivity[] {
    return this.received.filter((r) => r.activity.type === "message" && (!conversationId || r.conversationId === conversationId));
  }

  clear(): void {
    this.received.length = 0;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
