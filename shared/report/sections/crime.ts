/**
 * Reported crime in the report's year: per category the baseline, the måltal, the reports (or,
 * for a year in progress, the projection from shared/progress), the deviation and the status.
 */
import { categoryById, crimeIndicators } from "../../agreement/lookup";
import type { Agreement, CountReductionIndicator } from "../../agreement/schema";
import { type Lang, t } from "../../format/lang";
import { listText } from "../../format/list";
import { formatNumber, formatPercent } from "../../format/numbers";
import { ragStatusWord } from "../../format/rag-words";
import { type YearInProgress, yearInProgress, yearlyFigures } from "../../progress/index";
import { countStatusForFigure, type Rag } from "../../status";
import type { TrackerData } from "../../tracker/types";
import type { ReportBlock, ReportTable } from "../document";
import { numberCell, percentCell, signedCell, textCell } from "../words";

export interface CrimeRow {
  category: string;
  name: string;
  indicator: CountReductionIndicator;
  /** The year's reports, or the projection of a year in progress; null without either. */
  value: number | null;
  /** The value is a projection (the year is in progress). */
  projection: YearInProgress | undefined;
  target: number | undefined;
  deviation: number | null;
  deviationPercent: number | null;
  rag: Rag;
  /** The year before's reports, for the largest movements. */
  previous: number | null;
}

export function crimeRows(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang): CrimeRow[] {
  return crimeIndicators(agreement).map((indicator) => {
    const figures = yearlyFigures(tracker, indicator.category);
    const reports = figures.get(year) ?? null;
    const projection = reports === null ? yearInProgress(agreement, tracker, indicator.category, year) : undefined;
    const status = projection?.status ?? countStatusForFigure(indicator, year, reports);
    return {
      category: indicator.category,
      name: categoryById(agreement, indicator.category)?.name[lang] ?? indicator.category,
      indicator,
      value: status.actual,
      projection,
      target: status.target,
      deviation: status.deviation,
      deviationPercent: status.deviationPercent,
      rag: status.rag,
      previous: figures.get(year - 1) ?? null,
    };
  });
}

/** The crime table: a real table with a status cell in its colour. */
export function crimeTable(rows: readonly CrimeRow[], year: number, lang: Lang): ReportTable {
  const baselineYear = rows[0]?.indicator.baseline.year;
  const projected = rows.some((r) => r.projection);
  return {
    caption: t(lang, `Anmeldelser ${year} mod måltallene`, `Reports ${year} against the targets`),
    header: [
      t(lang, "Gerningstype", "Offence category"),
      baselineYear === undefined ? "Baseline" : `Baseline ${baselineYear}`,
      t(lang, `Måltal ${year}`, `Target ${year}`),
      projected
        ? t(lang, `Anmeldelser ${year} (fremskrevet)`, `Reports ${year} (projected)`)
        : t(lang, `Anmeldelser ${year}`, `Reports ${year}`),
      t(lang, "Afvigelse", "Deviation"),
      t(lang, "Afvigelse i %", "Deviation in %"),
      "Status",
    ],
    rows: rows.map((r) => [
      textCell(r.name),
      numberCell(r.indicator.baseline.value, lang),
      numberCell(r.target, lang),
      numberCell(r.value, lang),
      signedCell(r.deviation, lang),
      percentCell(r.deviationPercent, lang),
      { text: ragStatusWord(r.rag, lang), rag: r.rag },
    ]),
  };
}

/** "3 af 6 måltal er nået (Indbrud, Hærværk og Chikane); Tyverier er tæt på; …" */
export function crimeSummary(rows: readonly CrimeRow[], year: number, lang: Lang): string {
  const named = (rag: Rag) => rows.filter((r) => r.rag === rag).map((r) => r.name);
  const met = named("green");
  const close = named("amber");
  const missed = named("red");
  const judged = rows.filter((r) => r.rag !== "grey").length;
  if (judged === 0)
    return t(lang, `Der er endnu ingen anmeldelsestal for ${year}.`, `There are no figures for reported crime in ${year} yet.`);
  const projected = rows.some((r) => r.projection);
  const parts: string[] = [];
  parts.push(
    projected
      ? t(
          lang,
          `Fremskrevet til hele ${year} er ${met.length} af ${rows.length} måltal på vej til at blive nået${met.length ? ` (${listText(met, lang)})` : ""}`,
          `Projected for the whole of ${year}, ${met.length} of ${rows.length} targets are on course to be met${met.length ? ` (${listText(met, lang)})` : ""}`,
        )
      : t(
          lang,
          `I ${year} blev ${met.length} af ${rows.length} måltal nået${met.length ? ` (${listText(met, lang)})` : ""}`,
          `In ${year}, ${met.length} of ${rows.length} targets were met${met.length ? ` (${listText(met, lang)})` : ""}`,
        ),
  );
  if (close.length) parts.push(t(lang, `${listText(close, lang)} var tæt på`, `${listText(close, lang)} came close`));
  if (missed.length) parts.push(t(lang, `${listText(missed, lang)} nåede ikke måltallet`, `${listText(missed, lang)} missed the target`));
  return `${parts.join("; ")}.`;
}

/**
 * The largest movements from the year before: the two categories whose reports changed the most
 * in per cent (ties: the larger count), as "Hærværk fra 57 til 52 (−8,8 %)".
 */
export function largestMovements(rows: readonly CrimeRow[], year: number, lang: Lang): string | undefined {
  const moves = rows
    .filter((r) => r.value !== null && !r.projection && r.previous !== null && r.previous > 0)
    .map((r) => ({ r, change: (r.value as number) - (r.previous as number) }))
    .map((m) => ({ ...m, percent: (m.change / (m.r.previous as number)) * 100 }))
    .filter((m) => m.change !== 0)
    .sort((a, b) => Math.abs(b.percent) - Math.abs(a.percent) || Math.abs(b.change) - Math.abs(a.change))
    .slice(0, 2);
  if (moves.length === 0) return undefined;
  const texts = moves.map(({ r, percent }) =>
    t(
      lang,
      `${r.name} fra ${formatNumber(r.previous as number, lang)} til ${formatNumber(r.value as number, lang)} (${formatPercent(percent, lang, 1, true)})`,
      `${r.name} from ${formatNumber(r.previous as number, lang)} to ${formatNumber(r.value as number, lang)} (${formatPercent(percent, lang, 1, true)})`,
    ),
  );
  return t(
    lang,
    `De største ændringer fra ${year - 1}: ${listText(texts, lang)}.`,
    `The largest changes from ${year - 1}: ${listText(texts, lang)}.`,
  );
}

/** The section's text and table (its charts are added by the report, from shared/charts). */
export function crimeBlocks(rows: readonly CrimeRow[], year: number, lang: Lang): ReportBlock[] {
  const first = rows[0]?.indicator;
  const reduction = first?.targets.find((x) => x.year === year)?.reductionPercent;
  const blocks: ReportBlock[] = [];
  if (first && reduction !== undefined) {
    blocks.push({
      kind: "paragraph",
      text: t(
        lang,
        `Måltallet for ${year} er baseline fra ${first.baseline.year} minus ${formatPercent(reduction, lang)}. Måltallet er et loft: et tal på eller under måltallet er nået; højst 5 % over er tæt på.`,
        `The target for ${year} is the ${first.baseline.year} baseline minus ${formatPercent(reduction, lang)}. A target is a ceiling: a figure at or below it is met; at most 5% over is close.`,
      ),
    });
  }
  blocks.push({ kind: "paragraph", text: crimeSummary(rows, year, lang) });
  blocks.push({ kind: "table", table: crimeTable(rows, year, lang) });
  const source = first?.source?.[lang];
  if (source) blocks.push({ kind: "note", text: t(lang, `Kilde: ${source}.`, `Source: ${source}.`) });
  return blocks;
}
