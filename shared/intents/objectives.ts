/** The agreement's overall objectives (målsætninger), as worded, with how they are measured and stand. */
import { objectivesAnswer } from "../answers/objectives";
import { defineIntent } from "./intent";

export const objectives = defineIntent({
  about: "the agreement's overall objectives, how they are measured and how they stand: »Hvad er partnerskabets målsætninger?«",
  // An objective of a category, SSP or the safety index goes to that intent (all of higher priority).
  recognise: [{ priority: 395, all: ["facet:objectives"] }],
  keeps: ["year", "facet"],
  answer: ({ u, ctx, lang }) => objectivesAnswer(u, ctx, lang),
  botAction: "answer",
  help: [{ da: "Hvad er partnerskabets målsætninger?", en: "What are the partnership's objectives?" }],
  examples: {
    da: [
      ["Hvad er partnerskabets målsætninger?", { facet: "objectives" }],
      ["Hvad er de overordnede målsætninger i aftalen?", { facet: "objectives" }],
    ],
    en: [
      ["What are the partnership's objectives?", { facet: "objectives" }],
      ["What are the agreement's overall objectives?", { facet: "objectives" }],
    ],
  },
});
