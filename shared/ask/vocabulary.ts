/**
 * The words an agreement's questions are read with: the fixed lexicon plus every name and
 * synonym of the agreement's categories and indicators. Built once per agreement object and
 * cached, so reading a question costs a few hash lookups per word.
 */
import type { Agreement } from "../agreement/schema";
import type { Lang } from "../format/lang";
import { editDistance } from "../text/normalize";
import { type Feature, lexicon } from "./lexicon";
import { tokenize } from "./tokens";

export interface Lexeme {
  features: Feature[];
  /** The language the word belongs to; undefined when both use it. */
  lang: Lang | undefined;
  /** A word with meaning (not a mere function word): may be a compound's head or a typo's target. */
  content: boolean;
}

export interface FuzzyWord {
  word: string;
  /** Which letters the word contains, one bit per letter (see letterMask). */
  letters: number;
}

export interface Phrase {
  keys: string[];
  lexeme: Lexeme;
}

export interface Vocabulary {
  words: Map<string, Lexeme>;
  /** Phrases by their first word's key, longest first. */
  phrases: Map<string, Phrase[]>;
  /** Content words of at least FUZZY_MIN_LENGTH letters, by length, for typo matching. */
  byLength: Map<number, FuzzyWord[]>;
}

/** Typos are forgiven in words of this many letters or more (one edit; two from 8 letters). */
export const FUZZY_MIN_LENGTH = 5;
const TWO_EDITS_FROM = 8;
/** Longer "words" are not words: no compound or typo analysis for them. */
const MAX_ANALYSED_LENGTH = 40;
const MIN_STEM = 3;

function featureKey(f: Feature): string {
  switch (f.kind) {
    case "flag":
      return `flag:${f.flag}`;
    case "category":
      return `category:${f.id}`;
    case "group":
      return `group:${f.group}`;
    case "facet":
      return `facet:${f.facet}`;
    case "year":
      return `year:${f.offset}`;
    case "word":
      return "word";
  }
}

function mergeInto(target: Lexeme, features: readonly Feature[], lang: Lang | undefined): void {
  if (target.lang !== lang) target.lang = undefined;
  const have = new Set(target.features.map(featureKey));
  for (const f of features) {
    if (have.has(featureKey(f))) continue;
    target.features.push(f);
    have.add(featureKey(f));
    if (f.kind !== "word") target.content = true;
  }
}

class VocabularyBuilder {
  readonly words = new Map<string, Lexeme>();
  readonly phrases = new Map<string, Phrase[]>();

  add(text: string, features: readonly Feature[], lang: Lang | undefined): void {
    const keys = tokenize(text).map((t) => t.key);
    const first = keys[0];
    if (first === undefined) return;
    if (keys.length === 1) {
      const known = this.words.get(first);
      if (known) mergeInto(known, features, lang);
      else this.words.set(first, { features: [...features], lang, content: features.some((f) => f.kind !== "word") });
      return;
    }
    const list = this.phrases.get(first) ?? [];
    const same = list.find((p) => p.keys.join(" ") === keys.join(" "));
    if (same) mergeInto(same.lexeme, features, lang);
    else list.push({ keys, lexeme: { features: [...features], lang, content: true } });
    this.phrases.set(first, list);
  }

  build(): Vocabulary {
    for (const list of this.phrases.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    const byLength = new Map<number, FuzzyWord[]>();
    for (const [key, lexeme] of this.words) {
      if (!lexeme.content || key.length < FUZZY_MIN_LENGTH || /\d/.test(key)) continue;
      byLength.set(key.length, [...(byLength.get(key.length) ?? []), { word: key, letters: letterMask(key) }]);
    }
    return { words: this.words, phrases: this.phrases, byLength };
  }
}

function addLexicon(builder: VocabularyBuilder): void {
  for (const entry of lexicon) {
    for (const w of entry.da) builder.add(w, entry.features, "da");
    for (const w of entry.en) builder.add(w, entry.features, "en");
  }
}

function buildVocabulary(agreement: Agreement): Vocabulary {
  const builder = new VocabularyBuilder();
  addLexicon(builder);
  for (const c of agreement.categories) {
    const features: Feature[] = [{ kind: "category", id: c.id }];
    for (const w of [c.name.da, ...c.synonyms.da]) builder.add(w, features, "da");
    for (const w of [c.name.en, ...c.synonyms.en]) builder.add(w, features, "en");
  }
  for (const ind of agreement.indicators) {
    if (ind.kind === "count-reduction") continue;
    const features: Feature[] = [{ kind: "flag", flag: ind.kind === "count-toward-normal" ? "ssp" : "safety" }];
    for (const w of [ind.name.da, ...ind.synonyms.da]) builder.add(w, features, "da");
    for (const w of [ind.name.en, ...ind.synonyms.en]) builder.add(w, features, "en");
  }
  // The agreement's own names (Amager, Hørgården, the parties) are known words, so that they
  // are never mistaken for a typo of a category ("Amager" is one edit from "damage").
  const names = [agreement.name, agreement.area.name, ...agreement.parties.map((p) => p.name)].flatMap((x) => [x.da, x.en]);
  for (const w of [...names, ...agreement.area.estates, "partnerskab", "partnership"]) {
    for (const token of tokenize(w)) if (!builder.words.has(token.key)) builder.add(token.raw, [{ kind: "word" }], undefined);
  }
  return builder.build();
}

const cache = new WeakMap<Agreement, Vocabulary>();
let lexiconOnly: Vocabulary | undefined;

/** The fixed lexicon alone, for reading a message before any agreement is at hand (its language). */
export function lexiconVocabulary(): Vocabulary {
  if (!lexiconOnly) {
    const builder = new VocabularyBuilder();
    addLexicon(builder);
    lexiconOnly = builder.build();
  }
  return lexiconOnly;
}

export function vocabularyFor(agreement: Agreement): Vocabulary {
  let vocabulary = cache.get(agreement);
  if (!vocabulary) {
    vocabulary = buildVocabulary(agreement);
    cache.set(agreement, vocabulary);
  }
  return vocabulary;
}

/**
 * Endings of Danish and English inflection (definite, plural, genitive), longest first:
 * "indbruddene", "tyverierne", "hærværket", "burglaries", "meetings".
 */
const SUFFIXES = ["ernes", "erne", "enes", "ene", "ets", "ens", "ers", "er", "et", "en", "es", "ne", "e", "s", "r", "n", "t"] as const;

function stems(key: string): string[] {
  const out: string[] = [];
  for (const suffix of SUFFIXES) {
    if (key.length - suffix.length < MIN_STEM || !key.endsWith(suffix)) continue;
    const stem = key.slice(0, -suffix.length);
    out.push(stem);
    // Danish doubles a final consonant before an ending: indbrud → indbruddet.
    const last = stem.length - 1;
    if (stem.length > MIN_STEM && stem[last] === stem[last - 1] && !"aeiouy".includes(stem[last] ?? "")) out.push(stem.slice(0, -1));
  }
  if (key.endsWith("ies") && key.length > 4) out.push(`${key.slice(0, -3)}y`); // burglaries → burglary
  return out;
}

function inflected(vocabulary: Vocabulary, key: string): Lexeme | undefined {
  for (const stem of stems(key)) {
    const hit = vocabulary.words.get(stem);
    if (hit?.content) return hit;
  }
  return undefined;
}

/** One bit per letter a–z; every other character shares bit 26. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    mask |= c >= 0 && c < 26 ? 1 << c : 1 << 26;
  }
  return mask;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function allowedEdits(a: number, b: number): number {
  const shorter = Math.min(a, b);
  if (shorter >= TWO_EDITS_FROM) return 2;
  return shorter >= FUZZY_MIN_LENGTH ? 1 : 0;
}

/** An inflected word with a typo in its stem ("tyverirne"); the first letter must be right. */
function typoInStem(vocabulary: Vocabulary, key: string): string | undefined {
  for (const stem of stems(key)) {
    const word = closestWord(vocabulary, stem);
    if (word !== undefined && word[0] === stem[0]) return word;
  }
  return undefined;
}

/** The closest content word within the allowed edits, only among words of a near length. */
function closestWord(vocabulary: Vocabulary, key: string): string | undefined {
  if (key.length < FUZZY_MIN_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  const keyLetters = letterMask(key);
  for (let length = key.length - 2; length <= key.length + 2; length++) {
    const max = allowedEdits(key.length, length);
    if (max === 0 || Math.abs(length - key.length) > max) continue;
    for (const { word, letters } of vocabulary.byLength.get(length) ?? []) {
      // Each edit brings in at most one letter the other word lacks: a cheap test first.
      if (bitCount(keyLetters & ~letters) > max || bitCount(letters & ~keyLetters) > max) continue;
      const d = editDistance(key, word, Math.min(max, bestDistance - 1));
      if (d <= max && d < bestDistance) {
        best = word;
        bestDistance = d;
      }
    }
  }
  return best;
}

/** A Danish compound whose head is a known word: "styregruppemødet", "indbrudstallet". */
function compound(vocabulary: Vocabulary, key: string): Lexeme[] | undefined {
  for (let split = key.length - 2; split >= FUZZY_MIN_LENGTH; split--) {
    const head = vocabulary.words.get(key.slice(0, split));
    if (!head?.content) continue;
    let rest = key.slice(split);
    const tail = vocabulary.words.get(rest) ?? inflected(vocabulary, rest);
    if (!tail && rest.startsWith("s") && rest.length > 3) {
      rest = rest.slice(1); // the linking s: indbrud-s-tal
      const linked = vocabulary.words.get(rest) ?? inflected(vocabulary, rest);
      return linked?.content ? [head, linked] : [head];
    }
    return tail?.content ? [head, tail] : [head];
  }
  return undefined;
}

export type WordMatch = { lexemes: Lexeme[]; how: "exact" | "inflected" | "compound" | "typo" };

/** What one word means: exactly, as an inflected form, as a compound, or as a small typo. */
export function lookupWord(vocabulary: Vocabulary, key: string): WordMatch | undefined {
  const exact = vocabulary.words.get(key);
  if (exact) return { lexemes: [exact], how: "exact" };
  if (key.length > MAX_ANALYSED_LENGTH || /^\d+$/.test(key)) return undefined;
  const inflection = inflected(vocabulary, key);
  if (inflection) return { lexemes: [inflection], how: "inflected" };
  const parts = compound(vocabulary, key);
  if (parts) return { lexemes: parts, how: "compound" };
  const word = closestWord(vocabulary, key) ?? typoInStem(vocabulary, key);
  const typo = word === undefined ? undefined : vocabulary.words.get(word);
  return typo ? { lexemes: [typo], how: "typo" } : undefined;
}
