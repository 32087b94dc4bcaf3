/**
 * STORAGE=blob: the reminders' KeyValueStorage in Azure Blob Storage, on botbuilder-azure-blobs'
 * BlobsStorage (it lives in bot/teams/ because it is a Bot Framework SDK package; the rest of
 * the bot sees only KeyValueStorage).
 *
 * BlobsStorage reads with the blob's ETag and writes with If-Match on it, so a changed document
 * is an eTag-conditional write, which two bot instances cannot both win. It has no "create only
 * if absent", though: its first write of a key is unconditional, and two instances creating the
 * same ledger at once could overwrite each other's claims. createIfAbsent closes that gap with
 * an If-None-Match: * upload of the same blob BlobsStorage reads.
 *
 * BlobsStorage also remembers its first "create the container" call for good, failure included:
 * an instance that first touched storage during an outage would fail on every call after it.
 * Until one call has succeeded, a failure here swaps in a fresh BlobsStorage.
 */
import { ContainerClient, RestError, type StoragePipelineOptions } from "@azure/storage-blob";
import { BlobsStorage } from "botbuilder-azure-blobs";
import type { KeyValueStorage, StoreItem, StoreItems } from "../core/ports";

export interface BlobStorageOptions {
  connectionString: string;
  container: string;
  /** How hard each request is retried before the caller sees the failure (the scheduler retries on its next tick). */
  retry?: { maxTries?: number; retryDelayInMs?: number; maxRetryDelayInMs?: number; tryTimeoutInMs?: number };
}

/** The blob name BlobsStorage uses for a key: empty path segments dropped, then URI-encoded (max 1024). */
export function blobNameForKey(key: string): string {
  const segments = key.split("/").filter((segment, i) => i === 0 || segment !== "");
  return encodeURIComponent(segments.join("/")).slice(0, 1024);
}

export class BlobKeyValueStorage implements KeyValueStorage {
  private blobs: BlobsStorage;
  private blobsWorked = false;
  private readonly newBlobs: () => BlobsStorage;
  private readonly container: ContainerClient;
  private ready: Promise<unknown> | undefined;

  constructor(options: BlobStorageOptions) {
    const pipeline: StoragePipelineOptions = {
      retryOptions: { maxTries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 5_000, tryTimeoutInMs: 30_000, ...options.retry },
    };
    this.newBlobs = () => new BlobsStorage(options.connectionString, options.container, { storagePipelineOptions: pipeline });
    this.blobs = this.newBlobs();
    this.container = new ContainerClient(options.connectionString, options.container, pipeline);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.withBlobs((blobs) => blobs.read(keys) as Promise<StoreItems>);
  }

  write(changes: StoreItems): Promise<void> {
    return this.withBlobs((blobs) => blobs.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.withBlobs((blobs) => blobs.delete(keys));
  }

  private async withBlobs<T>(op: (blobs: BlobsStorage) => Promise<T>): Promise<T> {
    const blobs = this.blobs;
    try {
      const result = await op(blobs);
      this.blobsWorked = true;
      return result;
    } catch (err) {
      if (!this.blobsWorked && this.blobs === blobs) this.blobs = this.newBlobs();
      throw err;
    }
  }

  async createIfAbsent(key: string, item: StoreItem): Promise<boolean> {
    this.ready ??= this.container.createIfNotExists().catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    await this.ready;
    const { eTag: _ignored, ...plain } = item;
    const body = JSON.stringify(plain);
    try {
      await this.container.getBlockBlobClient(blobNameForKey(key)).upload(body, Buffer.byteLength(body), {
        conditions: { ifNoneMatch: "*" },
        blobHTTPHeaders: { blobContentType: "application/json" },
      });
      return true;
    } catch (err) {
      // 409 BlobAlreadyExists / 412 ConditionNotMet: someone else created it first.
      if (err instanceof RestError && (err.statusCode === 409 || err.statusCode === 412)) return false;
      throw err;
    }
  }
}
