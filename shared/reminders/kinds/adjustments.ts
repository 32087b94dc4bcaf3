/**
 * The yearly discussion of adjustments: the parties "årligt drøfte behovet for eventuelle
 * justeringer" (Amager). To the steering group, on a day in the year that is a setting
 * (ADJUSTMENTS_DISCUSSION_DATE, 1 October by default), each year of the period, for agreements
 * that set the duty. Names the steering group's next planned meeting, where it belongs on the agenda.
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

export interface AdjustmentsReminder extends ItemBase {
  kind: "adjustments";
  year: number;
  /** The steering group's next planned meeting when the reminder fell due, if any. */
  nextMeeting?: Pick<Meeting, "date" | "start">;
}

/** A late post is still worth making for a month: the discussion is yearly. */
const RELEVANT_DAYS = 30;

export const adjustmentsKind: ReminderKind<AdjustmentsReminder> = {
  schedule: {
    style: "timed",
    due({ agreement, tracker, dates }, from, to) {
      if (!agreement.duties.adjustments) return [];
      return yearlyDates(agreement, dates.adjustments, from, to).map(({ year, date, dueAt }) => {
        const itemKey = `adjustments|${year}`;
        const next = nextPlannedMeeting(tracker.meetings, "steering", date);
        const item: AdjustmentsReminder = {
          kind: "adjustments",
          itemKey,
          entryKey: entryKey(itemKey, "once"),
          dueAt,
          group: "steering",
          year,
          ...(next ? { nextMeeting: { date: next.date, start: next.start } } : {}),
        };
        return { item, relevantUntil: new Date(dueAt.getTime() + RELEVANT_DAYS * DAY_MS) };
      });
    },
    about: (item, lang) => t(lang, `den årlige drøftelse af justeringer ${item.year}`, `the ${item.year} discussion of adjustments`),
  },

  message(item, { lang, agreement }) {
    const da = lang === "da";
    const duty = agreement.duties.adjustments?.[lang] ?? "";
    const title = da ? `Årlig drøftelse af justeringer ${item.year}` : `Yearly discussion of adjustments ${item.year}`;
    const meeting = item.nextMeeting ? formatDateTime(item.nextMeeting.date, item.nextMeeting.start, lang, true) : undefined;
    const agenda = meeting
      ? t(
          lang,
          `Sæt drøftelsen på dagsordenen for styregruppens næste møde, ${meeting}.`,
          `Put it on the agenda of the steering group's next meeting, ${meeting}.`,
        )
      : t(
          lang,
          "Sæt drøftelsen på dagsordenen for styregruppens næste møde.",
          "Put it on the agenda of the steering group's next meeting.",
        );
    const text = da
      ? `Ifølge partnerskabsaftalen for ${agreement.name.da}: »${duty}« ${agenda}`
      : `The ${agreement.name.en} agreement says: "${duty}" ${agenda}`;
    return {
      text,
      // The quoted duty is the agreement's own long sentence; the title names it in a few words.
      summary: `${title}: ${agenda}`,
      card: reminderCard(
        title,
        text,
        [
          [da ? "Gruppe" : "Group", groupWordAtStart("steering", "definite", lang)],
          [da ? "Næste møde" : "Next meeting", meeting],
        ],
        lang,
      ),
    };
  },

  json: (item) => ({ year: item.year, ...(item.nextMeeting ? { nextMeeting: item.nextMeeting } : {}) }),

  offer: (group, lang) =>
    group === "working" ? undefined : t(lang, "den årlige drøftelse af justeringer", "the yearly discussion of adjustments"),

  retryUntil: (_item, now) => new Date(now.getTime() + DAY_MS),
};
