/**
 * A slow turn (a tracker that takes 1.5 s to read, as Graph can) sends the answer and nothing
 * before it: no "typing" activity, which teams-ai would otherwise start after one second.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import type { TrackerSource } from "../../bot/core/ports";
import type { RunningBot } from "../../bot/http/server";
import { recordingLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import { postActivity, shownText, teamsActivity } from "../helpers/activities";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestBot } from "../helpers/test-bot";
import { BURGLARY_DA, copySampleTracker, DEMO_NOW } from "./bot-fixtures";

const SLOW_MS = 1_500;
let connector: FakeConnector;
let bot: RunningBot;

beforeAll(async () => {
  connector = await FakeConnector.start();
  const clock = new ManualClock(DEMO_NOW);
  const logger = recordingLogger();
  const file = new FileTrackerSource({ path: copySampleTracker(), clock, logger, checkIntervalMs: 0 });
  await file.current();
  const slow: TrackerSource = {
    current: () => new Promise((resolve, reject) => setTimeout(() => file.current().then(resolve, reject), SLOW_MS)),
  };
  bot = await startTestBot({ clock, logger, tracker: slow });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe("a slow turn", () => {
  it("sends the answer without a typing indicator before it", async () => {
    const sent = teamsActivity(connector.url, { type: "message", text: BURGLARY_DA, conversation: { id: "slow" } });
    expect((await postActivity(bot.url, sent)).status).toBe(200);
    const reply = await connector.waitFor((r) => r.conversationId === "slow" && r.activity.type === "message", 10_000);
    expect(shownText(reply.activity)).toContain("Indbrud 2015: 58");
    expect(connector.received.filter((r) => r.conversationId === "slow").map((r) => r.activity.type)).toEqual(["message"]);
  });
});
