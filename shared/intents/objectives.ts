/** The agreement's overall objectives (målsætninger), as worded, with how they are measured and stand. */
import { objectivesAnswer } from "../answers/objectives";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { yearOf } from "./suggestions";

export const objectives = defineIntent({
  about: "the agreement's overall objectives, how they are measured and how they stand: »Hvad er partnerskabets målsætninger?«",
  // An objective of a category, SSP or the safety index goes to that intent (all of higher priority).
  recognise: [{ priority: 395, all: ["facet:objectives"] }],
  keeps: ["year", "facet"],
  answer: ({ u, ctx, lang }) => objectivesAnswer(u, ctx, lang),
  botAction: "answer",
  ask: (_named, lang) => t(lang, "Hvad er partnerskabets målsætninger?", "What are the partnership's objectives?"),
  next: (named, lang) => [
    { title: t(lang, "Overblik", "Overview"), intent: "year-overview", named: yearOf(named) },
    { title: t(lang, "SSP-aktiveringer", "SSP activations"), intent: "ssp", named: {} },
    { title: t(lang, "Andelen af utrygge", "Share who feel unsafe"), intent: "safety-survey", named: {} },
  ],
  help: [{ da: "Hvad er partnerskabets målsætninger?", en: "What are the partnership's objectives?" }],
  examples: {
    da: [
      ["Hvad er partnerskabets målsætninger?", { facet: "objectives" }],
      ["Hvad er de overordnede målsætninger i aftalen?", { facet: "objectives" }],
    ],
    en: [
      ["What are the partnership's objectives?", { facet: "objectives" }],
      ["What are the agreement's overall objectives?", { facet: "objectives" }],
    ],
  },
});
