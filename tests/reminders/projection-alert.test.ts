/**
 * The projection alert through the scheduler, on FileStorage: the first reading only records;
 * a worse colour is posted once to the steering group's and every group's subscribers; a
 * restart, a crash before the observation is stored, or the colour coming back change nothing;
 * and a new version of the tracker is looked at at once, not at the next tick.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KeyValueStorage, OutgoingMessage } from "../../bot/core/ports";
import { observedKey } from "../../bot/reminders/store";
import { FileStorage } from "../../bot/storage/file-storage";
import { healthyYear } from "./fixtures";
import { address, cardWords, EditableTracker, rig, TestClock } from "./harness";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "partnerskab-projection-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Tyverier as in the sample: 432 of 639 reports fell in January–August 2013–2015. With August 2016
// at 10 the year projects to 120 × 639 ÷ 432 = 177,5 → 178 (green, target 183); at 18, 189 (amber).
function theft(august2016: number): Map<string, Map<number, number[]>> {
  return new Map([
    [
      "tyverier",
      new Map([
        [2013, [15, 16, 19, 17, 20, 24, 22, 20, 21, 17, 16, 19]],
        [2014, [14, 15, 18, 16, 19, 22, 20, 19, 20, 16, 15, 18]],
        [2015, [13, 14, 17, 15, 18, 22, 19, 18, 19, 15, 14, 17]],
        [2016, [12, 14, 15, 14, 18, 19, 18, august2016]],
      ]),
    ],
  ]);
}
const ALERT =
  "Fremskrivningen for tyverier 2016 er blevet dårligere: fra »Nået« til »Tæt på«. Tyverier 2016 til og med august: 128 anmeldelser. Fremskrevet til hele året: 189 mod måltallet på højst 183 – tæt på, men på vej til at ende 6 over. Tallet er fremskrevet efter sæsonmønsteret i 2013–2015.";

function setUp(storage: KeyValueStorage = new FileStorage(dir)) {
  const clock = new TestClock("2016-09-01T08:00:00Z");
  const tracker = new EditableTracker(healthyYear(2016, "2016-09-01"));
  tracker.crimeByMonth = theft(10);
  return { clock, tracker, ...rig(storage, clock, tracker, "1d") };
}

/** The alerts posted, by conversation, in the words of their cards (each post the card alone). */
const alerts = (sent: ReadonlyArray<{ address: { conversationId: string }; message: OutgoingMessage }>) =>
  sent
    .filter((s) => /Fremskrivningen|projection/.test(cardWords(s.message)))
    .map((s) => `${s.address.conversationId}: ${cardWords(s.message)}`);

describe("the projection alert in the scheduler", () => {
  it("records the first reading, then posts a worse colour once to the steering group's and every group's subscribers", async () => {
    const r = setUp();
    await r.service.subscribe(address("alle"), { lang: "da" });
    await r.service.subscribe(address("styregruppen"), { lang: "en", group: "steering" });
    await r.service.subscribe(address("arbejdsgruppen"), { lang: "da", group: "working" });
    await r.scheduler.tick();
    expect(alerts(r.sender.sent)).toEqual([]);
    const stored = (await new FileStorage(dir).read([observedKey("projection")]))[observedKey("projection")];
    expect(stored?.observation).toMatchObject({ year: 2016, categories: { tyverier: { rag: "green", projection: 178 } } });

    r.tracker.crimeByMonth = theft(18);
    r.clock.advance(30);
    await r.scheduler.tick();
    expect(alerts(r.sender.sent)).toEqual([
      `alle: ${ALERT}`,
      'styregruppen: The projection for theft 2016 has got worse: from "Met" to "Close". Theft 2016 through August: 128 reports. Projected for the whole year: 189 against the target of at most 183 – close, but on course to end 6 over. The figure is projected from the seasonal pattern of 2013–2015.',
    ]);
    const post = r.sender.sent.find((s) => s.address.conversationId === "alle" && /Fremskrivningen/.test(cardWords(s.message)))?.message;
    expect(post?.card?.body[0]).toMatchObject({ text: "Fremskrivningen er forværret: Tyverier 2016" });
    // Its notification line: the change, the figures being on the card.
    expect(post?.text).toBe("Fremskrivningen for tyverier 2016 er blevet dårligere: fra »Nået« til »Tæt på«.");

    // More ticks, and a restart on the same storage: nothing more.
    r.clock.advance(30);
    await r.scheduler.tick();
    const restarted = rig(new FileStorage(dir), r.clock, r.tracker, "1d");
    await restarted.scheduler.tick();
    expect(alerts(r.sender.sent)).toHaveLength(2);
    expect(alerts(restarted.sender.sent)).toEqual([]);

    // Back to green and amber again: that colour was posted for 2016 already.
    r.tracker.crimeByMonth = theft(10);
    await restarted.scheduler.tick();
    r.tracker.crimeByMonth = theft(18);
    await restarted.scheduler.tick();
    expect(alerts(restarted.sender.sent)).toEqual([]);
  });

  it("posts nothing for a category already worse at the first reading", async () => {
    const r = setUp();
    r.tracker.crimeByMonth = theft(18);
    await r.service.subscribe(address("alle"), { lang: "da" });
    for (let i = 0; i < 3; i++) {
      await r.scheduler.tick();
      r.clock.advance(30);
    }
    expect(alerts(r.sender.sent)).toEqual([]);
  });

  it("after a crash between the posts and storing the observation, finds the change again and posts nothing twice", async () => {
    const files = new FileStorage(dir);
    let failObservation = false;
    // A storage that fails the write of the observation while told to, as a process dying there would.
    const storage: KeyValueStorage = {
      read: (keys) => files.read(keys),
      delete: (keys) => files.delete(keys),
      write: async (changes) => {
        if (failObservation && Object.keys(changes).some((k) => k.startsWith("reminders/observed/"))) throw new Error("the bot stopped");
        await files.write(changes);
      },
      createIfAbsent: async (key, item) => {
        if (failObservation && key.startsWith("reminders/observed/")) throw new Error("the bot stopped");
        return files.createIfAbsent(key, item);
      },
      writeVersioned: async (key, item) => {
        if (failObservation && key.startsWith("reminders/observed/")) throw new Error("the bot stopped");
        return files.writeVersioned(key, item);
      },
    };
    const r = setUp(storage);
    await r.service.subscribe(address("alle"), { lang: "da" });
    await r.scheduler.tick();
    r.tracker.crimeByMonth = theft(18);
    failObservation = true;
    await expect(r.scheduler.tick()).rejects.toThrow(/the bot stopped/);
    expect(alerts(r.sender.sent)).toEqual([`alle: ${ALERT}`]);

    failObservation = false;
    const restarted = rig(new FileStorage(dir), r.clock, r.tracker, "1d");
    await restarted.scheduler.tick();
    expect(alerts(restarted.sender.sent)).toEqual([]);
    const stored = (await files.read([observedKey("projection")]))[observedKey("projection")];
    expect(stored?.observation).toMatchObject({ categories: { tyverier: { rag: "amber" } } });
  });

  it("looks at a new version of the tracker at once, not at the next tick (30 s away)", async () => {
    const r = setUp();
    await r.service.subscribe(address("alle"), { lang: "da" });
    const until = async (done: () => boolean) => {
      for (const deadline = Date.now() + 5_000; !done() && Date.now() < deadline; ) await new Promise((x) => setTimeout(x, 20));
    };
    const observed = async () => (await new FileStorage(dir).read([observedKey("projection")]))[observedKey("projection")];
    r.scheduler.start();
    try {
      // The first tick, at start, records the reading.
      let first: unknown;
      for (const deadline = Date.now() + 5_000; first === undefined && Date.now() < deadline; ) {
        first = await observed();
        if (first === undefined) await new Promise((x) => setTimeout(x, 20));
      }
      expect(first).toBeDefined();
      expect(alerts(r.sender.sent)).toEqual([]);
      // A read finds a new version: the alert goes out without waiting for the next tick (30 s).
      r.tracker.setMonths(theft(18));
      await until(() => alerts(r.sender.sent).length > 0);
      expect(alerts(r.sender.sent)).toEqual([`alle: ${ALERT}`]);
    } finally {
      await r.scheduler.stop();
    }
  });
});
