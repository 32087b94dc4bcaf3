/** A year's meetings as a list: date, group, topic and status. */
import { groupWord } from "../agreement/meeting-groups";
import { meetingsListAnswer } from "../answers/past-meetings";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { nextMeetingQuestion, yearOf } from "./suggestions";

export const meetingsList = defineIntent({
  about: "a year's meetings as a list: »Hvilke møder har vi i 2015?«",
  recognise: [
    // Above the count ("Hvilke møder er planlagt?" lists them); "Vis næste møde" is the next one.
    { priority: 808, all: ["meeting", "listing"], none: ["next", "last"] },
    // "Hvornår mødtes styregruppen i 2014?": that year's meetings (the "when" is no "next").
    { priority: 792, all: ["meeting", "past", "year"], none: ["last", "category", "target", "upcoming"] },
    // "Er der aflyst nogen møder?": the year's meetings, which say how many were cancelled (not the count against the cadence).
    { priority: 806, all: ["meeting", "activity-status"], none: ["next", "last"] },
    // Meetings and a year, neither counted nor the next or last, nor "meet the target": that year's ("møder i 2015").
    { priority: 795, all: ["meeting", "year"], none: ["next", "last", "category", "target"] },
  ],
  keeps: ["year", "group"],
  answer: ({ u, ctx, lang }) => meetingsListAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ group, year }, lang) => {
    if (year === undefined) {
      return group
        ? t(lang, `Vis ${groupWord(group, "genitive", "da")} møder`, `List ${groupWord(group, "genitive", "en")} meetings`)
        : t(lang, "Vis møderne", "List the meetings");
    }
    return group
      ? t(
          lang,
          `Hvilke møder har ${groupWord(group, "definite", "da")} i ${year}?`,
          `Which meetings does ${groupWord(group, "definite", "en")} have in ${year}?`,
        )
      : t(lang, `Hvilke møder er der i ${year}?`, `Which meetings are there in ${year}?`);
  },
  next: (named, lang) => [
    nextMeetingQuestion(lang, named.group),
    {
      title: t(lang, "Møder i forhold til aftalen", "Meetings against the agreement"),
      intent: "cadence",
      named: { ...yearOf(named), ...(named.group ? { group: named.group } : {}) },
    },
  ],
  help: [{ da: "Hvilke møder har vi i år?", en: "Which meetings do we have this year?" }],
  examples: {
    da: [
      ["Hvilke møder har vi i år?", { year: 2015, yearOffset: 0 }],
      ["Vis styregruppens møder i 2015", { group: "steering", year: 2015 }],
      ["Hvilke møder er planlagt?", {}],
      ["liste over møderne sidste år", { year: 2014, yearOffset: -1 }],
      ["møder i 2015", { year: 2015 }],
      ["Er der aflyst nogen møder?", {}],
    ],
    en: [
      ["Which meetings do we have this year?", { year: 2015, yearOffset: 0 }],
      ["List the working group meetings in 2015", { group: "working", year: 2015 }],
      ["Show me all meetings", {}],
      ["Were any meetings cancelled?", {}],
      ["the steering group meetings in 2014", { group: "steering", year: 2014 }],
    ],
  },
});
