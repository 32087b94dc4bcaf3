/** Answers on meetings: the next one (of a group or any) and this year's count against the cadence. */
import { cadenceText } from "../agreement/facts";
import { illustrativeMark } from "../agreement/lookup";
import { groupWord } from "../agreement/meeting-groups";
import type { MeetingGroup } from "../agreement/schema";
import type { Entities } from "../ask/types";
import { copenhagenNow } from "../format/copenhagen-clock";
import { formatDate, formatDateTime, formatTime } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { cadenceForYear, type GroupCadence } from "../meetings";
import type { Rag } from "../status";
import { plainText } from "../text/plain-text";
import type { TrackerMeeting } from "../tracker/types";
import { type Cell, factSet, ragColor, table } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";

/** "HH:MM" padded, so meeting start times compare as text with the clock's. */
function padTime(time: string): string {
  const [h = "0", m = "0"] = time.split(":");
  return `${h.padStart(2, "0")}:${m.padStart(2, "0")}`;
}

/** The earliest planned meeting starting at or after now (Copenhagen wall-clock time). */
export function nextMeeting(meetings: readonly TrackerMeeting[], now: Date, group?: MeetingGroup): TrackerMeeting | undefined {
  const from = copenhagenNow(now).minuteKey;
  let best: TrackerMeeting | undefined;
  let bestKey = "";
  for (const m of meetings) {
    if (m.status !== "planned" || (group && m.group !== group)) continue;
    const key = `${m.date} ${padTime(m.start)}`;
    if (key < from) continue;
    if (best === undefined || key < bestKey) {
      best = m;
      bestKey = key;
    }
  }
  return best;
}

function meetingNoun(group: MeetingGroup | undefined, lang: Lang): string {
  return group ? groupWord(group, "meeting", lang) : t(lang, "møde", "meeting");
}

/** "Styregruppen" / "Steering group": a group as a table cell or a line's subject. */
const groupTitle = (group: MeetingGroup, lang: Lang) => groupWord(group, "title", lang);

export function nextMeetingAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const m = nextMeeting(ctx.tracker.meetings, ctx.now, u.group);
  const noun = meetingNoun(u.group, lang);
  if (!m) {
    const text = t(lang, `Der er intet planlagt ${noun} fra nu af i trackeren.`, `There is no planned ${noun} from now on in the tracker.`);
    return { text, body: [], figures: true };
  }
  // "tirsdag den 6. oktober 2015 kl. 9.00–11.00" / "Tuesday 6 October 2015, 09:00–11:00" (no "at" before a range).
  const when =
    m.end && lang === "en"
      ? `${formatDate(m.date, lang, true)}, ${formatTime(m.start, lang)}`
      : formatDateTime(m.date, m.start, lang, true);
  const until = m.end ? `–${formatTime(m.end, lang)}` : "";
  // Typed into the tracker (or Outlook): shown as text, never as markdown or HTML.
  const place = m.place ? plainText(m.place) : undefined;
  const topic = m.topic ? plainText(m.topic) : undefined;
  const parts = [t(lang, `Næste ${noun}: ${when}${until}.`, `Next ${noun}: ${when}${until}.`)];
  if (!u.group) parts.push(t(lang, `Gruppe: ${groupTitle(m.group, lang)}.`, `Group: ${groupTitle(m.group, lang)}.`));
  if (place) parts.push(t(lang, `Sted: ${place}.`, `Place: ${place}.`));
  if (topic) parts.push(t(lang, `Emne: ${topic}.`, `Topic: ${topic}.`));
  const facts = [
    { title: t(lang, "Gruppe", "Group"), value: groupTitle(m.group, lang) },
    { title: t(lang, "Tidspunkt", "When"), value: `${when}${until}` },
    ...(place ? [{ title: t(lang, "Sted", "Place"), value: place }] : []),
    ...(topic ? [{ title: t(lang, "Emne", "Topic"), value: topic }] : []),
  ];
  return { text: parts.join(" "), summary: parts[0], body: [factSet(facts)], figures: true };
}

function cadenceRag(c: GroupCadence): Rag {
  if (c.finished) return c.held >= c.min && (c.max === undefined || c.held <= c.max) ? "green" : "red";
  if (!c.canReachMin) return "red";
  return c.overMax || c.plannedPast > 0 ? "amber" : "green";
}

function cadenceVerdict(c: GroupCadence, lang: Lang): string {
  const notes: string[] = [];
  if (c.finished) {
    if (c.held < c.min) notes.push(t(lang, "under aftalens minimum", "below the agreement's minimum"));
    else if (c.max !== undefined && c.held > c.max) notes.push(t(lang, "over aftalens maksimum", "above the agreement's maximum"));
    else notes.push(t(lang, "antallet af møder lever op til aftalen", "the number of meetings meets the agreement"));
  } else {
    notes.push(
      c.held >= c.min
        ? t(lang, "minimum er nået", "the minimum is reached")
        : c.canReachMin
          ? t(lang, "minimum kan nås", "the minimum can be reached")
          : t(lang, "når ikke minimum med de planlagte møder", "will not reach the minimum with the planned meetings"),
    );
    if (c.overMax) notes.push(t(lang, "flere møder end aftalens maksimum", "more meetings than the agreement's maximum"));
  }
  if (c.plannedPast > 0) {
    notes.push(
      t(
        lang,
        `${c.plannedPast} står stadig som planlagt, men datoen er passeret`,
        `${c.plannedPast} still marked planned though the date has passed`,
      ),
    );
  }
  return notes.join("; ");
}

export function cadenceAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const today = copenhagenNow(ctx.now).date;
  const year = u.year ?? Number(today.slice(0, 4));
  const all = cadenceForYear(ctx.agreement, ctx.tracker.meetings, year, today);
  const groups = u.group ? all.filter((c) => c.group === u.group) : all;
  const lines = [t(lang, `Møder i ${year}:`, `Meetings in ${year}:`)];
  const counts: string[] = [];
  const cells: Array<Array<string | Cell>> = [];
  for (const c of groups) {
    const rule = cadenceText({ min: c.min, max: c.max }, lang) + illustrativeMark(ctx.agreement, "cadence", lang);
    const verdict = cadenceVerdict(c, lang);
    lines.push(
      t(
        lang,
        `${groupTitle(c.group, lang)}: ${c.held} afholdt, ${c.plannedAhead} planlagt (aftalen: ${rule}) – ${verdict}.`,
        `${groupTitle(c.group, lang)}: ${c.held} held, ${c.plannedAhead} planned (agreement: ${rule}) – ${verdict}.`,
      ),
    );
    counts.push(
      t(
        lang,
        `${groupWord(c.group, "definite", "da")} ${c.held} afholdt og ${c.plannedAhead} planlagt`,
        `${groupWord(c.group, "name", "en").toLocaleLowerCase("en")} ${c.held} held and ${c.plannedAhead} planned`,
      ),
    );
    cells.push([
      groupTitle(c.group, lang),
      String(c.held),
      String(c.plannedAhead),
      rule,
      { text: verdict, color: ragColor(cadenceRag(c)) },
    ]);
  }
  const header = [
    t(lang, "Gruppe", "Group"),
    t(lang, "Afholdt", "Held"),
    t(lang, "Planlagt", "Planned"),
    t(lang, "Aftalen", "Agreement"),
    "Status",
  ];
  return {
    text: lines.join("\n"),
    summary: t(lang, `Møder i ${year}: ${counts.join(", ")}.`, `Meetings in ${year}: ${counts.join(", ")}.`),
    body: [table(header, cells)],
    figures: true,
  };
}
