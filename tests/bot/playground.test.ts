/**
 * A newcomer's first minute: the bot and the Microsoft 365 Agents Playground (as `npm start`
 * runs them), driven in headless Debian Chromium. Type the question, see the answer.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningBot } from "../../bot/http/server";
import { launchBot } from "../../bot/launch";
import { recordingLogger } from "../../bot/log";
import { type Playground, startPlayground } from "../../scripts/playground";
import { type Browser, launchBrowser } from "../helpers/browser";
import { BURGLARY_DA, BURGLARY_EN, copySampleTracker, DEMO_NOW } from "./bot-fixtures";

const OUTPUT = resolve(import.meta.dirname, "../.output");
let bot: RunningBot;
let playground: Playground;
let browser: Browser;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), "playground-test-"));
  ({ bot } = await launchBot(
    { PORT: "0", PARTNERSKAB_NOW: DEMO_NOW, TRACKER_FILE: copySampleTracker(), STORAGE_DIR: join(work, "storage") },
    recordingLogger(),
    { host: "127.0.0.1" },
  ));
  playground = await startPlayground({
    botEndpoint: `http://127.0.0.1:${bot.port}/api/messages`,
    port: 0,
    workDir: join(work, "playground"),
  });
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  await bot?.close();
});

async function askInPlayground(question: string): Promise<void> {
  const box = browser.page.getByRole("textbox").first();
  await box.click();
  await box.pressSequentially(question);
  await box.press("Enter");
}

describe("the Agents Playground", () => {
  it("shows the bot's answer to a Danish and an English question, with the figures", async () => {
    const { page } = browser;
    await page.goto(playground.url);
    // The playground installs the bot in the personal chat first: its hello shows it is connected.
    await page
      .getByText(/Partnerskab-botten/)
      .first()
      .waitFor({ state: "visible", timeout: 20_000 });

    await askInPlayground(BURGLARY_DA);
    const danish = page.getByText("Indbrud 2015: 58 anmeldelser mod måltallet på højst 62", { exact: false }).first();
    await danish.waitFor({ state: "visible", timeout: 20_000 });

    await askInPlayground(BURGLARY_EN);
    const english = page.getByText("Burglary 2015: 58 reports against the target of at most 62", { exact: false }).first();
    await english.waitFor({ state: "visible", timeout: 20_000 });

    // The Adaptive Card is rendered too (Teams' renderer, in the playground).
    expect(await page.locator(".ac-adaptiveCard").count()).toBeGreaterThanOrEqual(2);

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, "playground.png"), fullPage: true });
  }, 90_000);

  it("draws the trend and the overview as Teams charts: lines and bars with the series' names", async () => {
    const { page } = browser;
    // The first test left the chat open; a fresh load also works on its own.
    if (!page.url().startsWith(playground.url)) await page.goto(playground.url);
    await page
      .getByText(/Partnerskab-botten/)
      .first()
      .waitFor({ state: "visible", timeout: 20_000 });

    await askInPlayground("Hvordan har udviklingen været for indbrud?");
    // The renderer names the chart in its aria-label (the title) and draws an svg with a line per series.
    const trend = page.locator('[role="alert"][aria-label*="Indbrud: anmeldelser og måltal pr. år"]').last();
    await trend.waitFor({ state: "visible", timeout: 20_000 });
    const lines = trend.locator("svg path[stroke-width='4']");
    expect(await lines.count()).toBe(3);
    for (const legend of ["Måltal", "Anmeldelser", "Fremskrivning"])
      expect(await trend.getByText(legend, { exact: true }).isVisible()).toBe(true);
    for (const year of ["2012", "2016"]) expect(await trend.getByText(year, { exact: true }).count()).toBeGreaterThan(0);
    // One tooltip target per year on the axis, each labelled with its points: 2016's projection 49 and måltal 58.
    expect(await trend.locator('g[role="img"][aria-label^="2016"]').getAttribute("aria-label")).toMatch(/Måltal 58.*Fremskrivning 49/);
    mkdirSync(OUTPUT, { recursive: true });
    await page
      .locator(".ac-adaptiveCard")
      .last()
      .screenshot({ path: join(OUTPUT, "playground-trend-chart.png") });

    await askInPlayground("Hvordan går det i 2015?");
    const overview = page.locator('[role="alert"][aria-label*="Anmeldelser mod måltal 2015"]').last();
    await overview.waitFor({ state: "visible", timeout: 20_000 });
    // Six categories, each a group of two bars (måltal, anmeldelser), labelled with both.
    const groups = overview.locator('svg g[role="img"]');
    expect(await groups.count()).toBe(6);
    expect(await groups.first().getAttribute("aria-label")).toBe("Indbrud, Måltal, 62, Anmeldelser, 58");
    expect(await overview.locator("svg path").count()).toBeGreaterThanOrEqual(12);
    await page
      .locator(".ac-adaptiveCard")
      .last()
      .screenshot({ path: join(OUTPUT, "playground-overview-chart.png") });
  }, 90_000);
});
