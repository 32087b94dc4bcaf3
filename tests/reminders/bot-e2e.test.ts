/**
 * End to end over HTTP: the real bot (launchBot, as `npm run bot` starts it) on port 0 with
 * PARTNERSKAB_NOW ten seconds before a meeting's 1-day reminder is due, a 1-second tick, a temp
 * STORAGE_DIR and a tracker .xlsx written here. A conversation subscribes by a message; exactly
 * one proactive reminder arrives at the fake Bot Connector; after a restart on the same storage,
 * nothing more.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LaunchedBot, launchBot } from "../../bot/launch";
import { recordingLogger } from "../../bot/log";
import { writeWorkbook } from "../../files/xlsx-write";
import { bundledAgreement, cadenceWarnings, type Meeting } from "../../shared/index";
import { cardOf, shownText } from "../helpers/activities";
import { FakeConnector } from "../helpers/fake-connector";
import { meetings, trackerSheets } from "./tracker-xlsx";

// Tuesday 6 September 2016 9.00 summer time = 07:00Z; its 1d reminder is due 2016-09-05T07:00:00Z.
const DUE = Date.parse("2016-09-05T07:00:00Z");

let connector: FakeConnector;
let dir: string;
let tracker: string;
let storageDir: string;
let bot: LaunchedBot | undefined;

function env(startAt: number): Record<string, string> {
  return {
    PORT: "0",
    TRACKER_FILE: tracker,
    STORAGE_DIR: storageDir,
    PARTNERSKAB_NOW: new Date(startAt).toISOString(),
    REMINDER_LEAD_TIMES: "1d",
    REMINDER_TICK_SECONDS: "1",
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
      from: { id: "29:mette", name: "Mette Hansen" },
      recipient: { id: "28:partnerskab-bot", name: "Partnerskab" },
      conversation: { id: "19:arbejdsgruppen@thread.v2", conversationType: "groupChat" },
      locale: "da-DK",
    }),
  });
  expect(res.status).toBeLessThan(300);
}

const reminders = () =>
  connector.messages("19:arbejdsgruppen@thread.v2").filter((r) => /mødes tirsdag den 6\. september 2016/.test(shownText(r.activity)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  connector = await FakeConnector.start();
  dir = await mkdtemp(join(tmpdir(), "partnerskab-e2e-"));
  tracker = join(dir, "tracker.xlsx");
  storageDir = join(dir, "data");
  await writeWorkbook(tracker, trackerSheets());
});

afterAll(async () => {
  await bot?.bot.close();
  await connector.close();
  await rm(dir, { recursive: true, force: true });
});

describe("reminders end to end", () => {
  it("the tracker written here gives no cadence warnings (so exactly one post is expected)", () => {
    const agreement = bundledAgreement("amager");
    if (!agreement) throw new Error("amager missing");
    const asMeetings: Meeting[] = meetings.map(([date, start, group, topic, status]) => ({
      date,
      start,
      group: group === "Styregruppe" ? "steering" : "working",
      topic,
      status: status === "Afholdt" ? "held" : "planned",
    }));
    expect(cadenceWarnings({ agreement, tracker: { meetings: asMeetings } }, new Date(DUE))).toEqual([]);
  });

  it("subscribed by a message, the conversation gets exactly one reminder; after a restart, nothing more", async () => {
    bot = await launchBot(env(DUE - 10_000), recordingLogger());
    await say("abonnér på påmindelser", "m1");
    const reply = await connector.waitFor((r) => /Abonneret/.test(r.activity.text ?? ""), 10_000);
    expect(reply.conversationId).toBe("19:arbejdsgruppen@thread.v2");

    const reminder = await connector.waitFor((r) => /mødes tirsdag den 6\. september 2016/.test(shownText(r.activity)), 30_000);
    // Proactive: nothing was sent to the bot since the subscribe message it answered.
    expect(connector.messages("19:arbejdsgruppen@thread.v2").indexOf(reminder)).toBe(1);
    // A post of its own, not a reply to the message that subscribed ("m1"): continueConversationAsync
    // replies to a fresh continuation id, which Teams treats as a new message.
    expect(reply.replyToId).toBe("m1");
    expect(reminder.replyToId).not.toBe("m1");
    expect(reminder.activity.replyToId).not.toBe("m1");
    // The card alone, its words once: no text above it, the first sentence as the notification line.
    expect(reminder.activity.text).toBeUndefined();
    expect(reminder.activity.summary).toBe("Arbejdsgruppen mødes tirsdag den 6. september 2016 kl. 9.00 (i morgen).");
    expect(reminder.activity.attachments).toHaveLength(1);
    const card = reminder.activity.attachments?.[0];
    expect(card?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect((card?.content as { version?: string } | undefined)?.version).toBe("1.5");
    expect(cardOf(reminder.activity)?.body.slice(0, 2)).toMatchObject([
      { type: "TextBlock", text: "Påmindelse: møde i arbejdsgruppen" },
      {
        type: "TextBlock",
        text: "Arbejdsgruppen mødes tirsdag den 6. september 2016 kl. 9.00 (i morgen). Sted: Hørgården, beboerhuset. Emne: Anmeldelser 1. halvår 2016.",
      },
    ]);
    await sleep(3_000); // three more ticks
    expect(reminders()).toHaveLength(1);

    // Restart on the same storage, the clock set a few seconds before the due time again.
    await bot.bot.close();
    bot = await launchBot(env(DUE - 3_000), recordingLogger());
    await say("hvilke påmindelser?", "m2");
    await connector.waitFor((r) => /Denne samtale får påmindelser/.test(r.activity.text ?? ""), 10_000);
    await sleep(6_000); // past the due time again, and a few ticks on
    expect(reminders()).toHaveLength(1);
    expect(connector.messages("19:arbejdsgruppen@thread.v2").map((r) => r.activity.text)).toHaveLength(3);
  }, 60_000);
});
