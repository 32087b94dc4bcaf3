/**
 * Builds the Excel add-in into dist/excel-addin/ (or another folder): the task pane
 * (taskpane.html/js/css), the custom functions (functions.js and functions.json, generated from
 * the JSDoc by custom-functions-metadata), a help page, the icons (PNGs drawn here with pngjs),
 * and both manifests with every URL under the base the files will be served from.
 *
 *   npm run build:addin                                              # → dist/excel-addin/, https://localhost:3000/
 *   ADDIN_BASE_URL=https://addin.example.org/partnerskab/ npm run build:addin
 *   npm run build:addin -- OUTDIR
 *
 * taskpane.js and functions.js are ES modules that share one chunk (the shared rules and
 * everything else both use), loaded once by the shared runtime's page. The chunk's name carries
 * its content hash, and the page asks for the entry scripts and the stylesheet with ?v=<hash>,
 * so a new build is never mixed with an old one from a cache (see docs/deploy.md).
 */
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { build } from "esbuild";
import JSZip from "jszip";
import { PNG } from "pngjs";

const ROOT = resolve(import.meta.dirname, "..");
const ADDIN = join(ROOT, "excel-addin");
const MANIFESTS = join(ROOT, "manifest", "excel");
export const DEFAULT_OUT_DIR = join(ROOT, "dist", "excel-addin");
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;
/** Where the source manifests point: the development server (npm run dev:addin). */
export const DEV_BASE_URL = "https://localhost:3000/";

/** Every file the build writes with a fixed name, relative to the output folder (the manifests' URLs point at these). */
export const BUILT_FILES = [
  "taskpane.html",
  "taskpane.js",
  "taskpane.css",
  "functions.js",
  "functions.json",
  "help.html",
  ...ICON_SIZES.map((s) => `assets/icon-${s}.png`),
  "manifest.xml",
  "package/manifest.json",
  "package/en.json",
  "package/color.png",
  "package/outline.png",
  "partnerskab-excel.zip",
] as const;

/** The add-in's icon: Fluent brand blue, three falling bars (reports going down toward the target). */
export function drawIcon(size: number, outline = false): Buffer {
  const png = new PNG({ width: size, height: size });
  const radius = size * 0.18;
  const bars = [
    { x0: 0.2, x1: 0.36, top: 0.22 },
    { x0: 0.42, x1: 0.58, top: 0.4 },
    { x0: 0.64, x1: 0.8, top: 0.58 },
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      // Rounded corners: outside the corner circles is transparent.
      const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
      const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
      const inside = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius ** 2;
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      const bar = bars.some((b) => u >= b.x0 && u <= b.x1 && v >= b.top && v <= 0.8);
      // The outline icon (unified manifest) is white on transparent: just the bars.
      const [r, g, b] = bar || outline ? [255, 255, 255] : [0x0f, 0x6c, 0xbd];
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = outline ? (bar ? 255 : 0) : inside ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

/**
 * The base URL the add-in's files are served from, as a URL ending in "/". HTTPS only (Office
 * loads add-ins over HTTPS), except plain http on localhost for local tries; no query, fragment
 * or credentials, which would end up in every URL of the manifests.
 */
export function addinBaseUrl(raw: string | undefined): URL {
  const text = (raw ?? "").trim() || DEV_BASE_URL;
  const refuse = () =>
    new Error(
      `ADDIN_BASE_URL skal være en https-adresse uden ? og #, fx https://addin.example.org/partnerskab/ (fik »${text}«). / ` +
        `ADDIN_BASE_URL must be an https address without ? and #, e.g. https://addin.example.org/partnerskab/ (got "${text}").`,
    );
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse();
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (!(url.protocol === "https:" || (url.protocol === "http:" && local)) || url.search || url.hash || url.username || url.password) {
    throw refuse();
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/** The XML manifest with every development URL moved under `base` (the AppDomain becomes its origin). */
export function xmlManifestFor(xml: string, base: URL): string {
  return xml.replaceAll(DEV_BASE_URL, base.href).replaceAll(DEV_BASE_URL.slice(0, -1), base.origin);
}

/** The unified manifest with every development URL moved under `base`, and the valid domain with it. */
export function jsonManifestFor(manifest: unknown, base: URL): unknown {
  const devHost = new URL(DEV_BASE_URL).host;
  const move = (node: unknown): unknown => {
    if (typeof node === "string")
      return node.startsWith(DEV_BASE_URL) ? base.href + node.slice(DEV_BASE_URL.length) : node === devHost ? base.host : node;
    if (Array.isArray(node)) return node.map(move);
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, move(v)]));
    return node;
  };
  return move(manifest);
}

const hashOf = (content: string | Uint8Array) => createHash("sha256").update(content).digest("hex").slice(0, 12);

export interface AddinBuild {
  outDir: string;
  files: string[];
  baseUrl: string;
  /** The shared chunks, relative to the output folder. */
  chunks: string[];
}

export async function buildAddin(outDir = DEFAULT_OUT_DIR, options: { baseUrl?: string } = {}): Promise<AddinBuild> {
  const base = addinBaseUrl(options.baseUrl ?? process.env.ADDIN_BASE_URL);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, "assets"), { recursive: true });

  const bundle = await build({
    entryPoints: { taskpane: join(ADDIN, "taskpane", "taskpane.ts"), functions: join(ADDIN, "functions", "entry.ts") },
    outdir: outDir,
    bundle: true,
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "browser",
    target: ["es2020"],
    minify: true,
    sourcemap: true,
    legalComments: "none",
    logLevel: "silent",
    metafile: true,
  });
  const chunks = Object.keys(bundle.metafile.outputs)
    .map((f) => relative(outDir, resolve(f)))
    .filter((f) => f.startsWith("chunks/") && f.endsWith(".js"));

  const metadata = await generateCustomFunctionsMetadata(join(ADDIN, "functions", "functions.ts"));
  if (metadata.errors.length > 0) throw new Error(`custom-functions-metadata: ${metadata.errors.join("; ")}`);
  await writeFile(join(outDir, "functions.json"), metadata.metadataJson);

  for (const name of ["taskpane.css", "help.html"]) await copyFile(join(ADDIN, "taskpane", name), join(outDir, name));
  // The page asks for each file by its content's hash, so no cache serves an old one with a new page.
  let html = await readFile(join(ADDIN, "taskpane", "taskpane.html"), "utf8");
  for (const file of ["functions.js", "taskpane.js", "taskpane.css"]) {
    const version = hashOf(await readFile(join(outDir, file)));
    html = html.replace(`"${file}"`, `"${file}?v=${version}"`);
  }
  await writeFile(join(outDir, "taskpane.html"), html);
  for (const size of ICON_SIZES) await writeFile(join(outDir, "assets", `icon-${size}.png`), drawIcon(size));

  await writeFile(join(outDir, "manifest.xml"), xmlManifestFor(await readFile(join(MANIFESTS, "manifest.xml"), "utf8"), base));

  // The unified (JSON) manifest is sideloaded as an app package: manifest.json, its English strings and two icons.
  const pkg = join(outDir, "package");
  await mkdir(pkg, { recursive: true });
  const manifestJson = jsonManifestFor(JSON.parse(await readFile(join(MANIFESTS, "manifest.json"), "utf8")), base);
  const files: Record<string, string | Buffer> = {
    "manifest.json": `${JSON.stringify(manifestJson, null, 2)}\n`,
    "en.json": await readFile(join(MANIFESTS, "en.json"), "utf8"),
    "color.png": drawIcon(192),
    "outline.png": drawIcon(32, true),
  };
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(pkg, name), content);
    zip.file(name, content);
  }
  await writeFile(join(outDir, "partnerskab-excel.zip"), await zip.generateAsync({ type: "nodebuffer" }));
  return { outDir, files: [...BUILT_FILES], baseUrl: base.href, chunks };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const out = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT_DIR;
  buildAddin(out)
    .then(({ outDir, files, baseUrl }) => console.log(`Built the Excel add-in for ${baseUrl} into ${outDir} (${files.length} files).`))
    .catch((err: unknown) => {
      console.error(`build:addin failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
