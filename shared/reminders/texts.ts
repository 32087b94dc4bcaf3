/**
 * The words of a reminder, in the subscription's language, with an Adaptive Card (1.5) that
 * shows group, date, time, place and topic. Danish dates as Danes write them:
 * "tirsdag den 6. oktober 2015 kl. 9.00".
 */
import { groupWord, groupWordAtStart } from "../agreement/meeting-groups";
import type { Agreement } from "../agreement/schema";
import type { AdaptiveCard } from "../answers/types";
import { formatDate, formatDateTime, formatTime, monthName } from "../format/dates";
import type { Lang } from "../format/lang";
import type { Meeting } from "../meetings";
import type { ReminderItem } from "./items";
import { meetingStart } from "./schedule";

export interface ReminderMessage {
  text: string;
  card: AdaptiveCard;
}

/** "om 7 dage" / "in 7 days", "om 3 timer", "om 20 minutter": from now, so a late post still reads right. */
export function untilText(startsAt: Date, now: Date, lang: Lang): string {
  const minutes = Math.round((startsAt.getTime() - now.getTime()) / 60_000);
  const unit = (n: number, da1: string, daN: string, en1: string, enN: string) =>
    lang === "da" ? `om ${n} ${n === 1 ? da1 : daN}` : `in ${n} ${n === 1 ? en1 : enN}`;
  // From 20 hours on, days read better ("om 1 dag" for a post half an hour late, not "om 24 timer").
  if (minutes >= 20 * 60) return unit(Math.max(1, Math.round(minutes / 1440)), "dag", "dage", "day", "days");
  if (minutes >= 60) return unit(Math.round(minutes / 60), "time", "timer", "hour", "hours");
  return unit(Math.max(1, minutes), "minut", "minutter", "minute", "minutes");
}

function timeRange(m: Meeting, lang: Lang): string {
  return m.end ? `${formatTime(m.start, lang)}–${formatTime(m.end, lang)}` : formatTime(m.start, lang);
}

function card(title: string, text: string, facts: Array<[string, string | undefined]>, lang: Lang): AdaptiveCard {
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

function meetingFacts(m: Meeting, lang: Lang): Array<[string, string | undefined]> {
  const da = lang === "da";
  return [
    [da ? "Gruppe" : "Group", groupWordAtStart(m.group, "definite", lang)],
    [da ? "Dato" : "Date", formatDate(m.date, lang, true)],
    [da ? "Tidspunkt" : "Time", timeRange(m, lang)],
    [da ? "Sted" : "Place", m.place],
    [da ? "Emne" : "Topic", m.topic],
  ];
}

function placeAndTopic(m: Meeting, lang: Lang): string {
  const parts: string[] = [];
  if (m.place) parts.push(`${lang === "da" ? "Sted" : "Place"}: ${m.place}.`);
  if (m.topic) parts.push(`${lang === "da" ? "Emne" : "Topic"}: ${m.topic}.`);
  return parts.length ? ` ${parts.join(" ")}` : "";
}

/** The message for one item, to one subscription. `now` words late posts correctly. */
export function reminderMessage(item: ReminderItem, lang: Lang, now: Date, agreement: Agreement): ReminderMessage {
  const da = lang === "da";
  switch (item.kind) {
    case "meeting": {
      const m = item.meeting;
      const when = formatDateTime(m.date, m.start, lang, true);
      const title = da
        ? `Påmindelse: møde i ${groupWord(m.group, "definite", lang)}`
        : `Reminder: ${groupWord(m.group, "definite", lang)} meets`;
      const text = da
        ? `${groupWordAtStart(m.group, "definite", lang)} mødes ${when} (${untilText(item.startsAt, now, lang)}).${placeAndTopic(m, lang)}`
        : `${groupWordAtStart(m.group, "definite", lang)} meets on ${when} (${untilText(item.startsAt, now, lang)}).${placeAndTopic(m, lang)}`;
      return { text, card: card(title, text, meetingFacts(m, lang), lang) };
    }
    case "cancelled": {
      const m = item.meeting;
      const when = formatDateTime(m.date, m.start, lang, true);
      const title = da
        ? `Aflyst: møde i ${groupWord(m.group, "definite", lang)}`
        : `Cancelled: ${groupWord(m.group, "definite", lang)} meeting`;
      const text = da
        ? `${groupWordAtStart(m.group, "genitive", "da")} møde ${when} er aflyst.${placeAndTopic(m, lang)}`
        : `${groupWordAtStart(m.group, "genitive", "en")} meeting on ${when} is cancelled.${placeAndTopic(m, lang)}`;
      return { text, card: card(title, text, meetingFacts(m, lang), lang) };
    }
    case "moved": {
      const m = item.meeting;
      const was = formatDateTime(item.from.date, item.from.start, lang, true);
      const now_ = formatDateTime(m.date, m.start, lang, true);
      const title = da
        ? `Flyttet: møde i ${groupWord(m.group, "definite", lang)}`
        : `Moved: ${groupWord(m.group, "definite", lang)} meeting`;
      const text = da
        ? `${groupWordAtStart(m.group, "genitive", "da")} møde ${was} er flyttet til ${now_}.${placeAndTopic(m, lang)}`
        : `${groupWordAtStart(m.group, "genitive", "en")} meeting on ${was} has moved to ${now_}.${placeAndTopic(m, lang)}`;
      const facts = meetingFacts(m, lang);
      facts.splice(1, 0, [da ? "Før" : "Was", was]);
      return { text, card: card(title, text, facts, lang) };
    }
    case "cadence": {
      const c = item.cadence;
      const group = groupWord(c.group, "definite", lang);
      const planned = c.plannedAhead;
      const title = da ? `Mødekadence ${c.year}: ${group}` : `Meeting cadence ${c.year}: ${group}`;
      const rule = c.max === undefined ? (da ? `mindst ${c.min}` : `at least ${c.min}`) : da ? `${c.min}–${c.max}` : `${c.min} to ${c.max}`;
      const text =
        item.condition === "below-min"
          ? da
            ? `${groupWordAtStart(c.group, "definite", lang)} skal ifølge aftalen mødes ${rule} gange om året, men i ${c.year} er der kun ${c.held} afholdte og ${planned} planlagte møder. Minimum på ${c.min} kan ikke nås med de planlagte møder – planlæg flere.`
            : `Under the agreement ${group} must meet ${rule} times a year, but ${c.year} has only ${c.held} meetings held and ${planned} planned. The minimum of ${c.min} can no longer be reached with the planned meetings – plan more.`
          : da
            ? `${groupWordAtStart(c.group, "definite", lang)} har ${c.held + c.plannedAhead + c.plannedPast} møder afholdt eller planlagt i ${c.year}, men aftalen siger højst ${c.max} om året.`
            : `${groupWordAtStart(c.group, "definite", lang)} has ${c.held + c.plannedAhead + c.plannedPast} meetings held or planned in ${c.year}, but the agreement says at most ${c.max} a year.`;
      return {
        text,
        card: card(
          title,
          text,
          [
            [da ? "Gruppe" : "Group", groupWordAtStart(c.group, "definite", lang)],
            [da ? "År" : "Year", String(c.year)],
            [da ? "Afholdt" : "Held", String(c.held)],
            [da ? "Planlagt" : "Planned", String(c.plannedAhead)],
            [da ? "Aftalen" : "Agreement", da ? `${rule} om året` : `${rule} a year`],
          ],
          lang,
        ),
      };
    }
    case "status-report": {
      const month = monthName(item.month, lang);
      const title = da ? `Statusrapport ${item.year}` : `Status report ${item.year}`;
      const text = da
        ? `Den årlige statusrapport for ${agreement.name.da} skal udgives i ${month} ${item.year}. Husk at gøre status på indsatsområderne og måltallene til styregruppen.`
        : `The yearly status report for ${agreement.name.en} is due in ${month} ${item.year}. Remember to take stock of the focus areas and targets for the steering group.`;
      return {
        text,
        card: card(
          title,
          text,
          [
            [da ? "Gruppe" : "Group", groupWordAtStart("steering", "definite", lang)],
            [da ? "Frist" : "Due", `${month} ${item.year}`],
          ],
          lang,
        ),
      };
    }
    case "agreement-end": {
      const end = formatDate(item.endDate, lang, true);
      const endsAt = meetingStart({ date: item.endDate, start: "09:00" }) ?? now;
      const title = da ? "Partnerskabsaftalen udløber" : "The partnership agreement ends";
      const text = da
        ? `Partnerskabsaftalen for ${agreement.name.da} udløber ${end} (${untilText(endsAt, now, lang)}). Tid til at drøfte en forlængelse i styregruppen.`
        : `The ${agreement.name.en} agreement ends on ${end} (${untilText(endsAt, now, lang)}). Time for the steering group to discuss an extension.`;
      return {
        text,
        card: card(
          title,
          text,
          [
            [da ? "Gruppe" : "Group", groupWordAtStart("steering", "definite", lang)],
            [da ? "Slutdato" : "End date", end],
          ],
          lang,
        ),
      };
    }
  }
}
