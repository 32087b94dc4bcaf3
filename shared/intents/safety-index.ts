/** The safety index's level against its goal. */
import { safetyIndexAnswer } from "../answers/safety";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { yearOf } from "./suggestions";

export const safetyIndex = defineIntent({
  about: "the safety index's level against its goal: »Hvad siger tryghedsindekset?«",
  // Vague: "safety" is a broad word; "Who is responsible for the safety walks?" is not about the index.
  recognise: [{ priority: 590, all: ["safety"], vague: true }],
  keeps: ["year"],
  answer: ({ u, ctx, lang }) => safetyIndexAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ year }, lang) =>
    year === undefined
      ? t(lang, "Hvad siger tryghedsindekset?", "What does the safety index say?")
      : t(lang, `Hvad siger tryghedsindekset for ${year}?`, `What does the safety index say for ${year}?`),
  next: (named, lang) => [
    // From 2015 the survey measures safety (the index stopped): its share is the natural next question.
    { title: t(lang, "Andelen af utrygge", "Share who feel unsafe"), intent: "safety-survey", named: {} },
    { title: t(lang, "SSP-aktiveringer", "SSP activations"), intent: "ssp", named: {} },
    { title: t(lang, "Kriminaliteten", "Crime figures"), intent: "year-overview", named: yearOf(named) },
  ],
  help: [{ da: "Hvad siger tryghedsindekset?", en: "What does the safety index say?" }],
  examples: {
    da: [
      ["Hvad siger tryghedsindekset?", {}],
      ["Hvordan var trygheden i 2013?", { year: 2013 }],
    ],
    en: [
      ["What is the safety index level?", {}],
      ["safety index 2013", { year: 2013 }],
    ],
  },
});
