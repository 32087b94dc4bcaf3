/** A greeting: a short, friendly reply with a few questions to ask. */
import { greetingAnswer } from "../answers/small-talk";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { everydayQuestions } from "./suggestions";

export const greeting = defineIntent({
  about: "hej, godmorgen, hello: a short hello with a few questions to ask (not the whole help)",
  // Below every subject: "Hej, hvornår er næste møde?" asks for the meeting.
  recognise: [{ priority: 110, all: ["greeting"], vague: true }],
  keeps: [],
  answer: ({ lang }) => greetingAnswer(lang),
  botAction: "answer",
  ask: (_named, lang) => t(lang, "Hej", "Hello"),
  next: (_named, lang) => everydayQuestions(lang),
  help: [],
  examples: {
    da: [
      ["hej", {}],
      ["Godmorgen!", {}],
      ["hejsa 👋", {}],
    ],
    en: [
      ["hello", {}],
      ["Good morning", {}],
    ],
  },
});
