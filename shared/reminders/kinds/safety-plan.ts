/**
 * The safety plan's yearly update: the Tryghedsplan "opdateres løbende og minimum en gang
 * årligt" (Amager), and the working group writes it. To the working group, on a day in the year
 * that is a setting (SAFETY_PLAN_UPDATE_DATE, 1 November by default), each year of the period,
 * for agreements that set the duty.
 */
import { groupWordAtStart } from "../../agreement/meeting-groups";
import { formatDateTime } from "../../format/dates";
import { t } from "../../format/lang";
import type { Meeting } from "../../meetings";
import { DAY_MS } from "../calendar";
import { entryKey, type ItemBase } from "../items";
import type { ReminderKind } from "../kind";
import { reminderCard } from "../texts";
import { nextPlannedMeeting, yearlyDates } from "../yearly";

export interface SafetyPlanReminder extends ItemBase {
  kind: "safety-plan";
  year: number;
  /** The working group's next planned meeting when the reminder fell due, if any. */
  nextMeeting?: Pick<Meeting, "date" | "start">;
}

const RELEVANT_DAYS = 30;

export const safetyPlanKind: ReminderKind<SafetyPlanReminder> = {
  schedule: {
    style: "timed",
    due({ agreement, tracker, dates }, from, to) {
      if (!agreement.duties.safetyPlan) return [];
      return yearlyDates(agreement, dates.safetyPlan, from, to).map(({ year, date, dueAt }) => {
        const itemKey = `safety-plan|${year}`;
        const next = nextPlannedMeeting(tracker.meetings, "working", date);
        const item: SafetyPlanReminder = {
          kind: "safety-plan",
          itemKey,
          entryKey: entryKey(itemKey, "once"),
          dueAt,
          group: "working",
          year,
          ...(next ? { nextMeeting: { date: next.date, start: next.start } } : {}),
        };
        return { item, relevantUntil: new Date(dueAt.getTime() + RELEVANT_DAYS * DAY_MS) };
      });
    },
    about: (item, lang) => t(lang, `tryghedsplanens opdatering ${item.year}`, `the ${item.year} update of the safety plan`),
  },

  message(item, { lang, agreement }) {
    const da = lang === "da";
    const duty = agreement.duties.safetyPlan?.[lang] ?? "";
    const title = da ? `Tryghedsplanen ${item.year}` : `The safety plan ${item.year}`;
    const meeting = item.nextMeeting ? formatDateTime(item.nextMeeting.date, item.nextMeeting.start, lang, true) : undefined;
    const ask = t(
      lang,
      `Er tryghedsplanen opdateret i ${item.year}? Ellers kan arbejdsgruppen tage den op${meeting ? ` på sit næste møde, ${meeting}` : ""}.`,
      `Has the safety plan been updated in ${item.year}? If not, the working group can take it up${meeting ? ` at its next meeting, ${meeting}` : ""}.`,
    );
    const text = da
      ? `Ifølge partnerskabsaftalen for ${agreement.name.da}: »${duty}« ${ask}`
      : `The ${agreement.name.en} agreement says: "${duty}" ${ask}`;
    return {
      text,
      // The quoted duty is the agreement's own long sentence; the question stands on its own.
      summary: ask,
      card: reminderCard(
        title,
        text,
        [
          [da ? "Gruppe" : "Group", groupWordAtStart("working", "definite", lang)],
          [da ? "Næste møde" : "Next meeting", meeting],
        ],
        lang,
      ),
    };
  },

  json: (item) => ({ year: item.year, ...(item.nextMeeting ? { nextMeeting: item.nextMeeting } : {}) }),

  offer: (group, lang) =>
    group === "steering" ? undefined : t(lang, "tryghedsplanens årlige opdatering", "the safety plan's yearly update"),

  retryUntil: (_item, now) => new Date(now.getTime() + DAY_MS),
};
