/** What the bot can answer: a lead and every intent's example questions. */
import { helpAnswer } from "../answers/help";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

export const help = defineIntent({
  about: "what the bot answers, with example questions: »hjælp«",
  recognise: [{ priority: 300, all: ["help"] }],
  keeps: [],
  answer: ({ lang, examples }) => helpAnswer(lang, examples()),
  botAction: "answer",
  ask: (_named, lang) => t(lang, "hjælp", "help"),
  // The help lists every example itself.
  next: () => [],
  help: [],
  examples: {
    da: [
      ["hjælp", {}],
      ["Hvad kan du?", {}],
    ],
    en: [
      ["What can you do?", {}],
      ["help", {}],
    ],
  },
});
