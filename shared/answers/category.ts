/** Answers about one offence category: status against a year's target, its targets, its trend. */

import { crimeIndicator } from "../agreement/lookup";
import type { CountReductionIndicator } from "../agreement/schema";
import type { Entities } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { formatPercent } from "../format/numbers";
import { ragStatusWord } from "../format/rag-words";
import { yearInProgress, yearlyFigures } from "../progress/year-in-progress";
import {
  type CountStatus,
  type CountStatusWithFallback,
  countStatus,
  countStatusForFigure,
  latestFigureYear,
  type YearFigures,
} from "../status";
import { type Cell, factSet, ragColor, table, textBlock } from "./card";
import { trendChartFor } from "./chart-cards";
import type { Composed } from "./composed";
import { progressAnswer } from "./progress";
import type { AnswerContext } from "./types";
import { categoryName, chooseYear, lowerName, n, pct, ragCell, signed, targetPhrase, unitTitle, withIllustrativeNote } from "./wording";

function targetYearsOf(ind: CountReductionIndicator): number[] {
  return ind.targets.map((x) => x.year).sort((a, b) => a - b);
}

/** The category's yearly figures, with a year of 12 reported months counted as that year's figure. */
function figuresFor(ctx: AnswerContext, categoryId: string): YearFigures {
  return yearlyFigures(ctx.tracker, categoryId);
}

function verdict(s: CountStatus, lang: Lang): string {
  const dev = s.deviation ?? 0;
  switch (s.rag) {
    case "green":
      return dev < 0
        ? t(lang, `Måltallet er nået: ${n(-dev, lang)} under.`, `Target met: ${n(-dev, lang)} under.`)
        : t(lang, "Måltallet er nået: præcis på måltallet.", "Target met: exactly on target.");
    case "amber":
      return t(lang, `Måltallet er ikke nået, men tæt på: ${n(dev, lang)} over.`, `Target missed, but close: ${n(dev, lang)} over.`);
    case "red":
      return t(lang, `Måltallet er ikke nået: ${n(dev, lang)} over.`, `Target missed: ${n(dev, lang)} over.`);
    case "grey":
      return "";
  }
}

/** "Indbrud 2015: 58 anmeldelser mod måltallet på højst 62 (−20 % fra 77 i 2012). Måltallet er nået: 4 under." */
export function statusSentence(name: string, ind: CountReductionIndicator, s: CountStatus, lang: Lang): string {
  const unit = ind.unit[lang];
  const actual = s.actual === null ? t(lang, "intet tal", "no figure") : `${n(s.actual, lang)} ${unit}`;
  if (s.target === undefined)
    return t(
      lang,
      `${name} ${s.year}: ${actual}. Aftalen har intet måltal for ${s.year}.`,
      `${name} ${s.year}: ${actual}. The agreement sets no target for ${s.year}.`,
    );
  const head = t(
    lang,
    `${name} ${s.year}: ${actual} mod måltallet på ${targetPhrase(s, lang)}.`,
    `${name} ${s.year}: ${actual} against the target of ${targetPhrase(s, lang)}.`,
  );
  const end = verdict(s, lang);
  return end ? `${head} ${end}` : head;
}

export function statusFacts(ind: CountReductionIndicator, s: CountStatus, lang: Lang): Array<{ title: string; value: string }> {
  const dash = "–";
  return [
    // The figure under its unit's name ("Anmeldelser"), the target as the agreement's word for it ("Måltal").
    { title: unitTitle(ind, lang), value: s.actual === null ? ragStatusWord("grey", lang) : n(s.actual, lang) },
    { title: t(lang, "Måltal", "Target"), value: s.target === undefined ? dash : targetPhrase(s, lang) },
    {
      title: t(lang, "Afvigelse", "Deviation"),
      value:
        s.deviation === null
          ? dash
          : `${signed(s.deviation, lang)}${s.deviationPercent === null ? "" : ` (${pct(s.deviationPercent, lang, 1)})`}`,
    },
    { title: "Status", value: ragStatusWord(s.rag, lang) },
    { title: "Baseline", value: `${n(s.baseline, lang)} (${s.baselineYear})` },
    {
      title: t(lang, "Ændring siden baseline", "Change since baseline"),
      value:
        s.changeFromBaseline === null
          ? dash
          : `${signed(s.changeFromBaseline, lang)}${s.changeFromBaselinePercent === null ? "" : ` (${pct(s.changeFromBaselinePercent, lang)})`}`,
    },
  ];
}

/**
 * A category's status for a year in words: the sentence, or "no figure yet" followed by the
 * latest year's figure against that year's target. The bot and the CLI's `status` both say this.
 */
export function statusLines(name: string, ind: CountReductionIndicator, result: CountStatusWithFallback, lang: Lang): string[] {
  const { asked, latest } = result;
  if (asked.actual !== null) return [statusSentence(name, ind, asked, lang)];
  const target =
    asked.target === undefined
      ? ""
      : t(lang, ` (måltallet er højst ${n(asked.target, lang)})`, ` (the target is at most ${n(asked.target, lang)})`);
  const lines = [
    t(
      lang,
      `Der er endnu intet tal for ${lowerName(name)} i ${asked.year}${target}.`,
      `There is no figure for ${lowerName(name)} in ${asked.year} yet${target}.`,
    ),
  ];
  if (latest) lines.push(`${t(lang, "Seneste tal:", "Latest figure:")} ${statusSentence(name, ind, latest, lang)}`);
  return lines;
}

function noIndicator(name: string, lang: Lang): Composed {
  const text = t(lang, `Aftalen har intet måltal for ${lowerName(name)}.`, `The agreement sets no target for ${lowerName(name)}.`);
  return { text, body: [], figures: false, textOnly: true };
}

/**
 * Asked for the baseline year itself ("Hvor mange indbrud var der i 2012?"): its figure first,
 * as the agreement gives it, before the note that the targets start a year later.
 */
function baselineFigure(name: string, ind: CountReductionIndicator, u: Entities, lang: Lang): string | undefined {
  const { year, value } = ind.baseline;
  if (u.year !== year) return undefined;
  return t(
    lang,
    `${name} ${year}: ${n(value, lang)} ${ind.unit.da} – aftalens baseline, som måltallene regnes fra.`,
    `${name} ${year}: ${n(value, lang)} ${ind.unit.en} – the agreement's baseline, which the targets are worked out from.`,
  );
}

export function categoryStatusAnswer(u: Entities, ctx: AnswerContext, lang: Lang, categoryId: string): Composed {
  const name = categoryName(ctx.agreement, categoryId, lang);
  const ind = crimeIndicator(ctx.agreement, categoryId);
  if (!ind) return noIndicator(name, lang);
  const choice = chooseYear(targetYearsOf(ind), u, ctx.agreement, ctx.now, lang);
  // Asked for the baseline year, its figure is the short answer; the note and the first target year follow.
  const baseline = choice.note ? baselineFigure(name, ind, u, lang) : undefined;
  const notes = choice.note ? (baseline ? [baseline, choice.note] : [choice.note]) : [];
  // A year without its yearly figure yet but with months reported: the year to date and where it is heading.
  const progress = yearInProgress(ctx.agreement, ctx.tracker, categoryId, choice.year);
  if (progress) {
    const answer = progressAnswer(name, ind, progress, notes, lang);
    return Object.assign({}, answer, { body: [...answer.body, ...trendChartFor(ctx, categoryId, lang)] });
  }
  const { asked, latest } = countStatus(ind, figuresFor(ctx, categoryId), choice.year);
  const status = statusLines(name, ind, { asked, latest }, lang);
  const lines: string[] = [...notes, ...status];
  const shown = asked.actual === null && latest ? latest : asked;
  const body = [
    ...notes.map((note) => textBlock(note, { subtle: true })),
    factSet(statusFacts(ind, shown, lang)),
    ...trendChartFor(ctx, categoryId, lang),
  ];
  return withIllustrativeNote(
    { text: lines.join("\n"), summary: baseline ?? status.join(" "), color: ragColor(shown.rag), body, figures: true },
    ctx.agreement,
    [ind],
    lang,
  );
}

export function categoryTargetAnswer(u: Entities, ctx: AnswerContext, lang: Lang, categoryId: string): Composed {
  const name = categoryName(ctx.agreement, categoryId, lang);
  const ind = crimeIndicator(ctx.agreement, categoryId);
  if (!ind) return noIndicator(name, lang);
  const unit = ind.unit[lang];
  const years = targetYearsOf(ind);
  const all = years.map((y) => countStatusForFigure(ind, y, figuresFor(ctx, categoryId).get(y) ?? null));
  const facts = all.map((s) => ({ title: String(s.year), value: targetPhrase(s, lang) }));
  if (u.year !== undefined) {
    const choice = chooseYear(years, u, ctx.agreement, ctx.now, lang);
    const s = all.find((x) => x.year === choice.year);
    if (s && s.target !== undefined) {
      const lines = choice.note ? [choice.note] : [];
      lines.push(
        t(
          lang,
          `Måltallet for ${lowerName(name)} i ${s.year} er højst ${n(s.target, lang)} ${unit} (${formatPercent(-(s.reductionPercent ?? 0), lang)} fra ${n(s.baseline, lang)} i ${s.baselineYear}).`,
          `The ${s.year} target for ${lowerName(name)} is at most ${n(s.target, lang)} ${unit} (${formatPercent(-(s.reductionPercent ?? 0), "en")} from ${n(s.baseline, lang)} in ${s.baselineYear}).`,
        ),
      );
      if (s.actual !== null) {
        lines.push(
          t(
            lang,
            `Det faktiske tal er ${n(s.actual, lang)}: ${ragStatusWord(s.rag, lang).toLowerCase()}.`,
            `The actual figure is ${n(s.actual, lang)}: ${ragStatusWord(s.rag, lang).toLowerCase()}.`,
          ),
        );
      }
      const [summary, ...rest] = choice.note ? lines.slice(1) : lines;
      const body = [
        ...(choice.note ? [textBlock(choice.note, { subtle: true })] : []),
        ...rest.map((l) => textBlock(l)),
        factSet(statusFacts(ind, s, lang)),
      ];
      return withIllustrativeNote(
        { text: lines.join("\n"), ...(summary === undefined ? {} : { summary }), body, figures: s.actual !== null },
        ctx.agreement,
        [ind],
        lang,
      );
    }
  }
  const list = all
    .map((s) => `${s.year}: ${t(lang, "højst", "at most")} ${n(s.target ?? 0, lang)} (${formatPercent(-(s.reductionPercent ?? 0), lang)})`)
    .join("; ");
  const baseline = ind.baseline;
  const text = t(
    lang,
    `Måltallene for ${lowerName(name)} (${unit}, fra ${n(baseline.value, lang)} i ${baseline.year}): ${list}.`,
    `The targets for ${lowerName(name)} (${unit}, from ${n(baseline.value, lang)} in ${baseline.year}): ${list}.`,
  );
  const body = [factSet([{ title: "Baseline", value: `${n(baseline.value, lang)} (${baseline.year})` }, ...facts])];
  return withIllustrativeNote({ text, body, figures: false }, ctx.agreement, [ind], lang);
}

export function categoryTrendAnswer(ctx: AnswerContext, lang: Lang, categoryId: string): Composed {
  const name = categoryName(ctx.agreement, categoryId, lang);
  const ind = crimeIndicator(ctx.agreement, categoryId);
  if (!ind) return noIndicator(name, lang);
  const figures = figuresFor(ctx, categoryId);
  const years = new Set<number>([ind.baseline.year, ...targetYearsOf(ind)]);
  for (const [y, v] of figures) if (v !== null && v !== undefined) years.add(y);
  const rows = [...years]
    .sort((a, b) => a - b)
    .map((y) => countStatusForFigure(ind, y, figures.get(y) ?? (y === ind.baseline.year ? ind.baseline.value : null)));
  const lines = [t(lang, `${name} over årene (${ind.unit.da}):`, `${name} over the years (${ind.unit.en}):`)];
  const cells: Array<Array<string | Cell>> = [];
  for (const s of rows) {
    const actual = s.actual === null ? t(lang, "intet tal", "no figure") : n(s.actual, lang);
    if (s.year === s.baselineYear) {
      lines.push(`${s.year}: ${actual} (baseline)`);
      cells.push([String(s.year), actual, "baseline", "–", "–"]);
      continue;
    }
    const target = s.target === undefined ? "" : ` ${t(lang, "mod højst", "against at most")} ${n(s.target, lang)}`;
    lines.push(`${s.year}: ${actual}${target}${s.actual !== null && s.target !== undefined ? ` – ${ragStatusWord(s.rag, lang)}` : ""}`);
    cells.push([
      String(s.year),
      actual,
      s.target === undefined ? "–" : n(s.target, lang),
      s.deviation === null ? "–" : signed(s.deviation, lang),
      ragCell(s.rag, lang),
    ]);
  }
  const lastYear = latestFigureYear(figures);
  const last = lastYear === undefined ? undefined : rows.find((s) => s.year === lastYear);
  let summary = t(lang, `${name} over årene (${ind.unit.da})`, `${name} over the years (${ind.unit.en})`);
  if (last && last.actual !== null && last.year > ind.baseline.year && last.changeFromBaselinePercent !== null) {
    const from = n(ind.baseline.value, lang);
    const to = n(last.actual, lang);
    const change = pct(last.changeFromBaselinePercent, lang);
    lines.push(
      t(
        lang,
        `Fra ${from} i ${ind.baseline.year} til ${to} i ${last.year} (${change}).`,
        `From ${from} in ${ind.baseline.year} to ${to} in ${last.year} (${change}).`,
      ),
    );
    summary = t(
      lang,
      `${name} over årene: fra ${from} i ${ind.baseline.year} til ${to} i ${last.year} (${change}).`,
      `${name} over the years: from ${from} in ${ind.baseline.year} to ${to} in ${last.year} (${change}).`,
    );
  }
  const header = [t(lang, "År", "Year"), unitTitle(ind, lang), t(lang, "Måltal", "Target"), t(lang, "Afvigelse", "Deviation"), "Status"];
  const body = [...trendChartFor(ctx, categoryId, lang), table(header, cells)];
  return withIllustrativeNote({ text: lines.join("\n"), summary, body, figures: true }, ctx.agreement, [ind], lang);
}
