/**
 * The follow-up rule (shared/ask/follow-up.ts), pure: what "og hærværk?", "og i 2014?", "and
 * last year?" or "hvad med narko?" take from the previous question, and what a stored previous
 * question must look like to be used at all. Over HTTP, in a conversation: tests/bot/conversation.test.ts.
 */
import { describe, expect, it } from "vitest";
import { continueFrom, type Remembered, rememberable, rememberedFrom, type Understanding, understand } from "../../shared/index";
import { amager, NOW } from "./fixtures";

const ask = (text: string) => understand(text, { now: NOW, agreement: amager });

/** The second question, asked after the first in one conversation. */
function askedAfter(first: string, second: string): Understanding {
  const previous = rememberable(ask(first));
  return continueFrom(previous, ask(second));
}

describe("follow-ups", () => {
  it("are marked as such only when they name entities and nothing to ask about them", () => {
    for (const text of [
      "og hærværk?",
      "og i 2014?",
      "and last year?",
      "hvad med narko?",
      "What about the working group?",
      "2014?",
      "hærværket?",
    ])
      expect(ask(text).followUp, text).toBe(true);
    for (const text of ["Hvornår er næste møde?", "og hvornår er næste møde?", "indbrud i forhold til målet", "tak", "og?"])
      expect(ask(text).followUp, text).toBeUndefined();
  });

  it("are answered as they stand without a previous question (the CLI, a new conversation)", () => {
    const u = ask("og hærværk?");
    expect(continueFrom(undefined, u)).toBe(u);
    expect(u).toMatchObject({ intent: "category-status", category: "haervaerk" });
  });

  it("ask the previous question again for another category or year", () => {
    expect(askedAfter("Hvordan går det med indbrud i 2015?", "og hærværk?")).toEqual({
      intent: "category-status",
      lang: "da",
      category: "haervaerk",
      year: 2015,
    });
    expect(askedAfter("Hvordan går det med indbrud i 2015?", "og i 2014?")).toEqual({
      intent: "category-status",
      lang: "da",
      category: "indbrud",
      year: 2014,
    });
    expect(askedAfter("What is the 2016 target for theft?", "and last year?")).toEqual({
      intent: "category-target",
      lang: "en",
      category: "tyverier",
      year: 2014,
      yearOffset: -1,
    });
    expect(askedAfter("Hvad er målet for tyverier i 2016?", "hvad med narko?")).toEqual({
      intent: "category-target",
      lang: "da",
      category: "narkotika",
      year: 2016,
    });
    expect(askedAfter("Hvornår er næste styregruppemøde?", "og arbejdsgruppen?")).toEqual({
      intent: "next-meeting",
      lang: "da",
      group: "working",
    });
    expect(askedAfter("Hvilke aktiviteter er der under brobygning?", "og byrum?")).toEqual({
      intent: "activities",
      lang: "da",
      focusArea: "trygt-byrum",
    });
  });

  it("answer in the follow-up's own language", () => {
    expect(askedAfter("Hvordan går det med indbrud i 2015?", "and vandalism?")).toEqual({
      intent: "category-status",
      lang: "en",
      category: "haervaerk",
      year: 2015,
    });
  });

  it("ask their own question, with what they leave out, when the previous one does not take what they name", () => {
    // A year's overview takes no category: "og indbrud?" asks indbrud's status, in the overview's year.
    expect(askedAfter("Hvordan går det i 2014?", "og indbrud?")).toEqual({
      intent: "category-status",
      lang: "da",
      category: "indbrud",
      year: 2014,
    });
    // The next meeting takes no year: "og i 2014?" is 2014's overview, without the meeting's group.
    expect(askedAfter("Hvornår er næste styregruppemøde?", "og i 2014?")).toEqual({ intent: "year-overview", lang: "da", year: 2014 });
  });

  it("add one more to a comparison", () => {
    expect(askedAfter("Sammenlign indbrud og hærværk i 2015", "og tyveri?")).toEqual({
      intent: "category-comparison",
      lang: "da",
      categories: ["indbrud", "haervaerk", "tyverier"],
      year: 2015,
    });
    expect(askedAfter("Sammenlign indbrud og hærværk i 2015", "og i 2014?")).toEqual({
      intent: "category-comparison",
      lang: "da",
      categories: ["indbrud", "haervaerk"],
      year: 2014,
    });
    expect(askedAfter("tyverier 2014 sammenlignet med 2015", "og 2013?")).toEqual({
      intent: "year-comparison",
      lang: "da",
      category: "tyverier",
      years: [2014, 2015, 2013],
    });
  });

  it("leave a question with its own subject alone", () => {
    expect(askedAfter("Hvordan går det med indbrud i 2015?", "Hvornår er næste møde?")).toEqual({ intent: "next-meeting", lang: "da" });
    expect(askedAfter("Hvordan går det med indbrud i 2015?", "og hvordan går det med tyverierne?")).toEqual({
      intent: "category-status",
      lang: "da",
      category: "tyverier",
    });
  });

  it("remember only questions a follow-up can continue", () => {
    for (const text of ["hjælp", "tak", "hej", "Hvordan går det med parkeringen?", "abonnér på påmindelser", "qwxz"])
      expect(rememberable(ask(text)), text).toBeUndefined();
    expect(rememberable(ask("Hvordan går det med indbrud i 2015?"))).toEqual({
      intent: "category-status",
      named: { category: "indbrud", year: 2015 },
    });
  });
});

describe("a remembered question read back from storage", () => {
  it("is the question that was stored, through JSON", () => {
    for (const text of [
      "Sammenlign indbrud og hærværk sidste år",
      "Hvad blev der drøftet på styregruppemødet den 10. marts?",
      "Hvilke aktiviteter er i gang?",
    ]) {
      const remembered = rememberable(ask(text)) as Remembered;
      expect(rememberedFrom(JSON.parse(JSON.stringify({ ...remembered, askedAt: NOW.toISOString(), eTag: "1" })))).toEqual(remembered);
    }
  });

  it("is no memory at all when damaged or from an intent that no longer exists", () => {
    for (const item of [
      null,
      "category-status",
      { intent: "no-such-intent", named: {} },
      { intent: "constructor", named: {} },
      { intent: "category-status" },
      { intent: "category-status", named: { categories: "indbrud" } },
      { intent: "category-status", named: { year: "2015" } },
      { intent: "year-comparison", named: { years: [2014, "2015"] } },
      { intent: "meeting-on-date", named: { date: "juni" } },
      { intent: "activities", named: { party: 3 } },
    ])
      expect(rememberedFrom(item), JSON.stringify(item)).toBeUndefined();
  });
});
