/**
 * The add-in's manifests, checked offline: the unified JSON manifest (and its English strings)
 * against the schemas shipped in @microsoft/app-manifest; the XML manifest (Microsoft's validator
 * needs its web service) for well-formedness, the required elements, the shared runtime, the
 * custom-functions entries, every resource id, and every URL pointing at https://localhost:3000
 * and a file the build makes — and the same for a build for a real host (ADDIN_BASE_URL).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addinBaseUrl, BUILT_FILES, buildAddin, DEV_BASE_URL, ICON_SIZES } from "../../scripts/build-addin";
import { ROOT } from "../helpers/cli";

const BASE = "https://localhost:3000/";
const xmlText = readFileSync(join(ROOT, "manifest/excel/manifest.xml"), "utf8");
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest/excel/manifest.json"), "utf8"));
const english = JSON.parse(readFileSync(join(ROOT, "manifest/excel/en.json"), "utf8"));

let outDir: string;
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "pk-addin-build-"));
  await buildAddin(outDir, { baseUrl: DEV_BASE_URL });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Runs a command in the repository with extra environment variables. */
function run(cmd: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += String(d)));
    child.stderr.on("data", (d) => (err += String(d)));
    child.on("close", (code) => resolvePromise({ code, out, err }));
  });
}

/** The built file a URL under `base` points at (undefined for any other URL); a #fragment names a place in the file. */
function builtFileFor(url: string, base = BASE): string | undefined {
  return url.startsWith(base) ? url.slice(base.length).replace(/#.*$/, "") : undefined;
}

function allStrings(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (Array.isArray(node)) for (const x of node) allStrings(x, out);
  else if (node && typeof node === "object") for (const x of Object.values(node)) allStrings(x, out);
  return out;
}

describe("the build", () => {
  it("writes every file the manifests refer to, icons at their sizes", () => {
    for (const f of BUILT_FILES) expect(existsSync(join(outDir, f)), f).toBe(true);
    for (const size of ICON_SIZES) {
      const png = PNG.sync.read(readFileSync(join(outDir, `assets/icon-${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
    }
    const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    // The entry scripts are ES modules, asked for by their content's hash.
    expect(html).toMatch(/<script type="module" src="functions\.js\?v=[0-9a-f]{12}"><\/script>/);
    expect(html).toMatch(/<script type="module" src="taskpane\.js\?v=[0-9a-f]{12}"><\/script>/);
    expect(html).toMatch(/href="taskpane\.css\?v=[0-9a-f]{12}"/);
  });

  it("makes the JSON manifest's app package: manifest, its English strings, 192 px colour icon, 32 px outline icon", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(outDir, "partnerskab-excel.zip")));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "en.json", "manifest.json", "outline.png"]);
    const png = async (name: string) => {
      const file = zip.file(name);
      if (!file) throw new Error(`${name} is missing from the package`);
      return PNG.sync.read(Buffer.from(await file.async("uint8array")));
    };
    const [color, outline] = [await png("color.png"), await png("outline.png")];
    expect([color.width, outline.width]).toEqual([192, 32]);
  });
});

const version = String(manifest.manifestVersion);
const schemaDir = join(
  dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json")),
  "build/json-schemas/teams",
  `v${version}`,
);
const schemaPath = join(schemaDir, "MicrosoftTeams.schema.json");

/** The errors a document has against a schema shipped in @microsoft/app-manifest (draft-04, as it validates them). */
function schemaErrors(doc: unknown, schemaFile: string): string[] {
  // The localization schema's patterns are not valid as Unicode regexps, the manifest schema's need them.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: !schemaFile.includes("Localization") });
  addFormats(ajv, ["uri", "email", "regex"]);
  const check = ajv.compile(JSON.parse(readFileSync(join(schemaDir, schemaFile), "utf8")));
  return check(doc) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The value at a localization key's path ("extensions[0].ribbons[0].label") in the manifest. */
function atPath(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const part of path.match(/[^.[\]]+/g) ?? []) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

describe("manifest.json (unified manifest)", () => {
  it("passes the schema shipped in @microsoft/app-manifest", () => {
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    const check = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
    const ok = check(manifest);
    expect(ok ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
    expect(manifest.$schema).toContain(`/v${version}/`);
  });

  it("the schema check can fail: a broken manifest is rejected", () => {
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    const check = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
    const broken = structuredClone(manifest);
    broken.extensions[0].runtimes[0].customFunctions.namespace.id = "1 bad";
    delete broken.developer;
    expect(check(broken)).toBe(false);
  });

  it("has one long-lived runtime for the task pane and the functions, namespace PARTNERSKAB, and the built functions", () => {
    const runtime = manifest.extensions[0].runtimes[0];
    expect(manifest.extensions[0].runtimes).toHaveLength(1);
    expect(runtime.lifetime).toBe("long");
    expect(runtime.code).toEqual({ page: `${BASE}taskpane.html`, script: `${BASE}functions.js` });
    expect(runtime.customFunctions.namespace).toEqual({ id: "PARTNERSKAB", name: "PARTNERSKAB" });
    const built = JSON.parse(readFileSync(join(outDir, "functions.json"), "utf8"));
    expect(runtime.customFunctions.functions).toEqual(built.functions);
    expect(manifest.extensions[0].requirements.scopes).toEqual(["workbook"]);
  });

  it("points every URL at https://localhost:3000 and a built file", () => {
    const urls = allStrings(manifest).filter((s) => /^https?:\/\//.test(s) && !s.includes("json-schemas"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const file = builtFileFor(url);
      expect(file, url).toBeDefined();
      expect(existsSync(join(outDir, file ?? "")), url).toBe(true);
    }
  });

  it("is an add-in of its own (its own id, not the XML manifest's), Danish by default with English added", () => {
    const xmlId = /<Id>([^<]+)<\/Id>/.exec(xmlText)?.[1];
    expect(manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(manifest.id).not.toBe(xmlId);
    // Where both are installed, Office shows only this one (Microsoft Learn, "Manage both a unified
    // manifest and an add-in only manifest version of your Office Add-in").
    expect(manifest.extensions[0].alternates).toEqual([{ hide: { customOfficeAddin: { officeAddinId: xmlId } } }]);
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: "da", additionalLanguages: [{ languageTag: "en", file: "en.json" }] });
    expect(manifest.description.short).toContain("måltal");
  });

  it("has English strings that pass the localization schema and each replace a string of the manifest", () => {
    expect(schemaErrors(english, "MicrosoftTeams.Localization.schema.json")).toEqual([]);
    expect(english.$schema).toContain(`/v${version}/`);
    const keys = Object.keys(english).filter((k) => k !== "$schema");
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(typeof atPath(manifest, key), key).toBe("string");
      expect(english[key], key).not.toMatch(/\b(og|eller|fx|udeladt|måltal|tjek)\b/i);
    }
    expect(english["description.short"]).toMatch(/targets/);
    // The localization check can fail: an over-long name is refused.
    expect(schemaErrors({ ...english, "name.short": "x".repeat(31) }, "MicrosoftTeams.Localization.schema.json").length).toBeGreaterThan(0);
  });

  it("follows the shared-runtime guidance: one long-lived runtime, and no action that opens a second task pane (no view)", () => {
    const runtime = manifest.extensions[0].runtimes[0];
    expect(runtime.lifetime).toBe("long");
    for (const action of runtime.actions) expect(action, action.id).not.toHaveProperty("view");
    expect(manifest.extensions[0].requirements.capabilities).toContainEqual({ name: "SharedRuntime", minVersion: "1.1" });
  });
});

describe("manifest.xml (every Excel version)", () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: false,
    isArray: (name) => ["bt:Image", "bt:Url", "bt:String", "Set", "Host", "Runtime", "ExtensionPoint"].includes(name),
  });
  const doc = parser.parse(xmlText);
  const app = doc.OfficeApp;

  it("is well-formed", () => {
    expect(XMLValidator.validate(xmlText)).toBe(true);
    expect(XMLValidator.validate(xmlText.replace("</Hosts>", ""))).not.toBe(true);
  });

  it("has the required elements", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.ProviderName).toBe("Partnerskab");
    expect(app.DefaultLocale).toBe("da-DK");
    expect(app.DisplayName["@DefaultValue"]).toBe("Partnerskab");
    expect(app.Description["@DefaultValue"]).toContain("måltal");
    expect(app.IconUrl["@DefaultValue"]).toBe(`${BASE}assets/icon-32.png`);
    expect(app.SupportUrl["@DefaultValue"]).toBe(`${BASE}help.html`);
    expect(app.Hosts.Host.map((h: { "@Name": string }) => h["@Name"])).toEqual(["Workbook"]);
    expect(app.DefaultSettings.SourceLocation["@DefaultValue"]).toBe(`${BASE}taskpane.html`);
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(app.Requirements.Sets.Set).toContainEqual(expect.objectContaining({ "@Name": "SharedRuntime", "@MinVersion": "1.1" }));
    // The schema's element order: Id … Permissions, then VersionOverrides.
    const order = [
      "<Id>",
      "<Version>",
      "<ProviderName>",
      "<DefaultLocale>",
      "<DisplayName",
      "<Description",
      "<IconUrl",
      "<SupportUrl",
      "<Hosts>",
      "<DefaultSettings>",
      "<Permissions>",
      "<VersionOverrides",
    ];
    const positions = order.map((tag) => xmlText.indexOf(tag));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  const overrides = app.VersionOverrides;
  const host = overrides.Hosts.Host[0];

  it("declares the shared runtime and the custom functions in namespace PARTNERSKAB", () => {
    expect(overrides["@xsi:type"]).toBe("VersionOverridesV1_0");
    expect(host["@xsi:type"]).toBe("Workbook");
    expect(host.Runtimes.Runtime).toEqual([{ "@resid": "Taskpane.Url", "@lifetime": "long" }]);
    const cf = host.AllFormFactors.ExtensionPoint.find((e: { "@xsi:type": string }) => e["@xsi:type"] === "CustomFunctions");
    expect(cf.Script.SourceLocation["@resid"]).toBe("Functions.Script.Url");
    expect(cf.Page.SourceLocation["@resid"]).toBe("Taskpane.Url");
    expect(cf.Metadata.SourceLocation["@resid"]).toBe("Functions.Metadata.Url");
    expect(cf.Namespace["@resid"]).toBe("Functions.Namespace");
    const strings = overrides.Resources["bt:ShortStrings"]["bt:String"];
    expect(strings.find((s: { "@id": string }) => s["@id"] === "Functions.Namespace")["@DefaultValue"]).toBe("PARTNERSKAB");
    // Shared runtime: the ribbon's function file is the same page.
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe("Taskpane.Url");
  });

  it("follows the shared-runtime guidance: the runtime's resid everywhere, and no TaskpaneId (one task pane)", () => {
    expect(xmlText).not.toMatch(/<TaskpaneId>/);
    const action = host.DesktopFormFactor.ExtensionPoint[0].OfficeTab.Group.Control.Action;
    expect(action["@xsi:type"]).toBe("ShowTaskpane");
    expect(action.SourceLocation["@resid"]).toBe(host.Runtimes.Runtime[0]["@resid"]);
  });

  it("defines every resid it references, once", () => {
    const res = overrides.Resources;
    const defined = [
      ...res["bt:Images"]["bt:Image"],
      ...res["bt:Urls"]["bt:Url"],
      ...res["bt:ShortStrings"]["bt:String"],
      ...res["bt:LongStrings"]["bt:String"],
    ].map((x: { "@id": string }) => x["@id"]);
    expect(new Set(defined).size).toBe(defined.length);
    const referenced = [...xmlText.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect(defined, `resid ${id}`).toContain(id);
  });

  it("points every URL at https://localhost:3000 and a built file", () => {
    const urls = [...xmlText.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2] ?? "");
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      if (url === "https://localhost:3000") continue; // the AppDomain
      const file = builtFileFor(url);
      expect(file, url).toBeDefined();
      expect(existsSync(join(outDir, file ?? "")), url).toBe(true);
    }
  });
});

describe("a build for a real host (ADDIN_BASE_URL)", () => {
  const base = "https://addin.example.org/partnerskab/";
  let hostDir: string;
  beforeAll(async () => {
    hostDir = mkdtempSync(join(tmpdir(), "pk-addin-host-"));
    // As `ADDIN_BASE_URL=… npm run build:addin` runs it: the script, the variable, a folder.
    const r = await run("npx", ["tsx", "scripts/build-addin.ts", hostDir], { ADDIN_BASE_URL: "https://addin.example.org/partnerskab" });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(base);
  }, 120_000);
  afterAll(() => rmSync(hostDir, { recursive: true, force: true }));

  it("writes manifest.xml with every URL under the base and a file the build made, and no localhost left", () => {
    const xml = readFileSync(join(hostDir, "manifest.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toContain("<AppDomain>https://addin.example.org</AppDomain>");
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      const file = builtFileFor(url, base);
      expect(file, url).toBeDefined();
      expect(existsSync(join(hostDir, file ?? "")), url).toBe(true);
    }
    // Only the URLs moved: the rest is the source manifest.
    expect(
      xml
        .replaceAll(base, BASE)
        .replace("<AppDomain>https://addin.example.org</AppDomain>", "<AppDomain>https://localhost:3000</AppDomain>"),
    ).toBe(xmlText);
  });

  it("writes package/manifest.json (and the zip) under the base: schema-valid, every URL a built file, the domain the host's", async () => {
    const json = JSON.parse(readFileSync(join(hostDir, "package/manifest.json"), "utf8"));
    expect(schemaErrors(json, "MicrosoftTeams.schema.json")).toEqual([]);
    expect(JSON.stringify(json)).not.toMatch(/localhost/);
    expect(json.validDomains).toEqual(["addin.example.org"]);
    const urls = allStrings(json).filter((s) => /^https?:\/\//.test(s) && !s.includes("json-schemas"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const file = builtFileFor(url, base);
      expect(file, url).toBeDefined();
      expect(existsSync(join(hostDir, file ?? "")), url).toBe(true);
    }
    expect(json.developer.privacyUrl).toBe(`${base}help.html#privatliv`);
    expect(readFileSync(join(hostDir, "help.html"), "utf8")).toContain('id="privatliv"');
    const zip = await JSZip.loadAsync(readFileSync(join(hostDir, "partnerskab-excel.zip")));
    expect(JSON.parse((await zip.file("manifest.json")?.async("string")) ?? "{}")).toEqual(json);
  });

  it("refuses a base that Office cannot load from, in one line, Danish and English", async () => {
    for (const bad of [
      "http://addin.example.org/",
      "addin.example.org",
      "https://addin.example.org/?v=1",
      "https://user:pw@addin.example.org/",
      "ftp://x/",
    ]) {
      expect(() => addinBaseUrl(bad), bad).toThrow(/ADDIN_BASE_URL skal være .* \/ ADDIN_BASE_URL must be/);
    }
    expect(addinBaseUrl("http://localhost:3000").href).toBe("http://localhost:3000/");
    expect(addinBaseUrl(undefined).href).toBe(DEV_BASE_URL);
    const r = await run("npx", ["tsx", "scripts/build-addin.ts", join(tmpdir(), "pk-never-built")], {
      ADDIN_BASE_URL: "http://addin.example.org",
    });
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("ADDIN_BASE_URL");
    expect(existsSync(join(tmpdir(), "pk-never-built"))).toBe(false);
  }, 60_000);
});

describe("the bundle", () => {
  it("shares one chunk between the task pane and the functions: the rules are shipped once", () => {
    const chunks = readdirSync(join(outDir, "chunks")).filter((f) => f.endsWith(".js"));
    expect(chunks).toHaveLength(1);
    const chunk = readFileSync(join(outDir, "chunks", chunks[0] ?? ""), "utf8");
    const taskpane = readFileSync(join(outDir, "taskpane.js"), "utf8");
    const functions = readFileSync(join(outDir, "functions.js"), "utf8");
    for (const entry of [taskpane, functions]) {
      expect(entry).toContain(`./chunks/${chunks[0]}`);
      // The bundled agreements, zod and the shared rules live in the chunk, not in either entry.
      for (const shared of ["Amager Partnerskab", "Invalid input", "er ikke et tal"]) expect(entry).not.toContain(shared);
    }
    for (const shared of ["Amager Partnerskab", "Invalid input", "er ikke et tal"]) expect(chunk).toContain(shared);
    // The chunk carries the weight; each entry is only its own wiring.
    expect(taskpane.length + functions.length).toBeLessThan(chunk.length / 4);
  });
});
