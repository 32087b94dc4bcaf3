/**
 * One reminder tick with 1,000 subscriptions and 500 meetings (goal: under 100 ms).
 * "pure" is the schedule alone (shared/reminders dueItems); "tick" is the whole Scheduler tick
 * over an in-memory store – subscriptions read, ledgers consulted, claims, posts, marks – in
 * the steady state (nothing new due) and in a tick where one meeting's reminder goes to all.
 */
import type { ConversationAddress, TrackerSnapshot } from "../bot/core/ports";
import { silentLogger } from "../bot/log";
import { Scheduler } from "../bot/reminders/scheduler";
import { DocumentStore, type StoredSubscription, SUBSCRIPTIONS_KEY } from "../bot/reminders/store";
import type { KeyValueStorage, StoreItems } from "../bot/storage/key-value-storage";
import { bundledAgreement, dueItems, type Meeting, parseLeadTimes, type ReminderSubscriber } from "../shared/index";
import { measure, measureAsync, report } from "./measure";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager missing");
const agreement = amager;

/** A plain in-memory KeyValueStorage with eTags (what MemoryStorage does, without botbuilder). */
class MapStorage implements KeyValueStorage {
  private map = new Map<string, { eTag: string; json: string }>();
  private n = 0;
  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const k of keys) {
      const v = this.map.get(k);
      if (v) out[k] = { ...JSON.parse(v.json), eTag: v.eTag };
    }
    return out;
  }
  async write(changes: StoreItems): Promise<void> {
    for (const [k, { eTag, ...item }] of Object.entries(changes)) {
      const cur = this.map.get(k);
      if (eTag && eTag !== "*" && cur?.eTag !== eTag) throw new Error(`eTag conflict on ${k}`);
      this.map.set(k, { eTag: String(++this.n), json: JSON.stringify(item) });
    }
  }
  async delete(keys: string[]): Promise<void> {
    for (const k of keys) this.map.delete(k);
  }
}

// 500 meetings over 2015–2016, both groups, some cancelled.
const meetings: Meeting[] = Array.from({ length: 500 }, (_, i) => {
  const day = new Date(Date.UTC(2015, 0, 1) + i * 1.4 * 86_400_000);
  return {
    date: day.toISOString().slice(0, 10),
    start: i % 2 ? "09:00" : "13:30",
    group: i % 3 ? "working" : "steering",
    topic: `Møde ${i}`,
    place: "Hørgården",
    status: i % 17 === 0 ? "cancelled" : "planned",
  };
});
const leadTimes = parseLeadTimes("7d,1d");
const address = (id: string): ConversationAddress => ({
  conversationId: id,
  channelId: "msteams",
  serviceUrl: "http://127.0.0.1/",
  reference: {},
});
const subs: StoredSubscription[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `conv-${i}`,
  address: address(`conv-${i}`),
  lang: i % 2 ? "da" : "en",
  subscribedAt: "2015-01-01T00:00:00.000Z",
  ...(i % 3 === 0 ? { group: "steering" as const } : i % 3 === 1 ? { group: "working" as const } : {}),
}));
const subscribers: ReminderSubscriber[] = subs.map((s) => ({
  id: s.id,
  lang: s.lang,
  subscribedAt: new Date(s.subscribedAt),
  ...(s.group ? { group: s.group } : {}),
}));

// Steady state: a tick 30 s after the last, nothing new due, a ledger of 20 entries per subscription.
const now = new Date("2015-06-10T10:00:00Z");
const ledger = new Map(
  subs.map((s, i) => [
    s.id,
    new Set(Array.from({ length: 20 }, (_, j) => `meeting|working|2015-0${1 + (j % 5)}-1${j % 10}|09:00|møde ${i % 50}#1d`)),
  ]),
);
const pure = measure("dueItems, 1,000 subs × 500 meetings", 200, () =>
  dueItems({ now, lastTick: new Date(now.getTime() - 30_000), meetings, agreement, subscriptions: subscribers, ledger, leadTimes }),
);

async function scheduler(startMs = now.getTime()): Promise<{ scheduler: Scheduler; clock: { t: number } }> {
  const storage = new MapStorage();
  await storage.write({ [SUBSCRIPTIONS_KEY]: { subscriptions: Object.fromEntries(subs.map((s) => [s.id, s])) } });
  const clock = { t: startMs };
  const snapshot: TrackerSnapshot = {
    agreement,
    tracker: { agreementRef: "amager", crime: new Map(), meetings, sspActivations: new Map(), safetyIndex: [], budget: [], activities: [] },
    readAt: now,
  };
  const s = new Scheduler({
    docs: new DocumentStore(storage),
    tracker: { current: async () => snapshot },
    sender: { send: async () => {} },
    clock: { now: () => new Date(clock.t) },
    logger: silentLogger,
    leadTimes,
    tickSeconds: 30,
  });
  await s.tick(); // first tick: cadence warnings and ledgers loaded
  return { scheduler: s, clock };
}

const steady = await scheduler();
const tick = await measureAsync("Scheduler tick, steady state", 100, async () => {
  steady.clock.t += 30_000;
  await steady.scheduler.tick();
});

// A tick in which a meeting's reminder falls due for every subscriber of its group.
const busyTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  // Meeting 100 is working-group (100 % 3 = 1) on 2015-05-21 at 13.30; its 1d reminder is due 2015-05-20 11:30Z.
  const busy = await scheduler(Date.parse("2015-05-20T11:29:30Z"));
  busy.clock.t += 60_000;
  const t0 = performance.now();
  const r = await busy.scheduler.tick();
  busyTimes.push(performance.now() - t0);
  if (!r || r.posted < 600) throw new Error(`expected ~667 posts in the busy tick, got ${r?.posted}`);
}
busyTimes.sort((a, b) => a - b);
report([
  pure,
  tick,
  {
    name: "Scheduler tick posting to ~667 subs (5 runs)",
    medianMs: busyTimes[2] ?? Number.NaN,
    p99Ms: busyTimes[4] ?? Number.NaN,
    calls: 5,
  },
]);
const goal = 100;
console.log(
  `goal: one tick under ${goal} ms – steady-state median ${tick.medianMs.toFixed(1)} ms, p99 ${tick.p99Ms.toFixed(1)} ms: ${tick.p99Ms < goal ? "met" : "NOT met"}`,
);
