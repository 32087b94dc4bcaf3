/**
 * The reminders' storage, as the configuration's STORAGE asks (bot/config/storage-settings.ts):
 * a folder of JSON files, or a container in Azure Blob Storage.
 */
import type { StorageSettings } from "../config/index";
import type { KeyValueStorage } from "../core/ports";
import { BlobKeyValueStorage, type BlobStorageOptions } from "../teams/blobs-storage";
import { FileStorage } from "./file-storage";

export function createStorage(settings: StorageSettings, retry?: BlobStorageOptions["retry"]): KeyValueStorage {
  if (settings.kind === "file") return new FileStorage(settings.dir);
  return new BlobKeyValueStorage({
    connectionString: settings.connectionString,
    container: settings.container,
    ...(retry ? { retry } : {}),
  });
}
