/**
 * Meeting reminders: every planned meeting in the tracker, at each lead time before it.
 *
 * Meeting identity. The tracker has no meeting ids and its row order changes as people insert
 * and sort rows, so a row number is no identity. A meeting is identified by group, date, start
 * time and (normalised) topic: `meeting|steering|2015-10-06|09:00|budget`. Changing the date or
 * time therefore gives a new key, which is reminded anew at every lead time; the old key, if it
 * was reminded, gets a "moved" or "cancelled" notice (`meeting-changes.ts`).
 */
import { groupWord, groupWordAtStart } from "../../agreement/meeting-groups";
import type { MeetingGroup } from "../../agreement/schema";
import { formatDateTime } from "../../format/dates";
import { t } from "../../format/lang";
import type { Meeting } from "../../meetings";
import { normalizeName } from "../../text/normalize";
import { MINUTE_MS, meetingStart, reminderDueAt, roughStartMs } from "../calendar";
import { entryKey, type ItemBase } from "../items";
import type { ReminderKind, TimedItem } from "../kind";
import type { LeadTime } from "../lead-times";
import { meetingFacts, placeAndTopic, reminderCard, untilText } from "../texts";

export interface MeetingReminder extends ItemBase {
  kind: "meeting";
  lead: LeadTime;
  meeting: Meeting;
  /** The meeting's start as an instant. */
  startsAt: Date;
}

export function meetingItemKey(m: Pick<Meeting, "group" | "date" | "start" | "topic">): string {
  return `meeting|${m.group}|${m.date}|${m.start}|${normalizeName(m.topic ?? "")}`;
}

export function isMeetingItemKey(itemKey: string): boolean {
  return itemKey.startsWith("meeting|");
}

/** Group, date, start and normalised topic back out of a meeting item key. */
export function parseMeetingItemKey(itemKey: string): { group: MeetingGroup; date: string; start: string; topic: string } | undefined {
  const parts = itemKey.split("|");
  if (parts.length < 5 || parts[0] !== "meeting") return undefined;
  const [, group, date = "", start = ""] = parts;
  if (group !== "steering" && group !== "working") return undefined;
  return { group, date, start, topic: parts.slice(4).join("|") };
}

export const meetingKind: ReminderKind<MeetingReminder> = {
  schedule: {
    style: "timed",
    due({ tracker, leadTimes }, from, to) {
      const out: Array<TimedItem<MeetingReminder>> = [];
      const fromMs = from.getTime();
      const toMs = to.getTime();
      const margin = 3 * 60 * MINUTE_MS; // the rough start is off by at most 2 hours
      for (const meeting of tracker.meetings) {
        if (meeting.status !== "planned") continue;
        const rough = roughStartMs(meeting);
        if (rough === undefined) continue;
        for (const lead of leadTimes) {
          const roughDue = rough - lead.minutes * MINUTE_MS;
          if (roughDue - margin > toMs || roughDue + margin <= fromMs) continue;
          const startsAt = meetingStart(meeting);
          const dueAt = reminderDueAt(meeting, lead);
          if (!startsAt || !dueAt) continue;
          if (dueAt.getTime() <= fromMs || dueAt.getTime() > toMs) continue;
          const itemKey = meetingItemKey(meeting);
          out.push({
            item: {
              kind: "meeting",
              itemKey,
              entryKey: entryKey(itemKey, lead.label),
              dueAt,
              group: meeting.group,
              lead,
              meeting,
              startsAt,
            },
            relevantUntil: startsAt,
          });
        }
      }
      return out;
    },
    about({ group, meeting }, lang) {
      const when = formatDateTime(meeting.date, meeting.start, lang, true);
      return t(lang, `mødet i ${groupWord(group, "definite", lang)} ${when}`, `${groupWord(group, "definite", lang)}'s meeting on ${when}`);
    },
  },

  message(item, { lang, now }) {
    const m = item.meeting;
    const da = lang === "da";
    const when = formatDateTime(m.date, m.start, lang, true);
    const group = groupWord(m.group, "definite", lang);
    const subject = groupWordAtStart(m.group, "definite", lang);
    const title = da ? `Påmindelse: møde i ${group}` : `Reminder: ${group} meets`;
    const summary = da
      ? `${subject} mødes ${when} (${untilText(item.startsAt, now, lang)}).`
      : `${subject} meets on ${when} (${untilText(item.startsAt, now, lang)}).`;
    const text = `${summary}${placeAndTopic(m, lang)}`;
    return { text, summary, card: reminderCard(title, text, meetingFacts(m, lang), lang) };
  },

  json: (item) => ({ lead: item.lead.label, meeting: item.meeting }),

  offer(group, lang) {
    if (group === "steering") return t(lang, "styregruppens møder", "the steering group's meetings");
    if (group === "working") return t(lang, "arbejdsgruppens møder", "the working group's meetings");
    return t(lang, "styregruppens og arbejdsgruppens møder", "the steering and working groups' meetings");
  },

  // A failed send is tried again until the meeting starts.
  retryUntil: (item) => item.startsAt,
};
