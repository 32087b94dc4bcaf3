/**
 * Where the reminders keep their state, all in one KeyValueStorage:
 *   reminders/subscriptions     every subscribed conversation (one document)
 *   reminders/conversations     every conversation the bot was added to (for the hello, and later use)
 *   reminders/ledger/<id>       what was claimed and posted to one subscription
 *   reminders/scheduler         the scheduler's last tick
 *   reminders/observed/<kind>   what an observed kind (the projection alert) saw last
 * Documents are changed read–modify–write with the eTag they were read at, so two writers
 * (two ticks, or two bot processes on one store) can never silently overwrite each other.
 */

import type { Lang, MeetingGroup } from "../../shared/index";
import type { ConversationAddress, KeyValueStorage, Logger, StoreItem } from "../core/ports";
import { StorageCorruptError } from "../storage/file-storage";

export const SUBSCRIPTIONS_KEY = "reminders/subscriptions";
export const CONVERSATIONS_KEY = "reminders/conversations";
export const SCHEDULER_KEY = "reminders/scheduler";
export const ledgerKey = (subscriptionId: string) => `reminders/ledger/${subscriptionId}`;
export const observedKey = (kind: string) => `reminders/observed/${kind}`;

/** An observed kind's last observation, and when it was made. */
export interface ObservedDoc {
  observation: unknown;
  observedAt: string;
}

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
export const UPDATE_ATTEMPTS = 8;

/** Freezes a freshly read document all the way down: a change function that edits it in place fails loudly. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Read–modify–write of one document, conditional on the eTag it was read at; retried when
 * someone else wrote in between. `change` gets the current document, read-only, and returns a
 * new one, or undefined to leave it (documents read are frozen, so editing one in place throws).
 * The document returned, and any object put into it, must not be changed afterwards either.
 * Updates of one key within this process are queued, so they never race each other.
 *
 * Where the storage reports the eTag of what it wrote (FileStorage does), the version written
 * is kept, and the next update of that key starts from it instead of reading it back: the write
 * is still conditional on that eTag, so if anyone else wrote in between it fails, and the
 * update reads the document afresh and tries again, as it would have anyway.
 */
export class DocumentStore {
  private queues = new Map<string, Promise<unknown>>();
  /** The last version this process wrote of each document, with its eTag. */
  private versions = new Map<string, { eTag: string; doc: object }>();

  constructor(
    readonly storage: KeyValueStorage,
    /** Told of a corrupt document, with both of its paths in full. */
    private readonly logger?: Logger,
  ) {}

  /** Reads from the storage; a document found corrupt (and moved aside by it) is logged in full before the error goes on. */
  private async readItems(keys: string[]) {
    try {
      return await this.storage.read(keys);
    } catch (err) {
      if (err instanceof StorageCorruptError) {
        this.logger?.error(
          { file: err.file, movedTo: err.movedTo, keys: keys.length },
          "storage document corrupt: moved aside, its key now reads as empty; restore it from movedTo or remove that copy (/healthz says storage ok: false until then)",
        );
      }
      throw err;
    }
  }

  /** One document, read afresh from the storage. */
  async get<T extends object>(key: string): Promise<T | undefined> {
    const items = await this.readItems([key]);
    return items[key] as T | undefined;
  }

  /**
   * Several documents in one storage call; absent keys are absent from the result. A document
   * found corrupt on the way is moved aside by the storage and then reads as absent: the others
   * are read again, so one broken document never stops the rest.
   */
  async getMany<T extends object>(keys: string[]): Promise<Record<string, T | undefined>> {
    if (keys.length === 0) return {};
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.readItems(keys)) as Record<string, T | undefined>;
      } catch (err) {
        // Each failed attempt moved one corrupt document aside; there cannot be more of them than keys.
        if (!(err instanceof StorageCorruptError) || attempt >= keys.length) throw err;
      }
    }
  }

  update<T extends object>(key: string, change: (current: Readonly<T> | undefined) => T | undefined): Promise<T | undefined> {
    const run = async (): Promise<T | undefined> => {
      let lastError: unknown;
      for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
        const current = (attempt === 0 ? this.versions.get(key) : undefined) ?? (await this.read(key));
        const next = change(current?.doc as T | undefined);
        if (next === undefined) return current?.doc as T | undefined;
        // The version is about to change; until the write says to what, nothing is known of it.
        this.versions.delete(key);
        try {
          if (current) {
            await this.write(key, { ...(next as Record<string, unknown>), ...(current.eTag ? { eTag: current.eTag } : {}) }, next);
          } else if (this.storage.createIfAbsent) {
            // Someone else created it first: start again from their version.
            if (!(await this.storage.createIfAbsent(key, { ...(next as Record<string, unknown>) }))) continue;
          } else {
            // botbuilder's stores cannot create exclusively; the in-process queue covers the common race.
            await this.storage.write({ [key]: { ...(next as Record<string, unknown>) } });
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
    for (const key of keys) this.versions.delete(key);
    await this.storage.delete(keys);
  }

  private async read(key: string): Promise<{ eTag: string | undefined; doc: object } | undefined> {
    // A corrupt document is moved aside (and logged) by the first read; the change starts from empty.
    const item = (
      await this.readItems([key]).catch((err: unknown) => {
        if (err instanceof StorageCorruptError) return this.readItems([key]);
        throw err;
      })
    )[key];
    if (!item) return undefined;
    const { eTag, ...doc } = item;
    return { eTag, doc: deepFreeze(doc) };
  }

  /** A conditional write; keeps the version written when the storage says which it is. */
  private async write(key: string, item: StoreItem, doc: object): Promise<void> {
    if (this.storage.writeVersioned) {
      const eTag = await this.storage.writeVersioned(key, item);
      this.versions.set(key, { eTag, doc });
    } else {
      await this.storage.write({ [key]: item });
    }
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
