/**
 * Categories ranked: against their targets in a year (best, worst; deviations in reports and in
 * per cent), by their change since the baseline (most improved, in per cent), those that met
 * or missed the target in a year, or by their count of reports (most, fewest).
 */
import { crimeIndicators } from "../agreement/lookup";
import type { CountReductionIndicator } from "../agreement/schema";
import type { Entities, Ranking } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { listText } from "../format/list";
import type { CountStatus } from "../status";
import { type Cell, table, textBlock } from "./card";
import { deviationWords, header, standingDeviationWords, statusCell } from "./comparison";
import type { Composed } from "./composed";
import { figureCell, figureWords, inProgressNote, latestYearWithFigures, type Standing, standingIn } from "./standing";
import type { AnswerContext } from "./types";
import { categoryName, chooseYear, n, noFiguresYetNote, pct, signed } from "./wording";

/**
 * A category in the ranked year. While the year is in progress `s` is the projection's status
 * (standing.ts), so a few months' reports are never ranked against a whole year's target.
 */
interface Row {
  name: string;
  s: CountStatus;
  st: Standing;
}

function rowsIn(ctx: AnswerContext, indicators: readonly CountReductionIndicator[], year: number, lang: Lang): Row[] {
  return indicators.map((ind) => {
    const st = standingIn(ctx, ind, year);
    return { name: categoryName(ctx.agreement, ind.category, lang), s: st.s, st };
  });
}

/**
 * "Most improved" compares finished years with the baseline: the latest year up to `year` with
 * a yearly figure (a projection is not a change that happened).
 */
const latestWithFigures = latestYearWithFigures;

/**
 * The year ranked: for "most improved", the year named when it is after the baseline ("since
 * 2012" names the baseline), else the latest with figures; otherwise the year asked (or this
 * year), or the latest before it with figures.
 */
function rankedYear(u: Entities, ctx: AnswerContext, lang: Lang, indicators: readonly CountReductionIndicator[]) {
  const notes: string[] = [];
  const baselineYear = Math.max(...indicators.map((i) => i.baseline.year));
  if (u.ranking === "improved") {
    const asked = u.year !== undefined && u.year > baselineYear ? u.year : undefined;
    return { year: latestWithFigures(ctx, indicators, asked) ?? asked ?? baselineYear, notes };
  }
  const targetYears = [...new Set(indicators.flatMap((i) => i.targets.map((x) => x.year)))].sort((a, b) => a - b);
  const choice = chooseYear(targetYears, u, ctx.agreement, ctx.now, lang);
  if (choice.note) notes.push(choice.note);
  let year = choice.year;
  if (rowsIn(ctx, indicators, year, lang).every((r) => r.s.actual === null)) {
    const latest = latestWithFigures(ctx, indicators, year);
    if (latest !== undefined && latest !== year) {
      notes.push(noFiguresYetNote(year, latest, lang));
      year = latest;
    }
  }
  return { year, notes };
}

/** "Hærværk, 54 mod højst 56 (−2, −3,6 %)"; "Indbrud, fremskrevet 49 mod højst 58 (…)" in a year in progress. */
function against(r: Row, lang: Lang): string {
  const { s } = r;
  const percent = s.deviationPercent === null ? "" : `, ${pct(s.deviationPercent, lang, 1)}`;
  const figures = `${n(s.target ?? 0, lang)} (${signed(s.deviation ?? 0, lang)}${percent})`;
  return `${r.name}, ${figureWords(r.st, lang)} ${t(lang, "mod højst", "against at most")} ${figures}`;
}

function byTarget(
  rows: readonly Row[],
  year: number,
  ranking: Ranking,
  lang: Lang,
): { summary: string; lines: string[]; table: ReturnType<typeof table> } {
  const ranked = rows
    .filter((r) => r.s.deviationPercent !== null)
    .sort((a, b) => (a.s.deviationPercent ?? 0) - (b.s.deviationPercent ?? 0));
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  // The one asked for leads, "against its target"; the other end follows.
  const bestLine = (lead: boolean) =>
    best
      ? t(
          lang,
          `Bedst i ${year}${lead ? " i forhold til måltallet" : ""}: ${against(best, lang)}.`,
          `Best in ${year}${lead ? " against its target" : ""}: ${against(best, lang)}.`,
        )
      : "";
  const worstLine = (lead: boolean) =>
    worst
      ? t(
          lang,
          `Dårligst i ${year}${lead ? " i forhold til måltallet" : ""}: ${against(worst, lang)}.`,
          `Worst in ${year}${lead ? " against its target" : ""}: ${against(worst, lang)}.`,
        )
      : "";
  const summary =
    ranked.length === 0
      ? t(lang, `Der er ingen tal at rangere for ${year}.`, `There are no figures to rank for ${year}.`)
      : ranking === "worst"
        ? worstLine(true)
        : bestLine(true);
  const other = ranking === "worst" ? bestLine(false) : worstLine(false);
  const missing = rows.filter((r) => r.s.deviationPercent === null).map((r) => r.name);
  const lines = [
    summary,
    ...(ranked.length > 1 ? [other] : []),
    ...ranked.map((r, i) => `${i + 1}. ${r.name}: ${standingDeviationWords(r.st, lang)}`),
    ...(missing.length ? [t(lang, `Intet tal: ${listText(missing, lang)}.`, `No figure: ${listText(missing, lang)}.`)] : []),
  ];
  return { summary, lines, table: rankedTable(ranked, rows, lang) };
}

/** The ranked categories numbered in their order against their targets, then those without a figure. */
function rankedTable(ranked: readonly Row[], rows: readonly Row[], lang: Lang) {
  const cells: Array<Array<string | Cell>> = [
    ...ranked.map((r, i) => [
      `${i + 1}. ${r.name}`,
      figureCell(r.st, lang),
      n(r.s.target ?? 0, lang),
      signed(r.s.deviation ?? 0, lang),
      pct(r.s.deviationPercent ?? 0, lang, 1),
      statusCell(r.st, lang),
    ]),
    ...rows
      .filter((r) => !ranked.includes(r))
      .map((r) => [r.name, "–", r.s.target === undefined ? "–" : n(r.s.target, lang), "–", "–", statusCell(r.st, lang)]),
  ];
  return table(header(t(lang, "Gerningstype", "Category"), lang), cells);
}

/**
 * The most or fewest reports in a year: a count, whatever the targets say (tyverier has the most
 * reports and may still be on target). Ties are named together. While the year is in progress
 * the counts are the projections, as everywhere a year is ranked.
 */
function byCount(rows: readonly Row[], year: number, ranking: "most" | "fewest", lang: Lang) {
  const sign = ranking === "most" ? -1 : 1;
  const ranked = rows.filter((r) => r.s.actual !== null).sort((a, b) => sign * ((a.s.actual ?? 0) - (b.s.actual ?? 0)));
  const lead = ranked[0]?.s.actual;
  const top = ranked.filter((r) => r.s.actual === lead);
  const topText = listText(
    top.map((r) => r.name),
    lang,
  );
  const what = ranking === "most" ? t(lang, "Flest anmeldelser", "Most reports") : t(lang, "Færrest anmeldelser", "Fewest reports");
  const first = top[0];
  const summary = first
    ? t(
        lang,
        `${what} i ${year}: ${topText}, ${figureWords(first.st, lang)}.`,
        `${what} in ${year}: ${topText}, ${figureWords(first.st, lang)}.`,
      )
    : t(lang, `Der er ingen tal at rangere for ${year}.`, `There are no figures to rank for ${year}.`);
  const missing = rows.filter((r) => r.s.actual === null).map((r) => r.name);
  const lines = [
    summary,
    // The count first, then how it stands against the target: "1. Tyverier: 190, 5 under måltallet (−2,6 %)".
    ...ranked.map((r, i) => `${i + 1}. ${r.name}: ${figureWords(r.st, lang)}, ${deviationWords(r.s, lang)}`),
    ...(missing.length ? [t(lang, `Intet tal: ${listText(missing, lang)}.`, `No figure: ${listText(missing, lang)}.`)] : []),
  ];
  return { summary, lines, table: ranked.length ? rankedTable(ranked, rows, lang) : undefined };
}

function byImprovement(rows: readonly Row[], year: number, lang: Lang) {
  const ranked = rows
    .filter((r) => r.s.changeFromBaselinePercent !== null)
    .sort((a, b) => (a.s.changeFromBaselinePercent ?? 0) - (b.s.changeFromBaselinePercent ?? 0));
  const top = ranked[0];
  const change = (r: Row) =>
    t(
      lang,
      `fra ${n(r.s.baseline, lang)} i ${r.s.baselineYear} til ${n(r.s.actual ?? 0, lang)} i ${year} (${signed(r.s.changeFromBaseline ?? 0, lang)}, ${pct(r.s.changeFromBaselinePercent ?? 0, lang, 1)})`,
      `from ${n(r.s.baseline, lang)} in ${r.s.baselineYear} to ${n(r.s.actual ?? 0, lang)} in ${year} (${signed(r.s.changeFromBaseline ?? 0, lang)}, ${pct(r.s.changeFromBaselinePercent ?? 0, lang, 1)})`,
    );
  const summary = top
    ? t(
        lang,
        `Mest forbedret siden ${top.s.baselineYear}: ${top.name}, ${change(top)}.`,
        `Most improved since ${top.s.baselineYear}: ${top.name}, ${change(top)}.`,
      )
    : t(
        lang,
        `Der er ingen tal for ${year} at sammenligne med baseline.`,
        `There are no figures for ${year} to compare with the baseline.`,
      );
  const missing = rows.filter((r) => r.s.changeFromBaselinePercent === null).map((r) => r.name);
  const lines = [
    summary,
    ...ranked.map((r, i) => `${i + 1}. ${r.name}: ${change(r)}`),
    ...(missing.length
      ? [t(lang, `Intet tal for ${year}: ${listText(missing, lang)}.`, `No figure for ${year}: ${listText(missing, lang)}.`)]
      : []),
  ];
  const head = [t(lang, "Gerningstype", "Category"), "Baseline", String(year), t(lang, "Ændring", "Change"), "%"];
  const cells: Array<Array<string | Cell>> = ranked.map((r, i) => [
    `${i + 1}. ${r.name}`,
    `${n(r.s.baseline, lang)} (${r.s.baselineYear})`,
    n(r.s.actual ?? 0, lang),
    signed(r.s.changeFromBaseline ?? 0, lang),
    { text: pct(r.s.changeFromBaselinePercent ?? 0, lang, 1), color: (r.s.changeFromBaseline ?? 0) <= 0 ? "Good" : "Attention" },
  ]);
  return { summary, lines, table: cells.length ? table(head, cells) : undefined };
}

/** Met or missed in a year in progress: judged by the projections, said as "on course". */
function onCourseSummary(withFigure: number, picked: readonly string[], year: number, ranking: "met" | "missed", lang: Lang): string {
  const count = picked.length;
  if (ranking === "met")
    return count === 0
      ? t(
          lang,
          `Ingen af de ${withFigure} gerningstyper med tal er på vej til at nå måltallet i ${year}.`,
          `None of the ${withFigure} categories with figures is on course to meet the target in ${year}.`,
        )
      : t(
          lang,
          `I ${year} er ${count} af ${withFigure} gerningstyper på vej til at nå måltallet: ${listText(picked, lang)}.`,
          `In ${year}, ${count} of ${withFigure} categories are on course to meet the target: ${listText(picked, lang)}.`,
        );
  return count === 0
    ? t(
        lang,
        `Alle ${withFigure} gerningstyper med tal er på vej til at nå måltallet i ${year}.`,
        `All ${withFigure} categories with figures are on course to meet the target in ${year}.`,
      )
    : t(
        lang,
        `I ${year} er ${count} af ${withFigure} gerningstyper på vej til ikke at nå måltallet: ${listText(picked, lang)}.`,
        `In ${year}, ${count} of ${withFigure} categories are on course to miss the target: ${listText(picked, lang)}.`,
      );
}

function byOutcome(rows: readonly Row[], year: number, ranking: "met" | "missed", lang: Lang) {
  const withFigure = rows.filter((r) => r.s.met !== null);
  const picked = withFigure.filter((r) => (ranking === "met" ? r.s.met === true : r.s.met === false));
  const names = picked.map((r) => (ranking === "met" ? r.name : `${r.name} ${standingDeviationWords(r.st, lang)}`));
  const inProgress = rows.some((r) => r.st.progress);
  const summary = inProgress
    ? onCourseSummary(withFigure.length, names, year, ranking, lang)
    : ranking === "met"
      ? picked.length === 0
        ? t(
            lang,
            `Ingen af de ${withFigure.length} gerningstyper med tal nåede måltallet i ${year}.`,
            `None of the ${withFigure.length} categories with figures met the target in ${year}.`,
          )
        : t(
            lang,
            `I ${year} nåede ${picked.length} af ${withFigure.length} gerningstyper måltallet: ${listText(names, lang)}.`,
            `In ${year}, ${picked.length} of ${withFigure.length} categories met the target: ${listText(names, lang)}.`,
          )
      : picked.length === 0
        ? t(
            lang,
            `Alle ${withFigure.length} gerningstyper med tal nåede måltallet i ${year}.`,
            `All ${withFigure.length} categories with figures met the target in ${year}.`,
          )
        : t(
            lang,
            `I ${year} nåede ${picked.length} af ${withFigure.length} gerningstyper ikke måltallet: ${listText(names, lang)}.`,
            `In ${year}, ${picked.length} of ${withFigure.length} categories missed the target: ${listText(names, lang)}.`,
          );
  const missing = rows.filter((r) => r.s.met === null).map((r) => r.name);
  const lines = [
    summary,
    ...(missing.length ? [t(lang, `Intet tal: ${listText(missing, lang)}.`, `No figure: ${listText(missing, lang)}.`)] : []),
  ];
  const head = header(t(lang, "Gerningstype", "Category"), lang);
  const cells: Array<Array<string | Cell>> = picked.map((r) => [
    r.name,
    figureCell(r.st, lang),
    n(r.s.target ?? 0, lang),
    signed(r.s.deviation ?? 0, lang),
    pct(r.s.deviationPercent ?? 0, lang, 1),
    statusCell(r.st, lang),
  ]);
  return { summary, lines, table: cells.length ? table(head, cells) : undefined };
}

export function rankingAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const indicators = crimeIndicators(ctx.agreement);
  if (indicators.length === 0) {
    const text = t(lang, "Aftalen har ingen måltal for kriminalitet.", "The agreement sets no crime targets.");
    return { text, body: [], figures: false, textOnly: true };
  }
  const ranking = u.ranking ?? "best";
  const { year, notes } = rankedYear(u, ctx, lang, indicators);
  const rows = rowsIn(ctx, indicators, year, lang);
  // A ranking of a year in progress says first that its figures are projections.
  const projected = inProgressNote(rows, lang);
  if (projected !== undefined) notes.push(projected);
  const result =
    ranking === "improved"
      ? byImprovement(rows, year, lang)
      : ranking === "met" || ranking === "missed"
        ? byOutcome(rows, year, ranking, lang)
        : ranking === "most" || ranking === "fewest"
          ? byCount(rows, year, ranking, lang)
          : byTarget(rows, year, ranking, lang);
  return {
    text: [...notes, ...result.lines].join("\n"),
    summary: result.summary,
    body: [...notes.map((x) => textBlock(x, { subtle: true })), ...(result.table ? [result.table] : [])],
    figures: true,
  };
}
