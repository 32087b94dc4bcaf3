/** Categories ranked against their targets (the best, the worst, the most improved, those that met or missed) or by their count. */
import { rankingAnswer } from "../answers/ranking";
import type { Ranking } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { defineIntent, type NextQuestion } from "./intent";
import { inYear, yearOf } from "./suggestions";

const QUESTIONS: Record<Ranking, (lang: Lang, year: string) => string> = {
  best: (lang, year) => t(lang, `Hvilken gerningstype går det bedst med${year}?`, `Which category is doing best${year}?`),
  worst: (lang, year) => t(lang, `Hvilken gerningstype går det dårligst med${year}?`, `Which category is doing worst${year}?`),
  improved: (lang, year) => t(lang, `Hvilken gerningstype er mest forbedret${year}?`, `Which category has improved the most${year}?`),
  met: (lang, year) => t(lang, `Hvilke gerningstyper har nået måltallet${year}?`, `Which categories met the target${year}?`),
  missed: (lang, year) => t(lang, `Hvilke gerningstyper har ikke nået måltallet${year}?`, `Which categories missed the target${year}?`),
  most: (lang, year) => t(lang, `Hvilken gerningstype har flest anmeldelser${year}?`, `Which category has the most reports${year}?`),
  fewest: (lang, year) => t(lang, `Hvilken gerningstype har færrest anmeldelser${year}?`, `Which category has the fewest reports${year}?`),
};

export const ranking = defineIntent({
  about:
    "categories ranked against their targets (best, worst), by change since the baseline (most improved), or met / missed in a year: »Hvilken gerningstype går det dårligst med?«",
  recognise: [
    // Above a comparison of named categories; a single category named asks about that one.
    // Not the safety index, the SSP or the survey improving: their own answers show their course.
    { priority: 720, all: ["improved"], none: ["category", "safety", "ssp", "survey"] },
    { priority: 720, all: ["best"], any: ["overview", "status", "target", "year"], none: ["category"] },
    { priority: 720, all: ["worst"], any: ["overview", "status", "target", "year"], none: ["category"] },
    // A count, not a standing: "Hvilken gerningstype har flest anmeldelser?", "the fewest reports in 2014".
    { priority: 720, all: ["most"], none: ["category"] },
    { priority: 720, all: ["fewest"], none: ["category"] },
    // "Hvilke gerningstyper har (ikke) nået målet?", "How many targets were missed?"
    { priority: 715, all: ["missed", "target"], any: ["listing", "how-many"], none: ["category"] },
    { priority: 715, all: ["missed", "overview"], any: ["listing", "how-many"], none: ["category"] },
    { priority: 715, all: ["met", "target"], any: ["listing", "how-many"], none: ["category"] },
    { priority: 715, all: ["met", "overview"], any: ["listing", "how-many"], none: ["category"] },
  ],
  keeps: ["ranking", "year"],
  answer: ({ u, ctx, lang }) => rankingAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ ranking = "best", year }, lang) => QUESTIONS[ranking](lang, inYear(lang, year)),
  next: (named, lang) => {
    // "Most improved since 2012" names the baseline's year, not a year to rank in.
    const year = named.ranking === "improved" ? {} : yearOf(named);
    const other: NextQuestion =
      named.ranking === "improved"
        ? { title: t(lang, "Hvor går det dårligst?", "Where is it worst?"), intent: "ranking", named: { ranking: "worst" } }
        : { title: t(lang, "Mest forbedret", "Most improved"), intent: "ranking", named: { ranking: "improved" } };
    return [
      other,
      {
        title:
          year.year === undefined
            ? t(lang, "Hele overblikket", "The whole overview")
            : t(lang, `Overblik ${year.year}`, `Overview ${year.year}`),
        intent: "year-overview",
        named: year,
      },
    ];
  },
  help: [{ da: "Hvilken gerningstype går det dårligst med?", en: "Which category is doing worst?" }],
  examples: {
    da: [
      ["Hvilken gerningstype går det dårligst med?", { ranking: "worst" }],
      ["Hvor går det bedst i 2014?", { ranking: "best", year: 2014 }],
      ["Hvilke gerningstyper har nået målet i 2015?", { ranking: "met", year: 2015 }],
      ["Hvilke gerningstyper har ikke nået måltallet sidste år?", { ranking: "missed", year: 2014, yearOffset: -1 }],
      ["Hvad er mest forbedret siden 2012?", { ranking: "improved", year: 2012 }],
      ["Hvor mange mål er nået i år?", { ranking: "met", year: 2015, yearOffset: 0 }],
      ["Hvilken gerningstype har flest anmeldelser?", { ranking: "most" }],
      ["Hvor var der færrest anmeldelser i 2014?", { ranking: "fewest", year: 2014 }],
      ["Hvilken gerningstype er længst fra målet?", { ranking: "worst" }],
      ["Ranger gerningstyperne for 2015", { ranking: "best", year: 2015 }],
    ],
    en: [
      ["Most improved since 2012?", { ranking: "improved", year: 2012 }],
      ["Which category is doing worst?", { ranking: "worst" }],
      ["Which categories missed the target in 2014?", { ranking: "missed", year: 2014 }],
      ["Which targets were met in 2015?", { ranking: "met", year: 2015 }],
      ["What is the best performing category this year?", { ranking: "best", year: 2015, yearOffset: 0 }],
      ["Which category has the most reports?", { ranking: "most" }],
      ["Which category had the fewest reports in 2014?", { ranking: "fewest", year: 2014 }],
      ["Which category is furthest from its target?", { ranking: "worst" }],
      ["Rank the categories", { ranking: "best" }],
    ],
  },
});
