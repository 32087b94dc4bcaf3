/**
 * STORAGE=file|blob: where the reminders keep subscriptions and the ledger.
 *   file  one JSON file per key in STORAGE_DIR (one bot instance, or several on one shared disk)
 *   blob  a container in Azure Blob Storage (AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_CONTAINER),
 *         for several instances; every change is an eTag-conditional write.
 */
import { z } from "zod";
import { ConfigError } from "../config";
import { BlobKeyValueStorage, type BlobStorageOptions } from "../teams/blobs-storage";
import { FileStorage } from "./file-storage";
import type { KeyValueStorage } from "./key-value-storage";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const storageEnv = z.object({
  STORAGE: z.preprocess(blank, z.enum(["file", "blob"], { error: "must be file or blob" }).default("file")),
  STORAGE_DIR: z.preprocess(blank, z.string().default(".data/")),
  AZURE_STORAGE_CONNECTION_STRING: z.preprocess(blank, z.string().optional()),
  AZURE_STORAGE_CONTAINER: z.preprocess(
    blank,
    z
      .string()
      .regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, {
        error: "must be 3–63 lower-case letters, digits and single hyphens (an Azure container name)",
      })
      .default("partnerskab"),
  ),
});

export type StorageSettings = { kind: "file"; dir: string } | { kind: "blob"; connectionString: string; container: string };

/** Reads STORAGE and its settings; a bad or missing value is a ConfigError naming the variable. */
export function storageSettings(env: Record<string, string | undefined>): StorageSettings {
  const parsed = storageEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "STORAGE");
    // The connection string holds the account key: never echo it.
    const shown = name === "AZURE_STORAGE_CONNECTION_STRING" ? "" : ` ("${env[name] ?? ""}")`;
    throw new ConfigError(`${name}${shown}: ${issue?.message ?? "invalid"}`);
  }
  const e = parsed.data;
  if (e.STORAGE === "file") return { kind: "file", dir: e.STORAGE_DIR };
  if (!e.AZURE_STORAGE_CONNECTION_STRING) {
    throw new ConfigError("AZURE_STORAGE_CONNECTION_STRING: must be set when STORAGE is blob");
  }
  if (!/AccountName=|BlobEndpoint=|UseDevelopmentStorage=true/i.test(e.AZURE_STORAGE_CONNECTION_STRING)) {
    throw new ConfigError("AZURE_STORAGE_CONNECTION_STRING: is not a storage connection string (no AccountName or BlobEndpoint)");
  }
  return { kind: "blob", connectionString: e.AZURE_STORAGE_CONNECTION_STRING, container: e.AZURE_STORAGE_CONTAINER };
}

export function createStorage(settings: StorageSettings, retry?: BlobStorageOptions["retry"]): KeyValueStorage {
  if (settings.kind === "file") return new FileStorage(settings.dir);
  return new BlobKeyValueStorage({
    connectionString: settings.connectionString,
    container: settings.container,
    ...(retry ? { retry } : {}),
  });
}
