/**
 * Builds the Excel add-in and serves dist/excel-addin/ at https://localhost:3000 with the
 * Office development certificate (office-addin-dev-certs installs and trusts it on first use).
 * Sideload manifest/excel/manifest.xml (or the JSON manifest) in Excel; see the README.
 *
 *   npm run dev:addin            # port 3000, as the manifests say
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:https";
import { extname, join, normalize, resolve, sep } from "node:path";
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { buildAddin, DEFAULT_OUT_DIR } from "./build-addin";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
};

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const { outDir } = await buildAddin(DEFAULT_OUT_DIR);
  const root = resolve(outDir);
  const tls = await getHttpsServerOptions();
  const server = createServer(tls, async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname);
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      // Excel fetches functions.json and the scripts cross-origin from its own host.
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "access-control-allow-origin": "*",
        "cache-control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
    }
  });
  server.listen(port, () => {
    console.log(`Excel add-in served at https://localhost:${port}/taskpane.html`);
    console.log("Sideload manifest/excel/manifest.xml in Excel (see the README). Ctrl+C stops.");
  });
}

main().catch((err: unknown) => {
  console.error(`dev:addin failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
