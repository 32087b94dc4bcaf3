/**
 * Whatever arrives, an answer: random text, markup, overlong messages, words in random order.
 * The engine throws rather than hide a fault, so a crash fails these properties; through the
 * bot core (the fault boundary) they also assert that no fault was logged.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import { type CoreServices, handleMessage } from "../../bot/core/handle-message";
import { sharedAnswerEngine } from "../../bot/core/shared-answer-engine";
import { recordingLogger } from "../../bot/log";
import { vocabularyFor } from "../../shared/ask/vocabulary";
import { answerQuestion, type IntentKind, intentKinds, MAX_QUESTION_LENGTH, understand } from "../../shared/index";
import { amager, context, NOW, tracker } from "./fixtures";

const INTENTS: ReadonlySet<IntentKind> = new Set<IntentKind>(intentKinds);

const WORDS = [
  "indbrud",
  "indbruddene",
  "burglaries",
  "tyverierne",
  "hærværket",
  "vold",
  "trusler",
  "2015",
  "2026",
  "i",
  "år",
  "sidste",
  "næste",
  "møde",
  "styregruppen",
  "steering",
  "group",
  "next",
  "budget",
  "ssp",
  "tryghedsindekset",
  "abonnér",
  "påmindelser",
  "afmeld",
  "hvilke",
  "målet",
  "target",
  "over",
  "the",
  "years",
  "hvem",
  "parterne",
  "<at>",
  "</at>",
  "&nbsp;",
  "<p>",
  "?",
  "hjælp",
  "help",
  "udvikling",
  "&#",
  "<",
  "&amp",
];

describe("robustness", () => {
  it("never throws on random text and always answers with a known intent and some text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const u = understand(text, { now: NOW, agreement: amager });
        expect(INTENTS.has(u.intent)).toBe(true);
        const a = answerQuestion(text, context());
        expect(a.text.trim().length).toBeGreaterThan(0);
        expect(a.card?.version).toBe("1.5");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on the product's own words in random order and combination", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }), fc.constantFrom(" ", "", "-", "\n"), (words, sep) => {
        const a = answerQuestion(words.join(sep), context());
        expect(INTENTS.has(a.intent)).toBe(true);
        expect(a.text.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it("through the bot core, answers every message and logs no fault", async () => {
    const logger = recordingLogger();
    const services: CoreServices = {
      tracker: { current: async () => ({ agreement: amager, tracker, readAt: NOW }) },
      clock: new ManualClock(NOW.toISOString()),
      engine: sharedAnswerEngine,
      subscriptions: undefined,
      logger,
    };
    const address = { conversationId: "fuzz", channelId: "msteams", serviceUrl: "https://smba.example/", reference: {} };
    const message = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((w) => w.join(" ")),
      fc.constantFrom(undefined, "", "x".repeat(10_000)),
    );
    await fc.assert(
      fc.asyncProperty(message, async (text) => {
        const replies = await handleMessage(text, address, services);
        expect(replies).toHaveLength(1);
        expect(replies[0]?.text.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    expect(logger.events.filter((e) => e.level !== "info")).toEqual([]);
  });

  it("gives a 2,001-character message the polite limit message, in its language", () => {
    const da = `Hvordan går det med indbrud? ${"x".repeat(MAX_QUESTION_LENGTH)}`.slice(0, MAX_QUESTION_LENGTH + 1);
    expect(da.length).toBe(2001);
    const a = answerQuestion(da, context());
    expect(a.intent).toBe("too-long");
    expect(a.text).toContain("højst 2.000 tegn");
    const en = `How are burglaries doing against the target? ${"y".repeat(MAX_QUESTION_LENGTH)}`.slice(0, MAX_QUESTION_LENGTH + 1);
    const b = answerQuestion(en, context());
    expect(b.intent).toBe("too-long");
    expect(b.text).toContain("at most 2,000 characters");
    expect(answerQuestion("x".repeat(100_000), context()).intent).toBe("too-long");
  });

  it("still answers a message of exactly 2,000 characters", () => {
    const q = "indbrud 2015 ".padEnd(MAX_QUESTION_LENGTH, " ");
    expect(q.length).toBe(MAX_QUESTION_LENGTH);
    expect(answerQuestion(q, context()).intent).toBe("category-status");
  });

  it("does not count Teams markup against the limit", () => {
    const q = `<at>Partnerskab</at> ${"<p>&nbsp;</p>".repeat(200)} indbrud 2015`;
    expect(q.length).toBeGreaterThan(MAX_QUESTION_LENGTH);
    expect(understand(q, { now: NOW, agreement: amager })).toMatchObject({ intent: "category-status", category: "indbrud", year: 2015 });
  });

  it("reads HTML entities and ignores tags", () => {
    // "&aelig;" is no entity Teams sends, so the subject stays unreadable: the year is read, the engine is unsure.
    expect(understand("<p>Hvordan&nbsp;g&#229;r det med h&aelig;rv&aelig;rk i 2014?</p>", { now: NOW, agreement: amager })).toMatchObject({
      intent: "unsure",
      doubt: { instead: { intent: "year-overview", year: 2014 }, unknownWords: ["aelig", "aelig"] },
    });
    expect(understand("<p>Hvordan&nbsp;g&#229;r det med h&#230;rv&#230;rk i 2014?</p>", { now: NOW, agreement: amager })).toMatchObject({
      intent: "category-status",
      category: "haervaerk",
      year: 2014,
    });
    expect(understand("<div><b>abonn&#233;r</b> p&#xE5; p&aring;mindelser</div>", { now: NOW, agreement: amager }).intent).toBe(
      "subscribe",
    );
  });

  it("treats non-strings as not understood", () => {
    expect(understand(undefined as unknown as string, { now: NOW, agreement: amager }).intent).toBe("unknown");
    expect(answerQuestion(42 as unknown as string, context()).text.length).toBeGreaterThan(0);
  });

  it("builds the vocabulary once per agreement object", () => {
    expect(vocabularyFor(amager)).toBe(vocabularyFor(amager));
    expect(vocabularyFor(structuredClone(amager))).not.toBe(vocabularyFor(amager));
  });

  it("forgives one typo in words of 5 to 7 letters and two from 8 letters, not more", () => {
    const u = (text: string) => understand(text, { now: NOW, agreement: amager });
    expect(u("chikne 2015").category).toBe("chikane"); // 7 letters, one edit
    expect(u("chkne 2015").category).toBeUndefined(); // two edits in a 7-letter word
    expect(u("harrasment 2015").category).toBe("chikane"); // 10 letters, two edits
    expect(u("vold 2015").category).toBe("vold-trusler");
    expect(u("void 2015").category).toBeUndefined(); // 4 letters: no typo forgiven
  });
});
