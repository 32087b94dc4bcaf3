/** A year's meetings, held and planned, against the agreement's cadence. */
import { groupWord } from "../agreement/meeting-groups";
import { cadenceAnswer } from "../answers/meetings";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { nextMeetingQuestion, yearOf } from "./suggestions";

export const cadence = defineIntent({
  about: "meetings held and planned in a year against the cadence: »Hvor mange møder har vi holdt i år?«",
  recognise: [
    // Meetings counted: above a category also named.
    // "Hvem holder næste møde?" asks who ("holder" = hosts), not how many were held.
    // "Do we need more meetings?" / »Mangler vi møder?«: held and planned against the agreement's number.
    // "next": »Hvor holdes næste møde?« asks for one meeting (the next), not how many were held.
    { priority: 800, all: ["meeting"], any: ["cadence", "how-many", "missing"], none: ["who", "next"] },
    // A group counted, without the word "møde"; "Who sits on the steering group?" asks for the parties.
    // "Hvor mange sidder i styregruppen?" asks who is in it, not how often it met.
    { priority: 500, all: ["group"], any: ["cadence", "how-many"], none: ["facet:parties", "facet:organisation"] },
  ],
  keeps: ["year", "group"],
  answer: ({ u, ctx, lang }) => cadenceAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ group, year }, lang) => {
    if (year === undefined) return t(lang, "Hvor mange møder er der holdt?", "How many meetings have been held?");
    const who = group ? groupWord(group, "definite", lang) : t(lang, "vi", "we");
    return t(lang, `Hvor mange møder har ${who} holdt i ${year}?`, `How many meetings ${group ? "has" : "have"} ${who} held in ${year}?`);
  },
  next: (named, lang) => [
    {
      title: t(lang, "Se møderne", "See the meetings"),
      intent: "meetings-list",
      named: { ...yearOf(named), ...(named.group ? { group: named.group } : {}) },
    },
    nextMeetingQuestion(lang, named.group),
  ],
  help: [{ da: "Hvor mange møder har vi holdt i år?", en: "How many meetings have we held this year?" }],
  examples: {
    da: [
      ["Hvor mange møder har styregruppen holdt i år?", { group: "steering", year: 2015, yearOffset: 0 }],
      ["Har vi holdt nok møder i år?", { year: 2015, yearOffset: 0 }],
    ],
    en: [
      ["How many meetings has the steering group held this year?", { group: "steering", year: 2015, yearOffset: 0 }],
      ["Are we holding enough meetings this year?", { year: 2015, yearOffset: 0 }],
    ],
  },
});
