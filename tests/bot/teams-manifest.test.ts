/**
 * The Teams app package, checked offline: manifest and localization files against the schemas
 * shipped in @microsoft/app-manifest, the icons' sizes and colours, and the zip's contents.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { buildTeamsPackage, manifestFor, PackageError, PLACEHOLDER_BOT_ID } from "../../scripts/package-teams";
import { bundledAgreement, understand } from "../../shared/index";
import { DEMO_NOW } from "./bot-fixtures";

const ROOT = resolve(import.meta.dirname, "../..");
const DIR = join(ROOT, "manifest", "teams");
const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8"));
const version = String(manifest.manifestVersion);
const schemaDir = join(
  dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json")),
  "build",
  "json-schemas",
  "teams",
  `v${version}`,
);
const schema = JSON.parse(readFileSync(join(schemaDir, "MicrosoftTeams.schema.json"), "utf8"));
const localizationSchema = JSON.parse(readFileSync(join(schemaDir, "MicrosoftTeams.Localization.schema.json"), "utf8"));
const readJson = (name: string) => JSON.parse(readFileSync(join(DIR, name), "utf8"));

// The schemas are draft-04, as @microsoft/app-manifest validates them (ajv-draft-04, its own
// dependency). The localization schema's patterns are not valid as Unicode regexps, hence
// unicodeRegExp off.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv, ["uri", "email", "regex"]);
const compiled = new Map<unknown, ReturnType<typeof ajv.compile>>();

async function validate(doc: unknown, against: object): Promise<string[]> {
  let check = compiled.get(against);
  if (!check) {
    check = ajv.compile(against);
    compiled.set(against, check);
  }
  return check(doc) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}

describe("Teams app manifest", () => {
  it("uses schema 1.19 or newer, and its $schema names the same version", () => {
    const [major, minor] = version.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 19).toBe(true);
    expect(manifest.$schema).toContain(`/v${version}/MicrosoftTeams.schema.json`);
  });

  it("is valid against the offline schema", async () => {
    expect(await validate(manifest, schema)).toEqual([]);
  });

  it("the validator catches a broken manifest (so the check above means something)", async () => {
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], scopes: ["everywhere"] }] };
    delete (broken as Record<string, unknown>).accentColor;
    const errors = await validate(broken, schema);
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  it("offers the bot in personal, team and group chat, with example questions for every scope", () => {
    const bot = manifest.bots[0];
    expect(new Set(bot.scopes)).toEqual(new Set(["personal", "team", "groupChat"]));
    const list = bot.commandLists[0];
    expect(new Set(list.scopes)).toEqual(new Set(["personal", "team", "groupChat"]));
    const titles: string[] = list.commands.map((c: { title: string }) => c.title);
    expect(titles).toContain("Hvordan går det med indbrud i forhold til måltallet for 2015?");
    expect(titles.length).toBeGreaterThanOrEqual(8);
  });

  it("is Danish by default with an English translation; both files are valid and cover every command", async () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe("da");
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: "en", file: "en.json" }]);
    const da = readJson(manifest.localizationInfo.defaultLanguageFile);
    const en = readJson("en.json");
    expect(await validate(da, localizationSchema)).toEqual([]);
    expect(await validate(en, localizationSchema)).toEqual([]);
    const commands = manifest.bots[0].commandLists[0].commands as Array<{ title: string; description: string }>;
    commands.forEach((c, i) => {
      expect(da[`bots[0].commandLists[0].commands[${i}].title`]).toBe(c.title);
      expect(en[`bots[0].commandLists[0].commands[${i}].title`]).toMatch(/[a-z]/);
      expect(en[`bots[0].commandLists[0].commands[${i}].title`]).not.toBe(c.title);
    });
    expect(en["bots[0].commandLists[0].commands[0].title"]).toBe("How are burglaries doing against the 2015 target?");
    expect(da["description.short"]).toBe(manifest.description.short);
    expect(en["description.full"]).toMatch(/safety partnership|partnership agreement/);
  });

  it("lists the capabilities added for the questions partners ask: comparisons, rankings, past meetings, activities", () => {
    const agreement = bundledAgreement("amager");
    if (!agreement) throw new Error("amager missing");
    const commands = manifest.bots[0].commandLists[0].commands as Array<{ title: string }>;
    const intents = commands.map((c) => understand(c.title, { agreement, now: new Date(DEMO_NOW) }).intent);
    for (const intent of ["category-comparison", "ranking", "last-meeting", "activities"]) expect(intents).toContain(intent);
  });

  it("every command, in Danish and English, is a question the bot understands", () => {
    const agreement = bundledAgreement("amager");
    if (!agreement) throw new Error("amager missing");
    const now = new Date(DEMO_NOW);
    const en = readJson("en.json");
    const commands = manifest.bots[0].commandLists[0].commands as Array<{ title: string }>;
    const misunderstood: string[] = [];
    commands.forEach((c, i) => {
      for (const [lang, title] of [
        ["da", c.title],
        ["en", en[`bots[0].commandLists[0].commands[${i}].title`] as string],
      ] as const) {
        const u = understand(title, { agreement, now });
        if (u.intent === "unknown" || u.intent === "unsure" || u.lang !== lang) misunderstood.push(`${title} → ${u.intent}/${u.lang}`);
      }
    });
    expect(misunderstood).toEqual([]);
  });

  it("the localization validator catches an over-long name", async () => {
    expect(
      (await validate({ "name.short": "x".repeat(31), "description.short": "d", "description.full": "d" }, localizationSchema)).length,
    ).toBeGreaterThan(0);
  });

  it("has a 192×192 colour icon and a 32×32 outline icon that is white on transparency", () => {
    const color = PNG.sync.read(readFileSync(join(DIR, manifest.icons.color)));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(readFileSync(join(DIR, manifest.icons.outline)));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    let drawn = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a === 0) transparent++;
      else {
        drawn++;
        expect([r, g, b]).toEqual([255, 255, 255]);
      }
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    expect(drawn).toBeGreaterThan(50);
  });
});

describe("npm run package:teams", () => {
  it("zips the manifest with the bot id from MicrosoftAppId, the translations and the icons", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "teams-pkg-")), "app.zip");
    const appId = "11111111-2222-3333-4444-555555555555";
    await buildTeamsPackage({ botId: appId, out });
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "da.json", "en.json", "manifest.json", "outline.png"]);
    const entry = (name: string) => {
      const file = zip.file(name);
      if (!file) throw new Error(`${name} missing from the zip`);
      return file;
    };
    const packaged = JSON.parse(await entry("manifest.json").async("string"));
    expect(packaged.bots[0].botId).toBe(appId);
    expect(packaged.id).toBe(manifest.id);
    expect(await validate(packaged, schema)).toEqual([]);
    const icon = PNG.sync.read(await entry("color.png").async("nodebuffer"));
    expect(icon.width).toBe(192);
  });

  it("uses a placeholder GUID without MicrosoftAppId, and refuses an app id that is no GUID", () => {
    expect(manifestFor(undefined).bots[0]?.botId).toBe(PLACEHOLDER_BOT_ID);
    expect(() => manifestFor("my-bot")).toThrow(PackageError);
    expect(() => manifestFor("my-bot")).toThrow(/MicrosoftAppId \("my-bot"\): must be the bot's app id/);
  });
});
