/**
 * The agreement's overall objectives (overordnede målsætninger), in its words, with how each is
 * measured and what the tracker says about it so far: the safety index (and the survey after
 * it), SSP's activations against the baseline (a direction, never a verdict), and the crime
 * target figures (måltal) with how many were reached in the latest year with figures.
 */
import { targetFiguresLine } from "../agreement/facts";
import { crimeIndicators, indicatorId, safetyIndexIndicator, towardNormalIndicator } from "../agreement/lookup";
import type { Agreement, Objective } from "../agreement/schema";
import type { Entities } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { formatPercent } from "../format/numbers";
import { countStatusForFigure, latestFigureYear, towardNormalStatus } from "../status";
import { targetTable } from "../targets";
import { type CardElement, table, textBlock } from "./card";
import type { Composed } from "./composed";
import { directionText } from "./indicators";
import { safetyIndexAnswer } from "./safety";
import type { AnswerContext } from "./types";
import { categoryName, n } from "./wording";

/** The target figures as a table: category, baseline, one column per target year. */
function targetRows(agreement: Agreement, lang: Lang): { header: string[]; rows: string[][] } {
  const tableRows = targetTable(agreement);
  const first = tableRows[0];
  const header = [
    t(lang, "Gerningstype", "Offence category"),
    `Baseline ${first?.baselineYear ?? ""}`.trim(),
    ...(first?.targets ?? []).map((x) => `${x.year} (${formatPercent(-x.reductionPercent, lang)})`),
  ];
  const rows = tableRows.map((r) => [
    categoryName(agreement, r.category, lang),
    n(r.baseline, lang),
    ...r.targets.map((x) => n(x.target, lang)),
  ]);
  return { header, rows };
}

/** How the crime figures stand in the latest year with any: "2015: 3 af 5 gerningstyper har nået måltallet". */
function crimeStatusLine(ctx: AnswerContext, lang: Lang): string | undefined {
  const indicators = crimeIndicators(ctx.agreement);
  let year: number | undefined;
  for (const ind of indicators) {
    const y = latestFigureYear(ctx.tracker.crime.get(ind.category) ?? new Map());
    if (y !== undefined && y > ind.baseline.year && (year === undefined || y > year)) year = y;
  }
  if (year === undefined) return undefined;
  const at = year;
  const statuses = indicators
    .map((ind) => countStatusForFigure(ind, at, ctx.tracker.crime.get(ind.category)?.get(at) ?? null))
    .filter((s) => s.actual !== null && s.target !== undefined);
  const met = statuses.filter((s) => s.met).length;
  return t(
    lang,
    `Seneste år med tal, ${at}: ${met} af ${statuses.length} gerningstyper har nået måltallet.`,
    `Latest year with figures, ${at}: ${met} of ${statuses.length} categories met the target figure.`,
  );
}

/** SSP's latest count against the baseline and its direction. */
function sspStatusLine(ctx: AnswerContext, lang: Lang): string | undefined {
  const ind = towardNormalIndicator(ctx.agreement);
  if (!ind) return undefined;
  const year = latestFigureYear(ctx.tracker.sspActivations);
  if (year === undefined || year === ind.baseline.year) return undefined;
  const s = towardNormalStatus(ind, year, ctx.tracker.sspActivations.get(year) ?? null);
  if (s.actual === null || s.direction === null) return undefined;
  return t(
    lang,
    `Seneste tal, ${year}: ${n(s.actual, lang)} ${ind.unit.da} mod ${n(s.baseline, lang)} i ${s.baselineYear} (${directionText(s.direction, s.baselineYear, "da")}); aftalen sætter ikke tal på et normalt niveau.`,
    `Latest figure, ${year}: ${n(s.actual, lang)} ${ind.unit.en} against ${n(s.baseline, lang)} in ${s.baselineYear} (${directionText(s.direction, s.baselineYear, "en")}); the agreement puts no number on a normal level.`,
  );
}

/** What the tracker says about one objective so far, in a line or two (none without figures). */
function statusLines(o: Objective, ctx: AnswerContext, lang: Lang): string[] {
  const a = ctx.agreement;
  const index = safetyIndexIndicator(a);
  if (index && o.indicators.includes(index.id)) {
    const hasFigures = ctx.tracker.safetyIndex.length > 0 || ctx.tracker.safetySurvey.length > 0;
    return hasFigures ? safetyIndexAnswer({ lang }, ctx, lang).text.split("\n") : [];
  }
  const ssp = towardNormalIndicator(a);
  if (ssp && o.indicators.includes(ssp.id)) {
    const line = sspStatusLine(ctx, lang);
    return line ? [line] : [];
  }
  const crime = new Set(crimeIndicators(a).map(indicatorId));
  if (o.indicators.some((id) => crime.has(id))) {
    const line = crimeStatusLine(ctx, lang);
    return line ? [line] : [];
  }
  return [];
}

export function objectivesAnswer(_u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const a = ctx.agreement;
  if (a.objectives.length === 0) {
    const text = t(
      lang,
      `Partnerskab har ikke de overordnede målsætninger for ${a.name.da}. Spørg fx om måltallene for en gerningstype.`,
      `Partnerskab does not hold the overall objectives of ${a.name.en}. Ask, for example, about an offence category's target figures.`,
    );
    return { text, body: [], figures: false, textOnly: true };
  }
  const lead = a.aim
    ? t(
        lang,
        `${a.name.da} har som sine overordnede målsætninger ${a.aim.da}. Konkret arbejder partnerskabet efter følgende målsætninger:`,
        `${a.name.en}'s overall objectives are ${a.aim.en}. In concrete terms, the partnership works to these objectives:`,
      )
    : t(lang, `Partnerskabets overordnede målsætninger (${a.name.da}):`, `The partnership's overall objectives (${a.name.en}):`);
  const lines = [lead];
  // One message: the card opens with the lead (the short answer), the objectives below it.
  const body: CardElement[] = [];
  const crime = new Set(crimeIndicators(a).map(indicatorId));
  a.objectives.forEach((o, i) => {
    const head = `${i + 1}. ${o.text[lang]}`;
    lines.push(head);
    body.push(textBlock(head, { bold: true }));
    if (o.measure) {
      lines.push(`   ${o.measure[lang]}`);
      body.push(textBlock(o.measure[lang], { subtle: true }));
    }
    if (o.indicators.some((id) => crime.has(id))) {
      const { header, rows } = targetRows(a, lang);
      const line = targetFiguresLine(a, lang);
      if (line) lines.push(`   ${line}.`);
      body.push(table(header, rows));
    }
    for (const line of statusLines(o, ctx, lang)) {
      lines.push(`   ${line}`);
      body.push(textBlock(line));
    }
  });
  return { text: lines.join("\n"), summary: lead, body, figures: true };
}
