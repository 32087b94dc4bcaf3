/** The agreement's facts: parties, area, period, focus areas (one or all). */
import { agreementFactsAnswer } from "../answers/facts";
import type { Facet } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { defineIntent } from "./intent";

const FACET_QUESTIONS: Record<Facet, (lang: Lang) => string> = {
  parties: (lang) => t(lang, "Hvem er parterne i aftalen?", "Who are the parties to the agreement?"),
  area: (lang) => t(lang, "Hvilket område dækker aftalen?", "Which estates does the agreement cover?"),
  period: (lang) => t(lang, "Hvornår udløber aftalen?", "When does the agreement expire?"),
  "focus-areas": (lang) => t(lang, "Hvad er indsatsområderne?", "What are the focus areas?"),
  // Facets another intent answers (objectives, organisation, signatories, after-end) are asked in its words.
  objectives: (lang) => t(lang, "Hvad er partnerskabets målsætninger?", "What are the partnership's objectives?"),
  organisation: (lang) => t(lang, "Hvem sidder i styregruppen?", "Who sits on the steering group?"),
  chair: (lang) => t(lang, "Hvem er formand for styregruppen?", "Who chairs the steering group?"),
  secretariat: (lang) => t(lang, "Hvem står for sekretariatet?", "Who runs the secretariat?"),
  signatories: (lang) => t(lang, "Hvem har skrevet under på aftalen?", "Who signed the agreement?"),
  "after-end": (lang) => t(lang, "Bliver aftalen forlænget?", "Will the agreement be extended?"),
  "status-report": (lang) => t(lang, "Hvornår skal statusrapporten afleveres?", "When is the status report due?"),
  "safety-plan": (lang) => t(lang, "Hvornår skal tryghedsplanen opdateres?", "When must the safety plan be updated?"),
  tasks: (lang) => t(lang, "Hvad er styregruppens opgave?", "What is the steering group's role?"),
  signing: (lang) => t(lang, "Hvornår blev aftalen underskrevet?", "When was the agreement signed?"),
};

export const agreementFacts = defineIntent({
  about: "the agreement's parties, area, period or focus areas: »Hvem er parterne i aftalen?«",
  // "Hvordan går det med aftalen?" asks how things stand (a year's overview), not for the facts.
  recognise: [
    { priority: 390, all: ["facts"], none: ["status"] },
    // A period's verb without the agreement named ("Hvor længe gælder den?"): the agreement's
    // period, unless the message names something the engine does not know (»Hvornår slutter
    // nyhedsbrevet?«), which is unsure.
    { priority: 391, all: ["facet:period"], none: ["facts", "status"], vague: true },
    // "Hvem …?" with nothing else known is read as "who are the partners?"; with a subject the
    // engine does not know ("Hvem er ansvarlig for sommerfesten?") that would answer another question.
    { priority: 392, all: ["who", "facet:parties"], vague: true },
    // "Hvornår blev aftalen underskrevet?" asks for a date, not for the signatories: the period
    // says from when the agreement runs, and the signing date when the agreement gives it.
    { priority: 497, all: ["facet:signatories", "when"], facet: "signing" },
    // Above the activities: "Hvornår skal tryghedsplanen opdateres?" / "Hvem har ansvaret for
    // tryghedsplanen?" ask for the plan's duty, not for the activities in it.
    {
      priority: 612,
      all: ["facet:safety-plan"],
      any: ["who", "when", "responsible"],
      none: ["party", "activity-status", "focus-area", "listing"],
    },
  ],
  keeps: ["facet"],
  answer: ({ u, ctx, lang }) => agreementFactsAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ facet }, lang) => (facet ? FACET_QUESTIONS[facet](lang) : t(lang, "Fortæl om aftalen", "Tell me about the agreement")),
  next: (named, lang) =>
    named.facet === "status-report"
      ? [
          { title: t(lang, "Lav statusrapporten", "Make the status report"), intent: "status-report", named: {} },
          { title: t(lang, "Hvad mangler?", "What is missing?"), intent: "report-readiness", named: {} },
        ]
      : [
          ...(named.facet === "focus-areas"
            ? []
            : [
                {
                  title: t(lang, "Indsatsområderne", "The focus areas"),
                  intent: "agreement-facts" as const,
                  named: { facet: "focus-areas" as const },
                },
              ]),
          { title: t(lang, "Aktiviteterne", "The activities"), intent: "activities", named: {} },
          { title: t(lang, "Økonomien", "The budget"), intent: "budget", named: {} },
        ],
  help: [{ da: "Hvem er parterne i aftalen?", en: "Who are the parties to the agreement?" }],
  examples: {
    da: [
      ["Hvem er parterne i aftalen?", { facet: "parties" }],
      ["Hvilket område dækker aftalen?", { facet: "area" }],
      ["Hvornår udløber partnerskabsaftalen?", { facet: "period" }],
      ["Hvornår blev aftalen underskrevet?", { facet: "signing" }],
      ["Hvad er indsatsområderne?", { facet: "focus-areas" }],
      ["Hvornår skal statusrapporten afleveres?", { facet: "status-report" }],
      ["statusrapporten", { facet: "status-report" }],
      ["Hvornår skal statusrapporten laves?", { facet: "status-report" }],
      ["Hvornår skal tryghedsplanen opdateres?", { facet: "safety-plan" }],
      ["hvem har ansvaret for tryghedsplanen", { facet: "safety-plan" }],
    ],
    en: [
      ["Who are the parties to the agreement?", { facet: "parties" }],
      ["Which estates does the agreement cover?", { facet: "area" }],
      ["When does the agreement expire?", { facet: "period" }],
      ["When was the agreement signed?", { facet: "signing" }],
      ["What are the focus areas?", { facet: "focus-areas" }],
      ["When is the status report due?", { facet: "status-report" }],
      ["the status report", { facet: "status-report" }],
      ["When should we write the status report?", { facet: "status-report" }],
      ["Who is responsible for the safety plan?", { facet: "safety-plan" }],
    ],
  },
});
