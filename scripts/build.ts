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
 * cannot run as they are); every package in node_modules stays an import, so the bundle needs
 * exactly the `dependencies` in package.json, and a lazy `import()` of a heavy package stays lazy.
 *
 * Paths: every emitted .js file sits exactly two folders below the package root
 * (dist/<folder>/<file>.js), and `import.meta.dirname` in our sources is rewritten to name the
 * source file's own folder (join(<dist>/<folder>, "../..", "cli/commands")), so a path written
 * relative to a source file, such as the sample tracker "../../examples/amager-tracker.xlsx",
 * means the same file compiled. The build fails if either assumption would break.
 */
import { readFile, rm } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";

const ROOT = resolve(import.meta.dirname, "..");
export const DIST = join(ROOT, "dist");

/** What `npm run build` compiles: output name (under dist/) → source. */
export const ENTRY_POINTS = { "bot/main": "bot/main.ts", "cli/main": "cli/main.ts" } as const;

/** The folders of dist/ this build owns (dist/excel-addin and dist/teams belong to other scripts). */
export const BUILT_FOLDERS = ["bot", "cli", "chunks"] as const;

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

export interface BuildResult {
  /** Emitted .js files, relative to dist/. */
  files: string[];
  metafile: Metafile;
}

export async function buildApp(): Promise<BuildResult> {
  for (const folder of BUILT_FOLDERS) await rm(join(DIST, folder), { recursive: true, force: true });
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
    // Every package stays an import from node_modules: production installs `dependencies` only.
    packages: "external",
    sourcemap: true,
    metafile: true,
    logLevel: "silent",
    plugins: [sourceFolderPaths],
  });
  const files = Object.keys(result.metafile.outputs)
    .filter((f) => f.endsWith(".js"))
    .map((f) => relative(DIST, resolve(ROOT, f)).split(sep).join("/"))
    .sort();
  const misplaced = files.filter((f) => f.split("/").length !== 2 || !(BUILT_FOLDERS as readonly string[]).includes(f.split("/")[0] ?? ""));
  if (misplaced.length > 0) throw new Error(`emitted outside dist/{${BUILT_FOLDERS.join(",")}}/<file>.js: ${misplaced.join(", ")}`);
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
