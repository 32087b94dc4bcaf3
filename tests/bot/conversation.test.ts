/**
 * A conversation with the bot over real HTTP on 127.0.0.1 (replies at the fake Bot Connector),
 * on the sample tracker at the demo date (1 September 2016, so "sidste år" is 2015):
 * follow-ups take what they leave out from the conversation's previous question, kept in the
 * bot's storage (here FileStorage in a temp folder, as in production) for 30 minutes and never
 * shared with another conversation; a suggestion button's payload posted back is answered as
 * the typed question.
 *
 * The figures are the sample workbook's (examples/amager-tracker.data.ts), read by hand:
 * Indbrud 2015 58 (target 62); Hærværk 2014 57 (target 60), 2015 52 (target 56);
 * Narkotika 2014 47 (target 44), 2015 45 (target 42); 2016 is in progress (Måneder, January–August):
 * Hærværk 3+4+4+4+5+4+4+5 = 33, Tyverier 12+14+15+14+18+19+18+18 = 128.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import type { KeyValueStorage } from "../../bot/core/ports";
import type { RunningBot } from "../../bot/http/server";
import { recordingLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import { FileStorage } from "../../bot/storage/file-storage";
import { cardOf, postActivity, shownText, teamsActivity } from "../helpers/activities";
import { FakeConnector, type ReceivedActivity } from "../helpers/fake-connector";
import { startTestBot } from "../helpers/test-bot";
import { copySampleTracker, DEMO_NOW } from "./bot-fixtures";

const MINUTE = 60_000;

let connector: FakeConnector;
let bot: RunningBot;
const clock = new ManualClock(DEMO_NOW);
const logger = recordingLogger();

beforeAll(async () => {
  connector = await FakeConnector.start();
  bot = await startTestBot({
    clock,
    logger,
    tracker: new FileTrackerSource({ path: copySampleTracker(), clock, logger, checkIntervalMs: 0 }),
    memoryStorage: new FileStorage(mkdtempSync(join(tmpdir(), "conversation-memory-"))),
  });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

/** Posts an activity to the bot and waits for its message in reply. */
async function post(fields: Record<string, unknown>, botUrl = bot.url, at = connector): Promise<ReceivedActivity> {
  const sent = teamsActivity(at.url, { type: "message", ...fields });
  const res = await postActivity(botUrl, sent);
  expect(res.status).toBe(200);
  return at.waitFor((r) => r.replyToId === sent.id && r.activity.type === "message", 10_000);
}

const say = async (conversationId: string, text: string) =>
  shownText((await post({ text, conversation: { id: conversationId, conversationType: "personal" } })).activity);

describe("follow-ups in a conversation", () => {
  it("take the category, the year and the question from the previous question", async () => {
    expect(await say("conv-follow", "Hvordan går det med indbrud i 2015?")).toContain(
      "Indbrud 2015: 58 anmeldelser mod måltallet på højst 62",
    );
    expect(await say("conv-follow", "og hærværk?")).toContain("Hærværk 2015: 52 anmeldelser mod måltallet på højst 56");
    expect(await say("conv-follow", "og i 2014?")).toContain("Hærværk 2014: 57 anmeldelser mod måltallet på højst 60");
    const drugs = await say("conv-follow", "hvad med narko?");
    expect(drugs).toContain("Narkotika 2014: 47 anmeldelser mod måltallet på højst 44");
    expect(drugs).toContain("3 over");
    // In English, and "last year" from the clock (2016): 2015.
    expect(await say("conv-follow", "and last year?")).toContain("Drugs 2015: 45 reports against the target of at most 42");
  });

  it("are never taken from another conversation", async () => {
    await say("conv-one", "Hvad er målet for tyverier i 2014?");
    const other = await say("conv-two", "og hærværk?");
    // Answered as it stands: hærværk this year (2016, in progress: 33 reports January–August), not the other conversation's target question for 2014.
    expect(other).toContain("Hærværk 2016 til og med august: 33 anmeldelser");
    expect(other).not.toContain("2014");
    expect(await say("conv-one", "og hærværk?")).toContain("Måltallet for hærværk i 2014 er højst 60 anmeldelser");
  });

  it("continue a question asked up to 30 minutes ago, and not one asked longer ago", async () => {
    await say("conv-time", "Hvordan går det med indbrud i 2015?");
    clock.advance(29 * MINUTE);
    expect(await say("conv-time", "og hærværk?")).toContain("Hærværk 2015: 52 anmeldelser");
    clock.advance(31 * MINUTE);
    // Answered as it stands: tyverier this year (2016, in progress: 128 reports January–August), not in 2015 as the question an hour ago.
    const late = await say("conv-time", "og tyverier?");
    expect(late).toMatch(/^Tyverier 2016 til og med august: 128 anmeldelser/);
  });
});

describe("suggestion buttons", () => {
  it("are answered as the question they ask, whether the host posts their data or Teams posts an imBack", async () => {
    const first = await post({ text: "Hvordan går det med indbrud i 2015?", conversation: { id: "conv-buttons" } });
    const actions = cardOf(first.activity)?.actions ?? [];
    expect(actions.map((a) => a.title)).toEqual(["Se udviklingen", "Alle gerningstyper i 2015", "Næste styregruppemøde"]);
    const data = actions[0]?.data as { verb: string; question: string; msteams: { type: string; value: string } };
    expect(data).toEqual({
      verb: "ask",
      question: "Hvordan har indbrud udviklet sig over årene?",
      msteams: { type: "imBack", value: "Hvordan har indbrud udviklet sig over årene?" },
    });
    // The Agents Playground and Web Chat post the button's data as the activity's value, with no text.
    const clicked = await post({ value: data, conversation: { id: "conv-buttons" } });
    // Teams posts an imBack: the question as the partner's own message.
    const imBack = await post({ text: data.msteams.value, conversation: { id: "conv-buttons" } });
    const typed = await post({ text: "Hvordan har indbrud udviklet sig over årene?", conversation: { id: "conv-typed" } });
    expect(shownText(clicked.activity)).toBe(shownText(typed.activity));
    expect(shownText(imBack.activity)).toBe(shownText(typed.activity));
    // Indbrud over the years in the sample: 77, 71, 63, 58.
    expect(shownText(clicked.activity)).toContain("Indbrud over årene: fra 77 i 2012 til 58 i 2015 (−25 %).");
  });

  it("are not confused with other data posted without text", async () => {
    const reply = await post({
      value: { verb: "something-else", question: "Hvordan går det med indbrud i 2015?" },
      conversation: { id: "conv-other" },
    });
    expect(shownText(reply.activity)).not.toContain("58 anmeldelser");
  });
});

describe("when the storage fails", () => {
  it("answers a follow-up as it stands and logs the fault, without an apology", async () => {
    const failing: KeyValueStorage = {
      read: async () => {
        throw new Error("storage down");
      },
      write: async () => {
        throw new Error("storage down");
      },
      delete: async () => {},
    };
    const local = await FakeConnector.start();
    const failingLogger = recordingLogger();
    const failingBot = await startTestBot({
      clock,
      logger: failingLogger,
      tracker: new FileTrackerSource({ path: copySampleTracker(), clock, logger: failingLogger, checkIntervalMs: 0 }),
      memoryStorage: failing,
    });
    try {
      const first = await post({ text: "Hvordan går det med indbrud i 2015?", conversation: { id: "conv-down" } }, failingBot.url, local);
      expect(shownText(first.activity)).toContain("Indbrud 2015: 58 anmeldelser");
      const next = await post({ text: "og hærværk?", conversation: { id: "conv-down" } }, failingBot.url, local);
      expect(shownText(next.activity)).toContain("Hærværk 2016 til og med august: 33 anmeldelser");
      expect(shownText(next.activity)).not.toMatch(/Beklager/);
      const warnings = failingLogger.events.filter((e) => e.level === "warn").map((e) => e.message);
      expect(warnings).toContain("conversation memory: could not keep the question");
      expect(warnings).toContain("conversation memory: could not read the previous question");
      expect(failingLogger.events.filter((e) => e.level === "error")).toEqual([]);
    } finally {
      await failingBot.close();
      await local.close();
    }
  });
});
