/**
 * Where the reminders keep their state, all in one KeyValueStorage:
 *   reminders/subscriptions     every subscribed conversation (one document)
 *   reminders/conversations     every conversation the bot was added to (for the hello, and later use)
 *   reminders/ledger/<id>       what was claimed and posted to one subscription
 *   reminders/scheduler         the scheduler's last tick
 * Documents are changed read–modify–write with the eTag they were read at, so two writers
 * (two ticks, or two bot processes on one store) can never silently overwrite each other.
 */

import type { Lang, MeetingGroup } from "../../shared/index";
import type { ConversationAddress } from "../core/ports";
import type { KeyValueStorage, StoreItem } from "../storage/key-value-storage";

export const SUBSCRIPTIONS_KEY = "reminders/subscriptions";
export const CONVERSATIONS_KEY = "reminders/conversations";
export const SCHEDULER_KEY = "reminders/scheduler";
export const ledgerKey = (subscriptionId: string) => `reminders/ledger/${subscriptionId}`;

export interface StoredSubscription {
  id: string;
  address: ConversationAddress;
  /** Only this group; every group when absent. */
  group?: MeetingGroup;
  lang: Lang;
  /** ISO instant; nothing that fell due before it is posted. */
  subscribedAt: string;
}

export interface StoredConversation {
  address: ConversationAddress;
  addedAt: string;
}

/**
 * One subscription per conversation. A Teams channel gives each thread its own conversation id
 * (`19:…@thread.tacv2;messageid=…`); the channel is the subscriber, so the thread part goes.
 */
export function subscriptionIdFor(address: ConversationAddress): string {
  return address.conversationId.split(";messageid=")[0] ?? address.conversationId;
}

/** How often a document update is retried after losing an eTag race. */
const UPDATE_ATTEMPTS = 8;

/**
 * Read–modify–write of one document, conditional on the eTag it was read at; retried when
 * someone else wrote in between. `change` returns the new document, or undefined to leave it.
 * Updates of one key within this process are also queued, so they never race each other.
 */
export class DocumentStore {
  private queues = new Map<string, Promise<unknown>>();

  constructor(readonly storage: KeyValueStorage) {}

  async get<T extends object>(key: string): Promise<(T & { eTag?: string }) | undefined> {
    const items = await this.storage.read([key]);
    return items[key] as (T & { eTag?: string }) | undefined;
  }

  update<T extends object>(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const run = async (): Promise<T | undefined> => {
      let lastError: unknown;
      for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
        const current = await this.get<T>(key);
        const { eTag, ...plain } = current ?? {};
        const next = change(current ? (structuredClone(plain) as T) : undefined);
        if (next === undefined) return current ? (plain as T) : undefined;
        const item: StoreItem = { ...(next as Record<string, unknown>), ...(eTag ? { eTag } : {}) };
        try {
          if (current) {
            await this.storage.write({ [key]: item });
          } else if (this.storage.createIfAbsent) {
            // Someone else created it first: start again from their version.
            if (!(await this.storage.createIfAbsent(key, item))) continue;
          } else {
            // botbuilder's stores cannot create exclusively; the in-process queue covers the common race.
            await this.storage.write({ [key]: item });
          }
          return next;
        } catch (err) {
          lastError = err;
          if (!current) throw err;
        }
      }
      throw lastError instanceof Error ? lastError : new Error(`storage: could not update "${key}"`);
    };
    const previous = this.queues.get(key) ?? Promise.resolve();
    const result = previous.then(run, run);
    const settled = result.catch(() => {});
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return result;
  }

  async remove(keys: string[]): Promise<void> {
    await this.storage.delete(keys);
  }
}

export interface SubscriptionsDoc {
  subscriptions: Record<string, StoredSubscription>;
}
export interface ConversationsDoc {
  conversations: Record<string, StoredConversation>;
}

export async function listSubscriptions(docs: DocumentStore): Promise<StoredSubscription[]> {
  const doc = await docs.get<SubscriptionsDoc>(SUBSCRIPTIONS_KEY);
  return Object.values(doc?.subscriptions ?? {});
}
