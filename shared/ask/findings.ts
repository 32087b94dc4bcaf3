/**
 * Reading a message's words once: everything they point at, kept whole (every category, year,
 * group and facet in the order written, meeting dates, focus areas, responsible parties,
 * activity statuses, and the words nothing knew, such as "parkeringen"), so that recognition
 * can see a comparison of two categories or a word it would otherwise drop.
 */
import type { MeetingGroup } from "../agreement/schema";
import type { Flag } from "./lexicon";
import type { Token } from "./tokens";
import { type ActivityStatus, type Facet, type MeetingDate, specificFacets } from "./types";
import { type Lexeme, languageSignsOf, lookupWord, type Phrase, type Vocabulary } from "./vocabulary";

export type YearOffset = -1 | 0 | 1;
export type DayOffset = -1 | 0 | 1;

export interface Findings {
  /** The lexicon's meanings found ("status", "meeting", "next" …). */
  flags: Set<Flag>;
  /** Category ids, each once, in the order written. */
  categories: string[];
  /** Years written as digits, in the order written (repeats kept). */
  years: number[];
  /** Years said relative to the clock ("i år" 0, "sidste år" −1, "næste år" +1), in the order written. */
  yearOffsets: YearOffset[];
  /** Days said relative to the clock ("i går" −1, "i dag" 0, "i morgen" +1), in the order written. */
  dayOffsets: DayOffset[];
  /** Months said relative to the clock ("sidste måned" −1, "denne måned" 0), in the order written. */
  monthOffsets: Array<-1 | 0>;
  /** Meeting groups, each once, in the order written. */
  groups: MeetingGroup[];
  /** Agreement facets ("hvem" → parties, "område" → area …), each once, in the order written. */
  facets: Facet[];
  /** Months, with the day when one was written beside them ("14. juni", "June 14", "2015-06-14"). */
  dates: MeetingDate[];
  /** The agreement's focus areas named ("brobygning"), each once, in the order written. */
  focusAreas: string[];
  /** Numbers written after a focus-area word ("indsatsområde 2"), 1-based. */
  focusAreaNumbers: number[];
  /** Parties responsible for activities ("BUF", "politiet"), each once, in the order written. */
  parties: string[];
  activityStatuses: ActivityStatus[];
  /** An activity of the tracker the message names (set by understand(), which has the tracker). */
  activity?: string;
  /** The unknown words that named it, as typed. */
  activityWords?: readonly string[];
  /** A bound on a year that no answer honours, as typed: "efter 2016", "before 2014". */
  bounds: string[];
  /** Words the vocabulary does not know at all (no category, no lexicon word, no number), as typed. */
  unknownWords: string[];
  /** How many words were known but meant nothing beyond their language ("hvad", "og", "the"). */
  plainWords: number;
  /** The message opens as a follow-up does: "og …", "hvad med …", "and …", "what about …". */
  followUpOpening: boolean;
  /** Signs of Danish and of English (see language.ts). */
  da: number;
  en: number;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const FOUR_DIGITS = /^\d{4}$/;
const SMALL_NUMBER = /^\d{1,2}$/;
const ALL_DIGITS = /^\d+$/;
/** Words before a year that make it a bound ("after 2016"), which no answer can honour. */
const BOUND_WORDS = new Set(["efter", "after", "foer", "before"]);
/** Openings of a follow-up question, by their folded words. */
const FOLLOW_UP_OPENINGS: readonly (readonly string[])[] = [
  ["og"],
  ["and"],
  ["ogsaa"],
  ["also"],
  ["men"],
  ["but"],
  ["hvad", "med"],
  ["hvad", "saa", "med"],
  ["hvordan", "med"],
  ["what", "about"],
  ["how", "about"],
  ["samme", "for"],
  ["same", "for"],
];

function newFindings(): Findings {
  return {
    flags: new Set(),
    categories: [],
    years: [],
    yearOffsets: [],
    groups: [],
    facets: [],
    dates: [],
    dayOffsets: [],
    monthOffsets: [],
    focusAreas: [],
    focusAreaNumbers: [],
    parties: [],
    activityStatuses: [],
    bounds: [],
    unknownWords: [],
    plainWords: 0,
    followUpOpening: false,
    da: 0,
    en: 0,
  };
}

function addOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** The month a lexeme names, if any. */
function monthOf(lexeme: Lexeme): number | undefined {
  for (const f of lexeme.features) if (f.kind === "month") return f.month;
  return undefined;
}

function apply(found: Findings, lexeme: Lexeme, vocabulary: Vocabulary): void {
  const signs = languageSignsOf(lexeme, vocabulary);
  if (signs) {
    found.da += signs.da;
    found.en += signs.en;
  } else if (lexeme.lang === "da") found.da++;
  else if (lexeme.lang === "en") found.en++;
  if (lexeme.features.length === 1 && lexeme.features[0]?.kind === "word") found.plainWords++;
  for (const f of lexeme.features) {
    switch (f.kind) {
      case "flag":
        found.flags.add(f.flag);
        break;
      case "category":
        addOnce(found.categories, f.id);
        break;
      case "group":
        addOnce(found.groups, f.group);
        break;
      case "facet":
        addOnce(found.facets, f.facet);
        break;
      case "year":
        found.yearOffsets.push(f.offset);
        break;
      case "month":
        found.dates.push({ month: f.month });
        break;
      case "day":
        found.dayOffsets.push(f.offset);
        break;
      case "month-offset":
        found.monthOffsets.push(f.offset);
        break;
      case "focus-area":
        addOnce(found.focusAreas, f.id);
        break;
      case "party":
        addOnce(found.parties, f.id);
        break;
      case "activity-status":
        addOnce(found.activityStatuses, f.status);
        break;
      case "word":
        break;
    }
  }
}

function phraseAt(tokens: readonly Token[], i: number, candidates: readonly Phrase[] | undefined): Phrase | undefined {
  if (!candidates) return undefined;
  return candidates.find((p) => p.keys.every((key, j) => tokens[i + j]?.key === key));
}

/** A day of the month written as digits (1–31), or undefined. */
function dayAt(tokens: readonly Token[], i: number): number | undefined {
  const key = tokens[i]?.key;
  if (key === undefined || !SMALL_NUMBER.test(key)) return undefined;
  const day = Number(key);
  return day >= 1 && day <= 31 ? day : undefined;
}

const FOLLOW_UP_FIRST_WORDS = new Set(FOLLOW_UP_OPENINGS.map((opening) => opening[0]));

function opensAsFollowUp(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.key;
  if (first === undefined || !FOLLOW_UP_FIRST_WORDS.has(first)) return false;
  return FOLLOW_UP_OPENINGS.some((opening) => opening.every((key, j) => tokens[j]?.key === key));
}

/** A month just found: the day written before it ("14. juni") or after it ("June 14"), if any. Returns tokens used after it. */
function pairDay(found: Findings, tokens: readonly Token[], i: number, length: number): number {
  const date = found.dates[found.dates.length - 1];
  if (!date) return 0;
  const before = dayAt(tokens, i - 1);
  if (before !== undefined) {
    date.day = before;
    return 0;
  }
  const after = dayAt(tokens, i + length);
  if (after === undefined) return 0;
  date.day = after;
  return 1;
}

/** "10.3", "10.3.2016", "14/6": a day (1–31) and a month (1–12) in digits, joined by a full stop or a slash. */
function dayMonthAt(tokens: readonly Token[], i: number): MeetingDate | undefined {
  const token = tokens[i];
  if (!token || !(token.stop || token.slash)) return undefined;
  const day = dayAt(tokens, i);
  const month = dayAt(tokens, i + 1);
  if (day === undefined || month === undefined || month > 12) return undefined;
  return { month, day };
}

/** "2015-06-14": a year followed by a month and a day. Returns how many tokens the month and day took. */
function isoDateAfter(found: Findings, tokens: readonly Token[], i: number): number {
  const month = dayAt(tokens, i + 1);
  const day = dayAt(tokens, i + 2);
  if (month === undefined || day === undefined || month > 12) return 0;
  found.dates.push({ month, day });
  return 2;
}

/** What the tokens of one message point at, read with the vocabulary (phrases first, longest first). */
export function scan(tokens: readonly Token[], vocabulary: Vocabulary): Findings {
  const found = newFindings();
  found.followUpOpening = opensAsFollowUp(tokens);
  let previous: Lexeme | undefined;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    if (token.danishLetters) found.da += 2;
    const phrase = phraseAt(tokens, i, vocabulary.phrases.get(token.key));
    if (phrase) {
      apply(found, phrase.lexeme, vocabulary);
      const used = monthOf(phrase.lexeme) === undefined ? 0 : pairDay(found, tokens, i, phrase.keys.length);
      previous = phrase.lexeme;
      i += phrase.keys.length + used;
      continue;
    }
    const firstChar = token.key.charCodeAt(0);
    const digit = firstChar >= 48 && firstChar <= 57;
    if (digit && FOUR_DIGITS.test(token.key)) {
      const year = Number(token.key);
      let used = 0;
      if (year >= MIN_YEAR && year <= MAX_YEAR) {
        found.years.push(year);
        const before = tokens[i - 1];
        if (before && BOUND_WORDS.has(before.key)) found.bounds.push(`${before.raw} ${year}`);
        used = isoDateAfter(found, tokens, i);
      }
      previous = undefined;
      i += 1 + used;
      continue;
    }
    const numericDate = digit ? dayMonthAt(tokens, i) : undefined;
    if (numericDate) {
      // "10.3.2016", "14/6": a day and a month in digits (a year after them is read next, as a year).
      found.dates.push(numericDate);
      previous = undefined;
      i += 2;
      continue;
    }
    if (digit && ALL_DIGITS.test(token.key)) {
      // A number beside a month is its day (read with the month); after "indsatsområde" it is the area's number.
      if (previous?.features.some((f) => f.kind === "facet" && f.facet === "focus-areas")) found.focusAreaNumbers.push(Number(token.key));
      previous = undefined;
      i++;
      continue;
    }
    if (token.key === "may" && mayIsTheMonth(tokens, i)) {
      // English "may" is the month beside a day's number ("14 May"), a year ("May 2016") or after
      // "in" ("in May"); alone it is a verb ("may I ask").
      found.dates.push({ month: 5 });
      i += 1 + pairDay(found, tokens, i, 1);
      previous = undefined;
      continue;
    }
    const match = lookupWord(vocabulary, token.key, token.stop && i < tokens.length - 1);
    if (match) {
      for (const lexeme of match.lexemes) apply(found, lexeme, vocabulary);
      const last = match.lexemes[match.lexemes.length - 1];
      previous = last;
      i += 1 + (last && monthOf(last) !== undefined ? pairDay(found, tokens, i, 1) : 0);
      continue;
    }
    found.unknownWords.push(token.raw);
    previous = undefined;
    i++;
  }
  return found;
}

/** Words before "may" that make it the month: "in May", "during May". */
const BEFORE_MONTH = new Set(["in", "during", "since", "until", "through", "for", "of"]);

function mayIsTheMonth(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.key;
  const after = tokens[i + 1]?.key;
  return (
    dayAt(tokens, i - 1) !== undefined ||
    dayAt(tokens, i + 1) !== undefined ||
    (before !== undefined && BEFORE_MONTH.has(before)) ||
    (after !== undefined && FOUR_DIGITS.test(after))
  );
}

/** The facet a message asks for: the most specific one named (see specificFacets), else the first. */
export function chosenFacet(found: Findings): Facet | undefined {
  for (const facet of specificFacets) if (found.facets.includes(facet)) return facet;
  return found.facets[0];
}
