/** The money: the agreement's allocation and the tracker's spending. */
import { budgetAnswer } from "../answers/budget";
import { defineIntent } from "./intent";

export const budget = defineIntent({
  about: "allocated, spent and remaining per year: »Hvad er budgettet?«",
  recognise: [{ priority: 400, all: ["budget"] }],
  keeps: ["category", "year", "group"],
  answer: ({ u, ctx, lang }) => budgetAnswer(u, ctx, lang),
  botAction: "answer",
  help: [{ da: "Hvad er budgettet?", en: "What is the budget?" }],
  examples: {
    da: [
      ["Hvad er budgettet for 2015?", { year: 2015 }],
      ["Hvor mange penge er der brugt?", {}],
    ],
    en: [
      ["What is the budget for 2015?", { year: 2015 }],
      ["How much money has been spent?", {}],
    ],
  },
});
