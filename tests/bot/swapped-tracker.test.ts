/**
 * A hostile tracker swapped in under the running bot (issue 15): the 315 KB workbook, a
 * value in column XFD on 60,000 rows of a tracker sheet, once killed the bot within 80 s. Now the
 * bot keeps answering from the last good copy, says how old it is, /healthz keeps answering, and
 * the log says which sheet was cut short.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import type { RunningBot } from "../../bot/http/server";
import { recordingLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import { postActivity, shownText, teamsActivity } from "../helpers/activities";
import { FakeConnector } from "../helpers/fake-connector";
import { archive, numberCell, replaceSheet, sampleZip, sheetXml, textCell } from "../helpers/hostile-workbooks";
import { startTestBot } from "../helpers/test-bot";
import { BURGLARY_DA, BURGLARY_EN, copySampleTracker, DEMO_NOW, SAMPLE_TRACKER, setCell } from "./bot-fixtures";

let connector: FakeConnector;
let bot: RunningBot;
let trackerPath: string;
const logger = recordingLogger();
const clock = new ManualClock(DEMO_NOW);

async function ask(conversationId: string, text: string) {
  const sent = teamsActivity(connector.url, { type: "message", text, conversation: { id: conversationId } });
  const res = await postActivity(bot.url, sent);
  expect(res.status).toBe(200);
  return connector.waitFor((r) => r.conversationId === conversationId && r.replyToId === sent.id);
}

/** The sample tracker with `sheet` replaced by 60,000 rows that each hold a value in column XFD. */
async function cutTracker(sheet: string, firstColumn: (row: number) => string): Promise<Buffer> {
  const zip = await sampleZip();
  await replaceSheet(
    zip,
    sheet,
    sheetXml(60_000, (r) => firstColumn(r) + textCell(`XFD${r}`, "x")),
  );
  return archive(zip);
}

beforeAll(async () => {
  connector = await FakeConnector.start();
  trackerPath = copySampleTracker();
  bot = await startTestBot({ clock, logger, tracker: new FileTrackerSource({ path: trackerPath, clock, logger, checkIntervalMs: 0 }) });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe("a hostile tracker swapped in under the running bot", () => {
  it("Møder with a value in XFD on 60,000 rows: answers from the last good copy, saying how old, and /healthz answers", async () => {
    await setCell(trackerPath, "Kriminalitet", "E2", 70);
    expect(shownText((await ask("before", BURGLARY_DA)).activity)).toMatch(/\b70 anmeldelser\b/);

    clock.advance(3_600_000);
    writeFileSync(trackerPath, await cutTracker("Møder", (r) => textCell(`A${r}`, "Styregruppe")));

    const stale = await ask("after-da", BURGLARY_DA);
    expect(shownText(stale.activity)).toMatch(/\b70 anmeldelser\b/);
    expect(shownText(stale.activity)).toMatch(/seneste gode kopi af trackeren, læst 1\. september 2016 kl\. 9\.00/);
    const english = await ask("after-en", BURGLARY_EN);
    expect(shownText(english.activity)).toMatch(/last good copy of the tracker, read 1 September 2016 at 09:00/);

    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as { tracker: { ok: boolean; staleSince?: string } };
    expect(body.tracker.ok).toBe(false);
    expect(new Date(body.tracker.staleSince ?? 0).toISOString()).toBe(new Date(DEMO_NOW).toISOString());

    const warning = logger.events.find((e) => e.level === "warn" && e.message === "tracker unreadable");
    expect(String(warning?.data.reason)).toMatch(/cut short: The sheet "Møder" uses columns as far as XFD/);

    // Repaired: fresh figures again.
    copyFileSync(SAMPLE_TRACKER, trackerPath);
    const back = await ask("repaired", BURGLARY_DA);
    expect(shownText(back.activity)).toMatch(/\b58 anmeldelser\b/);
    expect(shownText(back.activity)).not.toMatch(/seneste gode kopi/);
  });

  it("the same on Måneder, the year in progress: the last good copy, and the log names Måneder", async () => {
    copyFileSync(SAMPLE_TRACKER, trackerPath);
    expect(shownText((await ask("months-before", BURGLARY_DA)).activity)).not.toMatch(/seneste gode kopi/);
    const readAt = clock.now();

    clock.advance(3_600_000);
    writeFileSync(
      trackerPath,
      await cutTracker("Måneder", (r) => textCell(`A${r}`, "Indbrud") + numberCell(`B${r}`, 2016) + numberCell(`C${r}`, 5)),
    );
    const stale = await ask("months-after", BURGLARY_DA);
    expect(shownText(stale.activity)).toMatch(/\b58 anmeldelser\b/);
    expect(shownText(stale.activity)).toMatch(/seneste gode kopi af trackeren, læst 1\. september 2016 kl\. 10\.00/);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as { tracker: { ok: boolean; staleSince?: string } };
    expect(body.tracker.ok).toBe(false);
    expect(new Date(body.tracker.staleSince ?? 0).getTime()).toBe(readAt.getTime());
    const warnings = logger.events.filter((e) => e.level === "warn" && e.message === "tracker unreadable");
    expect(String(warnings.at(-1)?.data.reason)).toMatch(/cut short: The sheet "Måneder" uses columns as far as XFD/);
  });
});
