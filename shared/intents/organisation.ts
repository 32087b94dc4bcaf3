/** Who chairs the groups, who sits in them, who runs the secretariat. */
import { organisationAnswer } from "../answers/organisation";
import { defineIntent } from "./intent";

export const organisation = defineIntent({
  about: "the steering group, the working group and the secretariat: »Hvem er formand for styregruppen?«",
  // Above a group named alone (the next meeting, 490): "hvem er formand for styregruppen?" asks for the chair.
  recognise: [{ priority: 495, any: ["facet:chair", "facet:secretariat", "facet:organisation"] }],
  keeps: ["group", "facet"],
  answer: ({ u, ctx, lang }) => organisationAnswer(u, ctx, lang),
  botAction: "answer",
  help: [
    { da: "Hvem er formand for styregruppen?", en: "Who chairs the steering group?" },
    { da: "Hvem står for sekretariatet?", en: "Who runs the secretariat?" },
  ],
  examples: {
    da: [
      ["Hvem er formand for styregruppen?", { facet: "chair", group: "steering" }],
      ["hvem er formand for arbejdsgruppen", { facet: "chair", group: "working" }],
      ["Hvem står for sekretariatet?", { facet: "secretariat" }],
      ["Hvem sidder i styregruppen?", { facet: "organisation", group: "steering" }],
    ],
    en: [
      ["Who chairs the steering group?", { facet: "chair", group: "steering" }],
      ["who runs the secretariat?", { facet: "secretariat" }],
      ["Who sits on the working group?", { facet: "organisation", group: "working" }],
    ],
  },
});
