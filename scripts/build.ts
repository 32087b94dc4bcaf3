/**
 * `npm run build`: the bot and the command line as plain JavaScript in dist/, so production runs
 * them with node alone (`npm run serve`, the `partnerskab` bin), without tsx or any other
 * devDependency.
 *
 *   dist/bot/main.js     the bot (bot/main.ts)
 *   dist/cli/main.js     the command line (cli/main.ts)
 *   dist/chunks/*.js     code shared between them, and the parts loaded on demand (`import()`:
 *                        each CLI command, the Graph source, Blob storage)
 *
 * Our own code is bundled per entry point (imports are extensionless TypeScript, which node
 * cannot run as they are); the packages in `dependencies` stay imports from node_modules, so a
 * lazy `import()` of a heavy one stays lazy and production installs `dependencies` only. One
 * exception, for speed: zod is bundled in, because it ships as some 225 ES modules that node
 * would resolve and load one by one on every start, about 150 ms, a third of `partnerskab targets`.
 *
 * Paths: every emitted .js file sits exactly two folders below the package root
 * (dist/<folder>/<file>.js), and `import.meta.dirname` in our sources is rewritten to name the
 * source file's own folder (join(<dist>/<folder>, "../..", "cli/commands")), so a path written
 * relative to a source file, such as the sample tracker "../../examples/amager-tracker.xlsx",
 * means the same file compiled. The build fails if either assumption would break.
 */
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { isBuiltin } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";

const ROOT = resolve(import.meta.dirname, "..");
export const DIST = join(ROOT, "dist");

/** What `npm run build` compiles: output name (under dist/) → source. */
export const ENTRY_POINTS = { "bot/main": "bot/main.ts", "cli/main": "cli/main.ts" } as const;

/** The folders of dist/ this build owns (dist/excel-addin and dist/teams belong to other scripts). */
export const BUILT_FOLDERS = ["bot", "cli", "chunks"] as const;

/** Packages compiled into dist/ rather than imported from node_modules (see above). */
export const BUNDLED_PACKAGES = ["zod"];

function runtimeDependencies(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  return Object.keys(pkg.dependencies);
}

/** Emitted files sit at dist/<folder>/<file>, so this leads from each one's folder to the package root. */
const UP_TO_ROOT = relative(join(DIST, BUILT_FOLDERS[0]), ROOT).split(sep).join("/");

/**
 * Rewrites `import.meta.dirname` in our sources to the source file's folder, computed from where
 * the compiled file sits; refuses `import.meta.url` and `import.meta.filename`, which would name
 * a file in dist/ and silently point elsewhere than in the source.
 */
const sourceFolderPaths: Plugin = {
  name: "source-folder-paths",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.")) return undefined;
      const misuse = /import\.meta\.(url|filename)\b/.exec(text);
      if (misuse)
        return {
          errors: [
            {
              text: `import.meta.${misuse[1]} would name the compiled file in dist/, not this source; use import.meta.dirname (the build maps it to this file's folder)`,
            },
          ],
        };
      const folder = relative(ROOT, dirname(args.path)).split(sep).join("/");
      const rewritten = text.replaceAll(
        "import.meta.dirname",
        `__sourceFolderJoin(import.meta.dirname, ${JSON.stringify(UP_TO_ROOT)}, ${JSON.stringify(folder)})`,
      );
      // Appended, not prepended, so line numbers (and the source map) stay those of the source.
      return { contents: `${rewritten}\nimport { join as __sourceFolderJoin } from "node:path";\n`, loader: "ts" };
    });
  },
};

/**
 * Every runtime dependency but the bundled ones stays an import from node_modules; a package
 * that is not in `dependencies` (a devDependency above all) is a build error here rather than a
 * crash in production after `npm prune --omit=dev`.
 */
const runtimePackagesOnly: Plugin = {
  name: "runtime-packages-only",
  setup(b) {
    const dependencies = new Set(runtimeDependencies());
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.importer.includes(`${sep}node_modules${sep}`) || isBuiltin(args.path)) return undefined;
      const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : (args.path.split("/")[0] ?? args.path);
      if (BUNDLED_PACKAGES.includes(name)) return undefined;
      if (dependencies.has(name)) return { path: args.path, external: true };
      return { errors: [{ text: `"${name}" is imported by the bot or the CLI but is not in package.json's dependencies` }] };
    });
  },
};

export interface BuildResult {
  /** Emitted .js files, relative to dist/. */
  files: string[];
  metafile: Metafile;
}

/**
 * Builds into memory, then writes only the files whose content changed (each by a rename, so a
 * process starting from dist/ meanwhile never reads half a file) and removes the ones no longer
 * built. Building unchanged sources again (every test run does) changes nothing on disk.
 */
export async function buildApp(): Promise<BuildResult> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(ENTRY_POINTS).map(([out, source]) => ({ in: source, out })),
    outdir: DIST,
    bundle: true,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    metafile: true,
    write: false,
    logLevel: "silent",
    plugins: [runtimePackagesOnly, sourceFolderPaths],
  });
  const outputs = result.outputFiles.map((f) => ({ ...f, name: relative(DIST, f.path).split(sep).join("/") }));
  const files = outputs
    .map((f) => f.name)
    .filter((f) => f.endsWith(".js"))
    .sort();
  const misplaced = files.filter((f) => f.split("/").length !== 2 || !(BUILT_FOLDERS as readonly string[]).includes(f.split("/")[0] ?? ""));
  if (misplaced.length > 0) throw new Error(`emitted outside dist/{${BUILT_FOLDERS.join(",")}}/<file>.js: ${misplaced.join(", ")}`);

  for (const output of outputs) {
    const current = await readFile(output.path).catch(() => undefined);
    if (current?.equals(output.contents)) continue;
    await mkdir(dirname(output.path), { recursive: true });
    const temporary = `${output.path}.${process.pid}.tmp`;
    await writeFile(temporary, output.contents);
    await rename(temporary, output.path);
  }
  const built = new Set(outputs.map((f) => f.name));
  for (const folder of BUILT_FOLDERS) {
    const existing = await readdir(join(DIST, folder)).catch(() => [] as string[]);
    for (const name of existing) if (!built.has(`${folder}/${name}`)) await rm(join(DIST, folder, name), { recursive: true, force: true });
  }
  return { files, metafile: result.metafile };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  buildApp()
    .then(({ files }) =>
      console.log(
        `Built the bot and the CLI into ${relative(process.cwd(), DIST) || "."}/ (${files.length} files): npm run serve, partnerskab`,
      ),
    )
    .catch((err: unknown) => {
      console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
