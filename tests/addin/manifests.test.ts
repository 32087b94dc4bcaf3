/**
 * The add-in's manifests, checked offline: the unified JSON manifest against the schema shipped
 * in @microsoft/app-manifest; the XML manifest (Microsoft's validator needs its web service)
 * for well-formedness, the required elements, the shared runtime, the custom-functions entries,
 * every resource id, and every URL pointing at https://localhost:3000 and a file the build makes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_FILES, buildAddin, ICON_SIZES } from "../../scripts/build-addin";
import { ROOT } from "../helpers/cli";

const BASE = "https://localhost:3000/";
const xmlText = readFileSync(join(ROOT, "manifest/excel/manifest.xml"), "utf8");
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest/excel/manifest.json"), "utf8"));

let outDir: string;
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "pk-addin-build-"));
  await buildAddin(outDir);
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The built file a localhost URL points at (undefined for any other URL). */
function builtFileFor(url: string): string | undefined {
  return url.startsWith(BASE) ? url.slice(BASE.length) : undefined;
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
    expect(html).toContain('src="functions.js"');
  });

  it("makes the JSON manifest's app package: manifest, 192 px colour icon, 32 px outline icon", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(outDir, "partnerskab-excel.zip")));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const png = async (name: string) => {
      const file = zip.file(name);
      if (!file) throw new Error(`${name} is missing from the package`);
      return PNG.sync.read(Buffer.from(await file.async("uint8array")));
    };
    const [color, outline] = [await png("color.png"), await png("outline.png")];
    expect([color.width, outline.width]).toEqual([192, 32]);
  });
});

describe("manifest.json (unified manifest)", () => {
  const version = String(manifest.manifestVersion);
  const schemaPath = join(
    dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json")),
    "build/json-schemas/teams",
    `v${version}`,
    "MicrosoftTeams.schema.json",
  );

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
