/**
 * Fuzz over real HTTP: 10,000 random activities and texts (fast-check) POSTed to /api/messages
 * of a bot on 127.0.0.1 (unauthenticated local mode, replies to a fake Bot Connector). Whatever
 * arrives: no 5xx, no fault in the bot's handlers (the fault boundary logs every one), the
 * server keeps answering /healthz, and its heap does not keep growing. FUZZ_SEED reproduces a run.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import type { RunningBot } from "../../bot/http/server";
import { recordingLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import { BURGLARY_DA, copySampleTracker, DEMO_NOW } from "../bot/bot-fixtures";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestBot } from "../helpers/test-bot";
import { BOT, TENANT_A } from "./fixtures";

const RUNS = 10_000;
const CONCURRENCY = 8;
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

let connector: FakeConnector;
let bot: RunningBot;
const logger = recordingLogger();
const clock = new ManualClock(DEMO_NOW);

beforeAll(async () => {
  connector = await FakeConnector.start();
  bot = await startTestBot({
    clock,
    logger,
    tracker: new FileTrackerSource({ path: copySampleTracker(), clock, logger }),
  });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

const WORDS = [
  "indbrud",
  "vold",
  "målet",
  "2015",
  "styregruppe",
  "møde",
  "hjælp",
  "abonnér",
  "påmindelser",
  "budget",
  "how",
  "the",
  "target",
  "æøå",
  "<at>Partnerskab</at>",
  "&amp;",
  "<p>",
  "\u0000",
  "🚓",
  "%s",
  "$" + "{x}", // a template placeholder, as text
  "'; DROP TABLE",
  "\\u0000",
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(" ")) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom(BURGLARY_DA, "", " ", "x".repeat(5_000), "å".repeat(20_000)) },
);

const conversationId = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => `fuzz-${n}`) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 200 }) },
);

const activityType = fc.oneof(
  { weight: 6, arbitrary: fc.constant("message") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "conversationUpdate",
      "installationUpdate",
      "typing",
      "event",
      "messageReaction",
      "endOfConversation",
      "messageUpdate",
      "messageDelete",
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
);

const members = fc.array(fc.oneof(fc.constant(BOT), fc.record({ id: fc.string(), name: fc.string() })), { maxLength: 3 });

/** Mostly plausible activities with random parts; their serviceUrl is always the fake connector or refused as no URL. */
const activity = fc.record(
  {
    type: activityType,
    id: fc.string({ maxLength: 40 }),
    text,
    // Every activity names its channel, sender and recipient (or gets a 400); now and then one does not.
    channelId: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom("msteams", "webchat", "emulator") },
      { weight: 1, arbitrary: fc.constant("") },
    ),
    serviceUrl: fc.oneof({ weight: 9, arbitrary: fc.constant("CONNECTOR") }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }),
    from: fc.oneof(
      { weight: 9, arbitrary: fc.record({ id: fc.string({ minLength: 1, maxLength: 30 }), name: fc.string({ maxLength: 30 }) }) },
      { weight: 1, arbitrary: fc.record({ id: fc.string({ maxLength: 30 }), name: fc.string({ maxLength: 30 }) }, { requiredKeys: [] }) },
    ),
    recipient: fc.constant(BOT),
    conversation: fc.record(
      {
        id: conversationId,
        conversationType: fc.constantFrom("personal", "groupChat", "channel", "nonsense"),
        tenantId: fc.constantFrom(TENANT_A, "x"),
      },
      { requiredKeys: ["id"] },
    ),
    channelData: fc.oneof(
      fc.record({ tenant: fc.record({ id: fc.constantFrom(TENANT_A, "other") }) }),
      fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
    ),
    locale: fc.constantFrom("da-DK", "en-US", "xx", ""),
    membersAdded: members,
    membersRemoved: members,
    action: fc.constantFrom("add", "remove", "remove-upgrade", "x"),
    attachments: fc.array(fc.record({ contentType: fc.string(), content: fc.jsonValue() }), { maxLength: 2 }),
    entities: fc.array(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), { maxLength: 2 }),
    value: fc.jsonValue(),
    timestamp: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string({ maxLength: 20 }),
    ),
  },
  { requiredKeys: ["type", "conversation", "channelId", "from", "recipient"] },
);

/** What is POSTed: an activity (most), any JSON at all, or bytes that are not JSON. */
const body = fc.oneof(
  { weight: 17, arbitrary: activity.map((a) => JSON.stringify(a)) },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);

async function post(raw: string): Promise<number> {
  const res = await fetch(`${bot.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: raw.replaceAll('"CONNECTOR"', JSON.stringify(connector.url)),
  });
  await res.arrayBuffer();
  return res.status;
}

/** A full garbage collection, even without --expose-gc (V8 lets the flag be set at run time). */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

function heapAfterGc(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe(`fuzz: ${RUNS} random activities (seed ${SEED})`, () => {
  it("never a 5xx, the bot stays up, and its heap stays level", async () => {
    const bodies = fc.sample(body, { numRuns: RUNS, seed: SEED });
    const statuses = new Map<number, number>();
    const fiveHundreds: string[] = [];
    let heapAfterWarmUp = 0;
    let next = 0;
    const worker = async () => {
      for (;;) {
        const i = next++;
        const raw = bodies[i];
        if (raw === undefined) return;
        const status = await post(raw);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500 && fiveHundreds.length < 5) fiveHundreds.push(raw.slice(0, 500));
        // Time moves on (rate-limit windows end, as they would in a real hour of traffic).
        if (i % 100 === 0) clock.advance(10_000);
        if (i % 500 === 0) connector.clear();
        if (i === 1_000) heapAfterWarmUp = heapAfterGc();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(fiveHundreds, `seed ${SEED}`).toEqual([]);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    // Most of the activities were well formed and answered.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 2);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
    // The core apologises for a fault and logs it: a crash in the answer engine shows here, not as a 5xx.
    const faults = logger.events.filter((e) => e.level === "error" && e.message !== "turn failed");
    expect(faults.slice(0, 3), `seed ${SEED}`).toEqual([]);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    connector.clear();
    const growth = heapAfterGc() - heapAfterWarmUp;
    // Generous: what is legitimately kept (rate-limit windows, the SDK's per-conversation state) is a few MB.
    expect(growth, `heap grew by ${Math.round(growth / 1e6)} MB over ${RUNS - 1_000} requests`).toBeLessThan(40e6);
  }, 180_000);
});
