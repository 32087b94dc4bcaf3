/**
 * Where a category stands in a year, for answers that put several side by side (comparisons,
 * rankings): the year's figure when it has one (Kriminalitet's, or 12 reported months), else,
 * for a year in progress, the projection for the whole year, marked as such. So a ranking of
 * the current year never sets a few months' reports against a whole year's target, and every
 * projected figure says so.
 */
import type { CountReductionIndicator } from "../agreement/schema";
import { type Lang, t } from "../format/lang";
import { ragStatusWord } from "../format/rag-words";
import { type YearInProgress, yearInProgress, yearlyFigures } from "../progress/year-in-progress";
import { type CountStatus, countStatusForFigure, latestFigureYear } from "../status";
import { methodPhrase, projectionMethodLine, throughMonth } from "./progress";
import type { AnswerContext } from "./types";
import { n } from "./wording";

export interface Standing {
  /** The status of the year's figure, or of the projection while the year is in progress. */
  s: CountStatus;
  /** Set when `s` is a projection: the year to date and how it was projected. */
  progress?: YearInProgress;
}

export function standingIn(ctx: AnswerContext, ind: CountReductionIndicator, year: number): Standing {
  const actual = yearlyFigures(ctx.tracker, ind.category).get(year) ?? null;
  if (actual === null) {
    const progress = yearInProgress(ctx.agreement, ctx.tracker, ind.category, year);
    if (progress) return { s: progress.status, progress };
  }
  return { s: countStatusForFigure(ind, year, actual) };
}

/** The latest year up to `year` in which any of the categories has a figure (a finished year). */
export function latestYearWithFigures(
  ctx: AnswerContext,
  indicators: readonly CountReductionIndicator[],
  year?: number,
): number | undefined {
  let latest: number | undefined;
  for (const ind of indicators) {
    const y = latestFigureYear(yearlyFigures(ctx.tracker, ind.category), year);
    if (y !== undefined && (latest === undefined || y > latest)) latest = y;
  }
  return latest;
}

/** "49" for a year's figure; "fremskrevet 49" / "projected 49" for a projection. */
export function figureWords(st: Standing, lang: Lang): string {
  const value = n(st.s.actual ?? 0, lang);
  return st.progress ? t(lang, `fremskrevet ${value}`, `projected ${value}`) : value;
}

/** A table cell for the figure: "49 (29 til dato)" / "49 (29 to date)" for a projection. */
export function figureCell(st: Standing, lang: Lang): string {
  if (st.s.actual === null) return "–";
  const value = n(st.s.actual, lang);
  return st.progress ? `${value} (${n(st.progress.yearToDate, lang)} ${t(lang, "til dato", "to date")})` : value;
}

/** "Nået" for a year's figure; "Nået (fremskrevet)" / "Met (projected)" for a projection. */
export function statusWords(st: Standing, lang: Lang): string {
  const word = ragStatusWord(st.s.rag, lang);
  return st.progress ? `${word} (${t(lang, "fremskrevet", "projected")})` : word;
}

/**
 * What a side-by-side answer says first when a year in it is in progress: "2016 er ikke slut:
 * tallene går til og med august og er fremskrevet til hele året efter sæsonmønsteret i 2013–2015."
 * Undefined when no figure shown is a projection.
 */
export function inProgressNote(named: ReadonlyArray<{ name: string; st: Standing }>, lang: Lang): string | undefined {
  const projected = named.flatMap(({ name, st }) => (st.progress ? [{ name, p: st.progress }] : []));
  const first = projected[0]?.p;
  if (!first) return undefined;
  const years = [...new Set(projected.map(({ p }) => p.year))].sort((a, b) => a - b);
  const yearWords = years.join(t(lang, " og ", " and "));
  const sameMonths = projected.every(({ p }) => p.monthsReported === first.monthsReported);
  const through = sameMonths
    ? t(lang, ` går ${throughMonth(first.monthsReported, "da")} og`, ` run ${throughMonth(first.monthsReported, "en")} and`)
    : "";
  const phrases = new Set(projected.map(({ p }) => methodPhrase(p, lang)));
  const opening = t(
    lang,
    `${yearWords} er ikke slut: tallene${through} er fremskrevet til hele året`,
    `${yearWords} ${years.length > 1 ? "are" : "is"} not over: the figures${through} are projected for the whole year`,
  );
  return phrases.size === 1 ? `${opening} ${methodPhrase(first, lang)}.` : `${opening}. ${projectionMethodLine(projected, lang)}`;
}
