/** FileStorage: atomic files, eTags, safe names, corruption kept aside, and fit with botbuilder's Storage. */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Storage } from "botbuilder";
import { MemoryStorage } from "botbuilder";
import type { BlobsStorage } from "botbuilder-azure-blobs";
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import type { KeyValueStorage } from "../../bot/core/ports";
import { Ledger } from "../../bot/reminders/ledger";
import { DocumentStore } from "../../bot/reminders/store";
import { ETagConflictError, FileStorage, fileNameForKey, StorageCorruptError } from "../../bot/storage/file-storage";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "partnerskab-storage-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("FileStorage", () => {
  it("stores JSON items across instances, with a new eTag per version", async () => {
    await new FileStorage(dir).write({ "a/b": { n: 1, text: "æøå" } });
    const read = await new FileStorage(dir).read(["a/b", "missing"]);
    expect(read["a/b"]).toMatchObject({ n: 1, text: "æøå" });
    expect(typeof read["a/b"]?.eTag).toBe("string");
    expect("missing" in read).toBe(false);
    await new FileStorage(dir).write({ "a/b": { n: 2 } });
    const again = await new FileStorage(dir).read(["a/b"]);
    expect(again["a/b"]?.n).toBe(2);
    expect(again["a/b"]?.eTag).not.toBe(read["a/b"]?.eTag);
  });

  it("refuses a write at an old eTag, accepts the current one and '*'", async () => {
    const s = new FileStorage(dir);
    await s.write({ k: { v: 1 } });
    const first = (await s.read(["k"])).k;
    await s.write({ k: { v: 2, eTag: first?.eTag } });
    await expect(s.write({ k: { v: 3, eTag: first?.eTag } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await s.read(["k"])).k?.v).toBe(2);
    await s.write({ k: { v: 4, eTag: "*" } });
    expect((await s.read(["k"])).k?.v).toBe(4);
    await expect(s.write({ absent: { v: 1, eTag: "stale" } })).rejects.toBeInstanceOf(ETagConflictError);
  });

  it("deletes, and a deleted key reads as absent", async () => {
    const s = new FileStorage(dir);
    await s.write({ k: { v: 1 } });
    await s.delete(["k", "never-there"]);
    expect(await s.read(["k"])).toEqual({});
  });

  it("gives every key a safe, distinct file name inside the folder", async () => {
    const keys = ["19:abc@thread.tacv2;messageid=1", "../../etc/passwd", "A", "a", "reminders/ledger/x"];
    const names = keys.map(fileNameForKey);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(keys.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9._-]+\.json$/);
    const s = new FileStorage(dir);
    for (const k of keys) await s.write({ [k]: { k } });
    expect((await readdir(dir)).filter((f) => f.endsWith(".json"))).toHaveLength(keys.length);
    for (const k of keys) expect((await s.read([k]))[k]?.k).toBe(k);
  });

  it("leaves no temporary or lock files behind", async () => {
    const s = new FileStorage(dir);
    for (let i = 0; i < 5; i++) await s.write({ k: { i } });
    expect(await readdir(dir)).toEqual([fileNameForKey("k")]);
  });

  it("a corrupt file gives an error naming it, is moved aside with its content, and is never silently reset", async () => {
    const s = new FileStorage(dir);
    await s.write({ "reminders/subscriptions": { subscriptions: {} } });
    const file = s.pathFor("reminders/subscriptions");
    await writeFile(file, '{"key":"reminders/subscriptions","eTag":"x","item":{"subscr');
    const err = await s.read(["reminders/subscriptions"]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageCorruptError);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toMatch(/corrupt/);
    const aside = (await readdir(dir)).filter((f) => f.includes(".corrupt-"));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0] ?? ""), "utf8")).toContain('"item":{"subscr');
    expect((err as StorageCorruptError).movedTo).toBe(join(dir, aside[0] ?? ""));
    // The key is now absent – a write cannot have overwritten the kept copy.
    expect(await s.read(["reminders/subscriptions"])).toEqual({});
  });

  it("a file of the wrong shape is corrupt too", async () => {
    const s = new FileStorage(dir);
    await writeFile(s.pathFor("k"), JSON.stringify({ hello: "world" }));
    await expect(s.read(["k"])).rejects.toBeInstanceOf(StorageCorruptError);
  });

  it("two writers at the same eTag: exactly one wins, every time", async () => {
    const a = new FileStorage(dir);
    const b = new FileStorage(dir);
    await a.write({ k: { n: 0 } });
    for (let round = 0; round < 20; round++) {
      const eTag = (await a.read(["k"])).k?.eTag;
      const results = await Promise.allSettled([a.write({ k: { n: round, by: "a", eTag } }), b.write({ k: { n: round, by: "b", eTag } })]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    }
  });
});

describe("the ledger claim on any Storage", () => {
  async function raceClaims(makeStorage: () => KeyValueStorage[]): Promise<number[]> {
    const [s1, s2] = makeStorage();
    if (!s1 || !s2) throw new Error("two storages expected");
    const l1 = new Ledger(new DocumentStore(s1));
    const l2 = new Ledger(new DocumentStore(s2));
    const wins: number[] = [];
    for (let i = 0; i < 10; i++) {
      const req = [{ entryKey: `meeting|steering|2015-10-06|09:00|#${i}d`, kind: "meeting", dueAt: new Date() }];
      const [w1, w2] = await Promise.all([l1.claim("sub", req, new Date()), l2.claim("sub", req, new Date())]);
      wins.push(w1.size + w2.size);
    }
    return wins;
  }

  it("two schedulers on one folder: one claim wins", async () => {
    expect(await raceClaims(() => [new FileStorage(dir), new FileStorage(dir)])).toEqual(Array(10).fill(1));
  });

  it("botbuilder's MemoryStorage fits and gives the same guarantee", async () => {
    const shared = new MemoryStorage();
    expect(await raceClaims(() => [shared, shared])).toEqual(Array(10).fill(1));
  });

  it("is structurally the same interface as botbuilder's Storage, both ways", () => {
    expectTypeOf<MemoryStorage>().toMatchTypeOf<KeyValueStorage>();
    expectTypeOf<BlobsStorage>().toMatchTypeOf<KeyValueStorage>();
    expectTypeOf<FileStorage>().toMatchTypeOf<Storage>();
    const asBotbuilder: Storage = new FileStorage(dir);
    const asOurs: KeyValueStorage = new MemoryStorage();
    expect(typeof asBotbuilder.read).toBe("function");
    expect(typeof asOurs.write).toBe("function");
  });
});
