/**
 * The "unsure" reply: what the engine understood, what it cannot take from the message, and
 * what it can answer, with two or three questions as buttons (the intent's `next`). It shows no
 * figures: a partner who asked about one thing must not read another thing's numbers as the answer.
 */

import type { Entities } from "../ask/types";
import { type Lang, t } from "../format/lang";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";
import { categoryName } from "./wording";

const joined = (items: readonly string[], lang: Lang) =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${t(lang, "og", "and")} ${items[items.length - 1]}`;

const quoted = (word: string, lang: Lang) => t(lang, `»${word}«`, `"${word}"`);

function canAnswer(lang: Lang): string {
  return t(
    lang,
    "Jeg kan svare på anmeldelser mod måltallene, møder, tryghedsplanens aktiviteter, SSP, tryghedsindekset og økonomien. Prøv fx:",
    "I can answer about reported crime against the targets, meetings, the safety plan's activities, SSP, the safety index and the budget. Try for example:",
  );
}

export function unsureAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const doubt = u.doubt;
  let text: string;
  if (doubt?.years) {
    const years = joined(doubt.years.map(String), lang);
    text = t(
      lang,
      `Jeg forstod spørgsmålet for ${years}, men det kan jeg kun svare på for ét år ad gangen. Vælg et år:`,
      `I understood the question for ${years}, but I can only answer it for one year at a time. Pick a year:`,
    );
  } else if (doubt?.categories) {
    const names = joined(
      doubt.categories.map((c) => categoryName(ctx.agreement, c, lang).toLocaleLowerCase(lang)),
      lang,
    );
    text = t(
      lang,
      `Jeg forstod spørgsmålet for ${names}, men det kan jeg kun svare på for én gerningstype ad gangen. Vælg en:`,
      `I understood the question for ${names}, but I can only answer it for one category at a time. Pick one:`,
    );
  } else if (doubt?.bound) {
    const from = ctx.agreement.period.start.slice(0, 4);
    const to = ctx.agreement.period.end.slice(0, 4);
    text = t(
      lang,
      `Jeg forstod ${quoted(doubt.bound, lang)}, men jeg svarer kun for hele år i aftalens periode, ${from}–${to}. Prøv fx:`,
      `I understood ${quoted(doubt.bound, lang)}, but I only answer for whole years in the agreement's period, ${from}–${to}. Try for example:`,
    );
  } else if (doubt?.unknownWords) {
    const words = joined(
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
