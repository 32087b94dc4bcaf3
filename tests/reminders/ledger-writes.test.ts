/**
 * What a posting tick writes, and what it must never do: one claim and one outcome write per
 * subscription, no read-back of a ledger this process just wrote, no second post when the
 * outcome cannot be recorded, no lost update when another writer got in between, and failed
 * sends retried one attempt per tick up to MAX_SEND_ATTEMPTS.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KeyValueStorage, StoreItem, StoreItems } from "../../bot/core/ports";
import type { LedgerDoc } from "../../bot/reminders/ledger";
import { MAX_SEND_ATTEMPTS } from "../../bot/reminders/scheduler";
import { DocumentStore, ledgerKey, UPDATE_ATTEMPTS } from "../../bot/reminders/store";
import { FileStorage } from "../../bot/storage/file-storage";
import type { Meeting } from "../../shared/index";
import { meeting } from "./fixtures";
import { address, cardWords, EditableTracker, RecordingSender, rig, TestClock, yearlyInDecember } from "./harness";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "partnerskab-ledger-writes-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A FileStorage that counts ledger reads and writes, and can be told to fail ledger writes. */
class CountingStorage implements KeyValueStorage {
  ledgerReads = 0;
  ledgerWrites = 0;
  failLedgerWrites = 0;
  constructor(private readonly inner: FileStorage) {}
  private isLedger = (key: string) => key.startsWith("reminders/ledger/");
  private beforeWrite(key: string): void {
    if (!this.isLedger(key)) return;
    this.ledgerWrites++;
    if (this.failLedgerWrites > 0) {
      this.failLedgerWrites--;
      throw new Error("storage unavailable");
    }
  }
  read(keys: string[]): Promise<StoreItems> {
    this.ledgerReads += keys.filter(this.isLedger).length;
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    for (const key of Object.keys(changes)) this.beforeWrite(key);
    await this.inner.write(changes);
  }
  async writeVersioned(key: string, item: StoreItem): Promise<string> {
    this.beforeWrite(key);
    return this.inner.writeVersioned(key, item);
  }
  async createIfAbsent(key: string, item: StoreItem): Promise<boolean> {
    this.beforeWrite(key);
    return this.inner.createIfAbsent(key, item);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

// Tuesday 6 October 2015 9.00 = 07:00Z: its 7d reminder is due 29 September 07:00Z, its 1d one 5 October 07:00Z.
const budgetMeeting = meeting("2015-10-06", "09:00", { group: "steering", topic: "Budget 2016" });
/** A year within its cadence, so the only posts are the budget meeting's reminders. */
const tracker = () =>
  new EditableTracker([
    ...["01-20", "03-10", "05-12", "06-16", "08-18"].map((d) => meeting(`2015-${d}`, "13:00", { status: "held" })),
    meeting("2015-12-01", "13:00"),
    meeting("2015-02-03", "09:00", { group: "steering", status: "held" }),
    meeting("2015-12-08", "09:00", { group: "steering" }),
    budgetMeeting,
  ] satisfies Meeting[]);

describe("a posting tick's ledger writes", () => {
  it("one claim and one outcome write per subscription, and no read-back of ledgers it wrote itself", async () => {
    const storage = new CountingStorage(new FileStorage(dir));
    const clock = new TestClock("2015-09-29T06:59:30Z");
    const r = rig(storage, clock, tracker(), "7d,1d", undefined, yearlyInDecember);
    const chats = Array.from({ length: 12 }, (_, i) => `chat-${i}`);
    for (const chat of chats) await r.service.subscribe(address(chat), { lang: "da" });
    await r.scheduler.tick();
    expect(r.sender.sent).toHaveLength(0);

    clock.set("2015-09-29T07:00:00Z");
    await r.scheduler.tick();
    expect(r.sender.sent.map((s) => s.address.conversationId).sort()).toEqual([...chats].sort());

    // The 1d reminder, six days on: this process wrote every ledger last, so it knows their eTags.
    clock.set("2015-10-05T06:59:30Z");
    await r.scheduler.tick();
    storage.ledgerReads = 0;
    storage.ledgerWrites = 0;
    clock.set("2015-10-05T07:00:00Z");
    const report = await r.scheduler.tick();
    expect(report).toMatchObject({ posted: chats.length, failed: 0, alreadyClaimed: 0 });
    expect(r.sender.sent).toHaveLength(2 * chats.length);
    expect(storage.ledgerWrites).toBe(2 * chats.length);
    expect(storage.ledgerReads).toBe(0);

    // And what was written is what a fresh reader finds: every entry posted, nothing still claimed.
    const fresh = new DocumentStore(new FileStorage(dir));
    for (const chat of chats) {
      const doc = await fresh.get<LedgerDoc>(ledgerKey(chat));
      expect(Object.values(doc?.entries ?? {}).map((e) => e.status)).toEqual(["posted", "posted"]);
    }
  });

  it("a post whose outcome cannot be recorded stays claimed and is never sent again", async () => {
    const storage = new CountingStorage(new FileStorage(dir));
    const clock = new TestClock("2015-10-05T06:59:30Z");
    // The writes after the post (its outcome) fail on every attempt; storage is fine again right after.
    const sender = new RecordingSender();
    const send = sender.send.bind(sender);
    sender.send = async (to, message) => {
      await send(to, message);
      storage.failLedgerWrites = UPDATE_ATTEMPTS;
    };
    const r = rig(storage, clock, tracker(), "1d", sender, yearlyInDecember);
    await r.service.subscribe(address("chat-1"), { lang: "da" });
    await r.scheduler.tick();
    clock.set("2015-10-05T07:00:00Z");
    await expect(r.scheduler.tick()).rejects.toThrow(/storage unavailable/);
    expect(sender.sent).toHaveLength(1);

    for (let i = 0; i < 4; i++) {
      clock.advance(30);
      await r.scheduler.tick();
    }
    const restarted = rig(new FileStorage(dir), clock, tracker(), "1d", undefined, yearlyInDecember);
    await restarted.scheduler.tick();
    expect(sender.sent).toHaveLength(1);
    expect(restarted.sender.sent).toHaveLength(0);
    // It was sent, so it must not be reported as a failed send (that is what gets retried).
    expect(r.log.lines.filter((l) => /could not be posted/.test(l.message))).toHaveLength(0);
    expect(restarted.log.lines.filter((l) => /never marked posted/.test(l.message))).toHaveLength(1);
  });

  it("a send that keeps failing is tried once per tick, MAX_SEND_ATTEMPTS times in all, then given up", async () => {
    const clock = new TestClock("2015-10-05T06:59:30Z");
    const r = rig(new FileStorage(dir), clock, tracker(), "1d", undefined, yearlyInDecember);
    await r.service.subscribe(address("chat-1"), { lang: "en" });
    await r.scheduler.tick();
    r.sender.failNext = 100;
    clock.set("2015-10-05T07:00:00Z");
    const failedPerTick: number[] = [];
    for (let i = 0; i < MAX_SEND_ATTEMPTS + 2; i++) {
      failedPerTick.push((await r.scheduler.tick())?.failed ?? -1);
      clock.advance(30);
    }
    expect(failedPerTick).toEqual([...Array(MAX_SEND_ATTEMPTS).fill(1), 0, 0]);
    const entry = Object.values((await new DocumentStore(new FileStorage(dir)).get<LedgerDoc>(ledgerKey("chat-1")))?.entries ?? {})[0];
    expect(entry).toMatchObject({ status: "failed", attempts: MAX_SEND_ATTEMPTS, error: "connector said 503" });
    expect(entry?.message?.text).toMatch(/^The steering group meets on Tuesday 6 October 2015 at 09:00/);
    // Kept as it is posted: the card alone, its words on the card.
    expect(entry?.message && cardWords(entry.message)).toMatch(/^The steering group meets on Tuesday 6 October 2015 at 09:00/);

    // Once the connector is back, nothing more: the attempts are used up.
    r.sender.failNext = 0;
    clock.advance(30);
    await r.scheduler.tick();
    expect(r.sender.sent).toHaveLength(0);
  });
});

describe("DocumentStore's remembered versions", () => {
  it("an update from a version another writer has since replaced loses nothing: it starts again from theirs", async () => {
    const a = new DocumentStore(new FileStorage(dir));
    const b = new DocumentStore(new FileStorage(dir));
    type Doc = { by: string[] };
    const add = (who: string) => (current: Readonly<Doc> | undefined) => ({ by: [...(current?.by ?? []), who] });
    await a.update<Doc>("k", add("a1"));
    await a.update<Doc>("k", add("a2")); // a now knows the version it wrote
    await b.update<Doc>("k", add("b"));
    expect(await a.update<Doc>("k", add("a3"))).toEqual({ by: ["a1", "a2", "b", "a3"] });
    expect(await b.get<Doc>("k")).toMatchObject({ by: ["a1", "a2", "b", "a3"] });
  });

  it("a change that edits the document it was given in place fails loudly instead of writing", async () => {
    const docs = new DocumentStore(new FileStorage(dir));
    await docs.update<{ n: number }>("k", () => ({ n: 1 }));
    const other = new DocumentStore(new FileStorage(dir));
    await expect(
      other.update<{ n: number }>("k", (current) => {
        (current as { n: number }).n = 2;
        return current;
      }),
    ).rejects.toThrow(TypeError);
    expect(await other.get<{ n: number }>("k")).toMatchObject({ n: 1 });
  });
});
