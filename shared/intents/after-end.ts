/** What happens after the agreement's period: it ends, and names no extension. */
import { afterEndAnswer } from "../answers/after-end";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

export const afterEnd = defineIntent({
  about: "what happens after the agreement's period: »Hvad sker der efter 2016?«",
  recognise: [
    // "efter 2016" / "after 2016" with nothing else asked about; a category or a meeting keeps its own intent.
    {
      priority: 397,
      all: ["after", "year"],
      none: ["category", "ssp", "safety", "survey", "budget", "meeting", "status"],
      readsBound: true,
    },
    // "forlængelse", "ny aftale", "extension".
    { priority: 397, all: ["facet:after-end"] },
  ],
  keeps: ["year", "facet"],
  answer: ({ u, ctx, lang }) => afterEndAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ year }, lang) =>
    year === undefined
      ? t(lang, "Bliver aftalen forlænget?", "Will the agreement be extended?")
      : t(lang, `Hvad sker der efter ${year}?`, `What happens after ${year}?`),
  next: (_named, lang) => [
    { title: t(lang, "Aftaleperioden", "The agreement's period"), intent: "agreement-facts", named: { facet: "period" } },
    { title: t(lang, "Målsætningerne", "The objectives"), intent: "objectives", named: { facet: "objectives" } },
  ],
  help: [{ da: "Hvad sker der efter 2016?", en: "What happens after 2016?" }],
  examples: {
    da: [
      ["Hvad sker der efter 2016?", { year: 2016 }],
      ["Bliver aftalen forlænget?", { facet: "after-end" }],
    ],
    en: [
      ["What happens after 2016?", { year: 2016 }],
      ["Will the agreement be extended?", { facet: "after-end" }],
    ],
  },
});
