/**
 * Headless Debian Chromium for browser tests, via playwright-core (never a downloaded browser):
 * /usr/bin/chromium, the house's flags, and a fresh profile per launch. Shared by the bot's
 * Playground test and the add-in tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh --user-data-dir (removed on close) and one open page. */
export async function launchBrowser(options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? "da-DK",
  });
  // Only 127.0.0.1/localhost: anything else a page tries to load is refused, so tests never
  // reach the network (the Playground would otherwise fetch fonts and telemetry).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
