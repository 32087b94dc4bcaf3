/**
 * STORAGE=file|blob: where the reminders keep subscriptions and the ledger.
 *   file  one JSON file per key in STORAGE_DIR (one bot instance, or several on one shared disk)
 *   blob  a container in Azure Blob Storage (AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_CONTAINER),
 *         for several instances; every change is an eTag-conditional write.
 */
import { z } from "zod";
import { blankToUndefined, ConfigError, type Environment, firstProblem } from "./env";

const schema = z.object({
  STORAGE: z.preprocess(blankToUndefined, z.enum(["file", "blob"], { error: "must be file or blob" }).default("file")),
  STORAGE_DIR: z.preprocess(blankToUndefined, z.string().default(".data/")),
  AZURE_STORAGE_CONNECTION_STRING: z.preprocess(blankToUndefined, z.string().optional()),
  AZURE_STORAGE_CONTAINER: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, {
        error: "must be 3–63 lower-case letters, digits and single hyphens (an Azure container name)",
      })
      .default("partnerskab"),
  ),
});

export const storageVariables: readonly string[] = Object.keys(schema.shape);

export type StorageSettings = { kind: "file"; dir: string } | { kind: "blob"; connectionString: string; container: string };

export function storageSettings(env: Environment): StorageSettings {
  const parsed = schema.safeParse(env);
  // The connection string holds the account key: firstProblem never echoes it.
  if (!parsed.success) throw firstProblem(parsed.error, env);
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
