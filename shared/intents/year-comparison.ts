/** Two or more years side by side: one category's figures, or every category's. */
import { yearComparisonAnswer } from "../answers/comparison";
import { capitalised } from "../format/capitalised";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

function joined(years: readonly number[], and: string): string {
  return years.length < 2 ? String(years[0] ?? "") : `${years.slice(0, -1).join(", ")} ${and} ${years[years.length - 1]}`;
}

export const yearComparison = defineIntent({
  about: "two or more years side by side, for one category or all: »Tyverier 2014 sammenlignet med 2015«",
  recognise: [
    // Above a single category's status, target or trend: the second year would otherwise be dropped.
    { priority: 708, all: ["category", "years"] },
    // Years compared for every category, below every other subject ("budgettet for 2014 og 2015" is the budget's).
    { priority: 207, all: ["years"], any: ["compare", "overview", "status", "target"] },
  ],
  keeps: ["category", "years"],
  answer: ({ u, ctx, lang }) => yearComparisonAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ category, years = [] }, lang, words) => {
    const name = category === undefined ? "" : `${words.category(category)} `;
    return t(lang, `Sammenlign ${name}i ${joined(years, "og")}`, `Compare ${name}in ${joined(years, "and")}`);
  },
  next: (named, lang) => {
    const last = named.years?.[named.years.length - 1];
    return [
      ...(named.category === undefined
        ? []
        : [{ title: t(lang, "Se udviklingen", "See the trend"), intent: "category-trend" as const, named: { category: named.category } }]),
      {
        title:
          last === undefined
            ? t(lang, "Alle gerningstyper", "All categories")
            : t(lang, `Alle gerningstyper i ${last}`, `All categories in ${last}`),
        intent: "year-overview",
        named: last === undefined ? {} : { year: last },
      },
    ];
  },
  help: [{ da: (w) => `${capitalised(w.category(1))} 2014 sammenlignet med 2015`, en: (w) => `Compare ${w.category(1)} in 2014 and 2015` }],
  examples: {
    da: [
      ["Sammenlign tyverier i 2014 og 2015", { category: "tyverier", years: [2014, 2015] }],
      ["tyverier 2014 sammenlignet med 2015", { category: "tyverier", years: [2014, 2015] }],
      ["Er der flere indbrud i år end sidste år?", { category: "indbrud", years: [2015, 2014] }],
      ["Sammenlign 2013 og 2015", { years: [2013, 2015] }],
      // A direction: this year against last year, or against the year named.
      ["Stiger volden?", { category: "vold-trusler", years: [2014, 2015] }],
      ["Er indbruddene faldet siden 2013?", { category: "indbrud", years: [2013, 2015] }],
    ],
    en: [
      ["Compare theft in 2014 and 2015", { category: "tyverier", years: [2014, 2015] }],
      ["burglary 2013 vs 2015", { category: "indbrud", years: [2013, 2015] }],
      ["How did we do in 2014 compared with 2015?", { years: [2014, 2015] }],
      ["Is theft increasing?", { category: "tyverier", years: [2014, 2015] }],
      ["Are burglaries going down?", { category: "indbrud", years: [2014, 2015] }],
    ],
  },
});
