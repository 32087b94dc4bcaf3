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
});
