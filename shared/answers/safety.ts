/**
 * Answers on safety: the safety index (Tryghedsindekset, published until 2014) against the
 * agreement's objective, and, from 2015, the safety survey's share of residents who feel unsafe
 * (Københavns Tryghedsundersøgelse), shown with its direction and judged only against a ceiling
 * the agreement itself sets.
 */
import { percentageIndicators, safetyIndexIndicator } from "../agreement/lookup";
import type { Agreement, ScaleLevelIndicator } from "../agreement/schema";
import type { Entities } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { formatNumber } from "../format/numbers";
import { ragStatusWord } from "../format/rag-words";
import { type SurveyShare, safetySurvey, surveyShares, surveyYears } from "../safety-survey";
import { ragForCeiling, scaleStatus } from "../status";
import { foldDanish } from "../text/normalize";
import { plainText } from "../text/plain-text";
import { type CardElement, factSet, ragColor, table, textBlock } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";

function plain(text: string): Composed {
  return { text, body: [], figures: false, textOnly: true };
}

function levelId(ind: ScaleLevelIndicator, level: string): string | null {
  const folded = foldDanish(level);
  return (
    ind.scale.find((s) => foldDanish(s.id) === folded || foldDanish(s.name.da) === folded || foldDanish(s.name.en) === folded)?.id ?? null
  );
}

export function levelName(ind: ScaleLevelIndicator, id: string | null, lang: Lang): string {
  return ind.scale.find((s) => s.id === id)?.name[lang] ?? t(lang, "ukendt", "unknown");
}

/** "behov for en reduceret indsats" / "a reduced need for action". */
export function needText(ind: ScaleLevelIndicator, id: string | null, lang: Lang): string {
  const level = levelName(ind, id, lang);
  if (lang === "da") return `behov for en ${level} indsats`;
  return `${/^[aeiou]/i.test(level) ? "an" : "a"} ${level} need for action`;
}

/** "Målsætningen er højst behov for en reduceret indsats ved udgangen af 2016". */
export function goalText(ind: ScaleLevelIndicator, lang: Lang): string {
  return t(
    lang,
    `Målsætningen er højst ${needText(ind, ind.goal.atMost, "da")} ved udgangen af ${ind.goal.byYear}`,
    `The objective is at most ${needText(ind, ind.goal.atMost, "en")} by the end of ${ind.goal.byYear}`,
  );
}

/**
 * The area as the indicator names it ("Distrikt 29" / "District 29"), else as the tracker wrote
 * it: typed into a cell, so shown as text, never as markdown or HTML.
 */
function areaName(ind: ScaleLevelIndicator, area: string, lang: Lang): string {
  const folded = foldDanish(area);
  const known = ind.areas.find((a) => [a.id, a.name.da, a.name.en].some((x) => foldDanish(x) === folded));
  return known ? known.name[lang] : plainText(area);
}

const share = (value: number, lang: Lang): string =>
  `${formatNumber(value, lang, Number.isInteger(value) ? 0 : 1)}${lang === "da" ? " %" : "%"}`;

function points(change: number, lang: Lang): string {
  const body = formatNumber(Math.abs(change), lang, Number.isInteger(change) ? 0 : 1);
  const sign = change > 0 ? "+" : change < 0 ? "−" : "";
  return t(lang, `${sign}${body} procentpoint`, `${sign}${body} percentage ${Math.abs(change) === 1 ? "point" : "points"}`);
}

/**
 * "24 % i Særanalyse … (−3 procentpoint fra 2015)"; the area is typed into the tracker, so shown
 * as text: plainText in Teams, as it is where a document escapes it itself (the status report).
 */
export function shareText(s: SurveyShare, lang: Lang, showArea: (area: string) => string = plainText): string {
  const area = showArea(s.area);
  const where = area ? t(lang, ` i ${area}`, ` in ${area}`) : "";
  const change =
    s.previous && s.changePoints !== undefined
      ? t(lang, ` (${points(s.changePoints, "da")} fra ${s.previous.year})`, ` (${points(s.changePoints, "en")} from ${s.previous.year})`)
      : "";
  return `${share(s.sharePercent, lang)}${where}${change}`;
}

/** What the agreement says about the share: a ceiling it sets, or that it sets none (and what it measured instead). */
export function surveyObjectiveText(agreement: Agreement, lang: Lang): string {
  const ceiling = percentageIndicators(agreement)[0];
  if (ceiling)
    return t(
      lang,
      `Målsætningen er højst ${share(ceiling.ceiling, "da")} i ${ceiling.byYear}.`,
      `The objective is at most ${share(ceiling.ceiling, "en")} by ${ceiling.byYear}.`,
    );
  const index = safetyIndexIndicator(agreement);
  if (index?.lastYear !== undefined)
    return t(
      lang,
      `Aftalen sætter ingen målsætning for andelen: dens målsætning for trygheden måles med Tryghedsindekset, som udkom til og med ${index.lastYear}.`,
      `The agreement sets no objective for the share: its safety objective is measured by the safety index, published until ${index.lastYear}.`,
    );
  return t(lang, "Aftalen sætter ingen målsætning for andelen.", "The agreement sets no objective for the share.");
}

interface Part {
  lines: string[];
  /** The shares in one sentence (the last of `lines`): the short answer when the survey is asked for. */
  summary: string;
  /** The notes before it and the table, without the sentence itself. */
  body: CardElement[];
}

/** The survey's shares for a year (or the latest year with shares up to it), with their direction. */
function surveyPart(ctx: AnswerContext, asked: number | undefined, lang: Lang): Part | undefined {
  const entries = ctx.tracker.safetySurvey;
  const years = surveyYears(entries);
  const latest = years[years.length - 1];
  if (latest === undefined) return undefined;
  const lines: string[] = [];
  let year = asked ?? latest;
  if (!years.includes(year)) {
    lines.push(
      t(
        lang,
        `${safetySurvey.source.da} har endnu intet tal for ${year} i trackeren.`,
        `The tracker has no figure from ${safetySurvey.source.en} for ${year} yet.`,
      ),
    );
    year = [...years].reverse().find((y) => y <= year) ?? latest;
  }
  const shares = surveyShares(entries, year);
  const ceiling = percentageIndicators(ctx.agreement)[0];
  const verdict = (s: SurveyShare) =>
    ceiling ? ` – ${ragStatusWord(ragForCeiling(s.sharePercent, ceiling.ceiling), lang).toLowerCase()}` : "";
  const listed = shares.map((s) => shareText(s, lang) + verdict(s)).join("; ");
  const summary = `${safetySurvey.name[lang]} ${year} (${safetySurvey.source[lang]}): ${listed}. ${t(lang, "Lavere er bedre.", "Lower is better.")}`;
  const notes = [...lines];
  lines.push(summary);
  const header = [t(lang, "Område", "Area"), t(lang, "Andel utrygge", "Share unsafe"), t(lang, "Ændring", "Change")];
  const rows = shares.map((s) => {
    const cells = [
      plainText(s.area) || "–",
      ceiling
        ? { text: share(s.sharePercent, lang), color: ragColor(ragForCeiling(s.sharePercent, ceiling.ceiling)) }
        : share(s.sharePercent, lang),
      s.changePoints === undefined || !s.previous
        ? "–"
        : t(lang, `${points(s.changePoints, "da")} fra ${s.previous.year}`, `${points(s.changePoints, "en")} from ${s.previous.year}`),
    ];
    return cells;
  });
  return { lines, summary, body: [...notes.map((l) => textBlock(l, { subtle: true })), table(header, rows)] };
}

/** "Hvor mange føler sig utrygge?": the survey's shares, and what the agreement says about them. */
export function safetySurveyAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const objective = surveyObjectiveText(ctx.agreement, lang);
  const part = surveyPart(ctx, u.year, lang);
  if (!part)
    return plain(
      `${t(
        lang,
        `Trackeren har endnu ingen tal fra ${safetySurvey.source.da} (arket »Tryghedsundersøgelse«).`,
        `The tracker has no figures yet from ${safetySurvey.source.en} (the "Safety survey" sheet).`,
      )} ${objective}`,
    );
  return {
    text: [...part.lines, objective].join("\n"),
    summary: part.summary,
    body: [...part.body, textBlock(objective, { subtle: true })],
    figures: true,
  };
}

/** "Tryghedsindekset udkom sidst for 2014; fra 2015 måles trygheden i Københavns Tryghedsundersøgelse." */
export function indexEndedText(ind: ScaleLevelIndicator, lang: Lang): string {
  return t(
    lang,
    `Tryghedsindekset udkom sidst for ${ind.lastYear}; fra ${safetySurvey.firstYear} måles trygheden i ${safetySurvey.source.da}.`,
    `The safety index was last published for ${ind.lastYear}; from ${safetySurvey.firstYear} safety is measured by ${safetySurvey.source.en}.`,
  );
}

export function safetyIndexAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const ind = safetyIndexIndicator(ctx.agreement);
  if (!ind) {
    if (ctx.tracker.safetySurvey.length > 0) return safetySurveyAnswer(u, ctx, lang);
    return plain(t(lang, "Aftalen har ingen målsætning for tryghedsindekset.", "The agreement sets no safety-index objective."));
  }
  const goal = `${goalText(ind, lang)}.`;
  // A year after the index's last: the survey answers, with the objective it cannot judge.
  if (u.year !== undefined && ind.lastYear !== undefined && u.year > ind.lastYear) {
    const survey = surveyPart(ctx, u.year, lang);
    const lines = [indexEndedText(ind, lang), ...(survey?.lines ?? []), `${goal} ${surveyObjectiveText(ctx.agreement, lang)}`];
    // One message: the card opens with why the index cannot answer, then what the survey says.
    const body = survey ? [textBlock(survey.summary), ...survey.body] : [];
    body.push(textBlock(lines[lines.length - 1] ?? "", { subtle: true }));
    return { text: lines.join("\n"), summary: indexEndedText(ind, lang), body, figures: survey !== undefined };
  }
  const entries = ctx.tracker.safetyIndex;
  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
  const latest = years[years.length - 1];
  if (latest === undefined)
    return plain(
      t(
        lang,
        `Trackeren har endnu ingen tal for ${ind.name.da.toLowerCase()}. ${goal}`,
        `The tracker has no ${ind.name.en.toLowerCase()} figures yet. ${goal}`,
      ),
    );
  const lines: string[] = [];
  let year = u.year ?? latest;
  if (!years.includes(year)) {
    lines.push(t(lang, `Der er endnu intet tal for ${year}.`, `There is no figure for ${year} yet.`));
    year = [...years].reverse().find((y) => y <= year) ?? latest;
  }
  const body: CardElement[] = [];
  for (const entry of entries.filter((e) => e.year === year)) {
    const id = levelId(ind, entry.level);
    const s = scaleStatus(ind, year, id);
    const verdict =
      s.met === null
        ? t(lang, "ukendt niveau", "unknown level")
        : s.met
          ? t(lang, "nået", "met")
          : t(
              lang,
              `${s.stepsAboveGoal} ${s.stepsAboveGoal === 1 ? "niveau" : "niveauer"} over`,
              `${s.stepsAboveGoal} ${s.stepsAboveGoal === 1 ? "level" : "levels"} above`,
            );
    const area = entry.area ? areaName(ind, entry.area, lang) : "";
    const need = needText(ind, id, lang);
    lines.push(`${ind.name[lang]} ${year}${area ? ` (${area})` : ""}: ${need}. ${goalText(ind, lang)}: ${verdict}.`);
    body.push(
      textBlock(`${area || ind.name[lang]}: ${ragStatusWord(s.rag, lang)}`, { color: ragColor(s.rag), bold: true }),
      factSet([
        { title: t(lang, "Behov for indsats", "Need for action"), value: levelName(ind, id, lang) },
        {
          title: t(lang, "Målsætning", "Objective"),
          value: t(
            lang,
            `højst ${needText(ind, ind.goal.atMost, "da")} ved udgangen af ${ind.goal.byYear}`,
            `at most ${needText(ind, ind.goal.atMost, "en")} by the end of ${ind.goal.byYear}`,
          ),
        },
        { title: "Baseline", value: `${levelName(ind, ind.baseline.level, lang)} (${ind.baseline.year})` },
        { title: "Status", value: verdict },
      ]),
    );
  }
  // The short answer: the index's one sentence (or the missing year's note with it), else its name and year.
  const [first, ...more] = lines;
  const summary =
    more.length === 0 || first?.startsWith(t(lang, "Der er endnu", "There is no")) ? lines.join(" ") : `${ind.name[lang]} ${year}`;
  // Asked without a year, after the index stopped: what the survey says since.
  const survey = u.year === undefined && ind.lastYear !== undefined && year >= ind.lastYear ? surveyPart(ctx, undefined, lang) : undefined;
  if (survey) {
    lines.push(indexEndedText(ind, lang), ...survey.lines);
    body.push(textBlock(indexEndedText(ind, lang), { subtle: true }), textBlock(survey.summary), ...survey.body);
  }
  return { text: lines.join("\n"), summary, body, figures: true };
}
