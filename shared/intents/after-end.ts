/** What happens after the agreement's period: it ends, and names no extension. */
import { afterEndAnswer } from "../answers/after-end";
import { defineIntent } from "./intent";

export const afterEnd = defineIntent({
  about: "what happens after the agreement's period: »Hvad sker der efter 2016?«",
  recognise: [
    // "efter 2016" / "after 2016" with nothing else asked about; a category or a meeting keeps its own intent.
    { priority: 397, all: ["after", "year"], none: ["category", "ssp", "safety", "survey", "budget", "meeting", "status"] },
    // "forlængelse", "ny aftale", "extension".
    { priority: 397, all: ["facet:after-end"] },
  ],
  keeps: ["year", "facet"],
  answer: ({ u, ctx, lang }) => afterEndAnswer(u, ctx, lang),
  botAction: "answer",
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
