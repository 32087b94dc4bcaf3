/**
 * Comparisons side by side: several categories in one year (or in several), and one category,
 * or every category, in several years. Deviations from the target are given in reports and in
 * per cent.
 */
import { crimeIndicator, crimeIndicators } from "../agreement/lookup";
import type { CountReductionIndicator } from "../agreement/schema";
import type { Entities } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { listText } from "../format/list";
import { ragStatusWord } from "../format/rag-words";
import { yearlyFigures } from "../progress/year-in-progress";
import { type CountStatus, latestFigureYear } from "../status";
import { type Cell, table, textBlock } from "./card";
import type { Composed } from "./composed";
import { throughMonth } from "./progress";
import { figureCell, figureWords, inProgressNote, latestYearWithFigures, type Standing, standingIn, statusWords } from "./standing";
import type { AnswerContext } from "./types";
import { categoryName, chooseYear, n, noFiguresYetNote, pct, ragCell, signed } from "./wording";

/** "2 under måltallet (−3,6 %)" / "5 over the target (+8,6%)" / "intet tal" */
export function deviationWords(s: CountStatus, lang: Lang): string {
  if (s.actual === null) return t(lang, "intet tal", "no figure");
  if (s.deviation === null || s.target === undefined)
    return t(lang, `${n(s.actual, lang)}, intet måltal`, `${n(s.actual, lang)}, no target`);
  if (s.deviation === 0) return t(lang, "præcis på måltallet", "exactly on target");
  const percent = s.deviationPercent === null ? "" : ` (${pct(s.deviationPercent, lang, 1)})`;
  return s.deviation < 0
    ? t(lang, `${n(-s.deviation, lang)} under måltallet${percent}`, `${n(-s.deviation, lang)} under the target${percent}`)
    : t(lang, `${n(s.deviation, lang)} over måltallet${percent}`, `${n(s.deviation, lang)} over the target${percent}`);
}

/** deviationWords, said of the projection while the year is in progress: "fremskrevet 9 under måltallet (−15,5 %)". */
export function standingDeviationWords(st: Standing, lang: Lang): string {
  const words = deviationWords(st.s, lang);
  return st.progress ? t(lang, `fremskrevet ${words}`, `projected ${words}`) : words;
}

/** The status cell: "Nået", or "Nået (fremskrevet)" for a projection. */
export function statusCell(st: Standing, lang: Lang): Cell {
  return Object.assign(ragCell(st.s.rag, lang), { text: statusWords(st, lang) });
}

/** The latest figure before `year`, for a category without one in it: "; seneste tal: 44 i 2014". */
function latestBefore(ctx: AnswerContext, ind: CountReductionIndicator, year: number, lang: Lang): string {
  const figures = yearlyFigures(ctx.tracker, ind.category);
  const latest = latestFigureYear(figures, year);
  const value = latest === undefined ? null : (figures.get(latest) ?? null);
  if (latest === undefined || value === null) return "";
  return t(lang, `; seneste tal: ${n(value, lang)} i ${latest}`, `; latest figure: ${n(value, lang)} in ${latest}`);
}

/**
 * "Hærværk 2015: 54 mod måltallet på højst 56 – Nået (−2, −3,6 %)"; while the year is in progress
 * "Indbrud 2016 (29 til og med august): fremskrevet 49 mod måltallet på højst 58 – Nået (−9, −15,5 %)".
 */
function statusLine(name: string, st: Standing, lang: Lang, latest = ""): string {
  const { s, progress } = st;
  if (s.actual === null) {
    const target = s.target === undefined ? "" : t(lang, `måltal højst ${n(s.target, lang)}`, `target at most ${n(s.target, lang)}`);
    const note = target || latest ? ` (${target}${target ? latest : latest.slice(2)})` : "";
    return t(lang, `${name} ${s.year}: intet tal${note}`, `${name} ${s.year}: no figure${note}`);
  }
  const soFar = progress ? ` (${n(progress.yearToDate, lang)} ${throughMonth(progress.monthsReported, lang)})` : "";
  // A year without a target (the baseline, or one outside the targets) has no status to give.
  if (s.target === undefined) {
    const why =
      s.year === s.baselineYear
        ? " (baseline)"
        : t(lang, `; aftalen har intet måltal for ${s.year}`, `; the agreement sets no target for ${s.year}`);
    return `${name} ${s.year}${soFar}: ${figureWords(st, lang)}${why}`;
  }
  const dev =
    s.deviation === null
      ? ""
      : ` (${signed(s.deviation, lang)}${s.deviationPercent === null ? "" : `, ${pct(s.deviationPercent, lang, 1)}`})`;
  // "Nået (fremskrevet)" while the year is in progress: a projection has met nothing yet.
  const status = statusWords(st, lang);
  return t(
    lang,
    `${name} ${s.year}${soFar}: ${figureWords(st, lang)} mod måltallet på højst ${n(s.target, lang)} – ${status}${dev}`,
    `${name} ${s.year}${soFar}: ${figureWords(st, lang)} against the target of at most ${n(s.target, lang)} – ${status}${dev}`,
  );
}

function statusRow(first: string, st: Standing, lang: Lang): Array<string | Cell> {
  const { s } = st;
  return [
    first,
    figureCell(st, lang),
    s.target === undefined ? "–" : n(s.target, lang),
    s.deviation === null ? "–" : signed(s.deviation, lang),
    s.deviationPercent === null ? "–" : pct(s.deviationPercent, lang, 1),
    statusCell(st, lang),
  ];
}

/** The head of a table of figures against their targets: what the rows are, then the same five columns. */
export function header(first: string, lang: Lang): string[] {
  return [first, t(lang, "Anmeldelser", "Reports"), t(lang, "Måltal", "Target"), t(lang, "Afvigelse", "Deviation"), "%", "Status"];
}

/** The target years all the named indicators share. */
function sharedTargetYears(indicators: readonly CountReductionIndicator[]): number[] {
  const years = new Set<number>();
  for (const ind of indicators) for (const x of ind.targets) years.add(x.year);
  return [...years].sort((a, b) => a - b);
}

/** The year asked (or this year), else the nearest with targets; then the latest up to it with any figure. */
function comparisonYear(u: Entities, ctx: AnswerContext, lang: Lang, indicators: readonly CountReductionIndicator[]) {
  const choice = chooseYear(sharedTargetYears(indicators), u, ctx.agreement, ctx.now, lang);
  const notes = choice.note ? [choice.note] : [];
  let year = choice.year;
  // A year in progress counts as having figures: its projections.
  if (indicators.every((ind) => standingIn(ctx, ind, year).s.actual === null)) {
    const latest = latestYearWithFigures(ctx, indicators, year);
    if (latest !== undefined && latest !== year) {
      notes.push(noFiguresYetNote(year, latest, lang));
      year = latest;
    }
  }
  return { year, notes };
}

function noTargets(lang: Lang): Composed {
  const text = t(lang, "Aftalen har ingen måltal for de gerningstyper.", "The agreement sets no targets for those categories.");
  return { text, body: [], figures: false, textOnly: true };
}

export function categoryComparisonAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const ids = u.categories ?? (u.category ? [u.category] : []);
  const indicators = ids.map((id) => crimeIndicator(ctx.agreement, id)).filter((i): i is CountReductionIndicator => i !== undefined);
  if (indicators.length === 0) return noTargets(lang);
  const name = (ind: CountReductionIndicator) => categoryName(ctx.agreement, ind.category, lang);
  if (u.years && u.years.length > 1) {
    const years = [...u.years].sort((a, b) => a - b);
    const lines = [t(lang, `Sammenligning ${listText(years.map(String), lang)}:`, `Comparison ${listText(years.map(String), lang)}:`)];
    const rows: Array<Array<string | Cell>> = [];
    const changes: string[] = [];
    const shown: Array<{ name: string; st: Standing }> = [];
    for (const ind of indicators) {
      const all = years.map((y) => standingIn(ctx, ind, y));
      for (const st of all) {
        lines.push(statusLine(name(ind), st, lang));
        rows.push(statusRow(`${name(ind)} ${st.s.year}`, st, lang));
        shown.push({ name: name(ind), st });
      }
      changes.push(changeWords(name(ind), all[0], all[all.length - 1], lang));
    }
    const summary = changes.join(" ");
    const notes = optional(inProgressNote(shown, lang));
    return {
      text: [...notes, ...lines, summary].join("\n"),
      summary,
      body: [...notes.map((x) => textBlock(x, { subtle: true })), table(header(t(lang, "Gerningstype", "Category"), lang), rows)],
      figures: true,
    };
  }
  const { year, notes } = comparisonYear(u, ctx, lang, indicators);
  const all = indicators.map((ind) => {
    const st = standingIn(ctx, ind, year);
    return { name: name(ind), st, s: st.s, latest: latestBefore(ctx, ind, year, lang) };
  });
  notes.push(...optional(inProgressNote(all, lang)));
  const summary = t(
    lang,
    `Sammenligning ${year}: ${all.map(({ name, st }) => `${name} ${standingDeviationWords(st, lang)}`).join(", ")}.`,
    `Comparison ${year}: ${all.map(({ name, st }) => `${name} ${standingDeviationWords(st, lang)}`).join(", ")}.`,
  );
  const ranked = all
    .filter(({ s }) => s.deviationPercent !== null)
    .sort((a, b) => (a.s.deviationPercent ?? 0) - (b.s.deviationPercent ?? 0));
  const best = ranked[0];
  const verdict =
    ranked.length > 1 && best
      ? [
          t(
            lang,
            `Bedst i forhold til måltallet: ${best.name} (${pct(best.s.deviationPercent ?? 0, lang, 1)}).`,
            `Best against its target: ${best.name} (${pct(best.s.deviationPercent ?? 0, lang, 1)}).`,
          ),
        ]
      : [];
  const lines = [...notes, summary, ...all.map(({ name, st, latest }) => statusLine(name, st, lang, latest)), ...verdict];
  const rows = all.map(({ name, st }) => statusRow(name, st, lang));
  return {
    text: lines.join("\n"),
    summary,
    body: [
      ...notes.map((x) => textBlock(x, { subtle: true })),
      table(header(t(lang, "Gerningstype", "Category"), lang), rows),
      ...verdict.map((v) => textBlock(v)),
    ],
    figures: true,
  };
}

const optional = (note: string | undefined): string[] => (note === undefined ? [] : [note]);

/** "Tyverier: fra 210 i 2014 til 190 i 2015 (−20, −9,5 %)."; a projection says so: "til fremskrevet 189 i 2016". */
function changeWords(name: string, fromStanding: Standing | undefined, toStanding: Standing | undefined, lang: Lang): string {
  if (!fromStanding || !toStanding) return "";
  const from = fromStanding.s;
  const to = toStanding.s;
  if (from.actual === null || to.actual === null) {
    const missing = [from, to].filter((s) => s.actual === null).map((s) => s.year);
    return t(
      lang,
      `${name}: intet tal for ${listText(missing.map(String), lang)}.`,
      `${name}: no figure for ${listText(missing.map(String), lang)}.`,
    );
  }
  const diff = to.actual - from.actual;
  const percent = from.actual === 0 ? "" : `, ${pct((diff / from.actual) * 100, lang, 1)}`;
  return t(
    lang,
    `${name}: fra ${figureWords(fromStanding, lang)} i ${from.year} til ${figureWords(toStanding, lang)} i ${to.year} (${signed(diff, lang)}${percent}).`,
    `${name}: from ${figureWords(fromStanding, lang)} in ${from.year} to ${figureWords(toStanding, lang)} in ${to.year} (${signed(diff, lang)}${percent}).`,
  );
}

export function yearComparisonAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const years = [...(u.years ?? (u.year === undefined ? [] : [u.year]))].sort((a, b) => a - b);
  if (u.category !== undefined) {
    const ind = crimeIndicator(ctx.agreement, u.category);
    if (!ind) return noTargets(lang);
    const name = categoryName(ctx.agreement, ind.category, lang);
    const all = years.map((y) => standingIn(ctx, ind, y));
    const summary = changeWords(name, all[0], all[all.length - 1], lang);
    const notes = optional(
      inProgressNote(
        all.map((st) => ({ name, st })),
        lang,
      ),
    );
    const lines = [...notes, summary, ...all.map((st) => statusLine(name, st, lang))];
    return {
      text: lines.join("\n"),
      summary,
      body: [
        ...notes.map((x) => textBlock(x, { subtle: true })),
        table(
          header(t(lang, "År", "Year"), lang),
          all.map((st) => statusRow(String(st.s.year), st, lang)),
        ),
      ],
      figures: true,
    };
  }
  // Every category, year beside year.
  const indicators = crimeIndicators(ctx.agreement);
  if (indicators.length === 0) return noTargets(lang);
  const standings = new Map(indicators.map((ind) => [ind.category, years.map((y) => standingIn(ctx, ind, y))]));
  const counts = years.map((y, i) => {
    const inYear = indicators.map((ind) => standings.get(ind.category)?.[i]).filter((st): st is Standing => st !== undefined);
    const withFigure = inYear.filter(({ s }) => s.actual !== null && s.target !== undefined);
    const met = withFigure.filter(({ s }) => s.met).length;
    // A year in progress is judged by its projections: "on course", never "met".
    return inYear.some((st) => st.progress)
      ? t(
          lang,
          `${met} af ${withFigure.length} gerningstyper er på vej til at nå måltallet i ${y}`,
          `${met} of ${withFigure.length} categories are on course to meet the target in ${y}`,
        )
      : t(
          lang,
          `${met} af ${withFigure.length} gerningstyper nåede måltallet i ${y}`,
          `${met} of ${withFigure.length} categories met the target in ${y}`,
        );
  });
  const summary = t(
    lang,
    `Sammenligning ${listText(years.map(String), lang)}: ${listText(counts, lang)}.`,
    `Comparison ${listText(years.map(String), lang)}: ${listText(counts, lang)}.`,
  );
  const shown: Array<{ name: string; st: Standing }> = [];
  const lines: string[] = [];
  const rows: Array<Array<string | Cell>> = [];
  for (const ind of indicators) {
    const name = categoryName(ctx.agreement, ind.category, lang);
    const all = standings.get(ind.category) ?? [];
    for (const st of all) shown.push({ name, st });
    lines.push(
      `${name}: ${all.map((st) => (st.s.actual === null ? t(lang, `intet tal i ${st.s.year}`, `no figure in ${st.s.year}`) : `${figureWords(st, lang)} ${t(lang, "i", "in")} ${st.s.year} (${ragStatusWord(st.s.rag, lang)})`)).join(", ")}`,
    );
    const first = all[0]?.s;
    const last = all[all.length - 1]?.s;
    const change = first && last && first.actual !== null && last.actual !== null ? signed(last.actual - first.actual, lang) : "–";
    rows.push([
      name,
      ...all.map((st): string | Cell =>
        st.s.actual === null ? "–" : { text: figureCell(st, lang), color: ragCell(st.s.rag, lang).color ?? "Default" },
      ),
      change,
    ]);
  }
  const notes = optional(inProgressNote(shown, lang));
  const head = [t(lang, "Gerningstype", "Category"), ...years.map(String), t(lang, "Ændring", "Change")];
  return {
    text: [...notes, summary, ...lines].join("\n"),
    summary,
    body: [...notes.map((x) => textBlock(x, { subtle: true })), table(head, rows)],
    figures: true,
  };
}
