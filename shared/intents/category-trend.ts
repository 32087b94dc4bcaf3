/** A category's figures year by year. */
import { categoryTrendAnswer } from "../answers/category";
import { yearOverviewAnswer } from "../answers/overview";
import { defineIntent } from "./intent";

export const categoryTrend = defineIntent({
  about: "a category's figures over the years: »Hvordan har hærværk udviklet sig over årene?«",
  recognise: [{ priority: 700, all: ["category", "trend"] }],
  keeps: ["category", "year", "group"],
  answer: ({ u, ctx, lang }) => (u.category ? categoryTrendAnswer(ctx, lang, u.category) : yearOverviewAnswer(u, ctx, lang)),
  botAction: "answer",
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
    ],
    en: [
      ["How did the thefts develop over the years?", { category: "tyverier" }],
      ["Show me the history of harassment", { category: "chikane" }],
    ],
  },
});
