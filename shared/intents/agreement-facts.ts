/** The agreement's facts: parties, area, period, focus areas (one or all). */
import { agreementFactsAnswer } from "../answers/facts";
import { defineIntent } from "./intent";

export const agreementFacts = defineIntent({
  about: "the agreement's parties, area, period or focus areas: »Hvem er parterne i aftalen?«",
  // "Hvordan går det med aftalen?" asks how things stand (a year's overview), not for the facts.
  recognise: [{ priority: 390, all: ["facts"], none: ["status"] }],
  keeps: ["category", "year", "group", "facet"],
  answer: ({ u, ctx, lang }) => agreementFactsAnswer(u, ctx, lang),
  botAction: "answer",
  help: [{ da: "Hvem er parterne i aftalen?", en: "Who are the parties to the agreement?" }],
  examples: {
    da: [
      ["Hvem er parterne i aftalen?", { facet: "parties" }],
      ["Hvilket område dækker aftalen?", { facet: "area" }],
      ["Hvornår udløber partnerskabsaftalen?", { facet: "period" }],
      ["Hvad er indsatsområderne?", { facet: "focus-areas" }],
    ],
    en: [
      ["Who are the parties to the agreement?", { facet: "parties" }],
      ["Which estates does the agreement cover?", { facet: "area" }],
      ["When does the agreement expire?", { facet: "period" }],
      ["What are the focus areas?", { facet: "focus-areas" }],
    ],
  },
});
