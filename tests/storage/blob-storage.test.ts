/**
 * STORAGE=blob against Azurite (started here on 127.0.0.1 with a temporary folder):
 * - the store itself: eTag-conditional writes, create-only-if-absent, Danish text, Teams keys;
 * - two bot instances (launchBot, as `npm run bot` starts them) on one container with 200 due
 *   reminders: 200 posts at the fake Bot Connector, no duplicates;
 * - two schedulers with Azurite stopped mid-run and started again: nothing lost, nothing twice;
 * - two schedulers watching one tracker whose projection turns worse: one alert per conversation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import { ConfigError, loadConfig } from "../../bot/config/index";
import type { ConversationAddress, OutgoingMessage, ProactiveSender } from "../../bot/core/ports";
import { type LaunchedBot, launchBot } from "../../bot/launch";
import { recordingLogger } from "../../bot/log";
import { Scheduler } from "../../bot/reminders/scheduler";
import { ReminderSubscriptions } from "../../bot/reminders/service";
import { DocumentStore } from "../../bot/reminders/store";
import { BlobKeyValueStorage } from "../../bot/teams/blobs-storage";
import { type Meeting, parseLeadTimes } from "../../shared/index";
import { Azurite } from "../helpers/azurite";
import { FakeConnector } from "../helpers/fake-connector";
import { meeting } from "../reminders/fixtures";
import { EditableTracker, recordingLog } from "../reminders/harness";

// Tuesday 6 October 2015 9.00 summer time = 07:00Z; its 1-day reminder is due 2015-10-05T07:00Z.
const DUE = "2015-10-05T07:00:00Z";
const BEFORE = "2015-10-05T06:00:00Z";
const REMINDER = /^Styregruppen mødes tirsdag den 6\. oktober 2015 kl\. 9\.00/;
const COUNT = 200;

/** A year within its cadence (no cadence warnings), and the meeting that falls due. */
function tracker(): EditableTracker {
  const meetings: Meeting[] = [
    ...["01-20", "03-10", "05-12", "06-16", "08-18"].map((d) => meeting(`2015-${d}`, "13:00", { status: "held" })),
    meeting("2015-12-01", "13:00"),
    meeting("2015-02-03", "09:00", { group: "steering", status: "held" }),
    meeting("2015-12-08", "09:00", { group: "steering" }),
    meeting("2015-10-06", "09:00", { group: "steering", topic: "Budget 2016" }),
  ];
  return new EditableTracker(meetings);
}

let azurite: Azurite;
const fastRetry = { maxTries: 2, retryDelayInMs: 50, maxRetryDelayInMs: 200, tryTimeoutInMs: 5_000 };

beforeAll(async () => {
  azurite = await Azurite.start();
}, 60_000);

afterAll(async () => {
  await azurite?.close();
});

function store(container: string) {
  return new BlobKeyValueStorage({ connectionString: azurite.connectionString, container, retry: fastRetry });
}

describe("BlobKeyValueStorage on Azurite", () => {
  it("writes conditionally on the eTag, creates only if absent, and keeps Danish text and Teams keys intact", async () => {
    const a = store("basics");
    const b = store("basics");
    const key = "reminders/ledger/19:abc-DEF@thread.tacv2";
    expect(await a.read([key])).toEqual({});
    expect(await a.createIfAbsent(key, { text: "Styregruppen mødes på Hørgården – æøå ÆØÅ" })).toBe(true);
    expect(await b.createIfAbsent(key, { text: "second" })).toBe(false);

    const first = (await b.read([key]))[key];
    expect(first?.text).toBe("Styregruppen mødes på Hørgården – æøå ÆØÅ");
    expect(typeof first?.eTag).toBe("string");
    await a.write({ [key]: { text: "v2", eTag: first?.eTag } });
    // b still holds the old eTag: its write must fail and change nothing.
    await expect(b.write({ [key]: { text: "lost update", eTag: first?.eTag } })).rejects.toThrow(/eTag/);
    expect((await b.read([key]))[key]?.text).toBe("v2");

    // Keys differing only in case or in a slash are different documents.
    await a.write({ "reminders/ledger/19:ABC-def@thread.tacv2": { text: "other" } });
    expect((await a.read([key]))[key]?.text).toBe("v2");
    await a.delete([key]);
    expect(await a.read([key])).toEqual({});
    expect(await a.createIfAbsent(key, { text: "again" })).toBe(true);
  });

  it("STORAGE settings: blob needs a connection string, which is never echoed in the error", () => {
    const storageSettings = (env: Record<string, string>) => loadConfig(env).storage;
    expect(storageSettings({})).toEqual({ kind: "file", dir: ".data/" });
    expect(() => storageSettings({ STORAGE: "blob" })).toThrow(ConfigError);
    expect(() => storageSettings({ STORAGE: "blob" })).toThrow(/AZURE_STORAGE_CONNECTION_STRING: must be set/);
    expect(() => storageSettings({ STORAGE: "cosmos" })).toThrow(/STORAGE \("cosmos"\): must be file or blob/);
    const secret = "AccountKey=c2VjcmV0LWtleQ==";
    expect(() =>
      storageSettings({ STORAGE: "blob", AZURE_STORAGE_CONNECTION_STRING: secret, AZURE_STORAGE_CONTAINER: "Bad_Name" }),
    ).toThrow(/AZURE_STORAGE_CONTAINER \("Bad_Name"\)/);
    let message = "";
    try {
      storageSettings({ STORAGE: "blob", AZURE_STORAGE_CONNECTION_STRING: "just-some-key-c2VjcmV0" });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/not a storage connection string/);
    expect(message).not.toContain("c2VjcmV0");
    expect(storageSettings({ STORAGE: "blob", AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString })).toMatchObject({
      kind: "blob",
      container: "partnerskab",
    });
  });
});

describe("two bot instances on one blob container", () => {
  let connector: FakeConnector;
  const bots: LaunchedBot[] = [];

  afterAll(async () => {
    for (const b of bots) await b.bot.close();
    await connector?.close();
  });

  it(`${COUNT} due reminders: ${COUNT} posts at the Bot Connector, none twice`, async () => {
    connector = await FakeConnector.start();
    const clock = new ManualClock(BEFORE);
    const env = {
      PORT: "0",
      STORAGE: "blob",
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_CONTAINER: "two-instances",
      REMINDER_LEAD_TIMES: "1d",
      REMINDER_TICK_SECONDS: "0.5",
      TRACKER_SOURCE: "",
      RATE_LIMIT_PER_MINUTE: "",
    };
    const loggers = [recordingLogger(), recordingLogger()];
    for (const logger of loggers) bots.push(await launchBot(env, logger, { host: "127.0.0.1", clock, tracker: tracker() }));

    // Each conversation subscribes by a message, to one instance or the other.
    const ids = Array.from({ length: COUNT }, (_, i) => `a:chat-${String(i).padStart(3, "0")}`);
    for (const [i, id] of ids.entries()) {
      const res = await fetch(`${bots[i % 2]?.bot.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          type: "message",
          id: `sub-${i}`,
          text: "abonnér på påmindelser",
          channelId: "msteams",
          serviceUrl: connector.url,
          from: { id: `29:user-${i}` },
          recipient: { id: "28:bot" },
          conversation: { id, conversationType: "personal" },
        }),
      });
      expect(res.status).toBe(200);
    }
    expect(connector.messages().filter((r) => /Abonneret|abonnerer/i.test(r.activity.text ?? ""))).toHaveLength(COUNT);

    // Both schedulers tick every half second; the reminder falls due for all at once.
    clock.set(DUE);
    // Each reminder is the card alone, its first sentence the activity's summary.
    const reminders = () => connector.received.filter((r) => REMINDER.test(String(r.activity.summary ?? "")));
    const deadline = Date.now() + 60_000;
    while (reminders().length < COUNT && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    // A few more ticks on both: nothing more may come.
    clock.advance(60_000);
    await new Promise((r) => setTimeout(r, 2_000));

    const perConversation = new Map<string, number>();
    for (const r of reminders()) perConversation.set(r.conversationId, (perConversation.get(r.conversationId) ?? 0) + 1);
    expect(reminders()).toHaveLength(COUNT);
    expect([...perConversation.keys()].sort()).toEqual(ids);
    expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
    // Both instances took part: each lost some claims to the other.
    const lost = loggers.map((l) =>
      l.events.filter((e) => e.message === "reminder tick").reduce((n, e) => n + Number(e.data.alreadyClaimed), 0),
    );
    expect(lost.reduce((x, y) => x + y, 0)).toBeGreaterThan(0);
  }, 120_000);
});

describe("Azurite stopped mid-run and started again", () => {
  it("every due reminder is still posted exactly once", async () => {
    const clock = new ManualClock(BEFORE);
    const leadTimes = parseLeadTimes("1d");
    const posts: string[] = [];
    let stopAt = 50;
    /** Records each post; at the 50th it takes the storage away, before the post can be marked. */
    const sender: ProactiveSender = {
      async send(address: ConversationAddress, _message: OutgoingMessage) {
        posts.push(address.conversationId);
        if (posts.length === stopAt) await azurite.stop();
      },
    };
    const instance = () => {
      const docs = new DocumentStore(store("outage"));
      const log = recordingLog();
      const scheduler = new Scheduler({ docs, tracker: tracker(), sender, clock, logger: log, leadTimes, tickSeconds: 30 });
      return { docs, log, scheduler, service: new ReminderSubscriptions({ docs, clock, leadTimes, logger: log }) };
    };
    const a = instance();
    const b = instance();
    const ids = Array.from({ length: COUNT }, (_, i) => `19:team-${i}@thread.tacv2`);
    for (const id of ids) {
      await a.service.subscribe(
        { conversationId: id, channelId: "msteams", serviceUrl: "http://127.0.0.1:9/", reference: { conversation: { id } } },
        { lang: "da" },
      );
    }

    clock.set(DUE);
    // Instance a starts posting; at the 50th post Azurite goes away under it.
    await a.scheduler.tick().catch(() => undefined);
    expect(azurite.running).toBe(false);
    expect(posts).toHaveLength(50);
    // While it is down, both keep ticking and failing; nothing is posted, nothing is marked.
    for (let i = 0; i < 3; i++) {
      clock.advance(30_000);
      const results = await Promise.allSettled([a.scheduler.tick(), b.scheduler.tick()]);
      expect(results.every((r) => r.status === "rejected")).toBe(true);
    }
    expect(posts).toHaveLength(50);

    stopAt = 0;
    await azurite.run();
    for (let i = 0; i < 4 && posts.length < COUNT; i++) {
      clock.advance(30_000);
      await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    }
    expect(posts).toHaveLength(COUNT);
    expect([...new Set(posts)].sort()).toEqual([...ids].sort());
  }, 120_000);
});

describe("two schedulers on one container, and a projection that turns worse", () => {
  it("each conversation gets the alert exactly once, whichever instance claims it", async () => {
    const clock = new ManualClock("2016-09-01T08:00:00Z");
    const leadTimes = parseLeadTimes("1d");
    // Tyverier as in the sample; August 2016 at 10 projects 178 (green, target 183), at 18 189 (amber).
    const theft = (august: number) =>
      new Map([
        [
          "tyverier",
          new Map([
            [2013, [15, 16, 19, 17, 20, 24, 22, 20, 21, 17, 16, 19]],
            [2014, [14, 15, 18, 16, 19, 22, 20, 19, 20, 16, 15, 18]],
            [2015, [13, 14, 17, 15, 18, 22, 19, 18, 19, 15, 14, 17]],
            [2016, [12, 14, 15, 14, 18, 19, 18, august]],
          ]),
        ],
      ]);
    const shared = new EditableTracker([]);
    shared.crimeByMonth = theft(10);
    const posts: string[] = [];
    const sender: ProactiveSender = {
      async send(address: ConversationAddress, message: OutgoingMessage) {
        if (/^Fremskrivningen for tyverier 2016/.test(message.text)) posts.push(address.conversationId);
      },
    };
    const instance = () => {
      const docs = new DocumentStore(store("projection"));
      const log = recordingLog();
      const scheduler = new Scheduler({ docs, tracker: shared, sender, clock, logger: log, leadTimes, tickSeconds: 30 });
      return { scheduler, service: new ReminderSubscriptions({ docs, clock, leadTimes, logger: log }) };
    };
    const a = instance();
    const b = instance();
    const ids = Array.from({ length: 50 }, (_, i) => `19:styregruppe-${i}@thread.tacv2`);
    for (const [i, id] of ids.entries()) {
      await (i % 2 ? a : b).service.subscribe(
        { conversationId: id, channelId: "msteams", serviceUrl: "http://127.0.0.1:9/", reference: { conversation: { id } } },
        { lang: "da", ...(i % 3 === 0 ? { group: "steering" as const } : {}) },
      );
    }
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]); // the first reading
    expect(posts).toEqual([]);

    shared.crimeByMonth = theft(18);
    for (let i = 0; i < 3; i++) {
      clock.advance(30_000);
      await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    }
    expect(posts).toHaveLength(ids.length);
    expect([...new Set(posts)].sort()).toEqual([...ids].sort());
  }, 120_000);
});
