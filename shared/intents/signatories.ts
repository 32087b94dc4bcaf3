/** Who signed the agreement. */
import { signatoriesAnswer } from "../answers/organisation";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

export const signatories = defineIntent({
  about: "who signed the agreement: »Hvem har skrevet under?«",
  recognise: [{ priority: 496, all: ["facet:signatories"] }],
  keeps: ["facet"],
  answer: ({ ctx, lang }) => signatoriesAnswer(ctx, lang),
  botAction: "answer",
  ask: (_named, lang) => t(lang, "Hvem har skrevet under på aftalen?", "Who signed the agreement?"),
  next: (_named, lang) => [
    { title: t(lang, "Parterne", "The parties"), intent: "agreement-facts", named: { facet: "parties" } },
    {
      title: t(lang, "Styregruppens formand", "The steering group's chair"),
      intent: "organisation",
      named: { facet: "chair", group: "steering" },
    },
  ],
  help: [{ da: "Hvem har skrevet under på aftalen?", en: "Who signed the agreement?" }],
  examples: {
    da: [
      ["hvem har skrevet under?", { facet: "signatories" }],
      ["Hvem har underskrevet partnerskabsaftalen?", { facet: "signatories" }],
    ],
    en: [
      ["Who signed the agreement?", { facet: "signatories" }],
      ["List the signatories", { facet: "signatories" }],
    ],
  },
});
