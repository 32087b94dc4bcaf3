/** Answers on meetings other than the next: the latest held, those of a month or date, and a year's list. */
import { groupWord, groupWordAtStart } from "../agreement/meeting-groups";
import type { MeetingGroup } from "../agreement/schema";
import type { Entities } from "../ask/types";
import { copenhagenNow } from "../format/copenhagen-clock";
import { formatDate, formatMeetingTime, isoDate, monthName } from "../format/dates";
import { type Lang, t } from "../format/lang";
import type { MeetingStatus } from "../meetings";
import { plainText } from "../text/plain-text";
import type { TrackerMeeting } from "../tracker/types";
import { meetingStatusTerms } from "../tracker/vocabulary";
import { type Cell, factSet, table } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";

/** "HH:MM" padded, so start times compare as text with the clock's. */
function padTime(time: string): string {
  const [h = "0", m = "0"] = time.split(":");
  return `${h.padStart(2, "0")}:${m.padStart(2, "0")}`;
}

const minuteKey = (m: TrackerMeeting) => `${m.date} ${padTime(m.start)}`;

function byTime(a: TrackerMeeting, b: TrackerMeeting): number {
  const ka = minuteKey(a);
  const kb = minuteKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The latest meeting that started before now and was not cancelled (Copenhagen wall-clock time). */
export function lastMeeting(meetings: readonly TrackerMeeting[], now: Date, group?: MeetingGroup): TrackerMeeting | undefined {
  const before = copenhagenNow(now).minuteKey;
  let best: TrackerMeeting | undefined;
  for (const m of meetings) {
    if (m.status === "cancelled" || (group && m.group !== group) || minuteKey(m) >= before) continue;
    if (best === undefined || byTime(m, best) > 0) best = m;
  }
  return best;
}

function statusWord(status: MeetingStatus, lang: Lang): string {
  return (meetingStatusTerms.find((term) => term.id === status)?.name[lang] ?? status).toLocaleLowerCase(lang);
}

function meetingNoun(group: MeetingGroup | undefined, lang: Lang): string {
  return group ? groupWord(group, "meeting", lang) : t(lang, "møde", "meeting");
}

function topicText(topic: string | undefined, lang: Lang): string {
  if (!topic) return t(lang, "intet emne i trackeren", "no topic in the tracker");
  return t(lang, `»${plainText(topic)}«`, `"${plainText(topic)}"`);
}

/** "Arbejdsgruppens møde tirsdag den 16. juni 2015 kl. 14.00–16.00, Hørgården beboerhus: »Sommerferie« (aflyst)." */
function meetingSentence(m: TrackerMeeting, lang: Lang): string {
  const when = formatMeetingTime(m.date, m.start, m.end, lang);
  const place = m.place ? `, ${plainText(m.place)}` : "";
  const whose = groupWordAtStart(m.group, "genitive", lang);
  return t(
    lang,
    `${whose} møde ${when}${place}: ${topicText(m.topic, lang)} (${statusWord(m.status, lang)}).`,
    `${whose} meeting ${when}${place}: ${topicText(m.topic, lang)} (${statusWord(m.status, lang)}).`,
  );
}

function meetingFacts(m: TrackerMeeting, lang: Lang): Array<{ title: string; value: string }> {
  return [
    { title: t(lang, "Gruppe", "Group"), value: groupWord(m.group, "title", lang) },
    { title: t(lang, "Tidspunkt", "When"), value: formatMeetingTime(m.date, m.start, m.end, lang) },
    ...(m.place ? [{ title: t(lang, "Sted", "Place"), value: plainText(m.place) }] : []),
    { title: t(lang, "Emne", "Topic"), value: m.topic ? plainText(m.topic) : "–" },
    { title: "Status", value: statusWord(m.status, lang) },
  ];
}

export function lastMeetingAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const m = lastMeeting(ctx.tracker.meetings, ctx.now, u.group);
  const noun = meetingNoun(u.group, lang);
  if (!m) {
    const text = t(lang, `Trackeren har intet afholdt ${noun} endnu.`, `The tracker has no ${noun} held yet.`);
    return { text, body: [], figures: true };
  }
  const when = formatMeetingTime(m.date, m.start, m.end, lang);
  const head = t(lang, `Seneste ${noun}: ${when}.`, `Last ${noun}: ${when}.`);
  const parts = [head];
  if (!u.group) parts.push(t(lang, `Gruppe: ${groupWord(m.group, "title", lang)}.`, `Group: ${groupWord(m.group, "title", lang)}.`));
  if (m.place) parts.push(t(lang, `Sted: ${plainText(m.place)}.`, `Place: ${plainText(m.place)}.`));
  parts.push(t(lang, `Emne: ${topicText(m.topic, lang)}.`, `Topic: ${topicText(m.topic, lang)}.`));
  // A date passed but still marked planned: the tracker wants updating, and the reader should know.
  if (m.status === "planned") parts.push(t(lang, "Mødet står stadig som planlagt i trackeren.", "The tracker still marks it as planned."));
  return { text: parts.join(" "), summary: head, body: [factSet(meetingFacts(m, lang))], figures: true };
}

/** The year a month or date is asked for: the one named, else this year. */
function yearAsked(u: Entities, ctx: AnswerContext): number {
  return u.year ?? copenhagenNow(ctx.now).year;
}

/** "juni 2015" / "June 2015", or "16. juni 2015" / "16 June 2015" with a day. */
function periodName(year: number, month: number, day: number | undefined, lang: Lang): string {
  return day === undefined ? `${monthName(month, lang)} ${year}` : formatDate(isoDate({ year, month, day }), lang);
}

export function meetingsOnDateAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const year = yearAsked(u, ctx);
  const month = u.date?.month ?? copenhagenNow(ctx.now).month;
  const day = u.date?.day;
  const inMonth = ctx.tracker.meetings
    .filter((m) => (!u.group || m.group === u.group) && m.date.startsWith(`${year}-${String(month).padStart(2, "0")}-`))
    .sort(byTime);
  const onDay = day === undefined ? inMonth : inMonth.filter((m) => Number(m.date.slice(8, 10)) === day);
  const noun = meetingNoun(u.group, lang);
  const lines: string[] = [];
  let shown = onDay;
  if (onDay.length === 0) {
    const period = periodName(year, month, day, lang);
    const when = day === undefined ? t(lang, `i ${period}`, `in ${period}`) : t(lang, `den ${period}`, `on ${period}`);
    lines.push(t(lang, `Trackeren har intet ${noun} ${when}.`, `The tracker has no ${noun} ${when}.`));
    // A day without a meeting: the month's meetings may be what was meant.
    if (day !== undefined && inMonth.length > 0) {
      lines.push(t(lang, `I ${monthName(month, lang)} ${year}:`, `In ${monthName(month, lang)} ${year}:`));
      shown = inMonth;
    }
  }
  lines.push(...shown.map((m) => meetingSentence(m, lang)));
  const period = periodName(year, month, day, lang);
  const summary =
    onDay.length === 0
      ? (lines[0] ?? "")
      : onDay.length === 1
        ? meetingSentence(onDay[0] as TrackerMeeting, lang)
        : t(lang, `${onDay.length} møder i ${period}.`, `${onDay.length} meetings in ${period}.`);
  const only = shown.length === 1 ? shown[0] : undefined;
  const body = only ? [factSet(meetingFacts(only, lang))] : shown.length > 0 ? [meetingsTable(shown, lang)] : [];
  return { text: lines.join("\n"), summary, body, figures: true };
}

function meetingsTable(meetings: readonly TrackerMeeting[], lang: Lang) {
  const header = [t(lang, "Tidspunkt", "When"), t(lang, "Gruppe", "Group"), t(lang, "Emne", "Topic"), "Status"];
  const rows: Array<Array<string | Cell>> = meetings.map((m) => [
    formatMeetingTime(m.date, m.start, m.end, lang),
    groupWord(m.group, "title", lang),
    m.topic ? plainText(m.topic) : "–",
    { text: statusWord(m.status, lang), ...(m.status === "cancelled" ? { color: "Attention" as const } : {}) },
  ]);
  return table(header, rows);
}

export function meetingsListAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const year = yearAsked(u, ctx);
  const meetings = ctx.tracker.meetings.filter((m) => (!u.group || m.group === u.group) && m.date.startsWith(`${year}-`)).sort(byTime);
  const whose = u.group ? groupWordAtStart(u.group, "genitive", lang) : undefined;
  const title = whose
    ? t(lang, `${whose} møder i ${year}`, `${whose} meetings in ${year}`)
    : t(lang, `Møder i ${year}`, `Meetings in ${year}`);
  if (meetings.length === 0) {
    const text = t(
      lang,
      `Trackeren har ingen møder i ${year}${u.group ? ` for ${groupWord(u.group, "definite", "da")}` : ""}.`,
      `The tracker has no meetings in ${year}${u.group ? ` for ${groupWord(u.group, "definite", "en")}` : ""}.`,
    );
    return { text, body: [], figures: true };
  }
  const count = (status: MeetingStatus) => meetings.filter((m) => m.status === status).length;
  const summary = t(
    lang,
    `${title}: ${count("held")} afholdt, ${count("planned")} planlagt, ${count("cancelled")} aflyst.`,
    `${title}: ${count("held")} held, ${count("planned")} planned, ${count("cancelled")} cancelled.`,
  );
  const lines = [
    summary,
    ...meetings.map(
      (m) =>
        `${formatMeetingTime(m.date, m.start, m.end, lang)}: ${groupWord(m.group, "title", lang)} – ${m.topic ? plainText(m.topic) : "–"} (${statusWord(m.status, lang)})`,
    ),
  ];
  return { text: lines.join("\n"), summary, body: [meetingsTable(meetings, lang)], figures: true };
}
