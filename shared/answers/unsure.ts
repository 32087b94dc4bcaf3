/**
 * The "unsure" reply: what the engine understood, what it cannot take from the message, and
 * what it can answer, with two or three questions as buttons (the intent's `next`). It shows no
 * figures: a partner who asked about one thing must not read another thing's numbers as the answer.
 */

import { firstAgreementYear, lastAgreementYear } from "../agreement/period";
import type { Entities, MeetingDate } from "../ask/types";
import { monthName } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { listText } from "../format/list";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";
import { categoryName } from "./wording";

const quoted = (word: string, lang: Lang) => t(lang, `»${word}«`, `"${word}"`);

/** "marts 2015", "17. marts 2015" / "March 2015", "17 March 2015": the month as the message named it. */
function monthText(date: MeetingDate, year: number | undefined, lang: Lang): string {
  const month = monthName(date.month, lang);
  const day = date.day === undefined ? "" : t(lang, `${date.day}. `, `${date.day} `);
  return `${day}${month}${year === undefined ? "" : ` ${year}`}`;
}

function canAnswer(lang: Lang): string {
  return t(
    lang,
    "Jeg kan svare på anmeldelser mod måltallene (også året indtil nu, sammenligninger og rangeringer), møder, tryghedsplanens aktiviteter, målsætningerne, aftalen og organisationen, SSP, tryghedsindekset og tryghedsundersøgelsen, økonomien og statusrapporten. Prøv fx:",
    "I can answer about reported crime against the targets (the year so far too, comparisons and rankings), meetings, the safety plan's activities, the objectives, the agreement and its organisation, SSP, the safety index and survey, the budget and the status report. Try for example:",
  );
}

export function unsureAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const doubt = u.doubt;
  let text: string;
  if (doubt?.years) {
    const years = listText(doubt.years.map(String), lang);
    text = t(
      lang,
      `Jeg forstod spørgsmålet for ${years}, men det kan jeg kun svare på for ét år ad gangen. Vælg et år:`,
      `I understood the question for ${years}, but I can only answer it for one year at a time. Pick a year:`,
    );
  } else if (doubt?.categories) {
    const names = listText(
      doubt.categories.map((c) => categoryName(ctx.agreement, c, lang).toLocaleLowerCase(lang)),
      lang,
    );
    text = t(
      lang,
      `Jeg forstod spørgsmålet for ${names}, men det kan jeg kun svare på for én gerningstype ad gangen. Vælg en:`,
      `I understood the question for ${names}, but I can only answer it for one category at a time. Pick one:`,
    );
  } else if (doubt?.bound) {
    // The period's years as the agreement counts them (its start may be "from signing", without a date).
    const from = firstAgreementYear(ctx.agreement);
    const to = lastAgreementYear(ctx.agreement);
    text = t(
      lang,
      `Jeg forstod ${quoted(doubt.bound, lang)}, men jeg svarer kun for hele år i aftalens periode, ${from}–${to}. Prøv fx:`,
      `I understood ${quoted(doubt.bound, lang)}, but I only answer for whole years in the agreement's period, ${from}–${to}. Try for example:`,
    );
  } else if (doubt?.dates) {
    const dates = listText(
      doubt.dates.map((d) => monthText(d, doubt.instead.year, lang)),
      lang,
    );
    text = t(
      lang,
      `Jeg forstod spørgsmålet for ${dates}, men det kan jeg kun svare på for én måned ad gangen. Vælg en:`,
      `I understood the question for ${dates}, but I can only answer it for one month at a time. Pick one:`,
    );
  } else if (doubt?.partOfYear) {
    text = t(
      lang,
      "Jeg forstod en del af året (en sæson, et halvår, et kvartal eller en uge), men jeg svarer for hele år eller for én måned ad gangen. Prøv fx:",
      "I understood a part of the year (a season, a half, a quarter or a week), but I answer for whole years or one month at a time. Try for example:",
    );
  } else if (doubt?.date) {
    // Answering the whole year would silently drop the month asked for.
    const when = quoted(monthText(doubt.date, doubt.instead.year, lang), lang);
    const unit = doubt.date.day === undefined ? t(lang, "en enkelt måned", "a single month") : t(lang, "en enkelt dag", "a single day");
    text = t(
      lang,
      `Jeg forstod ${when}, men det spørgsmål svarer jeg kun på for hele år, ikke for ${unit}. Prøv fx:`,
      `I understood ${when}, but I only answer that question for whole years, not for ${unit}. Try for example:`,
    );
  } else if (doubt?.unknownWords) {
    const words = listText(
      doubt.unknownWords.map((w) => quoted(w, lang)),
      lang,
    );
    text = t(
      lang,
      `Jeg ved ikke noget om ${words} i partnerskabet, så det kan jeg ikke svare på. ${canAnswer(lang)}`,
      `I know nothing about ${words} in the partnership, so I cannot answer that. ${canAnswer(lang)}`,
    );
  } else {
    text = t(lang, `Det forstod jeg ikke helt. ${canAnswer(lang)}`, `I did not quite understand that. ${canAnswer(lang)}`);
  }
  return { text, body: [], figures: false, suggestionsInText: true };
}
