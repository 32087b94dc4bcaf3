/**
 * The bot's HTTP edge against slow, greedy and odd clients (issue 15), over real sockets on
 * 127.0.0.1: headers and the whole request must arrive in time (HTTP_HEADERS_TIMEOUT_SECONDS,
 * HTTP_REQUEST_TIMEOUT_SECONDS), a connection that never starts a request is closed, at most
 * HTTP_MAX_CONNECTIONS are open at once; activities without a sender, recipient or channel get a
 * 400, invokes the bot does not use a 200, and a refused token a 401 that tells nothing of why.
 */
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import type { RunningBot } from "../../bot/http/server";
import { createLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import { BURGLARY_DA, copySampleTracker, DEMO_NOW } from "../bot/bot-fixtures";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestBot } from "../helpers/test-bot";
import { memoryDestination, postActivity, teamsActivity } from "./fixtures";

const LIMITS = {
  HTTP_HEADERS_TIMEOUT_SECONDS: "1",
  HTTP_REQUEST_TIMEOUT_SECONDS: "2",
  HTTP_KEEP_ALIVE_SECONDS: "1",
  HTTP_MAX_CONNECTIONS: "6",
};

let connector: FakeConnector;
let bot: RunningBot;
const logs = memoryDestination();
const clock = new ManualClock(DEMO_NOW);

beforeAll(async () => {
  connector = await FakeConnector.start();
  const logger = createLogger("info", { destination: logs, env: {} });
  bot = await startTestBot({ env: LIMITS, clock, logger, tracker: new FileTrackerSource({ path: copySampleTracker(), clock, logger }) });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

/** A raw connection: what it was sent back, and when it was closed (ms after opening). */
function rawConnection(first?: string): Promise<{ socket: Socket; received: () => string; closed: Promise<number> }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(bot.port, "127.0.0.1");
    let data = "";
    socket.on("data", (d) => {
      data += String(d);
    });
    socket.on("error", () => {});
    const closed = new Promise<number>((r) => socket.on("close", () => r(performance.now() - started)));
    socket.on("connect", () => {
      if (first !== undefined) socket.write(first);
      resolve({ socket, received: () => data, closed });
    });
  });
}

describe("slow clients", () => {
  it("a body dribbled byte by byte gets 408 once the request timeout passes, and the connection closes", async () => {
    const c = await rawConnection(
      "POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
    );
    const drip = setInterval(() => c.socket.write(" "), 200);
    const closedAfter = await c.closed;
    clearInterval(drip);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfter).toBeLessThan(10_000);
  });

  it("headers that never end get 408 once the headers timeout passes", async () => {
    const c = await rawConnection("POST /api/messages HTTP/1.1\r\nHost: x\r\n");
    const drip = setInterval(() => c.socket.write("X-Slow: y\r\n"), 200);
    await c.closed;
    clearInterval(drip);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it("a connection that never sends a byte is closed after the headers timeout", async () => {
    const c = await rawConnection();
    const closedAfter = await c.closed;
    // Two clocks may close it, both within the headers timeout: the socket timeout set on each new
    // connection (closes without a word) and Node's own connections check, which answers 408 first.
    // Whichever comes first, nothing but that 408 is ever sent.
    expect(["", "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n"]).toContain(c.received());
    expect(closedAfter).toBeGreaterThanOrEqual(900);
    expect(closedAfter).toBeLessThan(10_000);
  });
});

describe("many connections", () => {
  it("beyond HTTP_MAX_CONNECTIONS a connection is closed at once, and the bot answers again once others go", async () => {
    const held = await Promise.all(Array.from({ length: 6 }, () => rawConnection("GET /healthz HTTP/1.1\r\nHost: x\r\n")));
    const extra = await rawConnection();
    expect(await extra.closed).toBeLessThan(900);
    expect(extra.received()).toBe("");
    for (const c of held) c.socket.destroy();
    await Promise.all(held.map((c) => c.closed));
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe("activities", () => {
  it.each([
    ["from", /no `from.id`/],
    ["recipient", /no `recipient.id`/],
    ["channelId", /no `channelId`/],
    ["conversation", /no `conversation.id`/],
  ])("without %s: 400 with the reason, and no turn runs", async (field, reason) => {
    const sent: Record<string, unknown> = teamsActivity(connector.url, {
      type: "message",
      text: BURGLARY_DA,
      conversation: { id: `conv-no-${field}` },
    });
    delete sent[field];
    const res = await postActivity(bot.url, sent);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(reason);
    expect(logs.parsed().some((e) => e.msg === "turn failed")).toBe(false);
  });

  it.each(["adaptiveCard/action", "composeExtension/query", "task/fetch", "signin/verifyState", "something/else"])(
    "an invoke the bot does not use (%s) is answered 200, not 501",
    async (name) => {
      const res = await postActivity(
        bot.url,
        teamsActivity(connector.url, { type: "invoke", name, value: {}, conversation: { id: "conv-invoke" } }),
      );
      expect(res.status).toBe(200);
    },
  );
});

describe("a refused token", () => {
  let secured: RunningBot;
  const securedLogs = memoryDestination();
  beforeAll(async () => {
    const logger = createLogger("info", { destination: securedLogs, env: {} });
    secured = await startTestBot(
      {
        env: { MicrosoftAppId: "11111111-2222-3333-4444-555555555555", MicrosoftAppPassword: "not-used-here" },
        clock,
        logger,
        tracker: new FileTrackerSource({ path: copySampleTracker(), clock, logger }),
      },
      // The login host cannot be reached: the token check fails inside the SDK with a network error.
      { openIdMetadataUrl: "http://127.0.0.1:9/.well-known/openid-configuration" },
    );
  });
  afterAll(async () => {
    await secured?.close();
  });

  it("gets a 401 whose body says only that, whatever went wrong upstream; the log says why, with API keys redacted", async () => {
    const res = await postActivity(
      secured.url,
      teamsActivity(connector.url, { type: "message", text: BURGLARY_DA, conversation: { id: "conv-401" } }),
      {
        headers: {
          authorization: "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl",
          "x-api-key": "api-key-that-must-not-be-logged",
          "x-functions-key": "functions-key-that-must-not-be-logged",
          "ocp-apim-subscription-key": "apim-key-that-must-not-be-logged",
        },
      },
    );
    expect(res.status).toBe(401);
    expect(await res.text()).toBe("Unauthorized");
    const all = securedLogs.lines.join("");
    for (const secret of ["api-key-that", "functions-key-that", "apim-key-that"]) expect(all).not.toContain(secret);
    const refused = securedLogs.parsed().find((e) => e.msg === "request refused: no valid Bot Framework token");
    const headers = refused?.headers as Record<string, unknown> | undefined;
    expect(headers?.["x-api-key"]).toBe("[redacted]");
    expect(headers?.["ocp-apim-subscription-key"]).toBe("[redacted]");
    expect(securedLogs.parsed().some((e) => e.msg === "Bot Framework token refused" && typeof e.reason === "string")).toBe(true);
  });
});

describe("what the logs keep of a message", () => {
  it("at info level the intent and the length, never the words (a CPR-like number, an e-mail address)", async () => {
    const text = "Hvornår er næste styregruppemøde? Skriv til mette.hansen@example.dk, cpr 010203-1234";
    const sent = teamsActivity(connector.url, { type: "message", text, conversation: { id: "conv-personal-data" } });
    expect((await postActivity(bot.url, sent)).status).toBe(200);
    await connector.waitFor((r) => r.replyToId === sent.id);
    const all = logs.lines.join("");
    expect(all).not.toContain("mette.hansen");
    expect(all).not.toContain("010203-1234");
    const line = logs.parsed().find((e) => e.msg === "message received" && e.conversationId === "conv-personal-data");
    expect(line?.intent).toBe("next-meeting");
    expect(line?.textLength).toBe(text.length);
  });
});
