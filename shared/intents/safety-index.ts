/** The safety index's level against its goal. */
import { safetyIndexAnswer } from "../answers/safety";
import { defineIntent } from "./intent";

export const safetyIndex = defineIntent({
  about: "the safety index's level against its goal: »Hvad siger tryghedsindekset?«",
  recognise: [{ priority: 590, all: ["safety"] }],
  keeps: ["category", "year", "group"],
  answer: ({ u, ctx, lang }) => safetyIndexAnswer(u, ctx, lang),
  botAction: "answer",
  help: [{ da: "Hvad siger tryghedsindekset?", en: "What does the safety index say?" }],
  examples: {
    da: [
      ["Hvad siger tryghedsindekset?", {}],
      ["Hvordan var trygheden i 2013?", { year: 2013 }],
    ],
    en: [
      ["What is the safety index level?", {}],
      ["safety index 2013", { year: 2013 }],
    ],
  },
});
