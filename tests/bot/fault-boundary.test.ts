/**
 * The bot core is the bot's fault boundary: the answer engine (shared/) throws what it cannot
 * do instead of passing it off as "not understood" or the help, and the core turns the fault
 * into a short apology in the asker's language while the fault reaches the log with its stack.
 */
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import { type CoreServices, handleMessage } from "../../bot/core/handle-message";
import type { ConversationAddress, TrackerSource } from "../../bot/core/ports";
import { sharedAnswerEngine } from "../../bot/core/shared-answer-engine";
import { recordingLogger } from "../../bot/log";
import type { TrackerData } from "../../shared/index";
import { amager, tracker } from "../ask/fixtures";
import { BURGLARY_DA, BURGLARY_EN, DEMO_NOW, recordingSubscriptions } from "./bot-fixtures";

const address: ConversationAddress = { conversationId: "c-1", channelId: "msteams", serviceUrl: "https://smba.example/", reference: {} };

/** A tracker whose data is not what the reader makes: a bug upstream of the answers. */
const broken = { ...tracker, crime: undefined, meetings: undefined } as unknown as TrackerData;

function services(data: TrackerData, overrides: Partial<CoreServices> = {}) {
  const logger = recordingLogger();
  const clock = new ManualClock(DEMO_NOW);
  const source: TrackerSource = { current: async () => ({ agreement: amager, tracker: data, readAt: clock.now() }) };
  return { logger, services: { tracker: source, clock, engine: sharedAnswerEngine, subscriptions: undefined, logger, ...overrides } };
}

function faults(logger: ReturnType<typeof recordingLogger>) {
  return logger.events.filter((e) => e.level === "error");
}

describe("the bot's fault boundary", () => {
  it("answers a fault in the real engine with an apology in the asker's language and logs it with its stack", async () => {
    const { logger, services: core } = services(broken);
    const [da] = await handleMessage(BURGLARY_DA, address, core);
    expect(da?.text).toBe("Beklager, noget gik galt, da jeg skulle svare. Prøv igen om lidt.");
    const [en] = await handleMessage(BURGLARY_EN, address, core);
    expect(en?.text).toBe("Sorry, something went wrong while I was answering. Please try again in a moment.");
    const logged = faults(logger);
    expect(logged.map((e) => e.message)).toEqual(["answering a message failed", "answering a message failed"]);
    const err = logged[0]?.data.err as { message: string; stack: string };
    // The missing map is met first by a lookup in it, or by the cache of figures derived from it.
    expect(err.message).toMatch(/undefined|weak map key/);
    expect(err.stack).toMatch(/\n\s+at .*category/);
    expect(logged[0]?.data.conversationId).toBe("c-1");
  });

  it("still answers what needs no figures from the broken part, and logs nothing", async () => {
    const { logger, services: core } = services(broken);
    const [help] = await handleMessage("hjælp", address, core);
    expect(help?.text).toMatch(/^Jeg svarer på spørgsmål/);
    expect(faults(logger)).toEqual([]);
  });

  it("apologises when the subscription service fails, in the language the message was understood in", async () => {
    const subscriptions = recordingSubscriptions();
    subscriptions.subscribe = async () => {
      throw new Error("storage is down");
    };
    const { logger, services: core } = services(tracker, { subscriptions });
    const [reply] = await handleMessage("Subscribe to reminders", address, core);
    expect(reply?.text).toMatch(/^Sorry, something went wrong/);
    expect((faults(logger)[0]?.data.err as { stack?: string } | undefined)?.stack).toMatch(/storage is down\n\s+at /);
  });

  it("guesses the apology's language from the words when the engine itself fails", async () => {
    const { logger, services: core } = services(tracker, {
      engine: {
        understand: () => {
          throw new RangeError("no");
        },
        answer: sharedAnswerEngine.answer,
      },
    });
    expect((await handleMessage("<at>Partnerskab</at> when is the next meeting?", address, core))[0]?.text).toMatch(/^Sorry/);
    expect((await handleMessage("hvornår er næste møde?", address, core))[0]?.text).toMatch(/^Beklager/);
    expect(faults(logger)).toHaveLength(2);
  });
});
