/**
 * Answer composition: from what a question means (understand()) to a short text in the
 * asker's language and an Adaptive Card 1.5 with the figures, by the intent's record in the
 * registry (shared/intents/). Pure. A fault here is a bug and is thrown, not hidden: each face
 * (the bot core, the CLI runner) catches it, logs it with its stack and answers politely.
 */

import { understand } from "../ask/understand";
import { formatInstant } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { exampleQuestions } from "../intents/help-examples";
import { type IntentKind, intentRecord, type Understanding } from "../intents/registry";
import { adaptiveCard, textBlock } from "./card";
import type { Composed } from "./composed";
import type { AdaptiveCard, AnswerContext } from "./types";

/** An answer to a partner: a short text in the asker's language and an Adaptive Card with the figures. */
export interface Answer {
  lang: Lang;
  intent: IntentKind;
  text: string;
  card?: AdaptiveCard;
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

function answerLang(u: Understanding, ctx: AnswerContext): Lang {
  const wanted = ctx.lang ?? u.lang;
  return wanted === "en" ? "en" : "da";
}

/** The answer to an understood question, from the tracker and agreement in `ctx`. */
export function composeAnswer(u: Understanding, ctx: AnswerContext): Answer {
  const lang = answerLang(u, ctx);
  const composed = intentRecord(u.intent).answer({ u, ctx, lang, examples: () => exampleQuestions(ctx.agreement, lang) });
  return finish(u, composed, ctx, lang);
}

/** The whole answer path the bot and the CLI share: understand, then compose. */
export function answerQuestion(text: string, ctx: AnswerContext): Answer {
  return composeAnswer(understand(text, { now: ctx.now, agreement: ctx.agreement }), ctx);
}
