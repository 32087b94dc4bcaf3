/**
 * A KeyValueStorage in a folder (STORAGE_DIR, default .data/): one JSON file per key.
 *
 * - Atomic: each write goes to a temporary file that is flushed to disk (fsync) and then
 *   renamed over the old one, so a crash leaves the old version or the new, never half of one.
 * - Optimistic concurrency: every version gets a new eTag; a write carrying an older eTag fails
 *   with ETagConflictError. The check and the rename happen under a per-key lock file, so two
 *   writers (even in two processes) can never both win.
 * - Corruption is loud: a file that is not what this store wrote is moved aside to
 *   `<file>.corrupt-<timestamp>` and the read fails with an error naming both paths. The data is
 *   kept for a person to look at; it is never silently replaced by an empty value, and health()
 *   reports the storage not ok while such a copy lies in the folder.
 * - A folder it cannot write stops the start (open()), and temporary files a killed writer left
 *   behind are removed then.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { KeyValueStorage, StorageHealth, StoreItem, StoreItems } from "../core/ports";

export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`storage: "${key}" was changed by someone else since it was read (eTag conflict)`);
  }
}

export class StorageCorruptError extends Error {
  constructor(
    readonly file: string,
    readonly movedTo: string,
    reason: string,
  ) {
    super(
      `storage file ${file} is corrupt (${reason}); it was moved aside to ${movedTo} and its key now reads as empty – restore it from there or remove the copy`,
    );
  }
}

export class StorageBusyError extends Error {}

/** STORAGE_DIR cannot be used: not a folder, read-only, full, no permission. */
export class StorageUnusableError extends Error {
  constructor(
    readonly dir: string,
    readonly code: string,
  ) {
    const why: Record<string, string> = {
      EROFS: "the file system is read-only",
      EACCES: "no permission to write there",
      EPERM: "no permission to write there",
      ENOTDIR: "it is a file, not a folder",
      EEXIST: "it is a file, not a folder",
      ENOSPC: "the disk is full",
      EDQUOT: "the disk quota is used up",
    };
    super(`cannot keep the reminders there: ${why[code] ?? "it cannot be written"} (${code})`);
  }
}

interface FileRecord {
  key: string;
  eTag: string;
  item: Record<string, unknown>;
}

const LOCK_WAIT_MS = 5_000;
/** A lock file older than this was left by a crashed writer. */
const STALE_LOCK_MS = 10_000;
/** A temporary file older than this was left by a writer killed mid-write (a live one keeps it for milliseconds). */
const STALE_TMP_MS = 60_000;
const CORRUPT_MARK = ".corrupt-";

function newETag(): string {
  return `${Date.now().toString(36)}-${randomBytes(6).toString("hex")}`;
}

/** A file name any file system accepts, unique per key even where names are case-insensitive. */
export function fileNameForKey(key: string): string {
  const readable =
    key
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "_")
      .replace(/^[._]+/, "")
      .slice(0, 60) || "key";
  const hash = createHash("sha256").update(key).digest("hex").slice(0, 16);
  return `${readable}-${hash}.json`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FileStorage implements KeyValueStorage {
  private ready: Promise<unknown> | undefined;

  constructor(readonly dir: string) {}

  private ensureDir(): Promise<unknown> {
    this.ready ??= mkdir(this.dir, { recursive: true });
    return this.ready;
  }

  pathFor(key: string): string {
    return join(this.dir, fileNameForKey(key));
  }

  /**
   * Once, at start: makes the folder, proves it can be written (a probe file written, flushed,
   * renamed and removed, as every write does) and removes temporary files older than a minute.
   * Throws StorageUnusableError when the folder cannot be used.
   */
  async open(): Promise<{ removedTemporaryFiles: number }> {
    try {
      await mkdir(this.dir, { recursive: true });
      if (!(await stat(this.dir)).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
      const probe = join(this.dir, `.probe-${process.pid}-${randomBytes(4).toString("hex")}`);
      const handle = await open(`${probe}.tmp`, "wx");
      try {
        await handle.writeFile("probe");
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(`${probe}.tmp`, probe);
      await unlink(probe);
    } catch (err) {
      throw new StorageUnusableError(this.dir, (err as NodeJS.ErrnoException).code ?? "EIO");
    }
    this.ready = Promise.resolve();
    let removed = 0;
    for (const name of await readdir(this.dir)) {
      if (!name.endsWith(".tmp") && !name.startsWith(".probe-")) continue;
      const file = join(this.dir, name);
      const age = await stat(file).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (
        age > STALE_TMP_MS &&
        (await unlink(file).then(
          () => true,
          () => false,
        ))
      )
        removed++;
    }
    return { removedTemporaryFiles: removed };
  }

  /** Not ok while a document moved aside as corrupt lies in the folder (restored or removed, it is ok again). */
  async health(): Promise<StorageHealth> {
    const names = await readdir(this.dir).catch((err: NodeJS.ErrnoException) => (err.code === "ENOENT" ? [] : undefined));
    if (!names) return { ok: false, problem: "the storage folder cannot be read" };
    const corrupt = names.filter((n) => n.includes(CORRUPT_MARK)).length;
    return corrupt === 0
      ? { ok: true }
      : { ok: false, problem: `${corrupt} corrupt document(s) moved aside, waiting to be restored or removed` };
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.ensureDir();
    const out: StoreItems = {};
    for (const key of keys) {
      const record = await this.readRecord(key);
      if (record) out[key] = { ...record.item, eTag: record.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) await this.writeVersioned(key, change);
  }

  /** Writes one item (conditional on its eTag unless that is absent or "*"); returns the new eTag. */
  async writeVersioned(key: string, change: StoreItem): Promise<string> {
    await this.ensureDir();
    return this.withLock(key, async () => {
      const { eTag, ...item } = change;
      if (eTag !== undefined && eTag !== "*") {
        const current = await this.readRecord(key);
        if (!current || current.eTag !== eTag) throw new ETagConflictError(key);
      }
      const record = { key, eTag: newETag(), item };
      await this.writeAtomically(this.pathFor(key), record);
      return record.eTag;
    });
  }

  async createIfAbsent(key: string, item: StoreItem): Promise<boolean> {
    await this.ensureDir();
    return this.withLock(key, async () => {
      if (await this.readRecord(key)) return false;
      const { eTag: _ignored, ...plain } = item;
      await this.writeAtomically(this.pathFor(key), { key, eTag: newETag(), item: plain });
      return true;
    });
  }

  async delete(keys: string[]): Promise<void> {
    await this.ensureDir();
    for (const key of keys) {
      await this.withLock(key, async () => {
        await unlink(this.pathFor(key)).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== "ENOENT") throw err;
        });
      });
    }
  }

  private async readRecord(key: string): Promise<FileRecord | undefined> {
    const file = this.pathFor(key);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw err;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw await this.moveAside(file, `not JSON: ${(err as Error).message}`);
    }
    if (!isRecord(parsed) || typeof parsed.eTag !== "string" || !isRecord(parsed.item)) {
      throw await this.moveAside(file, "not a stored item (no eTag or item)");
    }
    if (parsed.key !== key) throw await this.moveAside(file, `holds the key "${String(parsed.key)}", not "${key}"`);
    return { key, eTag: parsed.eTag, item: parsed.item };
  }

  private async moveAside(file: string, reason: string): Promise<StorageCorruptError> {
    const movedTo = `${file}${CORRUPT_MARK}${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await rename(file, movedTo);
    return new StorageCorruptError(file, movedTo, reason);
  }

  private async writeAtomically(file: string, record: FileRecord): Promise<void> {
    // Serialised before any file is opened: an item that is not JSON leaves nothing behind.
    const text = JSON.stringify(record);
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    const handle = await open(tmp, "w");
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(tmp, file);
    } catch (err) {
      await unlink(tmp).catch(() => {});
      throw err;
    }
    // The rename itself must reach the disk too; not every platform lets a folder be fsynced.
    const dir = await open(this.dir, "r").catch(() => undefined);
    if (dir)
      await dir
        .sync()
        .catch(() => {})
        .finally(() => dir.close());
  }

  /** Runs `fn` holding the key's lock file (created exclusively; a stale one is broken). */
  private async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const lock = `${this.pathFor(key)}.lock`;
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        const handle = await open(lock, "wx");
        await handle.close();
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
        const age = await stat(lock).then(
          (s) => Date.now() - s.mtimeMs,
          () => 0,
        );
        if (age > STALE_LOCK_MS) {
          await unlink(lock).catch(() => {});
          continue;
        }
        if (Date.now() > deadline) throw new StorageBusyError(`storage: "${key}" is locked by another writer (${lock})`);
        await sleep(2 + Math.random() * 8);
      }
    }
    try {
      return await fn();
    } finally {
      await unlink(lock).catch(() => {});
    }
  }
}
