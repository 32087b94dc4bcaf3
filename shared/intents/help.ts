/** What the bot can answer: a lead and every intent's example questions. */
import { helpAnswer } from "../answers/help";
import { defineIntent } from "./intent";

export const help = defineIntent({
  about: "what the bot answers, with example questions: »hjælp«",
  recognise: [
    { priority: 300, all: ["help"] },
    // A greeting or a thank-you alone gets the help too (below every subject).
    { priority: 100, all: ["greeting"] },
  ],
  keeps: [],
  answer: ({ ctx, lang, examples }) => helpAnswer(ctx.agreement, lang, examples()),
  botAction: "answer",
  help: [],
  examples: {
    da: [
      ["hjælp", {}],
      ["hej", {}],
    ],
    en: [
      ["What can you do?", {}],
      ["hello", {}],
    ],
  },
});
