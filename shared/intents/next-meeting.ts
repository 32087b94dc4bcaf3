/** The next planned meeting, of one group or any. */
import { groupWord } from "../agreement/meeting-groups";
import { nextMeetingAnswer } from "../answers/meetings";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

export const nextMeeting = defineIntent({
  about: "the next planned meeting (of a group or any): »Hvornår er næste styregruppemøde?«",
  recognise: [
    // "Hvornår er næste møde?": a meeting and when, above any category also named.
    { priority: 790, all: ["meeting", "next"] },
    // A meeting or a group with nothing more specific; "Who sits on the steering group?" asks for the parties.
    // "Hvem indkalder til møderne?" asks who, which no meeting's date answers.
    { priority: 490, all: ["meeting"], none: ["who"] },
    { priority: 490, all: ["group"], none: ["facet:parties"] },
  ],
  keeps: ["group"],
  answer: ({ u, ctx, lang }) => nextMeetingAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ group }, lang) => {
    const noun = group ? groupWord(group, "meeting", lang) : t(lang, "møde", "meeting");
    return t(lang, `Hvornår er næste ${noun}?`, `When is the next ${noun}?`);
  },
  next: (named, lang) => [
    { title: t(lang, "Sidste møde", "Last meeting"), intent: "last-meeting", named: named.group ? { group: named.group } : {} },
    { title: t(lang, "Årets møder", "This year's meetings"), intent: "meetings-list", named: named.group ? { group: named.group } : {} },
  ],
  help: [{ da: "Hvornår er næste styregruppemøde?", en: "When is the next steering group meeting?" }],
  examples: {
    da: [
      ["Hvornår er næste styregruppemøde?", { group: "steering" }],
      ["Hvornår mødes arbejdsgruppen næste gang?", { group: "working" }],
      ["næste møde", {}],
    ],
    en: [
      ["When is the next steering group meeting?", { group: "steering" }],
      ["When does the working group meet next?", { group: "working" }],
      ["next meeting", {}],
    ],
  },
});
