/**
 * Notices about a meeting a subscription was reminded of: "cancelled" when its row is marked
 * cancelled, "moved" when it is gone but a planned meeting of the same group and topic lies
 * within two weeks of the old date (the nearest one, which is then reminded anew). A reminded
 * meeting that simply vanishes from the tracker gets no notice: a deleted row is as likely a
 * correction as a cancellation. A notice goes out only while the meeting (old or new) is ahead.
 */
import { groupWord, groupWordAtStart } from "../../agreement/meeting-groups";
import { formatDateTime } from "../../format/dates";
import type { Meeting } from "../../meetings";
import { normalizeName } from "../../text/normalize";
import { DAY_MS, daysBetween, meetingStart } from "../calendar";
import { entryKey, type ItemBase } from "../items";
import type { ReminderKind } from "../kind";
import { meetingFacts, placeAndTopic, reminderCard } from "../texts";
import { isMeetingItemKey, meetingItemKey, parseMeetingItemKey } from "./meeting";

/** A reminded meeting is taken as moved to a planned one of the same group and topic this close. */
export const MOVE_WINDOW_DAYS = 14;

export interface CancelledNotice extends ItemBase {
  kind: "cancelled";
  meeting: Meeting;
}
export interface MovedNotice extends ItemBase {
  kind: "moved";
  from: { date: string; start: string };
  /** The meeting where it now is. */
  meeting: Meeting;
}

/** Meetings looked up by key, and planned ones by group and topic (for moves). */
interface MeetingIndex {
  byKey: Map<string, Meeting>;
  plannedByGroupTopic: Map<string, Meeting[]>;
}

function indexMeetings(meetings: readonly Meeting[]): MeetingIndex {
  const byKey = new Map<string, Meeting>();
  const plannedByGroupTopic = new Map<string, Meeting[]>();
  for (const m of meetings) {
    const key = meetingItemKey(m);
    // A cancelled row and a planned row with the same key: the planned one stands.
    if (!byKey.has(key) || m.status !== "cancelled") byKey.set(key, m);
    if (m.status === "planned") {
      const gt = `${m.group}|${normalizeName(m.topic ?? "")}`;
      const list = plannedByGroupTopic.get(gt);
      if (list) list.push(m);
      else plannedByGroupTopic.set(gt, [m]);
    }
  }
  return { byKey, plannedByGroupTopic };
}

/** The meetings indexed on first use only: most ticks have no reminded meeting to look up. */
function lazyIndex(meetings: readonly Meeting[]): () => MeetingIndex {
  let index: MeetingIndex | undefined;
  return () => {
    index ??= indexMeetings(meetings);
    return index;
  };
}

const ahead = (d: Date | undefined, now: Date) => d !== undefined && d.getTime() > now.getTime();

export const cancelledKind: ReminderKind<CancelledNotice> = {
  schedule: {
    style: "follow-up",
    suffix: "cancelled",
    follows: isMeetingItemKey,
    notices({ tracker }, now) {
      const index = lazyIndex(tracker.meetings);
      return (itemKey) => {
        const same = index().byKey.get(itemKey);
        const old = parseMeetingItemKey(itemKey);
        if (same?.status !== "cancelled" || !old || !ahead(meetingStart(old), now)) return undefined;
        return { kind: "cancelled", itemKey, entryKey: entryKey(itemKey, "cancelled"), dueAt: now, group: old.group, meeting: same };
      };
    },
  },

  message(item, { lang }) {
    const m = item.meeting;
    const da = lang === "da";
    const when = formatDateTime(m.date, m.start, lang, true);
    const title = da
      ? `Aflyst: møde i ${groupWord(m.group, "definite", lang)}`
      : `Cancelled: ${groupWord(m.group, "definite", lang)} meeting`;
    const summary = da
      ? `${groupWordAtStart(m.group, "genitive", lang)} møde ${when} er aflyst.`
      : `${groupWordAtStart(m.group, "genitive", lang)} meeting on ${when} is cancelled.`;
    const text = `${summary}${placeAndTopic(m, lang)}`;
    return { text, summary, card: reminderCard(title, text, meetingFacts(m, lang), lang) };
  },

  json: (item) => ({ meeting: item.meeting }),
  // Named with the meetings it follows.
  offer: () => undefined,
  retryUntil: (_item, now) => new Date(now.getTime() + DAY_MS),
};

export const movedKind: ReminderKind<MovedNotice> = {
  schedule: {
    style: "follow-up",
    suffix: "moved",
    follows: isMeetingItemKey,
    notices({ tracker }, now) {
      const index = lazyIndex(tracker.meetings);
      return (itemKey) => {
        const old = parseMeetingItemKey(itemKey);
        if (!old || index().byKey.has(itemKey)) return undefined;
        let best: Meeting | undefined;
        let bestDays = MOVE_WINDOW_DAYS + 1;
        for (const m of index().plannedByGroupTopic.get(`${old.group}|${old.topic}`) ?? []) {
          const days = daysBetween(m.date, old.date);
          if (days < bestDays || (days === bestDays && best && `${m.date}${m.start}` < `${best.date}${best.start}`)) {
            best = m;
            bestDays = days;
          }
        }
        if (!best || (!ahead(meetingStart(old), now) && !ahead(meetingStart(best), now))) return undefined;
        return {
          kind: "moved",
          itemKey,
          entryKey: entryKey(itemKey, "moved"),
          dueAt: now,
          group: old.group,
          from: { date: old.date, start: old.start },
          meeting: best,
        };
      };
    },
  },

  message(item, { lang }) {
    const m = item.meeting;
    const da = lang === "da";
    const was = formatDateTime(item.from.date, item.from.start, lang, true);
    const now = formatDateTime(m.date, m.start, lang, true);
    const title = da ? `Flyttet: møde i ${groupWord(m.group, "definite", lang)}` : `Moved: ${groupWord(m.group, "definite", lang)} meeting`;
    const summary = da
      ? `${groupWordAtStart(m.group, "genitive", lang)} møde ${was} er flyttet til ${now}.`
      : `${groupWordAtStart(m.group, "genitive", lang)} meeting on ${was} has moved to ${now}.`;
    const text = `${summary}${placeAndTopic(m, lang)}`;
    const facts = meetingFacts(m, lang);
    facts.splice(1, 0, [da ? "Før" : "Was", was]);
    return { text, summary, card: reminderCard(title, text, facts, lang) };
  },

  json: (item) => ({ from: item.from, meeting: item.meeting }),
  offer: () => undefined,
  retryUntil: (_item, now) => new Date(now.getTime() + DAY_MS),
};
