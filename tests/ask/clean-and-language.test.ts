/** The one cleaning of incoming text and the one language guess, as the engine and the bot both use them. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messageText } from "../../shared/ask/clean";
import { scan } from "../../shared/ask/findings";
import { languageOf } from "../../shared/ask/language";
import { tokenize } from "../../shared/ask/tokens";
import { lexiconVocabulary, vocabularyFor } from "../../shared/ask/vocabulary";
import { cleanMessage, guessLanguage, MAX_QUESTION_LENGTH, understand } from "../../shared/index";
import { amager, NOW } from "./fixtures";

describe("cleanMessage", () => {
  it("removes Teams' mentions, tags and entities and collapses whitespace", () => {
    expect(cleanMessage("<p><at>Partnerskab</at>&nbsp;Hvordan går det med <b>indbrud</b> i 2015?</p>")).toBe(
      "Hvordan går det med indbrud i 2015?",
    );
    expect(cleanMessage("indbrud<br/>2015<div>og</div>&amp; tyverier")).toBe("indbrud 2015 og & tyverier");
    expect(cleanMessage("  hvordan\tgår\n\n det  ")).toBe("hvordan går det");
    expect(cleanMessage("p&#229; p&#xE5;mindelser &quot;nu&quot;")).toBe('på påmindelser "nu"');
  });

  it("keeps what is not markup: a lone <, an unknown entity, plain text as it is", () => {
    expect(cleanMessage("I <3 indbrud > x 2015")).toBe("I <3 indbrud > x 2015");
    expect(cleanMessage("h&aelig;rv&aelig;rk")).toBe("h&aelig;rv&aelig;rk");
    const plain = "Hvordan går det med indbrud i 2015?";
    expect(cleanMessage(plain)).toBe(plain);
  });

  it("counts neither markup nor runs of whitespace against the length limit", () => {
    expect(messageText(`<at>Partnerskab</at> ${"<p>&nbsp;</p>".repeat(300)} indbrud`)).toEqual({ text: "indbrud", tooLong: false });
    expect(messageText(`${" ".repeat(3_000)}indbrud`)).toEqual({ text: "indbrud", tooLong: false });
    const long = messageText("x".repeat(MAX_QUESTION_LENGTH + 1));
    expect(long.tooLong).toBe(true);
    expect(long.text.length).toBe(MAX_QUESTION_LENGTH);
  });
});

describe("guessLanguage", () => {
  it("reads Danish and English the way understand() does", () => {
    for (const [text, lang] of [
      ["Hvordan går det med indbrud i forhold til målet for 2015?", "da"],
      ["How are burglaries doing against the 2015 target?", "en"],
      ["<at>Partnerskab</at> when is the next meeting?", "en"],
      ["næste møde", "da"],
      ["qwxz blorp", "da"],
    ] as const) {
      expect(guessLanguage(text), text).toBe(lang);
      expect(guessLanguage(text, amager), text).toBe(understand(text, { now: NOW, agreement: amager }).lang);
    }
  });

  it("counts the agreement's category names when it has the agreement", () => {
    expect(guessLanguage("burglary 2015")).toBe("da");
    expect(guessLanguage("burglary 2015", amager)).toBe("en");
  });

  it("is Danish for nothing at all", () => {
    expect(guessLanguage(undefined)).toBe("da");
    expect(guessLanguage("")).toBe("da");
    expect(guessLanguage("x".repeat(100_000))).toBe("da");
  });
});

/** Words known before issue 13 and words it added (sidste / last, months, statuses, focus areas, parties …), both languages. */
const WORDS = [
  ...[
    "hvordan",
    "går",
    "det",
    "med",
    "indbrud",
    "i",
    "2015",
    "hvornår",
    "er",
    "næste",
    "møde",
    "styregruppen",
    "og",
    "tak",
    "hjælp",
    "målet",
    "år",
  ],
  ...["how", "is", "the", "burglary", "doing", "when", "next", "meeting", "steering", "group", "and", "thanks", "target", "year", "what"],
  ...["sidste", "seneste", "forrige", "last", "previous", "latest", "juni", "june", "marts", "march", "14", "aktiviteter", "activities"],
  ...["tryghedsplan", "safety", "plan", "i gang", "afsluttet", "finished", "in", "progress", "brobygning", "bridge-building", "byrum"],
  ...["BUF", "TMF", "politiet", "police", "SSP", "3B", "ansvarlig", "responsible", "sammenlign", "compare", "bedre", "better", "dårligst"],
  ...["worst", "mest", "forbedret", "most", "improved", "ikke", "nået", "missed", "tusind", "for", "hjælpen", "thank", "you", "kantinen"],
  ...["parkeringen", "weather", "over", "under", "gerningstype", "category", "efter", "after", "hej", "hello", "godmorgen", "morning"],
];

describe("the words issue 13 added", () => {
  it("change no message's language: every message reads the same with and without them", () => {
    for (const vocabulary of [vocabularyFor(amager), lexiconVocabulary()]) {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), (words) => {
          const tokens = tokenize(words.join(" "));
          expect(languageOf(scan(tokens, vocabulary))).toBe(languageOf(scan(tokens, vocabulary.before())));
        }),
        { numRuns: 2_000 },
      );
    }
  });

  it("are known as what they mean, all the same", () => {
    expect(understand("sidste møde", { now: NOW, agreement: amager }).intent).toBe("last-meeting");
    expect(understand("last meeting", { now: NOW, agreement: amager })).toMatchObject({ intent: "last-meeting", lang: "en" });
    expect(guessLanguage("last møde", amager)).toBe(guessLanguage("møde", amager));
    expect(guessLanguage("safety plan", amager)).toBe("en");
  });
});
