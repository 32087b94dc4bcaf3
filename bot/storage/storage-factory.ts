/**
 * The reminders' storage, as the configuration's STORAGE asks (bot/config/storage-settings.ts):
 * a folder of JSON files, or a container in Azure Blob Storage.
 */
import type { StorageSettings } from "../config/index";
import type { KeyValueStorage } from "../core/ports";
import type { BlobStorageOptions } from "../teams/blobs-storage";
import { FileStorage } from "./file-storage";

/** Blob storage (@azure/storage-blob, botbuilder-azure-blobs) is imported only when chosen, to keep a start on files quick. */
export async function createStorage(settings: StorageSettings, retry?: BlobStorageOptions["retry"]): Promise<KeyValueStorage> {
  if (settings.kind === "file") return new FileStorage(settings.dir);
  const { BlobKeyValueStorage } = await import("../teams/blobs-storage");
  return new BlobKeyValueStorage({
    connectionString: settings.connectionString,
    container: settings.container,
    ...(retry ? { retry } : {}),
  });
}
