/**
 * A year's overview while the year is in progress: each category's year to date, its projection
 * for the whole year against the target and the projection's colour (or its yearly figure, where
 * the tracker already has one), and how the figures were projected.
 */
import { crimeIndicators } from "../agreement/lookup";
import { type Lang, t } from "../format/lang";
import { ragStatusWord } from "../format/rag-words";
import type { YearInProgress } from "../progress/year-in-progress";
import type { CountStatus } from "../status";
import { type Cell, table, textBlock } from "./card";
import { overviewChartFor } from "./chart-cards";
import type { Composed } from "./composed";
import { projectionMethodLine, projectionVerdict, throughMonth } from "./progress";
import type { AnswerContext } from "./types";
import { categoryName, n, ragCell, signed } from "./wording";

/**
 * "I alt til og med august: 292 anmeldelser i de 6 gerningstyper, fremskrevet til hele året 441."
 * A sum only of like with like: every category reported through the same month; otherwise it
 * says why it gives none (a year to date beside a whole year's figure would be no total).
 */
function totalSoFar(
  progress: ReadonlyArray<YearInProgress | undefined>,
  categories: number,
  year: number,
  months: number,
  unit: string,
  lang: Lang,
): string {
  const alike = progress.filter((p): p is YearInProgress => p !== undefined && p.monthsReported === months);
  if (alike.length !== categories) {
    return t(
      lang,
      `Et samlet tal for ${year} giver jeg, når alle gerningstyper har tal til og med samme måned; her er de hver for sig.`,
      `I give a total for ${year} once every category has figures through the same month; here they are one by one.`,
    );
  }
  const toDate = alike.reduce((sum, p) => sum + p.yearToDate, 0);
  const projected = alike.reduce((sum, p) => sum + p.projection, 0);
  return t(
    lang,
    `I alt ${throughMonth(months, "da")}: ${n(toDate, lang)} ${unit} i de ${categories} gerningstyper, fremskrevet til hele året ${n(projected, lang)}. Aftalen har intet måltal for summen.`,
    `In total ${throughMonth(months, "en")}: ${n(toDate, lang)} ${unit} across the ${categories} categories, projected for the whole year ${n(projected, lang)}. The agreement sets no target for the sum.`,
  );
}

export function progressOverview(
  ctx: AnswerContext,
  year: number,
  rows: readonly CountStatus[],
  progress: ReadonlyArray<YearInProgress | undefined>,
  notes: readonly string[],
  lang: Lang,
  total = false,
): Composed {
  const indicators = crimeIndicators(ctx.agreement);
  const unit = indicators[0]?.unit[lang] ?? "";
  const names = indicators.map((ind) => categoryName(ctx.agreement, ind.category, lang));
  const months = Math.max(...progress.map((p) => p?.monthsReported ?? 0));
  let shown = 0;
  let onCourse = 0;
  const lines: string[] = [];
  const cells: Array<Array<string | Cell>> = [];
  const projected: Array<{ name: string; p: YearInProgress }> = [];
  rows.forEach((s, i) => {
    const name = names[i] ?? s.indicator;
    const target = s.target === undefined ? "–" : n(s.target, lang);
    const p = progress[i];
    if (p) {
      projected.push({ name, p });
      if (p.target !== undefined) shown++;
      if (p.rag === "green") onCourse++;
      const dev = p.status.deviation;
      // Each figure written once, for the line and the table alike.
      const toDate = n(p.yearToDate, lang);
      const projection = n(p.projection, lang);
      const deviation = dev === null ? "–" : signed(dev, lang);
      // The summary names the latest month; a category reported to an earlier one says so.
      const through = p.monthsReported === months ? "" : ` ${throughMonth(p.monthsReported, lang)}`;
      const verdict = p.target === undefined ? "" : ` – ${projectionVerdict(p, lang, false)}`;
      const rest = `${target}${dev === null ? "" : ` (${deviation})`}${verdict}`;
      lines.push(
        t(
          lang,
          `${name}: ${toDate}${through || " indtil nu"}, fremskrevet ${projection} mod højst ${rest}`,
          `${name}: ${toDate}${through || " so far"}, projected ${projection} against at most ${rest}`,
        ),
      );
      cells.push([name, toDate, projection, target, deviation, ragCell(p.rag, lang)]);
    } else if (s.actual !== null) {
      if (s.target !== undefined) shown++;
      if (s.rag === "green") onCourse++;
      const dev = s.deviation === null ? "" : ` (${signed(s.deviation, lang)})`;
      lines.push(
        t(
          lang,
          `${name}: ${n(s.actual, lang)} for hele året mod højst ${target} – ${ragStatusWord(s.rag, lang)}${dev}`,
          `${name}: ${n(s.actual, lang)} for the whole year against at most ${target} – ${ragStatusWord(s.rag, lang)}${dev}`,
        ),
      );
      cells.push([name, n(s.actual, lang), "–", target, s.deviation === null ? "–" : signed(s.deviation, lang), ragCell(s.rag, lang)]);
    } else {
      lines.push(t(lang, `${name}: intet tal (måltal højst ${target})`, `${name}: no figure (target at most ${target})`));
      cells.push([name, "–", "–", target, "–", ragCell("grey", lang)]);
    }
  });
  const missing = rows.length - shown;
  const summary = t(
    lang,
    `Overblik ${year} ${throughMonth(months, "da")} (${unit} mod måltal, fremskrevet til hele året): ${onCourse} af ${shown} gerningstyper ser ud til at nå måltallet.${missing ? ` ${missing} har intet tal endnu.` : ""}`,
    `Overview ${year} ${throughMonth(months, "en")} (${unit} against targets, projected for the whole year): ${onCourse} of ${shown} categories look set to meet the target.${missing ? ` ${missing} ${missing === 1 ? "has" : "have"} no figure yet.` : ""}`,
  );
  const method = projectionMethodLine(projected, lang);
  const totalText = total ? totalSoFar(progress, rows.length, year, months, unit, lang) : undefined;
  const header = [
    t(lang, "Gerningstype", "Category"),
    t(lang, "Til dato", "To date"),
    t(lang, "Fremskrevet", "Projected"),
    t(lang, "Måltal", "Target"),
    t(lang, "Afvigelse", "Deviation"),
    "Status",
  ];
  const body = [
    ...notes.map((x) => textBlock(x, { subtle: true })),
    ...overviewChartFor(ctx, year, lang),
    table(header, cells),
    textBlock(method, { subtle: true }),
  ];
  if (totalText) {
    // Asked for the total, it is the short answer; the overview follows as usual.
    body.unshift(textBlock(summary));
    return { text: [...notes, totalText, summary, ...lines, method].join("\n"), summary: totalText, body, figures: true };
  }
  return { text: [...notes, summary, ...lines, method].join("\n"), summary, body, figures: true };
}
