/** Who chairs the groups, who sits in them, who runs the secretariat. */

import { groupWord } from "../agreement/meeting-groups";
import { organisationAnswer } from "../answers/organisation";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { nextMeetingQuestion } from "./suggestions";

export const organisation = defineIntent({
  about: "the steering group, the working group and the secretariat: »Hvem er formand for styregruppen?«",
  // Above a group named alone (the next meeting, 490): "hvem er formand for styregruppen?" asks for the chair.
  recognise: [
    { priority: 495, any: ["facet:chair", "facet:secretariat", "facet:organisation"] },
    // "Hvem er med i styregruppen?": who is in the group; with a word the engine does not know
    // ("Hvem deltog i styregruppens møde?") it would answer another question.
    { priority: 494, all: ["group", "who"], vague: true, facet: "organisation" },
    // "Hvad er styregruppens opgaver?", "What is the working group's role?": what the group is
    // for (its task, members and chair), not its next meeting.
    { priority: 493, all: ["group", "duty"], none: ["meeting", "next", "when"], facet: "tasks" },
    // "Hvem skal lave statusrapporten?": the agreement gives the report to the secretariat.
    { priority: 942, all: ["report", "who"], none: ["missing"], facet: "secretariat" },
  ],
  keeps: ["group", "facet"],
  answer: ({ u, ctx, lang }) => organisationAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ facet, group }, lang) => {
    if (facet === "secretariat") return t(lang, "Hvem står for sekretariatet?", "Who runs the secretariat?");
    const who = group ? groupWord(group, "definite", lang) : t(lang, "grupperne", "the groups");
    if (facet === "chair") return t(lang, `Hvem er formand for ${who}?`, `Who chairs ${who}?`);
    if (facet === "tasks") {
      const whose = group ? groupWord(group, "genitive", lang) : t(lang, "gruppernes", "the groups'");
      return t(lang, `Hvad er ${whose} opgave?`, `What is ${whose} role?`);
    }
    return t(lang, `Hvem sidder i ${who}?`, `Who sits on ${who}?`);
  },
  next: (named, lang) => [
    ...(named.facet === "secretariat"
      ? []
      : [
          { title: t(lang, "Sekretariatet", "The secretariat"), intent: "organisation" as const, named: { facet: "secretariat" as const } },
        ]),
    { title: t(lang, "Underskriverne", "The signatories"), intent: "signatories", named: { facet: "signatories" } },
    nextMeetingQuestion(lang, named.group),
  ],
  help: [
    { da: "Hvem er formand for styregruppen?", en: "Who chairs the steering group?" },
    { da: "Hvem står for sekretariatet?", en: "Who runs the secretariat?" },
  ],
  examples: {
    da: [
      ["Hvem er formand for styregruppen?", { facet: "chair", group: "steering" }],
      ["hvem er formand for arbejdsgruppen", { facet: "chair", group: "working" }],
      ["Hvem står for sekretariatet?", { facet: "secretariat" }],
      ["Hvem skal lave statusrapporten?", { facet: "secretariat" }],
      ["hvem er ansvarlig for statusrapporten", { facet: "secretariat" }],
      ["Hvem sidder i styregruppen?", { facet: "organisation", group: "steering" }],
      ["Hvad er styregruppens opgaver?", { facet: "tasks", group: "steering" }],
      ["Hvad laver arbejdsgruppen?", { facet: "tasks", group: "working" }],
    ],
    en: [
      ["Who chairs the steering group?", { facet: "chair", group: "steering" }],
      ["who runs the secretariat?", { facet: "secretariat" }],
      ["Who writes the status report?", { facet: "secretariat" }],
      ["Who sits on the working group?", { facet: "organisation", group: "working" }],
      ["What is the working group's role?", { facet: "tasks", group: "working" }],
      ["What does the steering group do?", { facet: "tasks", group: "steering" }],
    ],
  },
});
