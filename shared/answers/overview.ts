/** A year's overview of every offence category against its target: a text and a table. */

import { crimeIndicators } from "../agreement/lookup";
import type { Entities } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { listText } from "../format/list";
import { ragStatusWord } from "../format/rag-words";
import { yearInProgress, yearlyFigures } from "../progress/year-in-progress";
import { type CountStatus, countStatusForFigure, latestFigureYear } from "../status";
import { type Cell, table, textBlock } from "./card";
import { overviewChartFor } from "./chart-cards";
import type { Composed } from "./composed";
import { progressOverview } from "./progress-overview";
import type { AnswerContext } from "./types";
import { categoryName, chooseYear, n, noFiguresYetNote, ragCell, signed, unitTitle, withIllustrativeNote } from "./wording";

function rowsFor(ctx: AnswerContext, year: number): CountStatus[] {
  return crimeIndicators(ctx.agreement).map((ind) =>
    countStatusForFigure(ind, year, yearlyFigures(ctx.tracker, ind.category).get(year) ?? null),
  );
}

/** The latest year up to `year` in which any category has a figure. */
function latestYearWithFigures(ctx: AnswerContext, year: number): number | undefined {
  let latest: number | undefined;
  for (const ind of crimeIndicators(ctx.agreement)) {
    const y = latestFigureYear(yearlyFigures(ctx.tracker, ind.category), year);
    if (y !== undefined && (latest === undefined || y > latest)) latest = y;
  }
  return latest;
}

/**
 * "I alt 478 anmeldelser i 2015 i de 6 gerningstyper." The plain sum of the year's figures: the
 * agreement sets no target for it, so none is given; a category without a figure is named.
 */
function totalLine(rows: readonly CountStatus[], names: readonly string[], year: number, unit: string, lang: Lang): string {
  let sum = 0;
  let counted = 0;
  const without: string[] = [];
  rows.forEach((r, i) => {
    if (r.actual === null) without.push(names[i] ?? r.indicator);
    else {
      sum += r.actual;
      counted++;
    }
  });
  if (counted === 0) return t(lang, `Der er endnu ingen tal for ${year}.`, `There are no figures for ${year} yet.`);
  const missing =
    without.length === 0 ? "" : t(lang, ` (intet tal for ${listText(without, "da")})`, ` (no figure for ${listText(without, "en")})`);
  return t(
    lang,
    `I alt ${n(sum, lang)} ${unit} i ${year} i de ${counted} gerningstyper${without.length ? " med et tal" : ""}${missing}. Aftalen har intet måltal for summen.`,
    `In total ${n(sum, lang)} ${unit} in ${year} across the ${counted} ${counted === 1 ? "category" : "categories"}${without.length ? " with a figure" : ""}${missing}. The agreement sets no target for the sum.`,
  );
}

export function yearOverviewAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const indicators = crimeIndicators(ctx.agreement);
  if (indicators.length === 0) {
    const text = t(lang, "Aftalen har ingen måltal for kriminalitet.", "The agreement sets no crime targets.");
    return { text, body: [], figures: false, textOnly: true };
  }
  const targetYears = [...new Set(indicators.flatMap((i) => i.targets.map((x) => x.year)))].sort((a, b) => a - b);
  const choice = chooseYear(targetYears, u, ctx.agreement, ctx.now, lang);
  const notes: string[] = choice.note ? [choice.note] : [];
  let year = choice.year;
  let rows = rowsFor(ctx, year);
  // A year in progress (months reported, no yearly figure yet): its year to date and projections.
  const progress = crimeIndicators(ctx.agreement).map((ind) => yearInProgress(ctx.agreement, ctx.tracker, ind.category, year));
  if (progress.some((p) => p !== undefined)) return progressOverview(ctx, year, rows, progress, notes, lang, u.total === true);
  if (rows.every((r) => r.actual === null)) {
    const latest = latestYearWithFigures(ctx, year);
    if (latest !== undefined && latest !== year) {
      notes.push(noFiguresYetNote(year, latest, lang));
      year = latest;
      rows = rowsFor(ctx, year);
    }
  }
  const names = indicators.map((ind) => categoryName(ctx.agreement, ind.category, lang));
  const withFigure = rows.filter((r) => r.actual !== null && r.target !== undefined);
  const met = withFigure.filter((r) => r.met === true).length;
  const unit = indicators[0]?.unit[lang] ?? "";
  const missing = rows.length - withFigure.length;
  const summary =
    withFigure.length === 0
      ? t(lang, `Overblik ${year}: der er endnu ingen tal.`, `Overview ${year}: there are no figures yet.`)
      : t(
          lang,
          `Overblik ${year} (${unit} mod måltal): ${met} af ${withFigure.length} gerningstyper har nået måltallet.${missing ? ` ${missing} har intet tal endnu.` : ""}`,
          `Overview ${year} (${unit} against targets): ${met} of ${withFigure.length} categories met the target.${missing ? ` ${missing} ${missing === 1 ? "has" : "have"} no figure yet.` : ""}`,
        );
  const total = u.total ? totalLine(rows, names, year, unit, lang) : undefined;
  const lines = total ? [...notes, total, summary] : [...notes, summary];
  const cells: Array<Array<string | Cell>> = [];
  rows.forEach((s, i) => {
    const name = names[i] ?? s.indicator;
    const target = s.target === undefined ? "–" : n(s.target, lang);
    // Each figure written once, for the line and the table alike.
    const actual = s.actual === null ? "–" : n(s.actual, lang);
    const deviation = s.deviation === null ? "–" : signed(s.deviation, lang);
    if (s.actual === null)
      lines.push(t(lang, `${name}: intet tal (måltal højst ${target})`, `${name}: no figure (target at most ${target})`));
    else {
      const rest = ` ${target} – ${ragStatusWord(s.rag, lang)}${s.deviation === null ? "" : ` (${deviation})`}`;
      lines.push(`${name}: ${actual} ${t(lang, "mod højst", "against at most")}${rest}`);
    }
    cells.push([name, actual, target, deviation, ragCell(s.rag, lang)]);
  });
  const header = [
    t(lang, "Gerningstype", "Category"),
    indicators[0] ? unitTitle(indicators[0], lang) : t(lang, "Anmeldelser", "Reports"),
    t(lang, "Måltal", "Target"),
    t(lang, "Afvigelse", "Deviation"),
    "Status",
  ];
  const body = [...notes.map((x) => textBlock(x, { subtle: true })), ...overviewChartFor(ctx, year, lang), table(header, cells)];
  // Asked for the total, it is the short answer; the overview follows as usual.
  const shortAnswer = total ?? summary;
  if (total) body.unshift(textBlock(summary));
  return withIllustrativeNote({ text: lines.join("\n"), summary: shortAnswer, body, figures: true }, ctx.agreement, indicators, lang);
}
