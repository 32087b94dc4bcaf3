/**
 * The words every reminder kind writes with, in the subscription's language, and the Adaptive
 * Card (1.5) they all share: a title, the text, and facts (group, date, time, place, topic …).
 * Danish dates as Danes write them: "tirsdag den 6. oktober 2015 kl. 9.00".
 */
import { groupWordAtStart } from "../agreement/meeting-groups";
import type { AdaptiveCard } from "../answers/types";
import { formatDate, formatTime } from "../format/dates";
import { type Lang, t } from "../format/lang";
import type { Meeting } from "../meetings";
import { plainText } from "../text/plain-text";

/** "om 7 dage" / "in 7 days", "i morgen" / "tomorrow", "om 3 timer", "om 20 minutter": from now, so a late post still reads right. */
export function untilText(startsAt: Date, now: Date, lang: Lang): string {
  const minutes = Math.round((startsAt.getTime() - now.getTime()) / 60_000);
  const unit = (n: number, da1: string, daN: string, en1: string, enN: string) =>
    lang === "da" ? `om ${n} ${n === 1 ? da1 : daN}` : `in ${n} ${n === 1 ? en1 : enN}`;
  // From 20 hours on, days read better ("i morgen" for a post half an hour late, not "om 24 timer").
  if (minutes >= 20 * 60) {
    const days = Math.max(1, Math.round(minutes / 1440));
    return days === 1 ? t(lang, "i morgen", "tomorrow") : unit(days, "dag", "dage", "day", "days");
  }
  if (minutes >= 60) return unit(Math.round(minutes / 60), "time", "timer", "hour", "hours");
  return unit(Math.max(1, minutes), "minut", "minutter", "minute", "minutes");
}

export function timeRange(m: Meeting, lang: Lang): string {
  return m.end ? `${formatTime(m.start, lang)}–${formatTime(m.end, lang)}` : formatTime(m.start, lang);
}

/** A card fact; left out when its value is empty. */
export type CardFact = [title: string, value: string | undefined];

/** The reminder card: title, text, and the facts that have a value. */
export function reminderCard(title: string, text: string, facts: CardFact[], lang: Lang): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    lang,
    body: [
      { type: "TextBlock", text: title, weight: "Bolder", size: "Medium", wrap: true },
      { type: "TextBlock", text, wrap: true },
      {
        type: "FactSet",
        facts: facts.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== "").map(([title, value]) => ({ title, value })),
      },
    ],
  };
}

/** Group, date, time, place and topic of a meeting. */
export function meetingFacts(m: Meeting, lang: Lang): CardFact[] {
  const da = lang === "da";
  return [
    [da ? "Gruppe" : "Group", groupWordAtStart(m.group, "definite", lang)],
    [da ? "Dato" : "Date", formatDate(m.date, lang, true)],
    [da ? "Tidspunkt" : "Time", timeRange(m, lang)],
    [da ? "Sted" : "Place", m.place && plainText(m.place)],
    [da ? "Emne" : "Topic", m.topic && plainText(m.topic)],
  ];
}

/** " Sted: …. Emne: …." after a sentence, or nothing. */
export function placeAndTopic(m: Meeting, lang: Lang): string {
  const parts: string[] = [];
  // Typed into the tracker or Outlook: shown as text, never as markdown or HTML.
  if (m.place) parts.push(`${lang === "da" ? "Sted" : "Place"}: ${plainText(m.place)}.`);
  if (m.topic) parts.push(`${lang === "da" ? "Emne" : "Topic"}: ${plainText(m.topic)}.`);
  return parts.length ? ` ${parts.join(" ")}` : "";
}
