/** The safety survey's share of residents who feel unsafe (from 2015, after the safety index). */
import { safetySurveyAnswer } from "../answers/safety";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { yearOf } from "./suggestions";

export const safetySurvey = defineIntent({
  about: "the share of residents who feel unsafe (Københavns Tryghedsundersøgelse): »Hvor mange føler sig utrygge?«",
  // Above the safety index (590): "utrygge" and "tryghedsundersøgelsen" ask for the survey.
  recognise: [{ priority: 595, all: ["survey"] }],
  keeps: ["year"],
  answer: ({ u, ctx, lang }) => safetySurveyAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ year }, lang) =>
    year === undefined
      ? t(lang, "Hvor stor er andelen af utrygge?", "What share of residents feel unsafe?")
      : t(lang, `Hvad viser tryghedsundersøgelsen for ${year}?`, `What does the safety survey show for ${year}?`),
  next: (named, lang) => [
    { title: t(lang, "Tryghedsindekset", "The safety index"), intent: "safety-index", named: {} },
    { title: t(lang, "Kriminaliteten", "Crime figures"), intent: "year-overview", named: yearOf(named) },
  ],
  help: [{ da: "Hvor stor er andelen af utrygge?", en: "What share of residents feel unsafe?" }],
  examples: {
    da: [
      ["Hvor stor er andelen af utrygge?", {}],
      ["Hvad viser tryghedsundersøgelsen for 2015?", { year: 2015 }],
    ],
    en: [
      ["What share of residents feel unsafe?", {}],
      ["safety survey 2015", { year: 2015 }],
    ],
  },
});
