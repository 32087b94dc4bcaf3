/** The one cleaning of incoming text and the one language guess, as the engine and the bot both use them. */
import { describe, expect, it } from "vitest";
import { messageText } from "../../shared/ask/clean";
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
