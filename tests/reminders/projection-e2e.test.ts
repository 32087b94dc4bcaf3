/**
 * The projection alert end to end over HTTP: the real bot (launchBot, as `npm run bot` starts it)
 * on port 0 with PARTNERSKAB_NOW at the demo date, a temp STORAGE_DIR and a tracker .xlsx written
 * here (the sample's sheets: 2016 runs January–August in Måneder). A conversation subscribes by a
 * message; the tracker file is replaced by one in which Tyverier's projection turns from green to
 * amber: exactly one alert at the fake Bot Connector, with its card; after a restart, nothing
 * more; Vold/Trusler, red since the first reading, never. With an hour between ticks, a question
 * that reads the new file brings the alert at once.
 */
import { mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LaunchedBot, launchBot } from "../../bot/launch";
import { recordingLogger } from "../../bot/log";
import { type WorkbookSheet, writeWorkbook } from "../../files/xlsx-write";
import { shownText } from "../helpers/activities";
import { FakeConnector, type ReceivedActivity } from "../helpers/fake-connector";
import { trackerSheets } from "./tracker-xlsx";

const CONVERSATION = "19:styregruppen@thread.v2";
const ALERT = /^Fremskrivningen for tyverier 2016 er blevet dårligere/;

/**
 * The sample's sheets with Tyverier's August 2016 figure set: 10 projects the year to
 * 120 × 639 ÷ 432 = 177,5 → 178 (green, target 183), the sample's 18 to 189 (amber).
 */
function sheetsWithTheftAugust(august: number): WorkbookSheet[] {
  return trackerSheets().map((sheet) =>
    sheet.name !== "Måneder"
      ? sheet
      : { ...sheet, rows: sheet.rows.map((row) => (row[0] === "Tyverier" && row[1] === 2016 ? [...row.slice(0, 9), august] : row)) },
  );
}

let connector: FakeConnector;
let dir: string;
let tracker: string;
let storageDir: string;
let bot: LaunchedBot | undefined;

/** Replaces the tracker file the way a save does: a new file renamed over the old one. */
async function replaceTracker(august: number): Promise<void> {
  const next = join(dir, `next-${august}.xlsx`);
  await writeWorkbook(next, sheetsWithTheftAugust(august));
  await rename(next, tracker);
}

function env(tickSeconds: string): Record<string, string> {
  return {
    PORT: "0",
    TRACKER_FILE: tracker,
    STORAGE_DIR: storageDir,
    PARTNERSKAB_NOW: "2016-09-01T10:00",
    REMINDER_LEAD_TIMES: "1d",
    REMINDER_TICK_SECONDS: tickSeconds,
    TRACKER_SOURCE: "",
  };
}

async function say(text: string, id: string): Promise<void> {
  if (!bot) throw new Error("bot not running");
  const res = await fetch(`${bot.bot.url.replace("localhost", "127.0.0.1")}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      type: "message",
      id,
      text,
      channelId: "msteams",
      serviceUrl: connector.url,
      from: { id: "29:bjarne", name: "Bjarne Winge" },
      recipient: { id: "28:partnerskab-bot", name: "Partnerskab" },
      conversation: { id: CONVERSATION, conversationType: "groupChat" },
      locale: "da-DK",
    }),
  });
  expect(res.status).toBeLessThan(300);
}

/** The words of every message in the conversation (a card-only post's: its card's). */
const texts = () => connector.messages(CONVERSATION).map((r) => shownText(r.activity));
/** Alerts, by their notification line (each is the card alone, the change as its summary). */
const summaryOf = (r: ReceivedActivity) => (typeof r.activity.summary === "string" ? r.activity.summary : "");
const alerts = () => connector.messages(CONVERSATION).filter((r) => /^Fremskrivningen/.test(summaryOf(r)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  connector = await FakeConnector.start();
});
afterAll(async () => {
  await connector.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "partnerskab-projection-e2e-"));
  tracker = join(dir, "tracker.xlsx");
  storageDir = join(dir, "data");
  await writeWorkbook(tracker, sheetsWithTheftAugust(10));
});
afterEach(async () => {
  await bot?.bot.close();
  bot = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe("the projection alert end to end", () => {
  it("a worse projection after the tracker is replaced: exactly one alert with its card; after a restart, nothing more", async () => {
    bot = await launchBot(env("1"), recordingLogger());
    await say("abonnér på påmindelser", "m1");
    await connector.waitFor((r) => r.conversationId === CONVERSATION && /^Abonneret/.test(r.activity.text ?? ""), 10_000);
    await sleep(2_500); // ticks on the first tracker: the colours are recorded, nothing is posted
    expect(alerts()).toEqual([]);

    await replaceTracker(18);
    const alert = await connector.waitFor((r) => r.conversationId === CONVERSATION && ALERT.test(summaryOf(r)), 30_000);
    // The card alone, its words once: no text above it, the change as the notification line.
    expect(alert.activity.text).toBeUndefined();
    expect(alert.activity.summary).toBe("Fremskrivningen for tyverier 2016 er blevet dårligere: fra »Nået« til »Tæt på«.");
    expect(alert.activity.attachments).toHaveLength(1);
    const card = alert.activity.attachments?.[0];
    expect(card?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    const content = card?.content as { version?: string; body?: Array<{ text?: string }> } | undefined;
    expect(content?.version).toBe("1.5");
    expect(content?.body?.[0]?.text).toBe("Fremskrivningen er forværret: Tyverier 2016");
    expect(content?.body?.[1]?.text).toBe(
      "Fremskrivningen for tyverier 2016 er blevet dårligere: fra »Nået« til »Tæt på«. Tyverier 2016 til og med august: 128 anmeldelser. Fremskrevet til hele året: 189 mod måltallet på højst 183 – tæt på, men på vej til at ende 6 over. Tallet er fremskrevet efter sæsonmønsteret i 2013–2015.",
    );
    await sleep(3_000); // three more ticks
    expect(alerts()).toHaveLength(1);

    // Restart on the same storage and tracker: nothing more, and nothing for Vold/Trusler (red all along).
    await bot.bot.close();
    bot = await launchBot(env("1"), recordingLogger());
    await say("hvilke påmindelser?", "m2");
    await connector.waitFor(
      (r) => r.conversationId === CONVERSATION && /Denne samtale får påmindelser/.test(r.activity.text ?? ""),
      10_000,
    );
    await sleep(3_000);
    expect(alerts()).toHaveLength(1);
    expect(texts().some((t) => /vold/i.test(t))).toBe(false);
  }, 90_000);

  it("with an hour between ticks, a question that reads the new tracker brings the alert at once", async () => {
    bot = await launchBot(env("3600"), recordingLogger());
    await say("abonnér på påmindelser kun styregruppen", "m3");
    await connector.waitFor((r) => r.conversationId === CONVERSATION && /^Abonneret/.test(r.activity.text ?? ""), 10_000);
    await sleep(1_000);
    const before = alerts().length;

    await replaceTracker(18);
    await say("Hvordan går det med tyverierne i år?", "m4");
    const answer = await connector.waitFor(
      // An answer is one message: a card that opens with the short answer (shownText reads it).
      (r) => r.conversationId === CONVERSATION && /^Tyverier 2016/.test(shownText(r.activity)),
      10_000,
    );
    expect(shownText(answer.activity)).toContain("Fremskrevet til hele året: 189 mod måltallet på højst 183");
    await connector.waitFor((r) => r.conversationId === CONVERSATION && ALERT.test(summaryOf(r)) && alerts().length > before, 10_000);
    expect(alerts()).toHaveLength(before + 1);
  }, 60_000);
});
