/** Words the answers share: RAG status words, category names, year notes (group names: agreement/meeting-groups.ts). */

import { categoryById, illustrativeBaselinesNote } from "../agreement/lookup";
import type { Agreement } from "../agreement/schema";
import type { Entities } from "../ask/types";
import { capitalised } from "../format/capitalised";
import { copenhagenNow } from "../format/copenhagen-clock";
import { formatDate } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { formatNumber, formatPercent, formatSigned } from "../format/numbers";
import { ragStatusWord } from "../format/rag-words";
import type { CountStatus, Rag } from "../status";
import { type Cell, ragColor, textBlock } from "./card";
import type { Composed } from "./composed";

export function ragCell(rag: Rag, lang: Lang): Cell {
  return { text: ragStatusWord(rag, lang), color: ragColor(rag) };
}

export function categoryName(agreement: Agreement, id: string, lang: Lang): string {
  return categoryById(agreement, id)?.name[lang] ?? id;
}

/** A name inside a sentence: "intet tal for indbrud". */
export function lowerName(name: string): string {
  return name.toLocaleLowerCase();
}

const MINUS = "−";
/** Small whole numbers need no digit grouping; the shortcut keeps the hot path cheap. */
const small = (value: number): boolean => Number.isInteger(value) && Math.abs(value) < 1000;

export const n = (value: number, lang: Lang): string =>
  small(value) ? (value < 0 ? `${MINUS}${-value}` : String(value)) : formatNumber(value, lang);
export const signed = (value: number, lang: Lang): string =>
  small(value) ? (value > 0 ? `+${value}` : value < 0 ? `${MINUS}${-value}` : "0") : formatSigned(value, lang);
export const pct = (value: number, lang: Lang, decimals = 0): string => formatPercent(value, lang, decimals, true);

/** "(i år)" / "(last year)" after a year the asker named relative to the clock. */
export function relativeYearNote(u: Entities, lang: Lang): string {
  switch (u.yearOffset) {
    case 0:
      return t(lang, " (i år)", " (this year)");
    case -1:
      return t(lang, " (sidste år)", " (last year)");
    case 1:
      return t(lang, " (næste år)", " (next year)");
    default:
      return "";
  }
}

export interface YearChoice {
  year: number;
  /** Why the answer is about another year than the one asked (or implied). */
  note?: string;
}

/**
 * The year to answer for among the years that have targets: the asked year (or this year)
 * when it has targets, otherwise the nearest such year, with a plain note saying so.
 */
export function chooseYear(targetYears: readonly number[], u: Entities, agreement: Agreement, now: Date, lang: Lang): YearChoice {
  const today = copenhagenNow(now).date;
  const thisYear = Number(today.slice(0, 4));
  const asked = u.year ?? thisYear;
  const first = targetYears[0];
  const last = targetYears[targetYears.length - 1];
  if (first === undefined || last === undefined || targetYears.includes(asked)) return { year: asked };
  const year = asked > last ? last : first;
  const ended = today > agreement.period.end;
  const end = formatDate(agreement.period.end, lang);
  const span = `${first}–${last}`;
  if (u.year === undefined) {
    return {
      year,
      note: t(
        lang,
        `Aftalen ${ended ? "løb" : "løber"} til og med ${end}, så her er ${year}, det sidste år med måltal.`,
        `The agreement ${ended ? "ran" : "runs"} until ${end}, so here is ${year}, the last year with targets.`,
      ),
    };
  }
  const rel = relativeYearNote(u, lang);
  const reason =
    asked > last
      ? t(lang, `den ${ended ? "løb" : "løber"} til og med ${end}`, `it ${ended ? "ran" : "runs"} until ${end}`)
      : t(lang, `måltallene gælder ${span}`, `its targets cover ${span}`);
  const offer =
    asked > last
      ? t(lang, `Det sidste år med måltal er ${year}:`, `The last year with targets is ${year}:`)
      : t(lang, `Det første år med måltal er ${year}:`, `The first year with targets is ${year}:`);
  return {
    year,
    note: `${t(lang, `Aftalen har ingen måltal for ${asked}${rel}: ${reason}.`, `The agreement has no targets for ${asked}${rel}: ${reason}.`)} ${offer}`,
  };
}

/** "højst 62 (−20 % fra 77 i 2012)" */
export function targetPhrase(s: CountStatus, lang: Lang): string {
  const target = s.target === undefined ? "–" : n(s.target, lang);
  const from =
    s.reductionPercent === undefined
      ? ""
      : ` (${formatPercent(-s.reductionPercent, lang)} ${t(lang, "fra", "from")} ${n(s.baseline, lang)} ${t(lang, "i", "in")} ${s.baselineYear})`;
  return `${t(lang, "højst", "at most")} ${target}${from}`;
}

/**
 * An answer that uses an illustrative baseline (a sibling partnership's example numbers) says
 * so, once, at its end: "Bemærk: baseline og måltal for … er illustrative, ikke aftalens egne."
 */
export function withIllustrativeNote(
  composed: Composed,
  agreement: Agreement,
  used: ReadonlyArray<{ illustrative: boolean }>,
  lang: Lang,
): Composed {
  if (!used.some((i) => i.illustrative)) return composed;
  const note = illustrativeBaselinesNote(agreement, lang);
  return Object.assign({}, composed, { text: `${composed.text}\n${note}`, body: [...composed.body, textBlock(note, { subtle: true })] });
}

/** A count's unit as a label: "Anmeldelser" / "Reports", "Aktiveringer" / "Activations". */
export function unitTitle(ind: { unit: { da: string; en: string } }, lang: Lang): string {
  return capitalised(ind.unit[lang]);
}

/** Said when a year has no figures yet and the answer shows the latest year that has. */
export function noFiguresYetNote(year: number, latest: number, lang: Lang): string {
  return t(
    lang,
    `Der er endnu ingen tal for ${year}. Seneste år med tal er ${latest}:`,
    `There are no figures for ${year} yet. The latest year with figures is ${latest}:`,
  );
}
