/** A message over the length limit: a polite limit message, in its language. */
import { tooLongAnswer } from "../answers/help";
import { MAX_QUESTION_LENGTH } from "../ask/types";
import { defineIntent } from "./intent";

export const tooLong = defineIntent({
  about: `over ${MAX_QUESTION_LENGTH} characters once Teams markup is removed: the limit, politely`,
  // Above everything: an overlong message is not read for its meaning.
  recognise: [{ priority: 1000, all: ["too-long"] }],
  keeps: [],
  answer: ({ lang }) => tooLongAnswer(lang),
  botAction: "answer",
  ask: null,
  next: () => [],
  help: [],
  examples: {
    da: [[`Hvordan går det med indbrud? ${"x".repeat(MAX_QUESTION_LENGTH)}`, {}]],
    en: [[`How are burglaries doing against the target? ${"y".repeat(MAX_QUESTION_LENGTH)}`, {}]],
  },
});
