/**
 * The bot over HTTP: from the inbound POST /api/messages until the reply reaches the (fake) Bot
 * Connector, p50 and p99, and replies per second at concurrency 1 and 16. Side by side in the
 * same run with a bare echo turn on the same adapter and server, so the ratio shows what our
 * answer path (tracker check, understanding, answer, card) adds to the SDK's own cost.
 * Goal: our p50 within 1.3× of the echo route's.
 */
import { resolve } from "node:path";
import { offsetClock } from "../bot/clock";
import { silentLogger } from "../bot/log";
import { FileTrackerSource } from "../bot/sources/file-tracker-source";
import { FakeConnector } from "../tests/helpers/fake-connector";
import { startTestBot } from "../tests/helpers/test-bot";
import { percentile } from "./measure";

const QUESTIONS = [
  "Hvordan går det med indbrud i forhold til målet for 2015?",
  "How are burglaries doing against the 2015 target?",
  "Hvordan går det i 2015?",
  "What is the 2016 target for theft?",
  "Hvornår er næste styregruppemøde?",
  "How has vandalism developed over the years?",
];

const connector = await FakeConnector.start();
const clock = offsetClock(new Date("2016-09-01T09:00:00+02:00"));
const tracker = new FileTrackerSource({
  path: resolve(import.meta.dirname, "../examples/amager-tracker.xlsx"),
  clock,
  logger: silentLogger,
});
await tracker.current();
// No per-conversation rate limit here: the benchmark sends far more than a person would.
const bot = await startTestBot(
  { env: { RATE_LIMIT_PER_MINUTE: "0" }, clock, tracker, logger: silentLogger },
  // The baseline: a bare echo turn on the same adapter and server (a test hook, off in production).
  { echoPath: "/api/echo" },
);

let seq = 0;
/** One round trip: POST the activity, resolve when its reply reaches the connector. Milliseconds. */
async function roundTrip(path: string): Promise<number> {
  const n = seq++;
  const id = `a${n}`;
  const conversationId = `c${n % 64}`;
  const body = JSON.stringify({
    type: "message",
    id,
    text: QUESTIONS[n % QUESTIONS.length],
    channelId: "msteams",
    serviceUrl: connector.url,
    conversation: { id: conversationId, conversationType: "personal" },
    from: { id: "29:user", name: "User" },
    recipient: { id: "28:bot", name: "Partnerskab" },
  });
  const arrived = connector.waitFor((r) => r.replyToId === id, 10_000);
  const t0 = performance.now();
  const res = await fetch(`${bot.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  const reply = await arrived;
  return reply.at - t0;
}

interface Row {
  route: string;
  concurrency: number;
  p50: number;
  p99: number;
  perSecond: number;
}

interface Sample {
  times: number[];
  elapsedMs: number;
}

async function run(path: string, concurrency: number, total: number): Promise<Sample> {
  connector.clear();
  const times: number[] = [];
  let left = total;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) times.push(await roundTrip(path));
    }),
  );
  const elapsedMs = performance.now() - t0;
  connector.clear();
  return { times, elapsedMs };
}

const ROUTES = [
  ["echo (bare turn, same adapter)", "/api/echo"],
  ["Partnerskab answer", "/api/messages"],
] as const;
const LOADS = [
  [1, 150],
  [16, 600],
] as const;
const ROUNDS = 4;

// Warm-up, then rounds that alternate the two routes, pooled: on a shared machine the load
// drifts, and alternating keeps the drift from landing on one route only.
for (const [, path] of ROUTES) for (let i = 0; i < 100; i++) await roundTrip(path);
const pooled = new Map<string, Sample>();
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [concurrency, total] of LOADS) {
      for (const [name, path] of round % 2 === 0 ? ROUTES : [...ROUTES].reverse()) {
        const sample = await run(path, concurrency, total);
        const key = `${name}|${concurrency}`;
        const sum = pooled.get(key) ?? { times: [], elapsedMs: 0 };
        sum.times.push(...sample.times);
        sum.elapsedMs += sample.elapsedMs;
        pooled.set(key, sum);
      }
    }
  }
} finally {
  await bot.close();
  await connector.close();
}

const rows: Row[] = [];
for (const [concurrency] of LOADS) {
  for (const [name] of ROUTES) {
    const sample = pooled.get(`${name}|${concurrency}`);
    if (!sample) continue;
    const times = [...sample.times].sort((x, y) => x - y);
    rows.push({
      route: name,
      concurrency,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      perSecond: (times.length / sample.elapsedMs) * 1000,
    });
  }
}

console.table(
  rows.map((r) => ({
    route: r.route,
    concurrency: r.concurrency,
    "p50 ms": r.p50.toFixed(2),
    "p99 ms": r.p99.toFixed(2),
    "replies/s": Math.round(r.perSecond).toLocaleString("en"),
  })),
);
for (const c of [1, 16]) {
  const echo = rows.find((r) => r.concurrency === c && r.route.startsWith("echo"));
  const ours = rows.find((r) => r.concurrency === c && !r.route.startsWith("echo"));
  if (echo && ours) {
    const ratio = ours.p50 / echo.p50;
    console.log(`concurrency ${c}: answer p50 / echo p50 = ${ratio.toFixed(2)}× (goal ≤ 1.30×: ${ratio <= 1.3 ? "met" : "NOT met"})`);
  }
}
