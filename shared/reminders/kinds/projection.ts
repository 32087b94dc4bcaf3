/**
 * The projection alert: when a category's projected colour for the current year (Copenhagen)
 * gets worse – green to amber, green to red, amber to red – the steering group (and whoever
 * follows every group) hears of it once: the category, the year to date, the projection, the
 * target and how it was projected. Once per category, year and colour. The first reading of a
 * year only records the colours: what was already known is not announced.
 */
import { categoryById, crimeIndicator, crimeIndicators } from "../../agreement/lookup";
import { groupWordAtStart } from "../../agreement/meeting-groups";
import type { Agreement } from "../../agreement/schema";
import { methodPhrase, progressLines } from "../../answers/progress";
import { copenhagenYear, monthName } from "../../format/dates";
import { type Lang, t } from "../../format/lang";
import { formatNumber } from "../../format/numbers";
import { ragStatusWord } from "../../format/rag-words";
import { type ProgressSources, type Projection, type YearInProgress, yearInProgress } from "../../progress/year-in-progress";
import { countStatusForFigure, type Rag } from "../../status";
import { DAY_MS } from "../calendar";
import { entryKey, type ItemBase } from "../items";
import type { ObservedSchedule, ReminderKind } from "../kind";
import { reminderCard } from "../texts";

/** The colours a projection can worsen between, best first. */
const WORSENING: readonly Rag[] = ["green", "amber", "red"];
type ProjectedColour = "green" | "amber" | "red";

/** A category's year in progress as observed: its projection and the colour it has against the target. */
export interface ObservedProjection extends Projection {
  rag: ProjectedColour;
  target: number;
}

/** What the alert watches: the current year's projected colour per category (categories in progress only). */
export interface ProjectionObservation {
  year: number;
  categories: Record<string, ObservedProjection>;
}

export interface ProjectionAlert extends ItemBase {
  kind: "projection";
  category: string;
  year: number;
  /** The colour it was projected at before. */
  previousRag: ProjectedColour;
  projected: ObservedProjection;
}

function isColour(x: unknown): x is ProjectedColour {
  return x === "green" || x === "amber" || x === "red";
}

function isProjection(x: unknown): x is ObservedProjection {
  if (typeof x !== "object" || x === null) return false;
  const p = x as Record<string, unknown>;
  return (
    isColour(p.rag) &&
    [p.target, p.yearToDate, p.monthsReported, p.projection].every((n) => typeof n === "number") &&
    (p.method === "seasonal" || p.method === "run-rate") &&
    Array.isArray(p.patternYears)
  );
}

/** The colours of the current year's projections, for every category whose year is in progress. */
export function observeProjections(
  { agreement, tracker }: { agreement: Agreement; tracker: ProgressSources },
  now: Date,
): ProjectionObservation {
  const year = copenhagenYear(now);
  const categories: Record<string, ObservedProjection> = {};
  for (const ind of crimeIndicators(agreement)) {
    const p = yearInProgress(agreement, tracker, ind.category, year);
    if (!p || !isColour(p.rag) || p.target === undefined) continue;
    const { monthsReported, yearToDate, projection, method, patternYears } = p;
    categories[ind.category] = { monthsReported, yearToDate, projection, method, patternYears, rag: p.rag, target: p.target };
  }
  return { year, categories };
}

const projectionSchedule: ObservedSchedule<ProjectionAlert, ProjectionObservation> = {
  style: "observed",
  observe: observeProjections,
  revive(stored) {
    if (typeof stored !== "object" || stored === null) return undefined;
    const { year, categories } = stored as Record<string, unknown>;
    if (typeof year !== "number" || typeof categories !== "object" || categories === null) return undefined;
    const valid = Object.entries(categories).filter(([, p]) => isProjection(p)) as Array<[string, ObservedProjection]>;
    return { year, categories: Object.fromEntries(valid) };
  },
  due(previous, current, now) {
    // The first reading of a year (or of this bot) records; only a change it saw happen is news.
    if (!previous || previous.year !== current.year) return [];
    const out: ProjectionAlert[] = [];
    for (const [category, projected] of Object.entries(current.categories)) {
      const before = previous.categories[category];
      if (!before || WORSENING.indexOf(projected.rag) <= WORSENING.indexOf(before.rag)) continue;
      const itemKey = `projection|${category}|${current.year}|${projected.rag}`;
      out.push({
        kind: "projection",
        itemKey,
        entryKey: entryKey(itemKey, "once"),
        dueAt: now,
        group: "steering",
        category,
        year: current.year,
        previousRag: before.rag,
        projected,
      });
    }
    return out;
  },
};

/** The alert's projection as the answers word it (the same sentences as "Hvordan går det med …?"). */
function asYearInProgress(agreement: Agreement, item: ProjectionAlert): YearInProgress | undefined {
  const indicator = crimeIndicator(agreement, item.category);
  if (!indicator) return undefined;
  const status = countStatusForFigure(indicator, item.year, item.projected.projection);
  return { ...item.projected, category: item.category, year: item.year, target: status.target, rag: item.projected.rag, status };
}

function statusWord(rag: Rag, lang: Lang): string {
  const word = ragStatusWord(rag, lang);
  return lang === "da" ? `»${word}«` : `"${word}"`;
}

export const projectionKind: ReminderKind<ProjectionAlert> = {
  schedule: projectionSchedule,

  message(item, { lang, agreement }) {
    const da = lang === "da";
    const name = categoryById(agreement, item.category)?.name[lang] ?? item.category;
    const p = item.projected;
    const change = t(
      lang,
      `Fremskrivningen for ${name.toLocaleLowerCase()} ${item.year} er blevet dårligere: fra ${statusWord(item.previousRag, "da")} til ${statusWord(p.rag, "da")}.`,
      `The projection for ${name.toLocaleLowerCase()} ${item.year} has got worse: from ${statusWord(item.previousRag, "en")} to ${statusWord(p.rag, "en")}.`,
    );
    const indicator = crimeIndicator(agreement, item.category);
    const progress = asYearInProgress(agreement, item);
    const text = indicator && progress ? [change, ...progressLines(name, indicator, progress, lang)].join(" ") : change;
    const months = p.monthsReported === 1 ? monthName(1, lang) : `${monthName(1, lang)}–${monthName(p.monthsReported, lang)}`;
    const method = methodPhrase(p, lang);
    const title = da ? `Fremskrivningen er forværret: ${name} ${item.year}` : `Projection worse: ${name} ${item.year}`;
    return {
      text,
      // The change itself; the figures after it are on the card.
      summary: change,
      card: reminderCard(
        title,
        text,
        [
          [da ? "Gruppe" : "Group", groupWordAtStart("steering", "definite", lang)],
          [da ? "Gerningstype" : "Category", name],
          [da ? "Anmeldelser til dato" : "Reports to date", `${formatNumber(p.yearToDate, lang)} (${months})`],
          [da ? "Fremskrevet" : "Projected", formatNumber(p.projection, lang)],
          [da ? "Måltal" : "Target", `${da ? "højst" : "at most"} ${formatNumber(p.target, lang)}`],
          ["Status", `${ragStatusWord(p.rag, lang)} (${da ? "før" : "was"}: ${ragStatusWord(item.previousRag, lang)})`],
          [da ? "Fremskrivning" : "Projection", method.charAt(0).toUpperCase() + method.slice(1)],
        ],
        lang,
      ),
    };
  },

  json: (item) => ({
    category: item.category,
    year: item.year,
    rag: item.projected.rag,
    previousRag: item.previousRag,
    yearToDate: item.projected.yearToDate,
    monthsReported: item.projected.monthsReported,
    projection: item.projected.projection,
    projectionMethod: item.projected.method,
    target: item.projected.target,
  }),
  // The subscribe greeting names it in a sentence of its own, to subscribers of the steering group.
  offer: () => undefined,
  retryUntil: (_item, now) => new Date(now.getTime() + DAY_MS),
};
