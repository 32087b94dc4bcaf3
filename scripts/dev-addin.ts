/**
 * Builds the Excel add-in and serves dist/excel-addin/ at https://localhost:3000 (or PORT) with
 * the Office development certificate (office-addin-dev-certs installs and trusts it on first
 * use), compressed (scripts/addin-server.ts). Sideload dist/excel-addin/manifest.xml (or the JSON
 * app package) in Excel; see the README.
 *
 *   npm run dev:addin            # port 3000, as the manifests in manifest/excel say
 */
import { createServer } from "node:https";
import { join } from "node:path";
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { addinRequestHandler } from "./addin-server";
import { buildAddin, DEFAULT_OUT_DIR } from "./build-addin";

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const { outDir } = await buildAddin(DEFAULT_OUT_DIR, { baseUrl: `https://localhost:${port}/` });
  const tls = await getHttpsServerOptions();
  const handler = addinRequestHandler(outDir);
  const server = createServer(tls, (req, res) => {
    handler(req, res).catch((err: unknown) => {
      console.error(`dev:addin could not serve ${req.url}: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.listen(port, () => {
    console.log(`Excel add-in served at https://localhost:${port}/taskpane.html (compressed).`);
    console.log(`Sideload ${join(outDir, "manifest.xml")} in Excel (see the README). Ctrl+C stops.`);
  });
}

main().catch((err: unknown) => {
  console.error(`dev:addin failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
