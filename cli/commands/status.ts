/** `status --tracker FILE`: how each category stands against its target in a year (RAG). */
import {
  type Agreement,
  countIssues,
  countStatus,
  crimeIndicators,
  findCategory,
  formatNumber,
  type Lang,
  latestFigureYear,
  ragColourWord,
  statusLines,
  suggestCategory,
  type TrackerData,
  t,
} from "../../shared/index";
import { type Command, printJson, stringOption, UsageError } from "../command";
import { textTable } from "../text-table";
import { loadTrackerForCommand } from "./tracker-input";

function categoryName(agreement: Agreement, id: string, lang: Lang): string {
  return agreement.categories.find((c) => c.id === id)?.name[lang] ?? id;
}

/** The latest year with a figure in any category: what "status" means when no year is given. */
export function latestTrackerYear(data: TrackerData): number | undefined {
  let latest: number | undefined;
  for (const figures of data.crime.values()) {
    const y = latestFigureYear(figures);
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
        : (latestTrackerYear(data) ?? indicators[0]?.baseline.year ?? Number(agreement.period.start.slice(0, 4)));
    const results = indicators.map((ind) => ({ ind, status: countStatus(ind, data.crime.get(ind.category) ?? new Map(), year) }));
    const { errors } = countIssues(issues);

    if (ctx.json) {
      printJson(ctx.io, {
        file,
        agreement: agreement.id,
        year,
        trackerErrors: errors,
        categories: results.map(({ status }) => ({
          category: categoryName(agreement, status.asked.indicator, "da"),
          id: status.asked.indicator,
          ...status.asked,
          ...(status.latest ? { latest: status.latest } : {}),
        })),
      });
      return 0;
    }

    const lines: string[] = [];
    if (results.length === 1 && results[0]) {
      const { ind, status } = results[0];
      // The bot's own words, so the terminal and Teams say the same.
      lines.push(...statusLines(categoryName(agreement, ind.category, lang), ind, status, lang));
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
        ragColourWord(s.rag, lang),
      ]);
      lines.push(
        t(lang, `${agreement.name.da} – status ${year}`, `${agreement.name.en} – status ${year}`),
        "",
        textTable([header, ...rows]),
      );
    }
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
