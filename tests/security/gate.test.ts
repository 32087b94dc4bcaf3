/**
 * What stands between a stranger and the bot's handlers, over real HTTP: the activity's shape
 * (400 with a reason), ALLOWED_TENANTS (a short refusal without figures, logged), and the
 * per-conversation rate limit (one polite notice per minute, in the asker's language).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import type { RunningBot } from "../../bot/http/server";
import { createLogger } from "../../bot/log";
import { ConversationRateLimiter } from "../../bot/security/rate-limiter";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import { BURGLARY_DA, BURGLARY_EN, copySampleTracker, DEMO_NOW, recordingSubscriptions } from "../bot/bot-fixtures";
import { shownText } from "../helpers/activities";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestBot } from "../helpers/test-bot";
import { BOT, countingEngine, memoryDestination, postActivity, TENANT_A, TENANT_B, teamsActivity } from "./fixtures";

let connector: FakeConnector;
let bot: RunningBot;
const engine = countingEngine();
const logs = memoryDestination();
const clock = new ManualClock(DEMO_NOW);
const subscriptions = recordingSubscriptions();

beforeAll(async () => {
  connector = await FakeConnector.start();
  const env = { PORT: "0", ALLOWED_TENANTS: ` ${TENANT_A.toUpperCase()} , 12345678-aaaa-4bbb-8ccc-123456789012` };
  const logger = createLogger("info", { destination: logs, env });
  bot = await startTestBot({
    env,
    clock,
    logger,
    engine,
    subscriptions,
    tracker: new FileTrackerSource({ path: copySampleTracker(), clock, logger }),
  });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

function message(conversationId: string, text: string, tenantId: string | null = TENANT_A) {
  return teamsActivity(connector.url, {
    type: "message",
    text,
    conversation: { id: conversationId, conversationType: "personal", ...(tenantId ? { tenantId } : {}) },
    ...(tenantId ? { channelData: { tenant: { id: tenantId } } } : {}),
  });
}

/** POSTs and returns the texts that arrived at the connector for that activity. */
async function say(activity: ReturnType<typeof message>): Promise<string[]> {
  const res = await postActivity(bot.url, activity);
  expect(res.status).toBe(200);
  // The reply is sent within the turn, before the HTTP answer: everything has arrived by now.
  // Messages only: under load teams-ai may send a typing indicator first.
  return connector.received.filter((r) => r.replyToId === activity.id && r.activity.type === "message").map((r) => shownText(r.activity));
}

describe("activities that are not well formed", () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ["no type", { conversation: { id: "c" }, serviceUrl: "http://127.0.0.1:1/" }, /no `type`/],
    ["an empty type", { type: " ", conversation: { id: "c" }, serviceUrl: "http://127.0.0.1:1/" }, /no `type`/],
    ["no conversation", { type: "message", text: "hej", serviceUrl: "http://127.0.0.1:1/" }, /conversation\.id/],
    ["a conversation without id", { type: "message", conversation: {}, serviceUrl: "http://127.0.0.1:1/" }, /conversation\.id/],
    ["a message without serviceUrl", { type: "message", text: "hej", conversation: { id: "c" } }, /needs a `serviceUrl`/],
    ["a serviceUrl that is not http(s)", { type: "message", conversation: { id: "c" }, serviceUrl: "file:///etc/passwd" }, /http\(s\) URL/],
    ["a serviceUrl that is no URL", { type: "message", conversation: { id: "c" }, serviceUrl: "not a url" }, /http\(s\) URL/],
    [
      "a text that is a number",
      { type: "message", text: 42, conversation: { id: "c" }, serviceUrl: "http://127.0.0.1:1/" },
      /`text` must be a string/,
    ],
    [
      "from as a string",
      { type: "message", from: "mette", conversation: { id: "c" }, serviceUrl: "http://127.0.0.1:1/" },
      /`from` must be an object/,
    ],
    [
      "membersAdded not a list",
      { type: "conversationUpdate", membersAdded: { id: "x" }, conversation: { id: "c" }, serviceUrl: "http://127.0.0.1:1/" },
      /`membersAdded` must be an array/,
    ],
    [
      "a tenant id that is an object",
      { type: "message", channelData: { tenant: { id: {} } }, conversation: { id: "c" }, serviceUrl: "http://127.0.0.1:1/" },
      /tenant\.id/,
    ],
  ];

  it.each(cases)("%s: 400 with the reason, and no handler runs", async (_name, body, reason) => {
    const before = engine.calls;
    const res = await postActivity(bot.url, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(reason);
    expect(engine.calls).toBe(before);
  });

  it("malformed JSON: 400 with the reason", async () => {
    const res = await postActivity(bot.url, undefined, { raw: '{"type": "message", "conversation": {' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^malformed JSON/);
  });
});

describe("ALLOWED_TENANTS", () => {
  it("answers a partner in an allowed tenant (ids compared without case or spaces)", async () => {
    const texts = await say(message("conv-tenant-a", BURGLARY_DA));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain("Indbrud 2015: 58 anmeldelser");
  });

  it("refuses another tenant briefly, without figures, in the asker's language, and logs it", async () => {
    const before = engine.calls;
    const danish = await say(message("conv-tenant-b", BURGLARY_DA, TENANT_B));
    expect(danish).toEqual(["Beklager, denne bot er kun for tryghedspartnerskabets egne organisationer."]);
    const english = await say(message("conv-tenant-b-en", BURGLARY_EN, TENANT_B));
    expect(english).toEqual(["Sorry, this bot is only for the safety partnership's own organisations."]);
    for (const text of [...danish, ...english]) expect(text).not.toMatch(/\d/);
    expect(engine.calls).toBe(before);

    const refusals = logs.parsed().filter((e) => e.msg === "activity refused: its tenant is not in ALLOWED_TENANTS");
    expect(refusals.map((e) => [e.tenantId, e.conversationId])).toEqual([
      [TENANT_B, "conv-tenant-b"],
      [TENANT_B, "conv-tenant-b-en"],
    ]);
  });

  it("refuses an activity with no tenant at all, and reads the tenant from conversation.tenantId too", async () => {
    expect(await say(message("conv-no-tenant", BURGLARY_DA, null))).toEqual([
      "Beklager, denne bot er kun for tryghedspartnerskabets egne organisationer.",
    ]);
    const viaConversation = teamsActivity(connector.url, {
      type: "message",
      text: BURGLARY_DA,
      conversation: { id: "conv-tenant-in-conversation", tenantId: TENANT_A },
    });
    expect((await say(viaConversation))[0]).toContain("58 anmeldelser");
  });

  it("a foreign team adding the bot is told no, and is not remembered", async () => {
    const added = teamsActivity(connector.url, {
      type: "conversationUpdate",
      membersAdded: [BOT],
      locale: "en-US",
      conversation: { id: "19:foreign-team", conversationType: "channel", tenantId: TENANT_B },
      channelData: { tenant: { id: TENANT_B } },
    });
    const res = await postActivity(bot.url, added);
    expect(res.status).toBe(200);
    expect(connector.received.filter((r) => r.conversationId === "19:foreign-team").map((r) => r.activity.text)).toEqual([
      "Sorry, this bot is only for the safety partnership's own organisations.",
    ]);
    expect(subscriptions.calls.some((c) => c.address.conversationId === "19:foreign-team")).toBe(false);
  });
});

describe("the rate limit (30 messages a minute per conversation by default)", () => {
  it("answers 30, sends one polite notice for the 31st, drops the rest, and answers again a minute later", async () => {
    const texts: string[][] = [];
    for (let i = 0; i < 36; i++) texts.push(await say(message("conv-flood", "hjælp")));
    expect(texts.slice(0, 30).every((t) => t.length === 1 && !/mange beskeder/.test(t[0] ?? ""))).toBe(true);
    expect(texts[30]).toEqual(["Du har sendt mange beskeder på kort tid (mere end 30 i minuttet). Vent et øjeblik, så svarer jeg igen."]);
    expect(texts.slice(31)).toEqual([[], [], [], [], []]);
    // Another conversation is not affected.
    expect((await say(message("conv-calm", BURGLARY_DA)))[0]).toContain("58 anmeldelser");
    expect(logs.parsed().filter((e) => e.msg === "rate limit reached" && e.conversationId === "conv-flood")).toHaveLength(1);

    clock.advance(59_000);
    expect(await say(message("conv-flood", "hjælp"))).toEqual([]);
    clock.advance(1_000);
    const again = await say(message("conv-flood", BURGLARY_DA));
    expect(again[0]).toContain("58 anmeldelser");
  });

  it("answers the notice in English to an English asker, and counts a channel's threads together", async () => {
    const thread = (n: number) => `19:general@thread.tacv2;messageid=${n}`;
    const replies: string[][] = [];
    for (let i = 0; i < 31; i++) replies.push(await say(message(thread(i), "What is the status, please?")));
    expect(replies[30]).toEqual([
      "You have sent a lot of messages in a short time (more than 30 a minute). Please wait a moment, and I will answer again.",
    ]);
  });
});

describe("ConversationRateLimiter", () => {
  it("remembers a bounded number of conversations, however many ids a stranger invents", () => {
    const limiter = new ConversationRateLimiter({ perMinute: 2, clock, maxTracked: 100 });
    for (let i = 0; i < 5_000; i++) expect(limiter.check(`invented-${i}`)).toBe("ok");
    expect(limiter.tracked).toBeLessThanOrEqual(101);
    expect([limiter.check("x"), limiter.check("x"), limiter.check("x"), limiter.check("x")]).toEqual(["ok", "ok", "notice", "drop"]);
  });

  it("starts a new window when the clock is set back (PARTNERSKAB_NOW on a restart)", () => {
    const c = new ManualClock("2016-09-01T09:00:00Z");
    const limiter = new ConversationRateLimiter({ perMinute: 1, clock: c });
    expect([limiter.check("a"), limiter.check("a")]).toEqual(["ok", "notice"]);
    c.advance(-3_600_000);
    expect(limiter.check("a")).toBe("ok");
  });
});
