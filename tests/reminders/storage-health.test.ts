/**
 * The reminders' storage when it cannot be trusted (issue 15): a STORAGE_DIR that cannot be used
 * stops the start with one line; temporary files a killed writer left are removed at start; a
 * corrupt document makes /healthz say storage ok: false (its paths logged whole) while the
 * reminders of every other conversation go on.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { readdir, readFile, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LaunchError, launchBot } from "../../bot/launch";
import { createLogger } from "../../bot/log";
import { Scheduler } from "../../bot/reminders/scheduler";
import { DocumentStore, ledgerKey, observedKey, SUBSCRIPTIONS_KEY } from "../../bot/reminders/store";
import { FileStorage } from "../../bot/storage/file-storage";
import { parseLeadTimes } from "../../shared/index";
import { copySampleTracker, DEMO_NOW } from "../bot/bot-fixtures";
import { memoryDestination } from "../security/fixtures";
import { healthyYear, meeting } from "./fixtures";
import { address, EditableTracker, rig, TestClock } from "./harness";

const tempDir = () => mkdtempSync(join(tmpdir(), "partnerskab-storage-"));

/** A folder whose path is far longer than the log's 200-character cap for ordinary text. */
function deepDir(): string {
  const dir = join(tempDir(), "a-folder-with-a-long-name-".repeat(4), "and-another-one-just-as-long-".repeat(4));
  mkdirSync(dir, { recursive: true });
  expect(dir.length).toBeGreaterThan(200);
  return dir;
}

describe("a STORAGE_DIR that cannot be used", () => {
  it.each([
    [
      "a file",
      () => {
        const file = join(tempDir(), "not-a-folder");
        writeFileSync(file, "x");
        return file;
      },
      /it is a file, not a folder \((EEXIST|ENOTDIR)\)$/,
    ],
    [
      "a folder below a file",
      () => {
        const file = join(tempDir(), "file");
        writeFileSync(file, "x");
        return join(file, "data");
      },
      /it is a file, not a folder \(ENOTDIR\)$/,
    ],
  ])("%s stops the start with one line naming STORAGE_DIR", async (_, makeDir, reason) => {
    const dir = makeDir();
    const err = await launchBot(
      { PORT: "0", PARTNERSKAB_NOW: DEMO_NOW, TRACKER_FILE: copySampleTracker(), STORAGE_DIR: dir },
      createLogger("silent"),
      { host: "127.0.0.1" },
    ).then(
      async (started) => {
        await started.bot.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LaunchError);
    const message = (err as Error).message;
    expect(message.split("\n")).toHaveLength(1);
    expect(message.startsWith(`STORAGE_DIR ("${dir}"): cannot keep the reminders there: `)).toBe(true);
    expect(message).toMatch(reason);
  });
});

describe("at start", () => {
  it("removes the temporary files a killed writer left, and keeps a fresh one and the documents", async () => {
    const dir = tempDir();
    const storage = new FileStorage(dir);
    await storage.write({ k: { n: 1 } });
    const stale = join(dir, `${storage.pathFor("k").split("/").at(-1)}.4242.deadbeef.tmp`);
    const fresh = join(dir, "another.json.4343.cafebabe.tmp");
    writeFileSync(stale, "half a docu");
    writeFileSync(fresh, "being written right now");
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(stale, old, old);
    expect(await new FileStorage(dir).open()).toEqual({ removedTemporaryFiles: 1 });
    const left = await readdir(dir);
    expect(left).not.toContain(stale.split("/").at(-1));
    expect(left).toContain("another.json.4343.cafebabe.tmp");
    expect((await new FileStorage(dir).read(["k"])).k?.n).toBe(1);
  });
});

describe("a corrupt document", () => {
  // Tuesday 6 October 2015 9.00 summer time = 07:00Z; its 1d reminder is due 2015-10-05T07:00Z.
  const budget = meeting("2015-10-06", "09:00", { group: "steering", topic: "Budget 2016" });

  it("a corrupt ledger: health not ok, both paths logged whole, and the other conversations get their reminders in the same tick", async () => {
    const dir = deepDir();
    const storage = new FileStorage(dir);
    const clock = new TestClock("2015-10-05T06:59:30Z");
    const logs = memoryDestination();
    const logger = createLogger("info", { destination: logs, env: {} });
    const tracker = new EditableTracker([...healthyYear(2015, "2015-10-05"), budget]);
    const r = rig(storage, clock, tracker, "1d");
    for (const chat of ["chat-a", "chat-b", "chat-c"]) await r.service.subscribe(address(chat), { lang: "da" });
    await writeFile(storage.pathFor(ledgerKey("chat-b")), '{"key": "reminders/ledger/chat-b", "eTag": "x", "item": {"entr');
    expect(await storage.health()).toEqual({ ok: true });

    // The scheduler as the bot builds it: its documents and its log through the real logger and its redaction.
    const scheduler = new Scheduler({
      docs: new DocumentStore(storage, logger),
      tracker,
      sender: r.sender,
      clock,
      logger,
      leadTimes: parseLeadTimes("1d"),
      tickSeconds: 30,
    });
    clock.set("2015-10-05T07:00:10Z");
    await scheduler.tick();
    const reminded = r.sender.sent.map((s) => s.address.conversationId);
    expect(reminded).toContain("chat-a");
    expect(reminded).toContain("chat-c");

    const health = await storage.health();
    expect(health.ok).toBe(false);
    expect(health.problem).toMatch(/1 corrupt document/);
    const line = logs.parsed().find((e) => String(e.msg).startsWith("storage document corrupt"));
    const aside = (await readdir(dir)).find((f) => f.includes(".corrupt-")) ?? "";
    expect(line?.file).toBe(storage.pathFor(ledgerKey("chat-b")));
    expect(line?.movedTo).toBe(join(dir, aside));
    expect(String(line?.movedTo).length).toBeGreaterThan(200);
    expect(await readFile(join(dir, aside), "utf8")).toContain('"item": {"entr');
  });

  it("a corrupt observation of the projection alert (issue 11): health not ok, its path logged, and the meeting reminders go out in the same tick", async () => {
    const dir = tempDir();
    const storage = new FileStorage(dir);
    const clock = new TestClock("2015-10-05T06:59:30Z");
    const logs = memoryDestination();
    const logger = createLogger("info", { destination: logs, env: {} });
    const tracker = new EditableTracker([...healthyYear(2015, "2015-10-05"), budget]);
    const r = rig(storage, clock, tracker, "1d");
    for (const chat of ["chat-a", "chat-b"]) await r.service.subscribe(address(chat), { lang: "da" });
    await storage.write({ [observedKey("projection")]: { observation: {}, observedAt: "2015-10-04T07:00:00Z" } });
    await writeFile(storage.pathFor(observedKey("projection")), '{"key": "reminders/observed/projection", "item": {"obs');

    const scheduler = new Scheduler({
      docs: new DocumentStore(storage, logger),
      tracker,
      sender: r.sender,
      clock,
      logger,
      leadTimes: parseLeadTimes("1d"),
      tickSeconds: 30,
    });
    clock.set("2015-10-05T07:00:10Z");
    await scheduler.tick();
    expect(r.sender.sent.map((s) => s.address.conversationId).sort()).toEqual(["chat-a", "chat-b"]);
    expect((await storage.health()).ok).toBe(false);
    const line = logs.parsed().find((e) => String(e.msg).startsWith("storage document corrupt"));
    expect(line?.file).toBe(storage.pathFor(observedKey("projection")));
    expect(String(line?.movedTo)).toContain(".corrupt-");
  });

  it("GET /healthz says storage ok: false once the bot found a corrupt document, and ok again once it is dealt with", async () => {
    const dir = tempDir();
    await new FileStorage(dir).write({ [SUBSCRIPTIONS_KEY]: { subscriptions: {} } });
    await writeFile(new FileStorage(dir).pathFor(SUBSCRIPTIONS_KEY), "{ not json");
    const logs = memoryDestination();
    const launched = await launchBot(
      { PORT: "0", PARTNERSKAB_NOW: DEMO_NOW, TRACKER_FILE: copySampleTracker(), STORAGE_DIR: dir },
      createLogger("info", { destination: logs, env: {} }),
      { host: "127.0.0.1" },
    );
    try {
      const health = async () =>
        (await (await fetch(`${launched.bot.url}/healthz`)).json()) as { status: string; storage?: { ok: boolean; problem?: string } };
      // The scheduler's first tick, at start, reads the subscriptions.
      await expect.poll(async () => (await health()).storage?.ok, { timeout: 10_000 }).toBe(false);
      expect((await health()).status).toBe("ok");
      expect((await health()).storage?.problem).toMatch(/corrupt/);
      for (const f of (await readdir(dir)).filter((n) => n.includes(".corrupt-"))) await unlink(join(dir, f));
      expect((await health()).storage).toEqual({ ok: true });
    } finally {
      await launched.bot.close();
    }
  });

  it("a corrupt subscriptions document: the tick that finds it fails once, /healthz says so, and subscribing works again at once", async () => {
    const dir = tempDir();
    const storage = new FileStorage(dir);
    const clock = new TestClock("2015-10-05T06:59:30Z");
    const r = rig(storage, clock, new EditableTracker([...healthyYear(2015, "2015-10-05"), budget]), "1d");
    await r.service.subscribe(address("chat-a"), { lang: "da" });
    await writeFile(storage.pathFor(SUBSCRIPTIONS_KEY), "{ not json");
    await expect(r.scheduler.tick()).rejects.toThrow(/corrupt/);
    expect((await storage.health()).ok).toBe(false);
    const reply = await r.service.subscribe(address("chat-b"), { lang: "da" });
    expect(reply.text).toMatch(/påmindelser/i);
    clock.set("2015-10-05T07:00:10Z");
    await r.scheduler.tick();
    expect(r.sender.sent.map((s) => s.address.conversationId)).toEqual(["chat-b"]);
    // Restored or removed, the copy set aside no longer makes the storage unhealthy.
    for (const f of (await readdir(dir)).filter((n) => n.includes(".corrupt-"))) await unlink(join(dir, f));
    expect(await storage.health()).toEqual({ ok: true });
  });
});
