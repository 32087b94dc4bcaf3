/**
 * Reading a message's words once: everything they point at, kept whole (every category, year,
 * group and facet in the order written, and the words nothing knew, such as "sidste" or
 * "parkeringen"), so that recognition can see a comparison of two categories or a word it
 * would otherwise drop, even where today's intents use only the first of each.
 */
import type { MeetingGroup } from "../agreement/schema";
import type { Flag } from "./lexicon";
import type { Token } from "./tokens";
import { type Facet, specificFacets } from "./types";
import { type Lexeme, lookupWord, type Phrase, type Vocabulary } from "./vocabulary";

export type YearOffset = -1 | 0 | 1;

export interface Findings {
  /** The lexicon's meanings found ("status", "meeting", "next" …). */
  flags: Set<Flag>;
  /** Category ids, each once, in the order written. */
  categories: string[];
  /** Years written as digits, in the order written (repeats kept). */
  years: number[];
  /** Years said relative to the clock ("i år" 0, "sidste år" −1, "næste år" +1), in the order written. */
  yearOffsets: YearOffset[];
  /** Meeting groups, each once, in the order written. */
  groups: MeetingGroup[];
  /** Agreement facets ("hvem" → parties, "område" → area …), each once, in the order written. */
  facets: Facet[];
  /** Words the vocabulary does not know at all (no category, no lexicon word, no year), as typed. */
  unknownWords: string[];
  /** Signs of Danish and of English (see language.ts). */
  da: number;
  en: number;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const FOUR_DIGITS = /^\d{4}$/;

function newFindings(): Findings {
  return { flags: new Set(), categories: [], years: [], yearOffsets: [], groups: [], facets: [], unknownWords: [], da: 0, en: 0 };
}

function addOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

function apply(found: Findings, lexeme: Lexeme): void {
  if (lexeme.lang === "da") found.da++;
  else if (lexeme.lang === "en") found.en++;
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
      case "word":
        break;
    }
  }
}

function phraseAt(tokens: readonly Token[], i: number, candidates: readonly Phrase[] | undefined): Phrase | undefined {
  if (!candidates) return undefined;
  return candidates.find((p) => p.keys.every((key, j) => tokens[i + j]?.key === key));
}

/** What the tokens of one message point at, read with the vocabulary (phrases first, longest first). */
export function scan(tokens: readonly Token[], vocabulary: Vocabulary): Findings {
  const found = newFindings();
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    if (token.danishLetters) found.da += 2;
    const phrase = phraseAt(tokens, i, vocabulary.phrases.get(token.key));
    if (phrase) {
      apply(found, phrase.lexeme);
      i += phrase.keys.length;
      continue;
    }
    i++;
    if (FOUR_DIGITS.test(token.key)) {
      const year = Number(token.key);
      if (year >= MIN_YEAR && year <= MAX_YEAR) found.years.push(year);
      continue;
    }
    const match = lookupWord(vocabulary, token.key);
    if (match) for (const lexeme of match.lexemes) apply(found, lexeme);
    else found.unknownWords.push(token.raw);
  }
  return found;
}

/** The facet a message asks for: the most specific one named (see specificFacets), else the first. */
export function chosenFacet(found: Findings): Facet | undefined {
  for (const facet of specificFacets) if (found.facets.includes(facet)) return facet;
  return found.facets[0];
}
