/**
 * The intent registry (shared/intents/) as the one list: its recognition rules are
 * unambiguous, its help examples are understood as the intents that list them, its test
 * examples keep only the entities their intent keeps, and the help built from it says
 * word for word what the help has always said.
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import {
  answerQuestion,
  composeAnswer,
  exampleQuestions,
  type IntentKind,
  intentKinds,
  intentRegistry,
  languages,
  understand,
} from "../../shared/index";
import { askWords } from "../../shared/intents/ask-words";
import { amager, context, NOW } from "./fixtures";

const HELP_DA = [
  "Jeg svarer på spørgsmål om partnerskabets tal, måltal, målsætninger og møder, på dansk eller engelsk. Prøv fx:",
  "- Hvordan går det med indbrud i forhold til måltallet for 2015?",
  "- Hvordan går det i 2015?",
  "- Hvad er måltallet for tyverier i 2016?",
  "- Hvordan har hærværk udviklet sig over årene?",
  "- Hvor mange anmeldelser af indbrud var der i juli?",
  "- Sammenlign indbrud og hærværk i 2015",
  "- Tyverier 2014 sammenlignet med 2015",
  "- Hvilken gerningstype går det dårligst med?",
  "- Hvornår er næste styregruppemøde?",
  "- Hvornår var sidste styregruppemøde?",
  "- Hvad blev der drøftet på styregruppemødet i marts?",
  "- Hvilke møder har vi i år?",
  "- Hvor mange møder har vi holdt i år?",
  "- Hvad er partnerskabets målsætninger?",
  "- Hvilke aktiviteter er i gang?",
  "- Hvilke aktiviteter har BUF ansvar for?",
  "- Hvordan går det med SSP-aktiveringerne?",
  "- Hvad siger tryghedsindekset?",
  "- Hvor stor er andelen af utrygge?",
  "- Hvad er budgettet?",
  "- Hvem er parterne i aftalen?",
  "- Hvem er formand for styregruppen?",
  "- Hvem står for sekretariatet?",
  "- Hvem har skrevet under på aftalen?",
  "- Hvad sker der efter 2016?",
  "- Lav statusrapport for 2015",
  "- Hvad mangler til statusrapporten?",
  "- Abonnér på påmindelser (kun styregruppen)",
].join("\n");

const HELP_EN = [
  "I answer questions about the partnership's figures, targets, objectives and meetings, in Danish or English. Try for example:",
  "- How is burglary doing against the 2015 target?",
  "- How are we doing in 2015?",
  "- What is the 2016 target for theft?",
  "- How has vandalism developed over the years?",
  "- How many reports of burglary were there in July?",
  "- Compare burglary and vandalism in 2015",
  "- Compare theft in 2014 and 2015",
  "- Which category is doing worst?",
  "- When is the next steering group meeting?",
  "- When was the last steering group meeting?",
  "- What was the steering group meeting in March about?",
  "- Which meetings do we have this year?",
  "- How many meetings have we held this year?",
  "- What are the partnership's objectives?",
  "- Which activities are in progress?",
  "- Which activities is BUF responsible for?",
  "- How are the SSP activations?",
  "- What does the safety index say?",
  "- What share of residents feel unsafe?",
  "- What is the budget?",
  "- Who are the parties to the agreement?",
  "- Who chairs the steering group?",
  "- Who runs the secretariat?",
  "- Who signed the agreement?",
  "- What happens after 2016?",
  "- Status report 2015",
  "- What is missing for the status report?",
  "- Subscribe to reminders (only the steering group)",
].join("\n");

describe("the intent registry", () => {
  it("never leaves the choice between two intents to chance: no priority is shared by two intents", () => {
    const owner = new Map<number, IntentKind>();
    const clashes: string[] = [];
    for (const intent of intentKinds) {
      for (const rule of intentRegistry[intent].recognise) {
        const other = owner.get(rule.priority);
        if (other !== undefined && other !== intent) clashes.push(`${rule.priority}: ${other} and ${intent}`);
        owner.set(rule.priority, intent);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has a floor that matches anything (not understood) and puts an overlong message above everything", () => {
    // Vague: a floor message that names an unknown subject ("kantinen") gets the unsure reply instead.
    expect(intentRegistry.unknown.recognise).toEqual([{ priority: 0, vague: true }]);
    const top = Math.max(...intentKinds.flatMap((k) => intentRegistry[k].recognise.map((r) => r.priority)));
    expect(intentRegistry["too-long"].recognise.map((r) => r.priority)).toEqual([top]);
  });

  it("understands every help example as the intent that lists it", () => {
    const wrong: string[] = [];
    for (const intent of intentKinds) {
      for (const example of intentRegistry[intent].help) {
        for (const lang of languages) {
          const text = example[lang];
          const question = typeof text === "string" ? text : text({ category: (i) => amager.categories[i]?.name[lang] ?? "?" });
          const u = understand(question, { now: NOW, agreement: amager });
          if (u.intent !== intent || u.lang !== lang) wrong.push(`${question} → ${u.intent}/${u.lang}, not ${intent}/${lang}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("expects of each test example only entities its intent keeps", () => {
    const stray: string[] = [];
    for (const intent of intentKinds) {
      const keeps: readonly string[] = intentRegistry[intent].keeps;
      for (const lang of languages) {
        for (const [question, entities] of intentRegistry[intent].examples[lang]) {
          for (const key of Object.keys(entities)) {
            if (key === "followUp") continue; // not an entity: how the message could continue a conversation
            const kind = key === "yearOffset" ? "year" : key;
            if (!keeps.includes(kind)) stray.push(`${intent}: "${question.slice(0, 40)}" expects ${key}`);
          }
        }
      }
    }
    expect(stray).toEqual([]);
  });

  it("asks each intent in its own words so that the question is understood as that intent, with those entities", () => {
    const wrong: string[] = [];
    for (const intent of intentKinds) {
      const ask = intentRegistry[intent].ask;
      if (!ask) continue;
      for (const lang of languages) {
        for (const [, entities] of intentRegistry[intent].examples[lang]) {
          const { followUp: _followUp, yearOffset: _offset, ...named } = entities;
          const question = ask(named, lang, askWords(amager, lang));
          const { followUp: _f, yearOffset: _o, ...u } = understand(question, { now: NOW, agreement: amager });
          const expected = { intent, lang, ...named };
          if (!isDeepStrictEqual(u, expected)) wrong.push(`${intent}/${lang}: "${question}" → ${JSON.stringify(u)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("suggests next questions that are understood as the intent they name, at most three, never the question just asked", () => {
    const wrong: string[] = [];
    for (const intent of intentKinds) {
      for (const lang of languages) {
        for (const [question] of intentRegistry[intent].examples[lang]) {
          const answer = answerQuestion(question, context());
          expect(answer.suggestions.length, question).toBeLessThanOrEqual(3);
          const next = intentRegistry[answer.intent].next;
          const { intent: _i, lang: _l, followUp: _f, ...named } = understand(question, { now: NOW, agreement: amager });
          const planned = next(named, answer.lang, askWords(amager, answer.lang));
          for (const s of answer.suggestions) {
            const target = planned.find(
              (p) => intentRegistry[p.intent].ask?.(p.named, answer.lang, askWords(amager, answer.lang)) === s.question,
            );
            const u = understand(s.question, { now: NOW, agreement: amager });
            if (!target || u.intent !== target.intent || u.lang !== answer.lang)
              wrong.push(`${question} → [${s.title}] "${s.question}" → ${u.intent}/${u.lang}`);
            if (s.question === question) wrong.push(`${question} suggests itself`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("builds the help from the registry, word for word, with every capability", () => {
    expect(composeAnswer({ intent: "help", lang: "da" }, context()).text).toBe(HELP_DA);
    expect(composeAnswer({ intent: "help", lang: "en" }, context()).text).toBe(HELP_EN);
    const unknown = composeAnswer({ intent: "unknown", lang: "da" }, context()).text;
    expect(unknown).toBe(
      ["Det forstod jeg ikke helt. Prøv fx:", ...HELP_DA.split("\n").slice(1, 5), "- Skriv »hjælp« for flere eksempler."].join("\n"),
    );
    // The card opens with the short answer (the lead), then the examples; nothing said twice.
    const card = composeAnswer({ intent: "help", lang: "da" }, context()).card;
    expect(card?.body.map((b) => b.text)).toEqual(HELP_DA.split("\n").map((l) => l.replace(/^- /, "• ")));
  });

  it("takes category names from the agreement, and stand-ins when there is none", () => {
    const renamed = {
      ...amager,
      categories: amager.categories.map((c, i) => (i === 3 ? { ...c, name: { da: "Graffiti", en: "Graffiti" } } : c)),
    };
    expect(exampleQuestions(renamed, "da")).toContain("Hvordan har graffiti udviklet sig over årene?");
    expect(exampleQuestions(undefined, "da").slice(0, 4)).toEqual(
      HELP_DA.split("\n")
        .slice(1, 5)
        .map((l) => l.slice(2)),
    );
    expect(exampleQuestions(undefined, "en").slice(0, 4)).toEqual(
      HELP_EN.split("\n")
        .slice(1, 5)
        .map((l) => l.slice(2)),
    );
  });
});
