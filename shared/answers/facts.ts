/** The agreement's facts: all of them, or the one asked for (parties, area, period, focus areas). */
import { agreementFacts } from "../agreement/facts";
import type { Entities, Facet } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { factSet, heading } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";

/** agreementFacts() lists parties, area, period and focus areas first, in that order. */
const FACET_INDEX: Record<Facet, number> = { parties: 0, area: 1, period: 2, "focus-areas": 3 };

export function agreementFactsAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const all = agreementFacts(ctx.agreement, lang);
  const one = u.facet ? all[FACET_INDEX[u.facet]] : undefined;
  const facts = one ? [one] : all;
  const title = ctx.agreement.name[lang];
  const text = one
    ? `${one.label} (${title}): ${one.value}`
    : [t(lang, `${title} – aftalen:`, `${title} – the agreement:`), ...facts.map((f) => `${f.label}: ${f.value}`)].join("\n");
  return { text, body: [heading(title), factSet(facts.map((f) => ({ title: f.label, value: f.value })))], figures: false };
}
