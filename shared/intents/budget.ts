/** The money: the agreement's allocation and the tracker's spending. */
import { budgetAnswer } from "../answers/budget";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

export const budget = defineIntent({
  about: "allocated, spent and remaining per year: »Hvad er budgettet?«",
  // Vague: the budget is by year only, so "Hvad koster sommerfesten?" (a thing it does not know) is unsure.
  recognise: [{ priority: 400, all: ["budget"], vague: true }],
  keeps: ["year"],
  answer: ({ u, ctx, lang }) => budgetAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ year }, lang) =>
    year === undefined
      ? t(lang, "Hvad er budgettet?", "What is the budget?")
      : t(lang, `Hvad er budgettet for ${year}?`, `What is the budget for ${year}?`),
  next: (_named, lang) => [
    { title: t(lang, "Aktiviteterne", "The activities"), intent: "activities", named: {} },
    { title: t(lang, "Aftalen", "The agreement"), intent: "agreement-facts", named: {} },
  ],
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
