/**
 * Serving the built add-in (dist/excel-addin/): the development server's request handler, also
 * a model for any host (docs/deploy.md). Compressed when the client accepts it (Brotli, else
 * gzip; each file compressed once and kept), CORS open (Excel fetches functions.json and the
 * scripts from its own origin), and cached by name: files whose name carries their content hash
 * (chunks/…-HASH.js) for a year, everything else revalidated on every load.
 */
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".zip": "application/zip",
};
/** Formats that are already compressed gain nothing. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".xml", ".map"]);
const HASHED = /^\/chunks\/[^/]+-[A-Z0-9]{8,}\.js(\.map)?$/i;

type Encoding = "br" | "gzip" | "identity";

/** The best encoding the Accept-Encoding header allows (q=0 refuses one). */
export function chooseEncoding(header: string | string[] | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of String(header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return ok("br") ? "br" : ok("gzip") ? "gzip" : "identity";
}

export function addinRequestHandler(rootDir: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const root = resolve(rootDir);
  const compressed = new Map<string, { mtimeMs: number; body: Buffer }>();
  return async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request");
      return;
    }
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(file);
      if (!info.isFile()) throw new Error("not a file");
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const ext = extname(file);
    const encoding = COMPRESSIBLE.has(ext) ? chooseEncoding(req.headers["accept-encoding"]) : "identity";
    let body: Buffer;
    if (encoding === "identity") body = await readFile(file);
    else {
      const key = `${encoding}:${file}`;
      const cached = compressed.get(key);
      if (cached && cached.mtimeMs === info.mtimeMs) body = cached.body;
      else {
        const raw = await readFile(file);
        body =
          encoding === "br" ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(raw, { level: 9 });
        compressed.set(key, { mtimeMs: info.mtimeMs, body });
      }
    }
    res.writeHead(200, {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "content-length": body.length,
      ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
      ...(COMPRESSIBLE.has(ext) ? { vary: "Accept-Encoding" } : {}),
      // Excel fetches functions.json and the scripts cross-origin from its own host.
      "access-control-allow-origin": "*",
      "cache-control": HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };
}
