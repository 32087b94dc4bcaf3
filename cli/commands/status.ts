/** `status --tracker FILE`: how each category stands against its target in a year (RAG). */
import {
  type Agreement,
  type CountStatus,
  countIssues,
  countStatus,
  crimeIndicators,
  findCategory,
  formatNumber,
  formatPercent,
  type Lang,
  latestFigureYear,
  type Rag,
  suggestCategory,
  type TrackerData,
  t,
} from "../../shared/index";
import { type Command, printJson, stringOption, UsageError } from "../command";
import { textTable } from "../text-table";
import { loadTrackerForCommand } from "./tracker-input";

const RAG_WORDS: Record<Rag, { da: string; en: string }> = {
  green: { da: "grøn", en: "green" },
  amber: { da: "gul", en: "amber" },
  red: { da: "rød", en: "red" },
  grey: { da: "grå", en: "grey" },
};

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

/** "Indbrud 2015: 58 anmeldelser mod målet på højst 62. Målet er nået: 4 under." */
function sentence(agreement: Agreement, s: CountStatus, unit: { da: string; en: string }, lang: Lang): string {
  const name = categoryName(agreement, s.indicator, lang);
  if (s.actual === null) return t(lang, `${name} ${s.year}: intet tal endnu.`, `${name} ${s.year}: no figure yet.`);
  const n = (x: number) => formatNumber(x, lang);
  if (s.target === undefined) {
    return t(
      lang,
      `${name} ${s.year}: ${n(s.actual)} ${unit.da} (intet måltal det år).`,
      `${name} ${s.year}: ${n(s.actual)} ${unit.en} (no target that year).`,
    );
  }
  const head = t(
    lang,
    `${name} ${s.year}: ${n(s.actual)} ${unit.da} mod målet på højst ${n(s.target)}.`,
    `${name} ${s.year}: ${n(s.actual)} ${unit.en} against the target of at most ${n(s.target)}.`,
  );
  const d = s.deviation ?? 0;
  const pct = s.deviationPercent === null ? "" : ` (${formatPercent(s.deviationPercent, lang, 0, true)})`;
  if (s.met) {
    return `${head} ${d === 0 ? t(lang, "Målet er nået: præcis på måltallet.", "Target met: exactly on target.") : t(lang, `Målet er nået: ${n(-d)} under.`, `Target met: ${n(-d)} under.`)}`;
  }
  return `${head} ${t(lang, `Målet er ikke nået: ${n(d)} over${pct}.`, `Target not met: ${n(d)} over${pct}.`)}`;
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
      lines.push(sentence(agreement, status.asked, ind.unit, lang));
      if (status.latest) {
        lines.push(t(lang, `Senest kendte tal er fra ${status.latest.year}:`, `The latest figure is from ${status.latest.year}:`));
        lines.push(sentence(agreement, status.latest, ind.unit, lang));
      }
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
        RAG_WORDS[s.rag][lang],
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
