/** The meetings in a month or on a date, with what they were about. */
import { groupWord } from "../agreement/meeting-groups";
import { meetingsOnDateAnswer } from "../answers/past-meetings";
import { monthName } from "../format/dates";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { inYear, nextMeetingQuestion, yearOf } from "./suggestions";

export const meetingOnDate = defineIntent({
  about: "the meetings in a month or on a date, with their topics: »Hvad blev der drøftet på styregruppemødet i juni?«",
  recognise: [
    { priority: 815, all: ["meeting", "date"] },
    { priority: 515, all: ["group", "date"], none: ["facet:parties"] },
    // A date with nothing more specific ("What was discussed on 17 March?"): only meetings have dates.
    { priority: 250, all: ["date"] },
  ],
  keeps: ["group", "date", "year"],
  answer: ({ u, ctx, lang }) => meetingsOnDateAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ group, date, year }, lang) => {
    const month = monthName(date?.month ?? 1, lang);
    const when =
      date?.day === undefined ? t(lang, `i ${month}`, `in ${month}`) : t(lang, `den ${date.day}. ${month}`, `on ${date.day} ${month}`);
    const year_ = year === undefined ? "" : ` ${year}`;
    if (lang === "da") return `Hvad handlede ${group ? `${groupWord(group, "meeting", "da")}t` : "mødet"} ${when}${year_} om?`;
    return `What was the ${group ? groupWord(group, "meeting", "en") : "meeting"} ${when}${year_} about?`;
  },
  next: (named, lang) => [
    {
      title: t(lang, `Møderne${inYear(lang, named.year)}`, `The meetings${inYear(lang, named.year)}`),
      intent: "meetings-list",
      named: yearOf(named),
    },
    nextMeetingQuestion(lang, named.group),
  ],
  help: [{ da: "Hvad blev der drøftet på styregruppemødet i marts?", en: "What was the steering group meeting in March about?" }],
  examples: {
    da: [
      ["Hvad blev der drøftet på styregruppemødet i juni?", { group: "steering", date: { month: 6 } }],
      ["mødet i marts 2015", { date: { month: 3 }, year: 2015 }],
      ["Hvad handlede arbejdsgruppemødet den 17. marts om?", { group: "working", date: { month: 3, day: 17 } }],
      ["Var der møde i arbejdsgruppen i juni?", { group: "working", date: { month: 6 } }],
      ["Hvad blev der drøftet den 17. marts?", { date: { month: 3, day: 17 } }],
    ],
    en: [
      ["What was the meeting on 17 March about?", { date: { month: 3, day: 17 } }],
      ["working group meeting in August 2015", { group: "working", date: { month: 8 }, year: 2015 }],
      ["Was there a steering group meeting on March 10, 2015?", { group: "steering", date: { month: 3, day: 10 }, year: 2015 }],
      ["the meeting on 2015-05-19", { date: { month: 5, day: 19 }, year: 2015 }],
      ["What happened on 14 June?", { date: { month: 6, day: 14 } }],
    ],
  },
});
