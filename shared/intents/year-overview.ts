/** A year's overview: every offence category against its target. */
import { yearOverviewAnswer } from "../answers/overview";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { nextMeetingQuestion, yearOf } from "./suggestions";

export const yearOverview = defineIntent({
  about: "every category against its target in a year (the year to date while it is in progress): »Hvordan går det i 2015?«",
  recognise: [
    // Below the other subjects: the crime figures asked for as such ("overblik", "alle gerningstyper").
    { priority: 200, any: ["overview"] },
    // Status, target or a year alone: broad words, so an unknown subject word makes it unsure.
    { priority: 199, any: ["status", "target", "trend", "year"], vague: true },
  ],
  keeps: ["year", "total"],
  answer: ({ u, ctx, lang }) => yearOverviewAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ year, total }, lang) => {
    const inYear = year === undefined ? "" : t(lang, ` i ${year}`, ` in ${year}`);
    if (total) return t(lang, `Hvor mange anmeldelser var der i alt${inYear}?`, `How many reports were there in total${inYear}?`);
    return year === undefined
      ? t(lang, "Hvordan går det?", "How are we doing?")
      : t(lang, `Hvordan går det${inYear}?`, `How are we doing${inYear}?`);
  },
  next: (named, lang) => [
    { title: t(lang, "Hvor går det dårligst?", "Where is it worst?"), intent: "ranking", named: { ranking: "worst", ...yearOf(named) } },
    { title: t(lang, "Mest forbedret", "Most improved"), intent: "ranking", named: { ranking: "improved" } },
    nextMeetingQuestion(lang),
  ],
  help: [{ da: "Hvordan går det i 2015?", en: "How are we doing in 2015?" }],
  examples: {
    da: [
      ["Hvordan går det i 2015?", { year: 2015 }],
      ["Giv mig et overblik over kriminaliteten sidste år", { year: 2014, yearOffset: -1 }],
      ["Hvordan står det til med alle gerningstyperne i 2013?", { year: 2013 }],
      ["Hvordan ser det ud indtil videre?", { year: 2015, yearOffset: 0 }],
      ["Hvor mange anmeldelser var der i alt i 2014?", { year: 2014, total: true }],
    ],
    en: [
      ["How are we doing in 2015?", { year: 2015 }],
      ["Give me an overview of all categories for last year", { year: 2014, yearOffset: -1 }],
      ["Crime figures 2013", { year: 2013 }],
      ["How are we doing so far?", { year: 2015, yearOffset: 0 }],
      ["How many reports in total in 2014?", { year: 2014, total: true }],
    ],
  },
});
