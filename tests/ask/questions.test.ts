/**
 * The answer engine on every test example in the intent registry (shared/intents/), Danish and
 * English, with varied phrasing, inflections, typos and Teams leftovers: each asserts the
 * intent and entities, and that the answer's text carries the figures the rules module
 * computes from the fixture. A new intent's examples run here without touching this file.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion, intentKinds, intentRegistry, languages, understand } from "../../shared/index";
import { expectValidCard } from "./card-shape";
import { expectedParts } from "./expected";
import { amager, context, NOW } from "./fixtures";

const cases = intentKinds.flatMap((intent) =>
  languages.flatMap((lang) => intentRegistry[intent].examples[lang].map(([question, entities]) => ({ intent, lang, question, entities }))),
);

const shortName = (question: string) => (question.length > 80 ? `${question.slice(0, 60)}… (${question.length} characters)` : question);

describe("the answer engine on the registry's test examples", () => {
  it("has at least 30 questions in each language, and some for every intent", () => {
    for (const lang of languages) expect(cases.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(30);
    for (const intent of intentKinds) for (const lang of languages) expect(intentRegistry[intent].examples[lang].length).toBeGreaterThan(0);
  });

  for (const { intent, lang, question, entities } of cases) {
    it(`${intent}, ${lang}: ${shortName(question)}`, () => {
      const u = understand(question, { now: NOW, agreement: amager });
      expect(u).toEqual({ intent, lang, ...entities });
      const answer = answerQuestion(question, context());
      expect(answer.intent).toBe(intent);
      expect(answer.lang).toBe(lang);
      expect(answer.text.trim().length).toBeGreaterThan(0);
      for (const part of expectedParts(u, lang)) expect(answer.text).toContain(part);
      expectValidCard(answer.card);
    });
  }
});
