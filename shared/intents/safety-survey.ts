/** The safety survey's share of residents who feel unsafe (from 2015, after the safety index). */
import { safetySurveyAnswer } from "../answers/safety";
import { defineIntent } from "./intent";

export const safetySurvey = defineIntent({
  about: "the share of residents who feel unsafe (Københavns Tryghedsundersøgelse): »Hvor mange føler sig utrygge?«",
  // Above the safety index (590): "utrygge" and "tryghedsundersøgelsen" ask for the survey.
  recognise: [{ priority: 595, all: ["survey"] }],
  keeps: ["year"],
  answer: ({ u, ctx, lang }) => safetySurveyAnswer(u, ctx, lang),
  botAction: "answer",
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
