/** A thank-you: "Selv tak!", nothing more. */
import { thanksAnswer } from "../answers/small-talk";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

export const thanks = defineIntent({
  about: "tak, thanks: a short »Selv tak!« (not the whole help)",
  // Above a greeting ("hej og tak"); "tak for hjælpen" is a thank-you, not a request for help.
  recognise: [{ priority: 120, all: ["thanks"], vague: true }],
  keeps: [],
  answer: ({ lang }) => thanksAnswer(lang),
  botAction: "answer",
  ask: (_named, lang) => t(lang, "Tak", "Thanks"),
  next: () => [],
  help: [],
  examples: {
    da: [
      ["tak", {}],
      ["Tusind tak for hjælpen!", {}],
      ["mange tak", {}],
    ],
    en: [
      ["thanks", {}],
      ["Thank you for your help", {}],
    ],
  },
});
