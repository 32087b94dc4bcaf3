/**
 * The development server's handler (scripts/addin-server.ts) over real HTTP on 127.0.0.1, on a
 * fresh build: compressed as the browser accepts (Brotli, gzip, or not at all), CORS open for
 * Excel, hashed chunks cached for good and everything else revalidated, nothing outside the
 * build folder served.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addinRequestHandler, chooseEncoding } from "../../scripts/addin-server";
import { buildAddin, DEV_BASE_URL } from "../../scripts/build-addin";

let outDir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "pk-addin-serve-"));
  await buildAddin(outDir, { baseUrl: DEV_BASE_URL });
  server = createServer((req, res) => void addinRequestHandler(outDir)(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

function get(
  path: string,
  acceptEncoding?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (d: Buffer) => parts.push(d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("the add-in's files, served", () => {
  it("compressed with Brotli when the browser takes it, gzip otherwise, plain when it takes neither", async () => {
    const raw = readFileSync(join(outDir, "taskpane.js"));
    const br = await get("/taskpane.js", "gzip, deflate, br");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
    expect(br.body.length).toBeLessThan(raw.length / 2);

    const gz = await get("/taskpane.js", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);

    for (const header of [undefined, "identity", "br;q=0, gzip;q=0"]) {
      const plain = await get("/taskpane.js", header);
      expect(plain.headers["content-encoding"], String(header)).toBeUndefined();
      expect(plain.body.equals(raw)).toBe(true);
    }
  });

  it("the shared chunk, a third of its size or less, cached for good (its name changes with its content)", async () => {
    const chunk = readdirSync(join(outDir, "chunks")).find((f) => f.endsWith(".js")) ?? "";
    const raw = readFileSync(join(outDir, "chunks", chunk));
    const res = await get(`/chunks/${chunk}`, "br");
    expect(brotliDecompressSync(res.body).equals(raw)).toBe(true);
    expect(res.body.length).toBeLessThan(raw.length / 3);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    // The page, the entry scripts and the metadata are revalidated: they keep their names.
    for (const path of ["/taskpane.html", "/functions.js", "/functions.json"])
      expect((await get(path)).headers["cache-control"], path).toBe("no-cache");
  });

  it("lets Excel fetch functions.json from its own origin; leaves images as they are", async () => {
    const json = await get("/functions.json", "br");
    expect(json.headers["access-control-allow-origin"]).toBe("*");
    expect(json.headers["content-type"]).toBe("application/json; charset=utf-8");
    const png = await get("/assets/icon-32.png", "br, gzip");
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.body.equals(readFileSync(join(outDir, "assets/icon-32.png")))).toBe(true);
  });

  it("serves nothing outside the build folder, and 404 for what is not there", async () => {
    // ".." is resolved by URL parsing; an encoded slash is decoded after it and must still stay inside.
    expect((await get("/..%2f..%2fetc%2fpasswd")).status).toBe(403);
    expect((await get("/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
    expect((await get("/nothing-here.js")).status).toBe(404);
    expect((await get("/chunks")).status).toBe(404);
    expect((await get("/")).body.toString()).toContain("<title>Partnerskab</title>");
  });

  it("reads Accept-Encoding as browsers write it", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip;q=1.0, br;q=0")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("deflate")).toBe("identity");
    expect(chooseEncoding(undefined)).toBe("identity");
  });
});
