/**
 * Answer composition: from what a question means (understand()) to a short text in the
 * asker's language and an Adaptive Card 1.5 with the figures. Pure, and it never throws:
 * an unexpected fault gives the help answer, never a stack trace.
 */

import type { Understanding } from "../ask/types";
import { understand } from "../ask/understand";
import { formatInstant } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { budgetAnswer } from "./budget";
import { adaptiveCard, textBlock } from "./card";
import { categoryStatusAnswer, categoryTargetAnswer, categoryTrendAnswer } from "./category";
import type { Composed } from "./composed";
import { agreementFactsAnswer } from "./facts";
import { helpAnswer, reminderAnswer, tooLongAnswer, unknownAnswer } from "./help";
import { safetyIndexAnswer, sspAnswer } from "./indicators";
import { cadenceAnswer, nextMeetingAnswer } from "./meetings";
import { yearOverviewAnswer } from "./overview";
import type { Answer, AnswerContext } from "./types";

function composeBody(u: Understanding, ctx: AnswerContext, lang: Lang): Composed {
  switch (u.intent) {
    case "category-status":
      return u.category ? categoryStatusAnswer(u, ctx, lang, u.category) : yearOverviewAnswer(u, ctx, lang);
    case "category-target":
      return u.category ? categoryTargetAnswer(u, ctx, lang, u.category) : yearOverviewAnswer(u, ctx, lang);
    case "category-trend":
      return u.category ? categoryTrendAnswer(ctx, lang, u.category) : yearOverviewAnswer(u, ctx, lang);
    case "year-overview":
      return yearOverviewAnswer(u, ctx, lang);
    case "ssp":
      return sspAnswer(u, ctx, lang);
    case "safety-index":
      return safetyIndexAnswer(u, ctx, lang);
    case "next-meeting":
      return nextMeetingAnswer(u, ctx, lang);
    case "cadence":
      return cadenceAnswer(u, ctx, lang);
    case "budget":
      return budgetAnswer(u, ctx, lang);
    case "agreement-facts":
      return agreementFactsAnswer(u, ctx, lang);
    case "subscribe":
    case "unsubscribe":
    case "list-subscriptions":
      return reminderAnswer(u.intent, lang);
    case "help":
      return helpAnswer(ctx.agreement, lang);
    case "too-long":
      return tooLongAnswer(lang);
    case "unknown":
      return unknownAnswer(ctx.agreement, lang);
  }
}

/** "Bemærk: tallene er fra den seneste gode kopi af trackeren, læst 6. oktober 2015 kl. 9.00." */
export function staleNote(staleSince: Date, lang: Lang): string {
  return t(
    lang,
    `Bemærk: tallene er fra den seneste gode kopi af trackeren, læst ${formatInstant(staleSince, "da")}.`,
    `Note: the figures are from the last good copy of the tracker, read ${formatInstant(staleSince, "en")}.`,
  );
}

function finish(u: Understanding, composed: Composed, ctx: AnswerContext, lang: Lang): Answer {
  let { text } = composed;
  const body = [...composed.body];
  if (composed.figures && ctx.staleSince instanceof Date && Number.isFinite(ctx.staleSince.getTime())) {
    const note = staleNote(ctx.staleSince, lang);
    text = `${text}\n${note}`;
    body.push(textBlock(note, { color: "Warning", subtle: true }));
  }
  return { lang, intent: u.intent, text, card: adaptiveCard(body, lang) };
}

function safeHelp(ctx: AnswerContext | undefined, lang: Lang): Answer {
  try {
    return finish({ intent: "help", lang }, helpAnswer(ctx?.agreement, lang), { ...(ctx as AnswerContext), staleSince: undefined }, lang);
  } catch {
    const text = t(lang, "Skriv »hjælp« for eksempler på spørgsmål.", 'Type "help" for example questions.');
    return { lang, intent: "help", text };
  }
}

function answerLang(u: Understanding | undefined, ctx: AnswerContext | undefined): Lang {
  const wanted = ctx?.lang ?? u?.lang;
  return wanted === "en" ? "en" : "da";
}

/** The answer to an understood question, from the tracker and agreement in `ctx`. */
export function composeAnswer(u: Understanding, ctx: AnswerContext): Answer {
  const lang = answerLang(u, ctx);
  try {
    return finish(u, composeBody(u, ctx, lang), ctx, lang);
  } catch {
    return safeHelp(ctx, lang);
  }
}

/** The whole answer path the bot and the CLI share: understand, then compose. */
export function answerQuestion(text: string, ctx: AnswerContext): Answer {
  try {
    return composeAnswer(understand(text, { now: ctx.now, agreement: ctx.agreement }), ctx);
  } catch {
    return safeHelp(ctx, answerLang(undefined, ctx));
  }
}
