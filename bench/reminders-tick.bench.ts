/**
 * One reminder tick with 1,000 subscriptions and 500 meetings (goal: under 100 ms).
 * "pure" is the schedule alone (shared/reminders dueItems); "tick" is the whole Scheduler tick –
 * subscriptions read, ledgers consulted, claims, posts, outcomes recorded – in the steady state
 * (nothing new due) and in a tick where one meeting's reminder goes to ~667 subscribers.
 *
 * What is and is not measured, so the numbers are read for what they are:
 * - Every subscription has its ledger document in storage (subscribing creates it) holding the
 *   20 reminders it last got, as after about a year; the claim and outcome writes (de)serialise it.
 * - The in-memory rows use a Map-backed store that behaves like FileStorage (JSON per item, eTag-
 *   conditional writes that report the new eTag) without the disk: they time the scheduler's own
 *   work. The FileStorage row is the default STORAGE=file itself, every write fsync'd: each
 *   subscription posted to costs two durable writes (claim, then outcome), so the disk bounds it.
 * - The sender records each post and returns: the Bot Connector's round trip is not in these
 *   numbers. A real tick posts one by one, so it adds one round trip per post on top.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ConversationAddress, KeyValueStorage, OutgoingMessage, StoreItem, StoreItems, TrackerSnapshot } from "../bot/core/ports";
import { silentLogger } from "../bot/log";
import type { LedgerDoc } from "../bot/reminders/ledger";
import { Scheduler } from "../bot/reminders/scheduler";
import { DocumentStore, ledgerKey, type StoredSubscription, SUBSCRIPTIONS_KEY } from "../bot/reminders/store";
import { FileStorage } from "../bot/storage/file-storage";
import {
  bundledAgreement,
  defaultReminderDates,
  dueItems,
  emptyTrackerData,
  type Meeting,
  parseLeadTimes,
  type ReminderSubscriber,
  timedItems,
} from "../shared/index";
import { type Measurement, measure, measureAsync, percentile, report } from "./measure";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager missing");
const agreement = amager;

/**
 * An in-memory KeyValueStorage that keeps each item as JSON with an eTag and, like FileStorage
 * (the default), writes conditionally and reports the eTag it wrote: FileStorage minus the disk.
 */
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
    for (const [k, item] of Object.entries(changes)) await this.writeVersioned(k, item);
  }
  async writeVersioned(key: string, { eTag, ...item }: StoreItem): Promise<string> {
    const cur = this.map.get(key);
    if (eTag && eTag !== "*" && cur?.eTag !== eTag) throw new Error(`eTag conflict on ${key}`);
    const next = { eTag: String(++this.n), json: JSON.stringify(item) };
    this.map.set(key, next);
    return next.eTag;
  }
  async createIfAbsent(key: string, item: StoreItem): Promise<boolean> {
    if (this.map.has(key)) return false;
    await this.writeVersioned(key, { ...item, eTag: "*" });
    return true;
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

// Steady state: a tick 30 s after the last, nothing new due.
const now = new Date("2015-06-10T10:00:00Z");
// Meeting 100 is working-group (100 % 3 = 1) on 2015-05-21 at 13.30; its 1d reminder is due 2015-05-20 11:30Z.
const busyStart = Date.parse("2015-05-20T11:29:30Z");

/** Each subscription's ledger: the last 20 reminders of its groups due before `before`, posted. */
function histories(before: Date): Map<string, LedgerDoc> {
  const past = timedItems(
    { agreement, tracker: { meetings, crime: new Map(), crimeByMonth: new Map() }, leadTimes, dates: defaultReminderDates },
    new Date("2015-01-01T00:00:00Z"),
    before,
  ).filter((x) => x.item.dueAt < before);
  const lastTwenty = (group: string | undefined) => past.filter((x) => group === undefined || x.item.group === group).slice(-20);
  const byGroup = new Map([undefined, "steering", "working"].map((g) => [g, lastTwenty(g)]));
  return new Map(
    subs.map((s) => {
      const entries: LedgerDoc["entries"] = {};
      for (const { item } of byGroup.get(s.group) ?? []) {
        const at = item.dueAt.toISOString();
        entries[item.entryKey] = { status: "posted", kind: item.kind, dueAt: at, claimedAt: at, postedAt: at, attempts: 1 };
      }
      return [s.id, { entries }];
    }),
  );
}

const steadyHistory = histories(now);
const ledger = new Map([...steadyHistory].map(([id, doc]) => [id, new Set(Object.keys(doc.entries))]));
const pure = measure("dueItems, 1,000 subs × 500 meetings", 200, () =>
  dueItems({
    now,
    lastTick: new Date(now.getTime() - 30_000),
    tracker: { meetings, crime: new Map(), crimeByMonth: new Map() },
    dates: defaultReminderDates,
    agreement,
    subscriptions: subscribers,
    ledger,
    leadTimes,
  }),
);

/** Subscriptions and their ledgers, as subscribing leaves them in storage. */
async function seed(storage: KeyValueStorage, history: Map<string, LedgerDoc>): Promise<void> {
  await storage.write({ [SUBSCRIPTIONS_KEY]: { subscriptions: Object.fromEntries(subs.map((s) => [s.id, s])) } });
  for (const [id, doc] of history) await storage.write({ [ledgerKey(id)]: { ...doc } });
}

/** Records every post, so a tick cannot pass by posting nothing or posting twice. */
class RecordingSender {
  readonly sent: string[] = [];
  async send(address: ConversationAddress, _message: OutgoingMessage): Promise<void> {
    this.sent.push(address.conversationId);
  }
}

async function scheduler(
  storage: KeyValueStorage,
  startMs: number,
): Promise<{ scheduler: Scheduler; clock: { t: number }; sender: RecordingSender }> {
  const clock = { t: startMs };
  const snapshot: TrackerSnapshot = {
    agreement,
    tracker: { ...emptyTrackerData(), agreementRef: "amager", meetings },
    readAt: now,
  };
  const sender = new RecordingSender();
  const s = new Scheduler({
    docs: new DocumentStore(storage),
    tracker: { current: async () => snapshot },
    sender,
    clock: { now: () => new Date(clock.t) },
    logger: silentLogger,
    leadTimes,
    tickSeconds: 30,
  });
  await s.tick(); // first tick: cadence warnings and ledgers loaded
  return { scheduler: s, clock, sender };
}

const steadyStorage = new MapStorage();
await seed(steadyStorage, steadyHistory);
const steady = await scheduler(steadyStorage, now.getTime());
const tick = await measureAsync("Scheduler tick, steady state", 100, async () => {
  steady.clock.t += 30_000;
  await steady.scheduler.tick();
});

/** The tick in which meeting 100's 1d reminder falls due for every working-group subscriber. */
async function busyTick(storage: KeyValueStorage): Promise<number> {
  const busy = await scheduler(storage, busyStart);
  const before = busy.sender.sent.length;
  busy.clock.t += 60_000;
  const t0 = performance.now();
  const r = await busy.scheduler.tick();
  const ms = performance.now() - t0;
  const sent = busy.sender.sent.slice(before);
  if (!r || r.posted < 600 || r.posted !== sent.length || new Set(sent).size !== sent.length) {
    throw new Error(`expected ~667 posts in the busy tick, one per subscriber; got ${r?.posted} posted, ${sent.length} sent`);
  }
  return ms;
}

function summary(name: string, times: number[]): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return { name, medianMs: percentile(sorted, 50), p99Ms: percentile(sorted, 99), calls: sorted.length };
}

const busyHistory = histories(new Date(busyStart));
const busyTimes: number[] = [];
for (let i = 0; i < 9; i++) {
  const storage = new MapStorage();
  await seed(storage, busyHistory);
  busyTimes.push(await busyTick(storage));
}

// FileStorage: seeded once (1,000 fsync'd files), copied afresh for each run.
const seededDir = mkdtempSync(join(tmpdir(), "partnerskab-bench-"));
const fileTimes: number[] = [];
try {
  await seed(new FileStorage(join(seededDir, "seed")), busyHistory);
  for (let i = 0; i < 3; i++) {
    const dir = join(seededDir, `run-${i}`);
    cpSync(join(seededDir, "seed"), dir, { recursive: true });
    fileTimes.push(await busyTick(new FileStorage(dir)));
  }
} finally {
  rmSync(seededDir, { recursive: true, force: true });
}

const posting = summary("Scheduler tick posting to ~667 subs (9 runs)", busyTimes);
report([pure, tick, posting, summary("… the same on FileStorage, fsync'd (3 runs)", fileTimes)]);
const goal = 100;
const verdict = (m: Measurement) =>
  `median ${m.medianMs.toFixed(1)} ms, p99 ${m.p99Ms.toFixed(1)} ms: ${m.p99Ms < goal ? "met" : "NOT met"}`;
console.log(`goal: one tick under ${goal} ms (in memory, Bot Connector time excluded)`);
console.log(`  steady state: ${verdict(tick)}`);
console.log(`  posting to ~667 subscribers: ${verdict(posting)}`);
