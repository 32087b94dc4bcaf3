/**
 * The ledger: what was posted to whom, keyed by subscription, item and lead time, written so
 * that a crash can never cause a second post. Entries are claimed (an eTag-conditional write of
 * status "claimed") before the post, and their outcome ("posted" or "failed") is written after
 * it. Whoever loses the claim race does not post. An entry a crash left "claimed" is never posted
 * again – at most once – and is logged as "interrupted" by the next scheduler that starts.
 *
 * Each subscription has one ledger document, so one tick costs at most two writes per
 * subscription it posts to, however many items fall due at once: one claim, one outcome.
 */
import type { OutgoingMessage } from "../core/ports";
import { type DocumentStore, ledgerKey } from "./store";

export type LedgerStatus = "claimed" | "posted" | "failed" | "interrupted";

export interface LedgerEntry {
  status: LedgerStatus;
  kind: string;
  dueAt: string;
  claimedAt: string;
  postedAt?: string;
  /** After a failed send: the attempts so far, and the message to try again while it still matters. */
  attempts?: number;
  error?: string;
  retryUntil?: string;
  message?: OutgoingMessage;
}

export interface LedgerDoc {
  entries: Record<string, LedgerEntry>;
}

export interface ClaimRequest {
  entryKey: string;
  kind: string;
  dueAt: Date;
  /**
   * Absent: a new entry, won only if the ledger has no entry of that key yet. Set: another
   * attempt at an entry that failed after this many attempts, won only if it still stands so.
   */
  retryAfterAttempts?: number;
}

interface Seen {
  entries: Readonly<Record<string, LedgerEntry>>;
  keys?: ReadonlySet<string>;
  failed?: Array<[string, LedgerEntry]>;
}

/** How many ledger documents one storage read asks for (BlobsStorage fetches them in parallel). */
const LOAD_BATCH = 100;

export class Ledger {
  /**
   * The last version seen of each subscription's ledger, with what the scheduler asks of it on
   * every tick worked out once per version. Only for deciding what may be due and what to retry:
   * a claim decides on the version its conditional write is based on.
   */
  private cache = new Map<string, Seen>();

  constructor(private readonly docs: DocumentStore) {}

  /** Reads the ledgers not seen yet, many keys per storage call instead of one call each. */
  async load(subscriptionIds: readonly string[]): Promise<void> {
    const missing = subscriptionIds.filter((id) => !this.cache.has(id));
    for (let i = 0; i < missing.length; i += LOAD_BATCH) {
      const ids = missing.slice(i, i + LOAD_BATCH);
      const docs = await this.docs.getMany<LedgerDoc>(ids.map(ledgerKey));
      for (const id of ids) {
        if (!this.cache.has(id)) this.remember(id, docs[ledgerKey(id)]?.entries ?? {});
      }
    }
  }

  /** The ledger of one subscription (from the cache after the first read). */
  async entries(subscriptionId: string): Promise<Record<string, LedgerEntry>> {
    await this.load([subscriptionId]);
    return this.loaded(subscriptionId);
  }

  /** The cached ledger of a subscription `load` has read ({} if none). Read-only. */
  loaded(subscriptionId: string): Readonly<Record<string, LedgerEntry>> {
    return this.cache.get(subscriptionId)?.entries ?? {};
  }

  /** The cached ledger's entry keys, as the schedule wants them. */
  keys(subscriptionId: string): ReadonlySet<string> {
    const seen = this.cache.get(subscriptionId);
    if (!seen) return new Set();
    seen.keys ??= new Set(Object.keys(seen.entries));
    return seen.keys;
  }

  /** The cached ledger's entries in status "failed". */
  failed(subscriptionId: string): ReadonlyArray<[string, LedgerEntry]> {
    const seen = this.cache.get(subscriptionId);
    if (!seen) return [];
    seen.failed ??= Object.entries(seen.entries).filter(([, entry]) => entry.status === "failed");
    return seen.failed;
  }

  forget(subscriptionId: string): void {
    this.cache.delete(subscriptionId);
  }

  private remember(subscriptionId: string, entries: Record<string, LedgerEntry>): void {
    this.cache.set(subscriptionId, { entries });
  }

  /**
   * Claims, in one conditional write of the subscription's ledger, every requested entry that is
   * still free (or, for a retry, still failed after the same attempts); returns the keys won.
   */
  async claim(subscriptionId: string, requests: readonly ClaimRequest[], now: Date): Promise<Set<string>> {
    const won = new Set<string>();
    const claimedAt = now.toISOString();
    let absent = false;
    const attempt = () =>
      this.docs.update<LedgerDoc>(ledgerKey(subscriptionId), (current) => {
        won.clear();
        // No ledger yet: create it empty first (below), so the claim itself is always conditional.
        absent = !current;
        if (!current) return undefined;
        const entries = current.entries ?? {};
        const claimed: Record<string, LedgerEntry> = {};
        for (const r of requests) {
          const entry = entries[r.entryKey];
          if (r.retryAfterAttempts === undefined) {
            if (entry) continue;
            claimed[r.entryKey] = { status: "claimed", kind: r.kind, dueAt: r.dueAt.toISOString(), claimedAt };
          } else {
            if (entry?.status !== "failed" || (entry.attempts ?? 1) !== r.retryAfterAttempts) continue;
            claimed[r.entryKey] = { ...entry, status: "claimed" };
          }
          won.add(r.entryKey);
        }
        return won.size > 0 ? { ...current, entries: { ...entries, ...claimed } } : undefined;
      });
    let doc = await attempt();
    if (absent) {
      await this.ensure(subscriptionId);
      doc = await attempt();
    }
    this.remember(subscriptionId, doc?.entries ?? {});
    return won;
  }

  /** Writes the outcome of several entries in one conditional write; entries not in the ledger are left out. */
  async record(subscriptionId: string, changes: ReadonlyMap<string, Partial<LedgerEntry>>): Promise<void> {
    if (changes.size === 0) return;
    const doc = await this.docs.update<LedgerDoc>(ledgerKey(subscriptionId), (current) => {
      if (!current) return undefined;
      const recorded: Record<string, LedgerEntry> = {};
      for (const [key, change] of changes) {
        const entry = current.entries[key];
        if (entry) recorded[key] = { ...entry, ...change };
      }
      return Object.keys(recorded).length > 0 ? { ...current, entries: { ...current.entries, ...recorded } } : undefined;
    });
    if (doc) this.remember(subscriptionId, doc.entries);
  }

  async mark(subscriptionId: string, entryKey: string, change: Partial<LedgerEntry>): Promise<void> {
    await this.record(subscriptionId, new Map([[entryKey, change]]));
  }

  /** Creates the subscription's (empty) ledger if it has none, so later claims are all conditional. */
  async ensure(subscriptionId: string): Promise<void> {
    await this.docs.update<LedgerDoc>(ledgerKey(subscriptionId), (current) => (current ? undefined : { entries: {} }));
  }

  async remove(subscriptionId: string): Promise<void> {
    this.forget(subscriptionId);
    await this.docs.remove([ledgerKey(subscriptionId)]);
  }
}
