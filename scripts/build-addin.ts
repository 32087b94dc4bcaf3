/**
 * Builds the Excel add-in into dist/excel-addin/ (or another folder): the task pane
 * (taskpane.html/js/css), the custom functions (functions.js and functions.json, generated from
 * the JSDoc by custom-functions-metadata), a help page and the icons (PNGs drawn here with pngjs).
 *
 *   npm run build:addin            # → dist/excel-addin/
 *   npm run build:addin -- OUTDIR
 */
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { build } from "esbuild";
import JSZip from "jszip";
import { PNG } from "pngjs";

const ROOT = resolve(import.meta.dirname, "..");
const ADDIN = join(ROOT, "excel-addin");
export const DEFAULT_OUT_DIR = join(ROOT, "dist", "excel-addin");
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** Every file the build writes, relative to the output folder (the manifests' URLs point at these). */
export const BUILT_FILES = [
  "taskpane.html",
  "taskpane.js",
  "taskpane.css",
  "functions.js",
  "functions.json",
  "help.html",
  ...ICON_SIZES.map((s) => `assets/icon-${s}.png`),
  "package/manifest.json",
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

export async function buildAddin(outDir = DEFAULT_OUT_DIR): Promise<{ outDir: string; files: string[] }> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, "assets"), { recursive: true });

  await build({
    entryPoints: { taskpane: join(ADDIN, "taskpane", "taskpane.ts"), functions: join(ADDIN, "functions", "entry.ts") },
    outdir: outDir,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    minify: true,
    sourcemap: true,
    legalComments: "none",
    logLevel: "silent",
  });

  const metadata = await generateCustomFunctionsMetadata(join(ADDIN, "functions", "functions.ts"));
  if (metadata.errors.length > 0) throw new Error(`custom-functions-metadata: ${metadata.errors.join("; ")}`);
  await writeFile(join(outDir, "functions.json"), metadata.metadataJson);

  for (const name of ["taskpane.html", "taskpane.css", "help.html"]) await copyFile(join(ADDIN, "taskpane", name), join(outDir, name));
  for (const size of ICON_SIZES) await writeFile(join(outDir, "assets", `icon-${size}.png`), drawIcon(size));

  // The unified (JSON) manifest is sideloaded as an app package: manifest.json and its two icons.
  const pkg = join(outDir, "package");
  await mkdir(pkg, { recursive: true });
  const manifest = await readFile(join(ROOT, "manifest", "excel", "manifest.json"));
  const color = drawIcon(192);
  const outline = drawIcon(32, true);
  await writeFile(join(pkg, "manifest.json"), manifest);
  await writeFile(join(pkg, "color.png"), color);
  await writeFile(join(pkg, "outline.png"), outline);
  const zip = new JSZip();
  zip.file("manifest.json", manifest).file("color.png", color).file("outline.png", outline);
  await writeFile(join(outDir, "partnerskab-excel.zip"), await zip.generateAsync({ type: "nodebuffer" }));
  return { outDir, files: [...BUILT_FILES] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const out = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT_DIR;
  buildAddin(out)
    .then(({ outDir, files }) => console.log(`Built the Excel add-in into ${outDir} (${files.length} files).`))
    .catch((err: unknown) => {
      console.error(`build:addin failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
