/**
 * The bot over real HTTP on 127.0.0.1: activities POSTed to /api/messages as the Bot Framework
 * would, replies arriving at a fake Bot Connector service (the activity's serviceUrl).
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import type { ConversationAddress } from "../../bot/core/ports";
import type { RunningBot } from "../../bot/http/server";
import { recordingLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import { BOT, cardOf, postActivity, shownText, teamsActivity } from "../helpers/activities";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestBot } from "../helpers/test-bot";
import { BURGLARY_DA, BURGLARY_EN, copySampleTracker, DEMO_NOW, recordingSubscriptions, SAMPLE_TRACKER, setCell } from "./bot-fixtures";

let connector: FakeConnector;
let bot: RunningBot;
let trackerPath: string;
const logger = recordingLogger();
const clock = new ManualClock(DEMO_NOW);
const subscriptions = recordingSubscriptions();

function activity(fields: Record<string, unknown>) {
  return teamsActivity(connector.url, fields);
}

function post(body: unknown, init: { raw?: string; headers?: Record<string, string>; path?: string } = {}) {
  return postActivity(bot.url, body, init);
}

async function ask(conversationId: string, text: string) {
  const sent = activity({ type: "message", text, conversation: { id: conversationId } });
  const res = await post(sent);
  expect(res.status).toBe(200);
  // The message: under load teams-ai may send a typing indicator first.
  return connector.waitFor((r) => r.conversationId === conversationId && r.replyToId === sent.id && r.activity.type === "message");
}

beforeAll(async () => {
  connector = await FakeConnector.start();
  trackerPath = copySampleTracker();
  bot = await startTestBot({
    clock,
    logger,
    subscriptions,
    tracker: new FileTrackerSource({ path: trackerPath, clock, logger, checkIntervalMs: 0 }),
  });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe("the bot over HTTP", () => {
  it("answers a question in one message: the card opens with the short answer, which is also its summary", async () => {
    const reply = await ask("conv-da", BURGLARY_DA);
    expect(reply.activity.type).toBe("message");
    // The facts once: no text above the card repeating it.
    expect(reply.activity.text).toBeUndefined();
    const short = "Indbrud 2015: 58 anmeldelser mod måltallet på højst 62 (−20 % fra 77 i 2012). Måltallet er nået: 4 under.";
    expect(reply.activity.summary).toBe(short);
    expect(reply.activity.attachments).toHaveLength(1);
    expect(reply.activity.attachments?.[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    const card = reply.activity.attachments?.[0]?.content as { version?: string; body: Array<{ text?: string }> } | undefined;
    expect(card?.version).toBe("1.5");
    expect(card?.body[0]?.text).toBe(short);
    expect(connector.messages("conv-da")).toHaveLength(1);
    const english = await ask("conv-en", BURGLARY_EN);
    expect(english.activity.summary).toMatch(/^Burglary 2015: 58 reports against the target of at most 62/);
    expect(cardOf(english.activity)?.body[0]?.text).toBe(english.activity.summary);
  });

  it("sends a plain sentence as text alone, without a card", async () => {
    const reply = await ask("conv-thanks", "tak");
    expect(reply.activity.text).toBe("Selv tak! Spørg bare igen, når du vil vide mere.");
    expect(reply.activity.attachments ?? []).toEqual([]);
  });

  it("reports health with the tracker's state", async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; tracker: { ok: boolean; readAt: string } };
    expect(body.status).toBe("ok");
    expect(body.tracker.ok).toBe(true);
    expect(new Date(body.tracker.readAt).toISOString()).toBe(new Date(DEMO_NOW).toISOString());
  });

  it("answers from the new figures once the tracker file is saved again, and from the last good copy when it breaks", async () => {
    await setCell(trackerPath, "Kriminalitet", "E2", 70);
    const changed = await ask("conv-change", BURGLARY_DA);
    expect(shownText(changed.activity)).toMatch(/\b70 anmeldelser\b/);

    writeFileSync(trackerPath, "PK broken");
    const stale = await ask("conv-stale", BURGLARY_DA);
    expect(shownText(stale.activity)).toMatch(/\b70 anmeldelser\b/);
    expect(shownText(stale.activity)).toMatch(/seneste gode kopi/);
    const health = (await (await fetch(`${bot.url}/healthz`)).json()) as { tracker: { ok: boolean; staleSince?: string } };
    expect(health.tracker.ok).toBe(false);
    expect(health.tracker.staleSince).toBeDefined();

    copyFileSync(SAMPLE_TRACKER, trackerPath);
    const restored = await ask("conv-restored", BURGLARY_DA);
    expect(shownText(restored.activity)).toMatch(/\b58 anmeldelser\b/);
    expect(shownText(restored.activity)).not.toMatch(/seneste gode kopi/);
  });

  it("rejects bad requests with a 4xx and a reason, never a 500", async () => {
    const malformed = await post(undefined, { raw: '{"type": "message", ' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toMatch(/^malformed JSON/);

    const notActivity = await post([1, 2, 3]);
    expect(notActivity.status).toBe(400);
    expect(((await notActivity.json()) as { error: string }).error).toMatch(/Bot Framework activity/);

    const empty = await post(undefined, { raw: "" });
    expect(empty.status).toBe(400);

    const tooLarge = await post(activity({ type: "message", text: "x".repeat(400_000), conversation: { id: "big" } }));
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: string }).error).toMatch(/too large/);

    const notFound = await fetch(`${bot.url}/nothing-here`);
    expect(notFound.status).toBe(404);
  });

  it("answers a long message politely, not with a fault", async () => {
    const reply = await ask("conv-long", `Hvordan går det med indbrud ${"og så videre ".repeat(250)}`);
    expect(reply.activity.text).toMatch(/2[.]?000|for lang|too long/i);
  });

  it("hands the conversation to the subscription service when the bot is added, and can post there proactively", async () => {
    const res = await post(
      activity({ type: "conversationUpdate", membersAdded: [BOT], conversation: { id: "19:team-x", conversationType: "channel" } }),
    );
    expect(res.status).toBe(200);
    const hello = await connector.waitFor((r) => r.conversationId === "19:team-x");
    expect(hello.activity.text).toBe("hello-from-reminders:da");
    const address = subscriptions.calls.find((c) => c.method === "botAdded")?.address as ConversationAddress;
    expect(address.serviceUrl).toBe(connector.url);

    await bot.proactive.send(address, { text: "Påmindelse: styregruppemøde i morgen kl. 14.00" });
    const pushed = await connector.waitFor((r) => r.conversationId === "19:team-x" && r.activity.text?.startsWith("Påmindelse") === true);
    expect(pushed.activity.type).toBe("message");
  });

  it("logs a connector that refuses the reply instead of crashing", async () => {
    connector.failWith = 403; // not retried by the connector client, unlike 5xx
    try {
      const sent = activity({ type: "message", text: BURGLARY_EN, conversation: { id: "conv-refused" } });
      const res = await post(sent);
      expect(res.status).toBeLessThan(500);
      expect(logger.events.some((e) => e.level === "error" && e.message === "turn failed")).toBe(true);
    } finally {
      connector.failWith = undefined;
    }
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe("the bot with credentials", () => {
  it("refuses an activity without a valid Bot Framework token (401, not 500)", async () => {
    const secured = await startTestBot({
      env: { MicrosoftAppId: "11111111-2222-3333-4444-555555555555", MicrosoftAppPassword: "secret" },
      clock,
      logger: recordingLogger(),
      tracker: new FileTrackerSource({ path: copySampleTracker(), clock, logger }),
    });
    try {
      const res = await fetch(`${secured.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity({ type: "message", text: BURGLARY_DA, conversation: { id: "conv-secure" } })),
      });
      expect(res.status).toBe(401);
      expect(connector.received.some((r) => r.conversationId === "conv-secure")).toBe(false);
    } finally {
      await secured.close();
    }
  });
});
