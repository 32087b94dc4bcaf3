/**
 * A year in progress in words: the year to date, the projection for the whole year against the
 * year's target (måltal) and how it was projected – for the bot's answers, the CLI's `status`
 * and the projection alert, which all say it alike.
 * "Indbrud 2016 til og med august: 29 anmeldelser. Fremskrevet til hele året: 49 mod måltallet
 * på højst 58 – på vej til at nå det."
 */
import type { CountReductionIndicator } from "../agreement/schema";
import { monthName } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { ragStatusWord } from "../format/rag-words";
import type { Projection, YearInProgress } from "../progress/year-in-progress";
import { factSet, ragColor, textBlock } from "./card";
import type { Composed } from "./composed";
import { n, pct, signed, targetPhrase } from "./wording";

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "2013–2015" for years in a row, else "2013 og 2015" / "2013 and 2015". */
export function yearsText(years: readonly number[], lang: Lang): string {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return "";
  if (years.length > 1 && last - first === years.length - 1) return `${first}–${last}`;
  const head = years.slice(0, -1).join(", ");
  return years.length === 1 ? String(first) : `${head} ${t(lang, "og", "and")} ${last}`;
}

/** How it was projected, as an adverbial: "efter sæsonmønsteret i 2013–2015" / "med samme tempo resten af året". */
export function methodPhrase(p: Projection, lang: Lang): string {
  if (p.method === "seasonal") {
    const years = yearsText(p.patternYears, lang);
    return t(lang, `efter sæsonmønsteret i ${years}`, `from the seasonal pattern of ${years}`);
  }
  return t(lang, "med samme tempo resten af året", "at the same pace for the rest of the year");
}

/** "til og med august" / "through August" */
export function throughMonth(monthsReported: number, lang: Lang): string {
  return t(lang, `til og med ${monthName(monthsReported, "da")}`, `through ${monthName(monthsReported, "en")}`);
}

/** Where the projection leaves the target: "på vej til at nå det", "tæt på, men på vej til at ende 2 over" … */
export function projectionVerdict(p: YearInProgress, lang: Lang, withFigure = true): string {
  const over = p.status.deviation ?? 0;
  switch (p.rag) {
    case "green":
      return t(lang, "på vej til at nå det", "on course to meet it");
    case "amber":
      return withFigure
        ? t(lang, `tæt på, men på vej til at ende ${n(over, lang)} over`, `close, but on course to end ${n(over, lang)} over`)
        : t(lang, "tæt på, men på vej til at ende over", "close, but on course to end over");
    case "red":
      return withFigure
        ? t(lang, `på vej til ikke at nå det: ${n(over, lang)} over`, `on course to miss it: ${n(over, lang)} over`)
        : t(lang, "på vej til ikke at nå det", "on course to miss it");
    case "grey":
      return "";
  }
}

/** "Fremskrevet til hele året: 49 mod måltallet på højst 58 – på vej til at nå det." */
export function projectionSentence(p: YearInProgress, lang: Lang): string {
  if (p.target === undefined)
    return t(
      lang,
      `Fremskrevet til hele året: ${n(p.projection, lang)}. Aftalen har intet måltal for ${p.year}.`,
      `Projected for the whole year: ${n(p.projection, lang)}. The agreement sets no target for ${p.year}.`,
    );
  const verdict = projectionVerdict(p, lang);
  return t(
    lang,
    `Fremskrevet til hele året: ${n(p.projection, lang)} mod måltallet på højst ${n(p.target, lang)} – ${verdict}.`,
    `Projected for the whole year: ${n(p.projection, lang)} against the target of at most ${n(p.target, lang)} – ${verdict}.`,
  );
}

/**
 * A category's year in progress in words, as the bot and `partnerskab status` say it: the year
 * to date with the projection, then how it was projected.
 */
export function progressLines(name: string, ind: CountReductionIndicator, p: YearInProgress, lang: Lang): string[] {
  const soFar = `${name} ${p.year} ${throughMonth(p.monthsReported, lang)}: ${n(p.yearToDate, lang)} ${ind.unit[lang]}.`;
  return [
    `${soFar} ${projectionSentence(p, lang)}`,
    t(lang, `Tallet er fremskrevet ${methodPhrase(p, "da")}.`, `The figure is projected ${methodPhrase(p, "en")}.`),
  ];
}

/** How the figures were projected: one sentence when all alike, else which categories each way. */
export function projectionMethodLine(named: ReadonlyArray<{ name: string; p: YearInProgress }>, lang: Lang): string {
  const byPhrase = new Map<string, string[]>();
  for (const { name, p } of named) {
    const phrase = methodPhrase(p, lang);
    byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), name]);
  }
  if (byPhrase.size === 1) {
    const [phrase] = byPhrase.keys();
    return t(lang, `Tallene er fremskrevet ${phrase}.`, `The figures are projected ${phrase}.`);
  }
  const and = t(lang, " og ", " and ");
  const parts = [...byPhrase].map(
    ([phrase, names]) => `${phrase}: ${names.length > 1 ? `${names.slice(0, -1).join(", ")}${and}${names.at(-1)}` : names[0]}`,
  );
  return `${t(lang, "Fremskrevet", "Projected")} ${parts.join("; ")}.`;
}

/** The facts of a year in progress, for a card. */
export function progressFacts(ind: CountReductionIndicator, p: YearInProgress, lang: Lang): Array<{ title: string; value: string }> {
  const months = `${monthName(1, lang)}–${monthName(p.monthsReported, lang)}`;
  const s = p.status;
  return [
    {
      title: t(lang, "Anmeldelser til dato", "Reports to date"),
      value: `${n(p.yearToDate, lang)} (${p.monthsReported === 1 ? monthName(1, lang) : months})`,
    },
    { title: t(lang, "Fremskrevet", "Projected"), value: `${n(p.projection, lang)} ${ind.unit[lang]}` },
    { title: t(lang, "Måltal", "Target"), value: s.target === undefined ? "–" : targetPhrase(s, lang) },
    {
      title: t(lang, "Afvigelse", "Deviation"),
      value:
        s.deviation === null
          ? "–"
          : `${signed(s.deviation, lang)}${s.deviationPercent === null ? "" : ` (${pct(s.deviationPercent, lang, 1)})`}`,
    },
    { title: "Status", value: `${ragStatusWord(p.rag, lang)} (${t(lang, "fremskrevet", "projected")})` },
    { title: t(lang, "Fremskrivning", "Projection"), value: capitalised(methodPhrase(p, lang)) },
    { title: "Baseline", value: `${n(s.baseline, lang)} (${s.baselineYear})` },
  ];
}

/** The bot's answer for a category whose year is in progress. */
export function progressAnswer(
  name: string,
  ind: CountReductionIndicator,
  p: YearInProgress,
  notes: readonly string[],
  lang: Lang,
): Composed {
  const [soFar = "", method = ""] = progressLines(name, ind, p, lang);
  // The card opens with the short answer (the year to date and the projection) in the projection's colour.
  const body = [
    ...notes.map((note) => textBlock(note, { subtle: true })),
    factSet(progressFacts(ind, p, lang)),
    textBlock(method, { subtle: true }),
  ];
  return { text: [...notes, soFar, method].join("\n"), summary: soFar, color: ragColor(p.rag), body, figures: true };
}
