/** Not understood: a short answer with a few example questions. */
import { unknownAnswer } from "../answers/help";
import { defineIntent } from "./intent";

export const unknown = defineIntent({
  about: "anything no other intent recognises: a few example questions and a pointer to »hjælp«",
  // The floor: matches every message, so it wins only when nothing else does.
  recognise: [{ priority: 0 }],
  keeps: [],
  answer: ({ ctx, lang, examples }) => unknownAnswer(ctx.agreement, lang, examples()),
  botAction: "answer",
  help: [],
  examples: {
    da: [["Hvad bliver vejret i morgen på Amager?", {}]],
    en: [["What's the weather like tomorrow?", {}]],
  },
});
