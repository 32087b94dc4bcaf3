/**
 * With MicrosoftAppId set, only a request carrying a valid Bot Framework token reaches the bot.
 * The token check is botframework-connector's own, pointed (the openIdMetadataUrl test hook) at a local OpenID
 * document and key set; tokens are signed here with a locally made RSA key.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import type { RunningBot } from "../../bot/http/server";
import { createLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import { BURGLARY_DA, copySampleTracker, DEMO_NOW } from "../bot/bot-fixtures";
import { shownText } from "../helpers/activities";
import { FakeBotLogin, FixedTokenCredentialsFactory, OUTGOING_TOKEN } from "../helpers/fake-bot-login";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestBot } from "../helpers/test-bot";
import { countingEngine, memoryDestination, postActivity, teamsActivity } from "./fixtures";

const APP_ID = "11111111-2222-3333-4444-555555555555";
const APP_PASSWORD = "app-password-that-must-never-be-logged";
const GRAPH_SECRET = "graph-client-secret-that-must-never-be-logged";
const ACCOUNT_KEY = "c2VjcmV0LWFjY291bnQta2V5LXRoYXQtbXVzdC1uZXZlci1iZS1sb2dnZWQ=";
const ENV = {
  PORT: "0",
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: APP_PASSWORD,
  GRAPH_CLIENT_SECRET: GRAPH_SECRET,
  AZURE_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=https;AccountName=partnerskab;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`,
};

let login: FakeBotLogin;
let connector: FakeConnector;
let bot: RunningBot;
const engine = countingEngine();
const logs = memoryDestination();
const clock = new ManualClock(DEMO_NOW);

beforeAll(async () => {
  [login, connector] = await Promise.all([FakeBotLogin.start(), FakeConnector.start()]);
  // At debug level, so that the line that holds a message's words is written too (and must be safe).
  const logger = createLogger("debug", { destination: logs, env: ENV });
  bot = await startTestBot(
    { env: ENV, clock, logger, engine, tracker: new FileTrackerSource({ path: copySampleTracker(), clock, logger }) },
    {
      openIdMetadataUrl: login.metadataUrl,
      outgoingCredentials: new FixedTokenCredentialsFactory(APP_ID, APP_PASSWORD),
    },
  );
});

afterAll(async () => {
  await bot?.close();
  await Promise.all([connector?.close(), login?.close()]);
});

function message(conversationId: string, text = BURGLARY_DA) {
  return teamsActivity(connector.url, { type: "message", text, conversation: { id: conversationId } });
}

async function refused(conversationId: string, headers: Record<string, string>) {
  const callsBefore = engine.calls;
  const res = await postActivity(bot.url, message(conversationId), { headers });
  expect(res.status).toBe(401);
  expect(engine.calls).toBe(callsBefore);
  expect(connector.received.some((r) => r.conversationId === conversationId)).toBe(false);
}

describe("Bot Framework authentication", () => {
  it("a valid channel token: 200, the question is answered, and the reply carries the bot's outgoing token", async () => {
    const sent = message("conv-valid");
    const token = login.token({ audience: APP_ID, serviceUrl: connector.url });
    const res = await postActivity(bot.url, sent, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const reply = await connector.waitFor((r) => r.conversationId === "conv-valid" && r.activity.type === "message");
    expect(shownText(reply.activity)).toContain("Indbrud 2015: 58 anmeldelser");
    expect(reply.headers.authorization).toBe(`Bearer ${OUTGOING_TOKEN}`);
    expect(login.metadataRequests).toBeGreaterThan(0);
  });

  it("no token: 401 and no handler runs", async () => {
    await refused("conv-no-token", {});
    await refused("conv-empty-bearer", { authorization: "Bearer" });
    await refused("conv-garbage", { authorization: "Bearer not-a-jwt-at-all" });
  });

  it("a forged token (signed with another key under the published key id): 401, not 500", async () => {
    const forged = login.token({ audience: APP_ID, serviceUrl: connector.url, forged: true });
    await refused("conv-forged", { authorization: `Bearer ${forged}` });
    const unknownKey = login.token({ audience: APP_ID, serviceUrl: connector.url, kid: "no-such-key" });
    await refused("conv-unknown-key", { authorization: `Bearer ${unknownKey}` });
  });

  it("a token for another audience, another issuer, another serviceUrl, or an expired one: 401", async () => {
    const other = login.token({ audience: "99999999-8888-7777-6666-555555555555", serviceUrl: connector.url });
    await refused("conv-other-audience", { authorization: `Bearer ${other}` });
    const issuer = login.token({ audience: APP_ID, serviceUrl: connector.url, issuer: "https://evil.example" });
    await refused("conv-other-issuer", { authorization: `Bearer ${issuer}` });
    const serviceUrl = login.token({ audience: APP_ID, serviceUrl: "https://smba.trafficmanager.net/emea/" });
    await refused("conv-other-service", { authorization: `Bearer ${serviceUrl}` });
    const expired = login.token({ audience: APP_ID, serviceUrl: connector.url, expiresIn: -3600 });
    await refused("conv-expired", { authorization: `Bearer ${expired}` });
  });
});

describe("the logs", () => {
  it("hold no secret, no token and at most 200 characters of a message's text", async () => {
    const longText = `Hvordan går det med indbrud ${"abcdefghij".repeat(500)}`.slice(0, 5000);
    const token = login.token({ audience: APP_ID, serviceUrl: connector.url });
    const res = await postActivity(bot.url, message("conv-long", longText), { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const forged = login.token({ audience: APP_ID, serviceUrl: connector.url, forged: true });
    expect((await postActivity(bot.url, message("conv-log-forged"), { headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);

    const all = logs.lines.join("");
    const entries = logs.parsed();
    // The lines that would leak if redaction broke are there: the message's text (debug), the refused request's headers.
    const received = entries.find((e) => e.msg === "message received" && e.conversationId === "conv-long" && e.level === 20);
    expect(received?.textLength).toBe(5000);
    expect(String(received?.text).startsWith(longText.slice(0, 200))).toBe(true);
    // At info level the same message is its intent and length, never its words.
    const understood = entries.find((e) => e.msg === "message received" && e.conversationId === "conv-long" && e.level === 30);
    expect(understood?.intent).toEqual(expect.any(String));
    expect(understood?.textLength).toBe(5000);
    for (const entry of entries.filter((e) => Number(e.level) >= 30)) expect(JSON.stringify(entry)).not.toContain("abcdefghij");
    const refusedLine = entries.filter((e) => e.msg === "request refused: no valid Bot Framework token").at(-1);
    expect((refusedLine?.headers as Record<string, unknown> | undefined)?.authorization).toBe("[redacted]");

    for (const secret of [APP_PASSWORD, GRAPH_SECRET, ACCOUNT_KEY, token, forged, OUTGOING_TOKEN]) expect(all).not.toContain(secret);
    expect(all).not.toContain(longText.slice(0, 201));
    expect(all).not.toContain("abcdefghij".repeat(21));
    for (const entry of entries) expect(entry.level, JSON.stringify(entry).slice(0, 300)).toBeLessThan(50);
  });
});
