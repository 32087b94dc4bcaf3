/** A year's overview: every offence category against its target. */
import { yearOverviewAnswer } from "../answers/overview";
import { defineIntent } from "./intent";

export const yearOverview = defineIntent({
  about: "every category against its target in a year (the year to date while it is in progress): »Hvordan går det i 2015?«",
  // Below the other subjects: status, target or a year alone, with nothing more specific.
  recognise: [{ priority: 200, any: ["overview", "status", "target", "trend", "year"] }],
  keeps: ["category", "year", "group"],
  answer: ({ u, ctx, lang }) => yearOverviewAnswer(u, ctx, lang),
  botAction: "answer",
  help: [{ da: "Hvordan går det i 2015?", en: "How are we doing in 2015?" }],
  examples: {
    da: [
      ["Hvordan går det i 2015?", { year: 2015 }],
      ["Giv mig et overblik over kriminaliteten sidste år", { year: 2014, yearOffset: -1 }],
      ["Hvordan står det til med alle gerningstyperne i 2013?", { year: 2013 }],
      ["Hvordan ser det ud indtil videre?", { year: 2015, yearOffset: 0 }],
    ],
    en: [
      ["How are we doing in 2015?", { year: 2015 }],
      ["Give me an overview of all categories for last year", { year: 2014, yearOffset: -1 }],
      ["Crime figures 2013", { year: 2013 }],
      ["How are we doing so far?", { year: 2015, yearOffset: 0 }],
    ],
  },
});
