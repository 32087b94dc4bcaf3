/** The latest meeting held, of one group or any: "sidste" is never read as "next". */
import { groupWord } from "../agreement/meeting-groups";
import { lastMeetingAnswer } from "../answers/past-meetings";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { nextMeetingQuestion } from "./suggestions";

export const lastMeeting = defineIntent({
  about: "the latest meeting held (of a group or any), with its topic: »Hvornår var sidste styregruppemøde?«",
  recognise: [
    // Above the next meeting and the count: "Hvornår blev det sidste møde holdt?" asks for the last one.
    // "Hvem deltog i sidste møde?" asks who, which the tracker does not say.
    { priority: 812, all: ["meeting", "last"], none: ["who"] },
    // "Hvornår mødtes arbejdsgruppen?": the last time it met, never the next.
    { priority: 791, all: ["meeting", "past"], none: ["who", "year", "date", "listing", "upcoming"] },
    { priority: 512, all: ["group", "last"], none: ["facet:parties"] },
  ],
  keeps: ["group"],
  answer: ({ u, ctx, lang }) => lastMeetingAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ group }, lang) => {
    const noun = group ? groupWord(group, "meeting", lang) : t(lang, "møde", "meeting");
    return t(lang, `Hvornår var sidste ${noun}?`, `When was the last ${noun}?`);
  },
  next: (named, lang) => [
    nextMeetingQuestion(lang, named.group),
    { title: t(lang, "Årets møder", "This year's meetings"), intent: "meetings-list", named: named.group ? { group: named.group } : {} },
  ],
  help: [{ da: "Hvornår var sidste styregruppemøde?", en: "When was the last steering group meeting?" }],
  examples: {
    da: [
      ["Hvornår var sidste styregruppemøde?", { group: "steering" }],
      ["Hvad handlede det seneste møde om?", {}],
      ["Hvornår mødtes arbejdsgruppen sidst?", { group: "working" }],
      ["forrige møde i styregruppen", { group: "steering" }],
      ["Hvornår blev det sidste møde holdt?", {}],
    ],
    en: [
      ["When was the last working group meeting?", { group: "working" }],
      ["What was discussed at the previous steering group meeting?", { group: "steering" }],
      ["latest meeting", {}],
      ["When did the steering committee last meet?", { group: "steering" }],
    ],
  },
});
