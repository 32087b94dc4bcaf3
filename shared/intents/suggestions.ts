/** Suggested next questions several intents share (the buttons under an answer). */
import { groupWord } from "../agreement/meeting-groups";
import type { MeetingGroup } from "../agreement/schema";
import { type Lang, t } from "../format/lang";
import type { Named, NextQuestion } from "./intent";

/** What anyone can ask: this year's overview, the next meeting, the safety plan's activities. */
export function everydayQuestions(lang: Lang): NextQuestion[] {
  return [
    { title: t(lang, "Overblik i år", "This year's overview"), intent: "year-overview", named: {} },
    { title: t(lang, "Næste møde", "Next meeting"), intent: "next-meeting", named: {} },
    { title: t(lang, "Aktiviteterne", "The activities"), intent: "activities", named: {} },
  ];
}

/** "Næste styregruppemøde" / "Next steering group meeting", or any group's. */
export function nextMeetingQuestion(lang: Lang, group?: MeetingGroup): NextQuestion {
  const noun = group ? groupWord(group, "meeting", lang) : t(lang, "møde", "meeting");
  return { title: t(lang, `Næste ${noun}`, `Next ${noun}`), intent: "next-meeting", named: group ? { group } : {} };
}

/** Only the year (and how it was said) of what a question named. */
export function yearOf(named: Named): Named {
  if (named.year === undefined) return {};
  return named.yearOffset === undefined ? { year: named.year } : { year: named.year, yearOffset: named.yearOffset };
}

/** " i 2015" / " in 2015", or nothing without a year. */
export function inYear(lang: Lang, year: number | undefined): string {
  return year === undefined ? "" : t(lang, ` i ${year}`, ` in ${year}`);
}
