/** The agreement's facts: all of them, or the ones a question asks for (parties, area, period …). */
import { agreementFacts, type Fact, type FactId } from "../agreement/facts";
import type { Entities, Facet } from "../ask/types";
import { formatDate } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { factSet } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";

/** The facts that answer each facet, the one asked for first (the answer's short line). */
const FACET_FACTS: Record<Facet, readonly FactId[]> = {
  parties: ["parties"],
  area: ["area"],
  period: ["period", "after-end"],
  "focus-areas": ["focus-areas"],
  objectives: ["objectives"],
  organisation: ["steering", "working", "secretariat"],
  chair: ["steering", "working"],
  secretariat: ["secretariat"],
  signatories: ["signatories"],
  "after-end": ["period", "after-end"],
  "status-report": ["status-report"],
  // When it is updated, then who writes it (the working group's task says so).
  "safety-plan": ["safety-plan", "working"],
  tasks: ["steering", "working"],
  signing: ["period", "signatories"],
};

/**
 * "Hvornår blev aftalen underskrevet?": the date when the agreement gives it; else that it does
 * not (Amager's runs "fra underskriftsdatoen" without the date), never a date made up.
 */
function signingLine(agreement: AnswerContext["agreement"], lang: Lang): string {
  const { signedOn } = agreement.period;
  const name = agreement.name[lang];
  if (signedOn)
    return t(
      lang,
      `${name} blev underskrevet den ${formatDate(signedOn, "da")}.`,
      `The ${name} agreement was signed on ${formatDate(signedOn, "en")}.`,
    );
  return t(
    lang,
    `Aftalen for ${name} angiver ikke, hvilken dato den blev underskrevet.`,
    `The ${name} agreement does not give the date it was signed.`,
  );
}

export function agreementFactsAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const all = agreementFacts(ctx.agreement, lang);
  const wanted = u.facet ? FACET_FACTS[u.facet] : undefined;
  const some: Fact[] = wanted ? wanted.flatMap((id) => all.filter((f) => f.id === id)) : [];
  const facts = some.length > 0 ? some : all;
  const title = ctx.agreement.name[lang];
  const lines = [
    ...(u.facet === "signing" ? [signingLine(ctx.agreement, lang)] : []),
    ...some.map((f) => `${f.label} (${title}): ${f.value}`),
  ];
  const text =
    lines.length > 0
      ? lines.join("\n")
      : [t(lang, `${title} – aftalen:`, `${title} – the agreement:`), ...facts.map((f) => `${f.label}: ${f.value}`)].join("\n");
  // The short answer: the fact asked for first (a facet may bring a related one), else the agreement's name.
  const summary = lines[0] ?? t(lang, `${title} – aftalen`, `${title} – the agreement`);
  return { text, summary, body: [factSet(facts.map((f) => ({ title: f.label, value: f.value })))], figures: false };
}
