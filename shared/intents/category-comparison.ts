/** Two or more categories side by side: one year's figures against their targets. */
import { categoryComparisonAnswer } from "../answers/comparison";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { yearOf } from "./suggestions";

/** "indbrud og hærværk", "burglary, theft and vandalism" */
function joined(names: readonly string[], and: string): string {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}

export const categoryComparison = defineIntent({
  about: "two or more categories side by side against their targets: »Sammenlign indbrud og hærværk i 2015«",
  // Above a single category's status, target or trend: a second category would otherwise be dropped.
  recognise: [{ priority: 710, all: ["categories"] }],
  keeps: ["categories", "year", "years"],
  answer: ({ u, ctx, lang }) => categoryComparisonAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ categories = [], year, years }, lang, words) => {
    const names = joined(
      categories.map((c) => words.category(c)),
      t(lang, "og", "and"),
    );
    const when = years
      ? t(lang, ` i ${joined(years.map(String), "og")}`, ` in ${joined(years.map(String), "and")}`)
      : year === undefined
        ? ""
        : t(lang, ` i ${year}`, ` in ${year}`);
    return t(lang, `Sammenlign ${names}${when}`, `Compare ${names}${when}`);
  },
  next: (named, lang) => {
    const first = named.categories?.[0];
    return [
      ...(first === undefined
        ? []
        : [{ title: t(lang, "Se udviklingen", "See the trend"), intent: "category-trend" as const, named: { category: first } }]),
      { title: t(lang, "Alle gerningstyper", "All categories"), intent: "year-overview", named: yearOf(named) },
      { title: t(lang, "Hvor går det dårligst?", "Where is it worst?"), intent: "ranking", named: { ranking: "worst", ...yearOf(named) } },
    ];
  },
  help: [
    {
      da: (w) => `Sammenlign ${w.category(0)} og ${w.category(3)} i 2015`,
      en: (w) => `Compare ${w.category(0)} and ${w.category(3)} in 2015`,
    },
  ],
  examples: {
    da: [
      ["Sammenlign indbrud og hærværk", { categories: ["indbrud", "haervaerk"] }],
      ["Går det bedre med hærværk end med chikane?", { categories: ["haervaerk", "chikane"] }],
      ["er volden værre end narkoen?", { categories: ["vold-trusler", "narkotika"] }],
      ["indbr. og tyverier i 2014", { categories: ["indbrud", "tyverier"], year: 2014 }],
      [
        "Hvordan ligger narko, vold og trusler og chikane i år?",
        { categories: ["narkotika", "vold-trusler", "chikane"], year: 2015, yearOffset: 0 },
      ],
      ["hærværk og chikane i 2014 og 2015", { categories: ["haervaerk", "chikane"], years: [2014, 2015] }],
    ],
    en: [
      ["drugs and harassment 2015", { categories: ["narkotika", "chikane"], year: 2015 }],
      ["Compare burglary and vandalism", { categories: ["indbrud", "haervaerk"] }],
      ["Is theft doing better than violence this year?", { categories: ["tyverier", "vold-trusler"], year: 2015, yearOffset: 0 }],
      ["burglaries vs break-ins vs drugs in 2013", { categories: ["indbrud", "narkotika"], year: 2013 }],
    ],
  },
});
