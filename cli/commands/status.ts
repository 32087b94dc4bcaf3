/**
 * `status --tracker FILE`: how each category stands against its target in a year (RAG); for a
 * year in progress (months in `Måneder`, no yearly figure yet), its year to date and projection.
 */
import {
  type Agreement,
  type CountStatusWithFallback,
  countIssues,
  countStatus,
  crimeIndicators,
  findCategory,
  firstAgreementYear,
  formatNumber,
  illustrativeBaselinesNote,
  type Lang,
  latestFigureYear,
  monthName,
  monthsOf,
  progressLines,
  projectionMethodLine,
  ragStatusWord,
  statusLines,
  suggestCategory,
  type TrackerData,
  t,
  type YearInProgress,
  yearInProgress,
  yearlyFigures,
} from "../../shared/index";
import { type Command, printJson, stringOption, UsageError } from "../command";
import { textTable } from "../text-table";
import { loadTrackerForCommand } from "./tracker-input";

function categoryName(agreement: Agreement, id: string, lang: Lang): string {
  return agreement.categories.find((c) => c.id === id)?.name[lang] ?? id;
}

/**
 * The latest year with a yearly figure in any category (12 reported months count as one): what
 * "status" means when no year is given. A year in progress is shown when asked for (--year).
 */
export function latestTrackerYear(data: TrackerData): number | undefined {
  let latest: number | undefined;
  for (const category of data.crime.keys()) {
    const y = latestFigureYear(yearlyFigures(data, category));
    if (y !== undefined && (latest === undefined || y > latest)) latest = y;
  }
  return latest;
}

export const statusCommand: Command = {
  name: "status",
  usage: "status --tracker FILE.xlsx [--category C] [--year Y] [--json] [--agreement ID|FILE] [--lang da|en]",
  summary: {
    da: "Status for en gerningstype og et år (eller alle gerningstyper) ud fra trackeren",
    en: "Status of one category and year (or all categories) from the tracker",
  },
  options: {
    tracker: { type: "string" },
    category: { type: "string" },
    year: { type: "string" },
    agreement: { type: "string" },
    today: { type: "string" },
  },
  async run(ctx) {
    const file = stringOption(ctx, "tracker");
    if (!file) throw new UsageError(`--tracker FILE.xlsx is needed (usage: partnerskab ${statusCommand.usage})`);
    if (ctx.positionals.length > 0)
      throw new UsageError(`unexpected argument "${ctx.positionals[0]}" (usage: partnerskab ${statusCommand.usage})`);
    const yearText = stringOption(ctx, "year");
    if (yearText !== undefined && !/^\d{4}$/.test(yearText.trim()))
      throw new UsageError(`--year must be a year such as 2015, not "${yearText}"`);
    const { agreement, data, issues } = await loadTrackerForCommand(file, stringOption(ctx, "agreement"), stringOption(ctx, "today"));
    const { lang } = ctx;

    let indicators = crimeIndicators(agreement);
    const categoryText = stringOption(ctx, "category");
    if (categoryText !== undefined) {
      const category = findCategory(agreement, categoryText);
      if (!category) {
        const near = suggestCategory(agreement, categoryText);
        throw new UsageError(
          `ukendt gerningstype / unknown category "${categoryText}"${near ? ` (mente du / did you mean "${near.name[lang]}"?)` : ""}; kendte / known: ${agreement.categories.map((c) => c.name[lang]).join(", ")}`,
        );
      }
      indicators = indicators.filter((i) => i.category === category.id);
    }
    const year =
      yearText !== undefined
        ? Number(yearText)
        : (latestTrackerYear(data) ?? indicators[0]?.baseline.year ?? firstAgreementYear(agreement));
    const results = indicators.map((ind) => ({
      ind,
      status: countStatus(ind, yearlyFigures(data, ind.category), year),
      progress: yearInProgress(agreement, data, ind.category, year),
      months: monthsOf(data, ind.category).get(year) ?? [],
    }));
    const { errors } = countIssues(issues);

    if (ctx.json) {
      printJson(ctx.io, {
        file,
        agreement: agreement.id,
        year,
        trackerErrors: errors,
        categories: results.map(({ status, progress, months }) => ({
          category: categoryName(agreement, status.asked.indicator, "da"),
          id: status.asked.indicator,
          ...status.asked,
          // The months reported in Måneder for the year, and, while the year is in progress, its projection.
          yearToDate: months.length > 0 ? months.reduce((a, b) => a + b, 0) : null,
          monthsReported: months.length,
          projection: progress?.projection ?? null,
          projectionMethod: progress?.method ?? null,
          projectionRag: progress?.rag ?? null,
          ...(status.latest ? { latest: status.latest } : {}),
        })),
      });
      return 0;
    }

    const lines: string[] = [];
    const projected = results.flatMap(({ ind, progress }) =>
      progress ? [{ name: categoryName(agreement, ind.category, lang), p: progress }] : [],
    );
    if (results.length === 1 && results[0]) {
      const { ind, status, progress } = results[0];
      // The bot's own words, so the terminal and Teams say the same.
      const name = categoryName(agreement, ind.category, lang);
      lines.push(...(progress ? progressLines(name, ind, progress, lang) : statusLines(name, ind, status, lang)));
    } else if (projected.length > 0) {
      lines.push(
        t(
          lang,
          `${agreement.name.da} – status ${year}, fremskrevet til hele året`,
          `${agreement.name.en} – status ${year}, projected for the whole year`,
        ),
        "",
        textTable(progressTable(agreement, results, lang)),
        "",
        projectionMethodLine(projected, lang),
      );
    } else {
      const header = [
        t(lang, "Gerningstype", "Offence category"),
        t(lang, "Anmeldelser", "Reports"),
        t(lang, "Måltal", "Target"),
        t(lang, "Afvigelse", "Deviation"),
        "Status",
      ];
      const rows = results.map(({ status: { asked: s } }) => [
        categoryName(agreement, s.indicator, lang),
        s.actual === null ? "–" : formatNumber(s.actual, lang),
        s.target === undefined ? "–" : formatNumber(s.target, lang),
        s.deviation === null ? "–" : `${s.deviation > 0 ? "+" : ""}${formatNumber(s.deviation, lang)}`,
        ragStatusWord(s.rag, lang),
      ]);
      lines.push(
        t(lang, `${agreement.name.da} – status ${year}`, `${agreement.name.en} – status ${year}`),
        "",
        textTable([header, ...rows]),
      );
    }
    if (indicators.some((i) => i.illustrative)) lines.push("", illustrativeBaselinesNote(agreement, lang));
    if (errors > 0) {
      lines.push(
        "",
        t(
          lang,
          `Bemærk: trackeren har ${errors} fejl; kør »partnerskab validate ${file}«.`,
          `Note: the tracker has ${errors} errors; run "partnerskab validate ${file}".`,
        ),
      );
    }
    ctx.io.out(`${lines.join("\n")}\n`);
    return 0;
  },
};

/** The table for a year in progress: year to date, the month it runs to, the projection and its colour. */
function progressTable(
  agreement: Agreement,
  results: ReadonlyArray<{ ind: { category: string }; status: CountStatusWithFallback; progress: YearInProgress | undefined }>,
  lang: Lang,
): string[][] {
  const header = [
    t(lang, "Gerningstype", "Offence category"),
    t(lang, "Anmeldelser", "Reports"),
    t(lang, "Til og med", "Through"),
    t(lang, "Fremskrevet", "Projected"),
    t(lang, "Måltal", "Target"),
    t(lang, "Afvigelse", "Deviation"),
    "Status",
  ];
  const name = (id: string) => categoryName(agreement, id, lang);
  const signedNumber = (x: number | null) => (x === null ? "–" : `${x > 0 ? "+" : ""}${formatNumber(x, lang)}`);
  const rows = results.map(({ status: { asked: s }, progress: p }) => {
    const target = s.target === undefined ? "–" : formatNumber(s.target, lang);
    if (p) {
      return [
        name(s.indicator),
        formatNumber(p.yearToDate, lang),
        monthName(p.monthsReported, lang),
        formatNumber(p.projection, lang),
        target,
        signedNumber(p.status.deviation),
        ragStatusWord(p.rag, lang),
      ];
    }
    return [
      name(s.indicator),
      s.actual === null ? "–" : formatNumber(s.actual, lang),
      "–",
      "–",
      target,
      signedNumber(s.deviation),
      ragStatusWord(s.rag, lang),
    ];
  });
  return [header, ...rows];
}
