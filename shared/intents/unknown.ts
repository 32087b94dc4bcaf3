/** Not understood: a short answer with a few example questions. */
import { unknownAnswer } from "../answers/help";
import { defineIntent } from "./intent";
import { everydayQuestions } from "./suggestions";

export const unknown = defineIntent({
  about: "anything no other intent recognises and that names nothing unknown: a few example questions and a pointer to »hjælp«",
  // The floor: matches every message, so it wins only when nothing else does. A word it does not
  // know that looks like a subject ("kantinen") makes the engine unsure instead (vague).
  recognise: [{ priority: 0, vague: true }],
  keeps: [],
  answer: ({ lang, examples }) => unknownAnswer(lang, examples()),
  botAction: "answer",
  ask: null,
  next: (_named, lang) => everydayQuestions(lang),
  help: [],
  examples: {
    da: [
      ["hmm?", {}],
      ["<at>Partnerskab</at>", {}],
    ],
    en: [["Is it?", {}]],
  },
});
