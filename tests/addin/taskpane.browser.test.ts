/**
 * The built task pane in headless Debian Chromium at 320 px, with a stand-in Office/Excel host
 * over a messy tracker: Validate lists the planted issues grouped by sheet, errors first;
 * clicking one selects its cell. Office.js's CDN URL is intercepted and served the stand-in,
 * so no network is touched. Saves tests/.output/addin-taskpane.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAddin, DEV_BASE_URL } from "../../scripts/build-addin";
import { launchBrowser } from "../helpers/browser";
import { ROOT } from "../helpers/cli";
import { messyTracker, PLANTED } from "./fixtures";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".json": "application/json",
};

let outDir: string;
let server: Server;
let baseUrl: string;
let standIn: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "pk-taskpane-"));
  await buildAddin(outDir, { baseUrl: DEV_BASE_URL });
  const bundled = await build({
    entryPoints: [join(ROOT, "tests/addin/fake-host/browser-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  standIn = bundled.outputFiles[0]?.text ?? "";
  server = createServer((req, res) => {
    const path = normalize(join(outDir, new URL(req.url ?? "/", "http://127.0.0.1").pathname));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

async function openTaskpane(displayLanguage: string) {
  const browser = await launchBrowser({ viewport: { width: 320, height: 900 }, locale: displayLanguage });
  const { page } = browser;
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  let officeJsServed = 0;
  await page.route(OFFICE_JS, (route) => {
    officeJsServed++;
    return route.fulfill({ status: 200, contentType: "text/javascript", body: standIn });
  });
  await page.addInitScript(
    `window.__PK_GRIDS__ = ${JSON.stringify(messyTracker())}; window.__PK_DISPLAY_LANGUAGE__ = ${JSON.stringify(displayLanguage)};\n${standIn}`,
  );
  await page.goto(`${baseUrl}/taskpane.html`);
  return { browser, page, errors, officeJsServed: () => officeJsServed };
}

describe("the task pane in Chromium", () => {
  it("validates a messy tracker: issues grouped by sheet, errors first; a click selects the cell", async () => {
    const { browser, page, errors, officeJsServed } = await openTaskpane("da-DK");
    try {
      await expect(page.locator('button[data-action="validate"]').textContent()).resolves.toBe("Validér");
      await page.click('button[data-action="validate"]');
      await page.waitForSelector(".pk-group");
      const groups = await page.$$eval(".pk-group", (sections) =>
        sections.map((s) => ({
          sheet: (s as HTMLElement).dataset.sheet,
          items: [...s.querySelectorAll<HTMLElement>(".pk-issue")].map((b) => ({
            severity: b.dataset.severity,
            cell: b.dataset.cell,
            code: b.dataset.code,
          })),
        })),
      );
      expect(groups.map((g) => g.sheet)).toEqual(["Kriminalitet", "Møder"]);
      for (const p of PLANTED) {
        expect(groups.find((g) => g.sheet === p.sheet)?.items).toContainEqual({ severity: p.severity, cell: p.cell, code: p.code });
      }
      for (const g of groups) {
        const severities = g.items.map((i) => i.severity);
        expect(severities).toEqual([...severities].sort((a, b) => Number(a === "warning") - Number(b === "warning")));
      }
      await expect(page.locator("#pk-status").textContent()).resolves.toMatch(/^5 fejl og \d+ advars/);
      await expect(page.locator("#pk-agreement").textContent()).resolves.toContain("Amager Partnerskab");

      // At 320 px nothing spills sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      mkdirSync(join(ROOT, "tests/.output"), { recursive: true });
      await page.screenshot({ path: join(ROOT, "tests/.output/addin-taskpane.png"), fullPage: true });

      await page.click('.pk-issue[data-cell="A3"]');
      await page.waitForFunction(
        () => (window as unknown as { __PK_MODEL__: { selection?: { address: string } } }).__PK_MODEL__.selection?.address === "A3",
      );
      const selection = await page.evaluate(() => (window as unknown as { __PK_MODEL__: { selection?: unknown } }).__PK_MODEL__.selection);
      expect(selection).toEqual({ sheet: "Kriminalitet", address: "A3" });
      expect(officeJsServed()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("validates again after a change while ticked, not while the pane is hidden, and catches up when it is shown", async () => {
    const { browser, page, errors } = await openTaskpane("da-DK");
    type PageModel = {
      changeHandlers: unknown[];
      visibilityHandlers: Array<(args: { visibilityMode: string }) => void>;
      sheet(name: string): { cells: Map<string, { value: unknown }> } | undefined;
      fire(kind: string, sheet: string): Promise<void>;
    };
    const model = <T>(fn: (m: PageModel) => T | Promise<T>) => page.evaluate(`(${fn.toString()})(window.__PK_MODEL__)`) as Promise<T>;
    const status = () => page.locator("#pk-status").textContent();
    try {
      await page.click('button[data-action="validate"]');
      await page.waitForSelector(".pk-group");
      expect(await status()).toMatch(/^5 fejl/);
      // The custom functions' watch on the Aftale sheet listens too, and goes on while the pane is hidden.
      const others = await model((m) => m.changeHandlers.length);
      const listeners = (n: number) =>
        page.waitForFunction((want) => (window as unknown as { __PK_MODEL__: PageModel }).__PK_MODEL__.changeHandlers.length === want, n, {
          timeout: 5000,
        });
      await page.check("#pk-auto");
      await listeners(others + 1);

      // Visible and ticked: a change is validated a moment later.
      await model(async (m) => {
        const cell = m.sheet("Møder")?.cells.get("2,3"); // D3 "Bestyrelsen" → "Styregruppe": one error fewer
        if (cell) cell.value = "Styregruppe";
        await m.fire("changed", "Møder");
      });
      await page.waitForFunction(() => document.querySelector("#pk-status")?.textContent?.startsWith("4 fejl"), undefined, {
        timeout: 10_000,
      });

      // Hidden: the listener is removed, so a change repaints nothing.
      await model((m) => {
        for (const h of m.visibilityHandlers) h({ visibilityMode: "Hidden" });
      });
      await listeners(others);
      await model(async (m) => {
        const cell = m.sheet("Kriminalitet")?.cells.get("1,2"); // C2 "mange" → 70: one error fewer
        if (cell) cell.value = 70;
        await m.fire("changed", "Kriminalitet");
      });
      await page.waitForTimeout(2000);
      expect(await status()).toMatch(/^4 fejl/);

      // Shown again: listening again, and the change made while hidden is caught up at once.
      await model((m) => {
        for (const h of m.visibilityHandlers) h({ visibilityMode: "Taskpane" });
      });
      await page.waitForFunction(() => document.querySelector("#pk-status")?.textContent?.startsWith("3 fejl"), undefined, {
        timeout: 10_000,
      });
      expect(await model((m) => m.changeHandlers.length)).toBe(others + 1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("speaks English when Office's display language is English", async () => {
    const { browser, page, errors } = await openTaskpane("en-US");
    try {
      await expect(page.locator('button[data-action="validate"]').textContent()).resolves.toBe("Validate");
      await expect(page.locator('button[data-action="clear"]').textContent()).resolves.toBe("Clear highlights");
      await page.click('button[data-action="validate"]');
      await page.waitForSelector(".pk-group");
      await expect(page.locator("#pk-status").textContent()).resolves.toMatch(/^5 errors and \d+ warning/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
