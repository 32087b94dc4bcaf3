/**
 * The answer engine on 76 questions, half Danish and half English, with varied phrasing,
 * inflections, typos and Teams leftovers: each asserts the intent and entities, and that the
 * answer's text carries the figures the rules module computes from the fixture.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion, type Understanding, understand } from "../../shared/index";
import { expectValidCard } from "./card-shape";
import { expectedParts } from "./expected";
import { amager, context, NOW } from "./fixtures";

type Case = [question: string, expected: Omit<Understanding, "lang">];

const danish: Case[] = [
  ["Hvordan går det med indbrud i forhold til målet for 2015?", { intent: "category-status", category: "indbrud", year: 2015 }],
  ["Hvordan ligger indbruddene i år?", { intent: "category-status", category: "indbrud", year: 2015, yearOffset: 0 }],
  ["Er målet for tyverierne nået i 2014?", { intent: "category-status", category: "tyverier", year: 2014 }],
  ["Hvad med hærværket sidste år?", { intent: "category-status", category: "haervaerk", year: 2014, yearOffset: -1 }],
  ["Hvordan går det med volden?", { intent: "category-status", category: "vold-trusler" }],
  ["narkotikaen 2016", { intent: "category-status", category: "narkotika", year: 2016 }],
  ["Status på chikanen 2013", { intent: "category-status", category: "chikane", year: 2013 }],
  ["indbrd 2014", { intent: "category-status", category: "indbrud", year: 2014 }],
  ["Hvordan går det med tyverirne?", { intent: "category-status", category: "tyverier" }],
  ["haervaerk 2015", { intent: "category-status", category: "haervaerk", year: 2015 }],
  ["Hvad er målet for tyveri i 2016?", { intent: "category-target", category: "tyverier", year: 2016 }],
  ["Hvad er måltallet for hærværk?", { intent: "category-target", category: "haervaerk" }],
  ["Hvor højt er målet for boligindbrud i 2013?", { intent: "category-target", category: "indbrud", year: 2013 }],
  ["Hvordan har hærværk udviklet sig over årene?", { intent: "category-trend", category: "haervaerk" }],
  ["Udviklingen i narkotika år for år", { intent: "category-trend", category: "narkotika" }],
  ["Hvordan går det i 2015?", { intent: "year-overview", year: 2015 }],
  ["Giv mig et overblik over kriminaliteten sidste år", { intent: "year-overview", year: 2014, yearOffset: -1 }],
  ["Hvordan står det til med alle gerningstyperne i 2013?", { intent: "year-overview", year: 2013 }],
  ["Hvordan går det med SSP-aktiveringerne?", { intent: "ssp" }],
  ["Hvor mange ekstraordinære aktiveringer af SSP-beredskabet var der i 2014?", { intent: "ssp", year: 2014 }],
  ["Hvad siger tryghedsindekset?", { intent: "safety-index" }],
  ["Hvordan var trygheden i 2013?", { intent: "safety-index", year: 2013 }],
  ["Hvornår er næste styregruppemøde?", { intent: "next-meeting", group: "steering" }],
  ["Hvornår mødes arbejdsgruppen næste gang?", { intent: "next-meeting", group: "working" }],
  ["næste møde", { intent: "next-meeting" }],
  ["Hvor mange møder har styregruppen holdt i år?", { intent: "cadence", group: "steering", year: 2015, yearOffset: 0 }],
  ["Har vi holdt nok møder i år?", { intent: "cadence", year: 2015, yearOffset: 0 }],
  ["Hvad er budgettet for 2015?", { intent: "budget", year: 2015 }],
  ["Hvor mange penge er der brugt?", { intent: "budget" }],
  ["Hvem er parterne i aftalen?", { intent: "agreement-facts", facet: "parties" }],
  ["Hvilket område dækker aftalen?", { intent: "agreement-facts", facet: "area" }],
  ["Hvornår udløber partnerskabsaftalen?", { intent: "agreement-facts", facet: "period" }],
  ["Hvad er indsatsområderne?", { intent: "agreement-facts", facet: "focus-areas" }],
  ["abonnér på påmindelser kun styregruppen", { intent: "subscribe", group: "steering" }],
  ["afmeld påmindelser", { intent: "unsubscribe" }],
  ["hvilke påmindelser har jeg?", { intent: "list-subscriptions" }],
  ["hjælp", { intent: "help" }],
  ["<at>Partnerskab</at>&nbsp;Hvordan går det med indbrud i 2015?</p>", { intent: "category-status", category: "indbrud", year: 2015 }],
  ["Hvad bliver vejret i morgen på Amager?", { intent: "unknown" }],
];

const english: Case[] = [
  ["How are burglaries doing against the 2015 target?", { intent: "category-status", category: "indbrud", year: 2015 }],
  ["How is burglary doing this year?", { intent: "category-status", category: "indbrud", year: 2015, yearOffset: 0 }],
  ["Did we meet the theft target last year?", { intent: "category-status", category: "tyverier", year: 2014, yearOffset: -1 }],
  ["What about vandalism in 2014?", { intent: "category-status", category: "haervaerk", year: 2014 }],
  ["violence and threats 2013", { intent: "category-status", category: "vold-trusler", year: 2013 }],
  ["Drug offences next year", { intent: "category-status", category: "narkotika", year: 2016, yearOffset: 1 }],
  ["harassment status 2013", { intent: "category-status", category: "chikane", year: 2013 }],
  ["How are burglarys doing?", { intent: "category-status", category: "indbrud" }],
  ["vandalsim in 2015", { intent: "category-status", category: "haervaerk", year: 2015 }],
  ["How many assaults were reported in 2014?", { intent: "category-status", category: "vold-trusler", year: 2014 }],
  ["What is the 2016 target for theft?", { intent: "category-target", category: "tyverier", year: 2016 }],
  ["What are the targets for drugs?", { intent: "category-target", category: "narkotika" }],
  ["What's the goal for break-ins in 2014?", { intent: "category-target", category: "indbrud", year: 2014 }],
  ["How did the thefts develop over the years?", { intent: "category-trend", category: "tyverier" }],
  ["Show me the history of harassment", { intent: "category-trend", category: "chikane" }],
  ["How are we doing in 2015?", { intent: "year-overview", year: 2015 }],
  ["Give me an overview of all categories for last year", { intent: "year-overview", year: 2014, yearOffset: -1 }],
  ["Crime figures 2013", { intent: "year-overview", year: 2013 }],
  ["How many SSP activations were there in 2014?", { intent: "ssp", year: 2014 }],
  ["What is the safety index level?", { intent: "safety-index" }],
  ["safety index 2013", { intent: "safety-index", year: 2013 }],
  ["When is the next steering group meeting?", { intent: "next-meeting", group: "steering" }],
  ["When does the working group meet next?", { intent: "next-meeting", group: "working" }],
  ["next meeting", { intent: "next-meeting" }],
  ["How many meetings has the steering group held this year?", { intent: "cadence", group: "steering", year: 2015, yearOffset: 0 }],
  ["Are we holding enough meetings this year?", { intent: "cadence", year: 2015, yearOffset: 0 }],
  ["What is the budget for 2015?", { intent: "budget", year: 2015 }],
  ["How much money has been spent?", { intent: "budget" }],
  ["Who are the parties to the agreement?", { intent: "agreement-facts", facet: "parties" }],
  ["Which estates does the agreement cover?", { intent: "agreement-facts", facet: "area" }],
  ["When does the agreement expire?", { intent: "agreement-facts", facet: "period" }],
  ["What are the focus areas?", { intent: "agreement-facts", facet: "focus-areas" }],
  ["Subscribe to reminders only for the steering group", { intent: "subscribe", group: "steering" }],
  ["unsubscribe from reminders", { intent: "unsubscribe" }],
  ["Which reminders do I have?", { intent: "list-subscriptions" }],
  ["What can you do?", { intent: "help" }],
  ["<at>Partnerskab</at> how is vandalism doing in 2014?", { intent: "category-status", category: "haervaerk", year: 2014 }],
  ["What's the weather like tomorrow?", { intent: "unknown" }],
];

describe("the answer engine on Danish and English questions", () => {
  it("has at least 30 questions in each language", () => {
    expect(danish.length).toBeGreaterThanOrEqual(30);
    expect(english.length).toBeGreaterThanOrEqual(30);
  });

  for (const [lang, cases] of [
    ["da", danish],
    ["en", english],
  ] as const) {
    for (const [question, expected] of cases) {
      it(`${lang}: ${question}`, () => {
        const u = understand(question, { now: NOW, agreement: amager });
        expect(u).toEqual({ ...expected, lang });
        const answer = answerQuestion(question, context());
        expect(answer.intent).toBe(expected.intent);
        expect(answer.lang).toBe(lang);
        expect(answer.text.trim().length).toBeGreaterThan(0);
        for (const part of expectedParts(u, lang)) expect(answer.text).toContain(part);
        expectValidCard(answer.card);
      });
    }
  }
});
