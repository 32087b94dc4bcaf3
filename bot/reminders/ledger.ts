/**
 * The ledger: what was posted to whom, keyed by subscription, item and lead time, written so
 * that a crash can never cause a second post. An entry is claimed (an eTag-conditional write of
 * status "claimed") before the post and marked "posted" after it. Whoever loses the claim race
 * does not post. An entry a crash left "claimed" is never posted again – at most once – and is
 * logged as "interrupted" by the next scheduler that starts.
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
}

export class Ledger {
  /** The last version seen of each subscription's ledger; claims always re-read the store. */
  private cache = new Map<string, LedgerDoc>();

  constructor(private readonly docs: DocumentStore) {}

  /** The ledger of one subscription (from the cache after the first read). */
  async entries(subscriptionId: string): Promise<Record<string, LedgerEntry>> {
    let doc = this.cache.get(subscriptionId);
    if (!doc) {
      doc = (await this.docs.get<LedgerDoc>(ledgerKey(subscriptionId))) ?? { entries: {} };
      this.cache.set(subscriptionId, { entries: doc.entries ?? {} });
    }
    return this.cache.get(subscriptionId)?.entries ?? {};
  }

  forget(subscriptionId: string): void {
    this.cache.delete(subscriptionId);
  }

  /**
   * Claims the entries nobody has claimed yet; returns the keys this caller won. Claiming
   * an entry that already exists in the store – whatever its status – is refused.
   */
  async claim(subscriptionId: string, requests: readonly ClaimRequest[], now: Date): Promise<Set<string>> {
    const won = new Set<string>();
    // Create the document first, so that the claim itself is always an eTag-conditional write.
    await this.ensure(subscriptionId);
    const doc = await this.docs.update<LedgerDoc>(ledgerKey(subscriptionId), (current) => {
      won.clear();
      const entries = current?.entries ?? {};
      for (const r of requests) {
        if (entries[r.entryKey]) continue;
        entries[r.entryKey] = { status: "claimed", kind: r.kind, dueAt: r.dueAt.toISOString(), claimedAt: now.toISOString() };
        won.add(r.entryKey);
      }
      return won.size > 0 ? { entries } : undefined;
    });
    this.cache.set(subscriptionId, { entries: doc?.entries ?? {} });
    return won;
  }

  /** Claims a failed entry for another attempt; false if someone else did. */
  async claimRetry(subscriptionId: string, entryKey: string, attempts: number): Promise<boolean> {
    let won = false;
    const doc = await this.docs.update<LedgerDoc>(ledgerKey(subscriptionId), (current) => {
      const entry = current?.entries[entryKey];
      won = !!current && entry?.status === "failed" && (entry.attempts ?? 1) === attempts;
      if (!current || !entry || !won) return undefined;
      current.entries[entryKey] = { ...entry, status: "claimed" };
      return current;
    });
    this.cache.set(subscriptionId, { entries: doc?.entries ?? {} });
    return won;
  }

  async mark(subscriptionId: string, entryKey: string, change: Partial<LedgerEntry>): Promise<void> {
    const doc = await this.docs.update<LedgerDoc>(ledgerKey(subscriptionId), (current) => {
      const entry = current?.entries[entryKey];
      if (!current || !entry) return undefined;
      current.entries[entryKey] = { ...entry, ...change };
      return current;
    });
    if (doc) this.cache.set(subscriptionId, { entries: doc.entries });
  }

  /** Creates the subscription's (empty) ledger if it has none, so later claims are all conditional. */
  async ensure(subscriptionId: string): Promise<void> {
    await this.docs.update<LedgerDoc>(ledgerKey(subscriptionId), (current) => (current ? undefined : { entries: {} }));
  }

  async remove(subscriptionId: string): Promise<void> {
    this.cache.delete(subscriptionId);
    await this.docs.remove([ledgerKey(subscriptionId)]);
  }
}
