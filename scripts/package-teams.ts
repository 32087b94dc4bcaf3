/**
 * `npm run package:teams`: the Teams app package, dist/teams/partnerskab.zip (manifest.json,
 * da.json, en.json, color.png, outline.png), with the bot id taken from MicrosoftAppId
 * (a placeholder GUID when unset, for trying the upload flow). Upload it in Teams → Apps →
 * Manage your apps → Upload an app.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import JSZip from "jszip";

const ROOT = resolve(import.meta.dirname, "..");
const SOURCE = join(ROOT, "manifest", "teams");
export const PLACEHOLDER_BOT_ID = "00000000-0000-0000-0000-000000000000";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILES = ["da.json", "en.json", "color.png", "outline.png"];

export class PackageError extends Error {}

export interface TeamsManifest {
  bots: Array<{ botId: string; [field: string]: unknown }>;
  [field: string]: unknown;
}

/** The manifest with the bot id filled in. */
export function manifestFor(botId: string | undefined): TeamsManifest {
  const id = botId?.trim() || PLACEHOLDER_BOT_ID;
  if (!GUID.test(id))
    throw new PackageError(`MicrosoftAppId ("${id}"): must be the bot's app id, a GUID like 11111111-2222-3333-4444-555555555555`);
  const manifest = JSON.parse(readFileSync(join(SOURCE, "manifest.json"), "utf8")) as TeamsManifest;
  for (const bot of manifest.bots) bot.botId = id.toLowerCase();
  return manifest;
}

/** Writes the zip and returns its path. */
export async function buildTeamsPackage(options: { botId?: string | undefined; out?: string } = {}): Promise<string> {
  const out = resolve(options.out ?? join(ROOT, "dist", "teams", "partnerskab.zip"));
  const zip = new JSZip();
  // A fixed file date keeps the zip identical for the same inputs.
  const date = new Date("2024-01-01T00:00:00Z");
  zip.file("manifest.json", `${JSON.stringify(manifestFor(options.botId), null, 2)}\n`, { date });
  for (const name of FILES) zip.file(name, readFileSync(join(SOURCE, name)), { date });
  const content = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, content);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const botId = process.env.MicrosoftAppId;
    const out = await buildTeamsPackage({ botId });
    process.stdout.write(
      `wrote ${out}${botId?.trim() ? "" : ` (bot id is the placeholder ${PLACEHOLDER_BOT_ID}; set MicrosoftAppId for a real one)`}\n`,
    );
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    process.stderr.write(`package:teams: ${err.message}\n`);
    process.exitCode = 1;
  }
}
