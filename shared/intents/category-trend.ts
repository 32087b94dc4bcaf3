/** A category's figures year by year. */
import { categoryTrendAnswer } from "../answers/category";
import { yearOverviewAnswer } from "../answers/overview";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

export const categoryTrend = defineIntent({
  about: "a category's figures over the years: »Hvordan har hærværk udviklet sig over årene?«",
  recognise: [
    { priority: 700, all: ["category", "trend"] },
    // "Hvornår var der flest indbrud?": the years side by side. Vague: »Hvilken måned havde flest
    // indbrud?« asks about months, which the years would not answer.
    { priority: 701, all: ["category"], any: ["most", "fewest", "best", "worst"], none: ["categories"], vague: true },
  ],
  keeps: ["category"],
  answer: ({ u, ctx, lang }) => (u.category ? categoryTrendAnswer(ctx, lang, u.category) : yearOverviewAnswer(u, ctx, lang)),
  botAction: "answer",
  ask: ({ category }, lang, words) => {
    const name = category === undefined ? "" : words.category(category);
    return t(lang, `Hvordan har ${name} udviklet sig over årene?`, `How has ${name} developed over the years?`);
  },
  next: (named, lang) => [
    ...(named.category === undefined
      ? []
      : [
          { title: t(lang, "Status i år", "Status this year"), intent: "category-status" as const, named: { category: named.category } },
          { title: t(lang, "Måltallene", "The targets"), intent: "category-target" as const, named: { category: named.category } },
        ]),
    { title: t(lang, "Mest forbedret", "Most improved"), intent: "ranking", named: { ranking: "improved" } },
  ],
  help: [
    {
      da: (w) => `Hvordan har ${w.category(3)} udviklet sig over årene?`,
      en: (w) => `How has ${w.category(3)} developed over the years?`,
    },
  ],
  examples: {
    da: [
      ["Hvordan har hærværk udviklet sig over årene?", { category: "haervaerk" }],
      ["Udviklingen i narkotika år for år", { category: "narkotika" }],
      ["Hvornår var der flest indbrud?", { category: "indbrud" }],
    ],
    en: [
      ["How did the thefts develop over the years?", { category: "tyverier" }],
      ["Show me the history of harassment", { category: "chikane" }],
    ],
  },
});
