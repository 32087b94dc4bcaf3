/**
 * The storage the reminders keep their subscriptions and ledger in: the same shape as
 * botbuilder's `Storage` (read / write / delete of JSON items, optimistic concurrency by eTag),
 * declared here so that nothing outside bot/teams/ imports botbuilder. botbuilder's own stores
 * (MemoryStorage, botbuilder-azure-blobs' BlobsStorage) fit it as they are, and so does FileStorage.
 */

/** A stored JSON object. `eTag` is the version it was read at; "*" on write means "any version". */
export interface StoreItem {
  eTag?: string;
  [field: string]: unknown;
}

export type StoreItems = Record<string, StoreItem>;

export interface KeyValueStorage {
  /**
   * The items that exist, by key; missing keys are simply absent. Each read returns fresh
   * objects that no one else holds (botbuilder's stores, FileStorage and BlobsStorage all parse
   * what they read), so DocumentStore need not copy them.
   */
  read(keys: string[]): Promise<StoreItems>;
  /**
   * Writes items. An item carrying an eTag other than "*" is written only if the stored item is
   * still at that version; otherwise the write fails (throws) and nothing of that item changes.
   */
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
  /**
   * Optional, beyond botbuilder's Storage: writes the item only if the key does not exist yet;
   * false if it did. botbuilder's stores have no such write, so creating a document there is
   * last-writer-wins; FileStorage has it, which makes the ledger's first claim race-free too.
   */
  createIfAbsent?(key: string, item: StoreItem): Promise<boolean>;
  /**
   * Optional, beyond botbuilder's Storage: writes one item exactly as `write` does (conditional
   * on its eTag unless that is absent or "*") and returns the eTag of the version written, so
   * the writer can change it again, conditionally, without reading it back first.
   */
  writeVersioned?(key: string, item: StoreItem): Promise<string>;
}
