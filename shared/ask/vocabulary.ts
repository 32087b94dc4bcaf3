/**
 * The words an agreement's questions are read with: the fixed lexicon plus every name and
 * synonym of the agreement's categories, indicators and focus areas, and the parties that can
 * be responsible for an activity. Built once per agreement object and cached, so reading a
 * question costs a few hash lookups per word.
 */
import { responsibleParties } from "../agreement/responsible-parties";
import type { Agreement } from "../agreement/schema";
import type { Lang } from "../format/lang";
import { editDistance } from "../text/normalize";
import { type Feature, lexicon } from "./lexicon";
import { type Token, tokenize } from "./tokens";

export interface Lexeme {
  features: Feature[];
  /** The language the word belongs to; undefined when both use it. */
  lang: Lang | undefined;
  /** A word with meaning (not a mere function word): may be a compound's head or a typo's target. */
  content: boolean;
  /**
   * A word or phrase that only entries not counted for the language know (lexicon.ts), as added:
   * it gives the signs of Danish and English its words gave before they were known, so that
   * knowing them changes no message's language (see languageSignsOf).
   */
  uncounted?: string;
  /** Those signs, once worked out. */
  signs?: LanguageSigns;
}

export interface LanguageSigns {
  da: number;
  en: number;
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
  /** Words that name an entity (a category, group or focus area), sorted, for short forms: "indbr." */
  entityWords: readonly EntityWord[];
  /** The same words without the uncounted ones, built when first needed (for their signs). */
  before(): Vocabulary;
}

export interface EntityWord {
  word: string;
  /** The entity it names, e.g. "category:indbrud". */
  entity: string;
  lexeme: Lexeme;
}

/** Short forms: a prefix of this many letters, or of three with a full stop after it ("indbr.", "vol."). */
const SHORT_FORM_MIN = 5;
const SHORT_FORM_WITH_STOP_MIN = 3;

/** Typos are forgiven in words of this many letters or more (one edit; two from 8 letters). */
export const FUZZY_MIN_LENGTH = 5;
const TWO_EDITS_FROM = 8;
/** Longer "words" are not words: no compound or typo analysis for them. */
const MAX_ANALYSED_LENGTH = 40;
const MIN_STEM = 3;
/** The shortest first part of a compound ("vold" in "voldssager"). */
const SHORT_HEAD = 4;

/**
 * A Danish compound is about its last part ("tryghedsvandring" is a walk, not the safety index),
 * so one whose last part is unknown is an unknown word. These last parts say only how much or
 * how it stands, so the compound means its first part: "indbrudsniveauet", "hærværkssituationen".
 * They count only at the end of a compound; alone ("problemet") they stay unknown.
 */
const PLAIN_COMPOUND_ENDS = new Set([
  ..."niveau niveauet niveauer situation situationen statistik statistikken statistikker billede billedet".split(" "),
  ..."problem problemet problemer problemerne omfang omfanget mængde mængden antal antallet kurve kurven".split(" "),
  // "voldssager", "narkotikasager": cases of it.
  ..."sag sager sagen sagerne tilfælde tilfældene".split(" "),
]);

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
    case "day":
      return `day:${f.offset}`;
    case "month":
      return `month:${f.month}`;
    case "month-offset":
      return `month-offset:${f.offset}`;
    case "activity-status":
      return `activity-status:${f.status}`;
    case "focus-area":
      return `focus-area:${f.id}`;
    case "party":
      return `party:${f.id}`;
    case "word":
      return "word";
  }
}

/** What a word added to the vocabulary says about the message's language. */
type WordLang = Lang | "both" | "not-counted";

function lexemeLang(lang: WordLang): Lang | undefined {
  return lang === "da" || lang === "en" ? lang : undefined;
}

function mergeFeatures(target: Lexeme, features: readonly Feature[]): void {
  const have = new Set(target.features.map(featureKey));
  for (const f of features) {
    if (have.has(featureKey(f))) continue;
    target.features.push(f);
    have.add(featureKey(f));
    if (f.kind !== "word") target.content = true;
  }
}

/** The one entity a word names, when it names exactly one of the kinds short forms are read for. */
function entityOf(lexeme: Lexeme): string | undefined {
  const entities = lexeme.features.filter((f) => f.kind === "category" || f.kind === "group" || f.kind === "focus-area");
  const only = entities[0];
  return entities.length === 1 && only ? featureKey(only) : undefined;
}

function entityWordsOf(words: ReadonlyMap<string, Lexeme>): EntityWord[] {
  const list: EntityWord[] = [];
  for (const [word, lexeme] of words) {
    const entity = entityOf(lexeme);
    if (entity !== undefined) list.push({ word, entity, lexeme });
  }
  return list.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

class VocabularyBuilder {
  readonly words = new Map<string, Lexeme>();
  readonly phrases = new Map<string, Phrase[]>();
  /** Words and phrases only uncounted entries have added so far, with their text. */
  private readonly uncounted = new Map<Lexeme, string>();

  /** withUncounted false: the vocabulary as it was before the uncounted words (for their signs). */
  constructor(private readonly withUncounted: boolean) {}

  add(text: string, features: readonly Feature[], lang: WordLang): void {
    if (lang === "not-counted" && !this.withUncounted) return;
    const keys = tokenize(text).map((t) => t.key);
    const first = keys[0];
    if (first === undefined) return;
    if (keys.length === 1) {
      const known = this.words.get(first);
      if (known) this.merge(known, features, lang);
      else
        this.create(
          text,
          { features: [...features], lang: lexemeLang(lang), content: features.some((f) => f.kind !== "word") },
          lang,
          (x) => this.words.set(first, x),
        );
      return;
    }
    const list = this.phrases.get(first) ?? [];
    const same = list.find((p) => p.keys.join(" ") === keys.join(" "));
    if (same) this.merge(same.lexeme, features, lang);
    else this.create(text, { features: [...features], lang: lexemeLang(lang), content: true }, lang, (x) => list.push({ keys, lexeme: x }));
    this.phrases.set(first, list);
  }

  private create(text: string, lexeme: Lexeme, lang: WordLang, put: (lexeme: Lexeme) => void): void {
    if (lang === "not-counted") this.uncounted.set(lexeme, text);
    put(lexeme);
  }

  private merge(target: Lexeme, features: readonly Feature[], lang: WordLang): void {
    if (this.uncounted.has(target)) {
      // Known until now only uncounted: a counted meaning gives it its language.
      if (lang !== "not-counted") {
        target.lang = lexemeLang(lang);
        this.uncounted.delete(target);
      }
    } else if (lang !== "not-counted" && target.lang !== lexemeLang(lang)) target.lang = undefined;
    mergeFeatures(target, features);
  }

  /** `before`: the same words without the uncounted ones, to give those their old signs. */
  build(before: () => Vocabulary): Vocabulary {
    for (const [lexeme, text] of this.uncounted) lexeme.uncounted = text;
    for (const list of this.phrases.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    const byLength = new Map<number, FuzzyWord[]>();
    for (const [key, lexeme] of this.words) {
      if (!lexeme.content || key.length < FUZZY_MIN_LENGTH || /\d/.test(key)) continue;
      const sameLength = byLength.get(key.length);
      const word = { word: key, letters: letterMask(key) };
      if (sameLength) sameLength.push(word);
      else byLength.set(key.length, [word]);
    }
    let built: Vocabulary | undefined;
    return {
      words: this.words,
      phrases: this.phrases,
      byLength,
      entityWords: entityWordsOf(this.words),
      before: () => (built ??= before()),
    };
  }
}

/** The signs of Danish and English a lexeme gives: by its language, or for an uncounted one those its words gave before. */
export function languageSignsOf(lexeme: Lexeme, vocabulary: Vocabulary): LanguageSigns | undefined {
  if (lexeme.uncounted === undefined) return undefined;
  lexeme.signs ??= languageSigns(lexeme.uncounted, vocabulary.before());
  return lexeme.signs;
}

/**
 * The signs of Danish and English the words of `text` give when read with `vocabulary`, as
 * findings.ts reads a message: one per word of a language, and two per word with æ, ø or å that
 * starts a reading step. Its first word's letters are left out: the live reading counts those itself.
 */
function languageSigns(text: string, vocabulary: Vocabulary): LanguageSigns {
  const signs = { da: 0, en: 0 };
  const count = (lexeme: Lexeme) => {
    if (lexeme.lang === "da") signs.da++;
    else if (lexeme.lang === "en") signs.en++;
  };
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    if (i > 0 && token.danishLetters) signs.da += 2;
    const phrase = vocabulary.phrases.get(token.key)?.find((p) => p.keys.every((k, j) => tokens[i + j]?.key === k));
    if (phrase) {
      count(phrase.lexeme);
      i += phrase.keys.length;
      continue;
    }
    for (const lexeme of lookupWord(vocabulary, token.key)?.lexemes ?? []) count(lexeme);
    i++;
  }
  return signs;
}

function addLexicon(builder: VocabularyBuilder): void {
  for (const entry of lexicon) {
    for (const w of entry.da) builder.add(w, entry.features, entry.counted === false ? "not-counted" : "da");
    for (const w of entry.en) builder.add(w, entry.features, entry.counted === false ? "not-counted" : "en");
  }
}

function buildVocabulary(agreement: Agreement): Vocabulary {
  const builder = new VocabularyBuilder(true);
  addAgreementWords(builder, agreement);
  return builder.build(() => {
    const before = new VocabularyBuilder(false);
    addAgreementWords(before, agreement);
    return before.build(() => {
      throw new Error("the vocabulary before the uncounted words has no uncounted words");
    });
  });
}

function addAgreementWords(builder: VocabularyBuilder, agreement: Agreement): void {
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
  // Focus areas and responsible parties (issue 13) do not count for the language, as the
  // lexicon's words of that issue do not (see shared/ask/lexicon.ts).
  for (const f of agreement.focusAreas) {
    const features: Feature[] = [{ kind: "focus-area", id: f.id }];
    for (const w of [f.name.da, f.name.en, ...f.synonyms.da, ...f.synonyms.en]) builder.add(w, features, "not-counted");
  }
  for (const party of responsibleParties(agreement)) {
    for (const w of party.words) builder.add(w, [{ kind: "party", id: party.id }], "not-counted");
  }
  // The agreement's own names (Amager, Hørgården, the parties) are known words, so that they
  // are never mistaken for a typo of a category ("Amager" is one edit from "damage").
  const names = [agreement.name, agreement.area.name, ...agreement.parties.map((p) => p.name)].flatMap((x) => [x.da, x.en]);
  for (const w of [...names, ...agreement.area.estates, "partnerskab", "partnership"]) {
    for (const token of tokenize(w)) if (!builder.words.has(token.key)) builder.add(token.raw, [{ kind: "word" }], "both");
  }
}

const cache = new WeakMap<Agreement, Vocabulary>();
let lexiconOnly: Vocabulary | undefined;

/** The fixed lexicon alone, for reading a message before any agreement is at hand (its language). */
export function lexiconVocabulary(): Vocabulary {
  if (!lexiconOnly) {
    const builder = new VocabularyBuilder(true);
    addLexicon(builder);
    lexiconOnly = builder.build(() => {
      const before = new VocabularyBuilder(false);
      addLexicon(before);
      return before.build(() => {
        throw new Error("the vocabulary before the uncounted words has no uncounted words");
      });
    });
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

/**
 * A Danish compound of known words: "styregruppemødet", "indbrudstallet", "indbrudsniveauet"
 * (a plain last part, PLAIN_COMPOUND_ENDS). One whose last part is unknown is not read at all.
 */
function compound(vocabulary: Vocabulary, key: string): Lexeme[] | undefined {
  for (let split = key.length - 2; split >= SHORT_HEAD; split--) {
    const head = vocabulary.words.get(key.slice(0, split));
    if (!head?.content) continue;
    // A short first part ("vold" in "voldssager") only before a last part with a meaning of its
    // own: "voldsom" (violent) is not about violence.
    const short = split < FUZZY_MIN_LENGTH;
    const rest = key.slice(split);
    // The linking s: indbrud-s-tal.
    for (const end of rest.startsWith("s") && rest.length > 3 ? [rest, rest.slice(1)] : [rest]) {
      const tail = vocabulary.words.get(end) ?? inflected(vocabulary, end);
      if (tail && (tail.content || !short)) return tail.content ? [head, tail] : [head];
      if (PLAIN_COMPOUND_ENDS.has(end)) return [head];
    }
  }
  return undefined;
}

/**
 * A short form of one entity's words: "indbr" for indbrud, "styregr" for styregruppe. Every
 * word it begins must name the same entity, and it must be long enough not to be a word of its own.
 */
function shortForm(vocabulary: Vocabulary, key: string, withStop: boolean): Lexeme | undefined {
  if (key.length < (withStop ? SHORT_FORM_WITH_STOP_MIN : SHORT_FORM_MIN) || !/^[a-z]+$/.test(key)) return undefined;
  const words = vocabulary.entityWords;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid]?.word ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  let found: EntityWord | undefined;
  for (let i = lo; i < words.length; i++) {
    const candidate = words[i] as EntityWord;
    if (!candidate.word.startsWith(key)) break;
    if (found && found.entity !== candidate.entity) return undefined;
    found ??= candidate;
  }
  return found?.lexeme;
}

export type WordMatch = { lexemes: Lexeme[]; how: "exact" | "inflected" | "compound" | "typo" | "short form" };

/**
 * What one word means: exactly, as an inflected form, as a compound, as a small typo, or as a
 * short form of an entity's name. `withStop`: the word was followed by a full stop ("indbr.").
 */
export function lookupWord(vocabulary: Vocabulary, key: string, withStop = false): WordMatch | undefined {
  const exact = vocabulary.words.get(key);
  if (exact) return { lexemes: [exact], how: "exact" };
  if (key.length > MAX_ANALYSED_LENGTH || /^\d+$/.test(key)) return undefined;
  const inflection = inflected(vocabulary, key);
  if (inflection) return { lexemes: [inflection], how: "inflected" };
  const parts = compound(vocabulary, key);
  if (parts) return { lexemes: parts, how: "compound" };
  const word = closestWord(vocabulary, key) ?? typoInStem(vocabulary, key);
  const typo = word === undefined ? undefined : vocabulary.words.get(word);
  if (typo) return { lexemes: [typo], how: "typo" };
  const short = shortForm(vocabulary, key, withStop);
  return short ? { lexemes: [short], how: "short form" } : undefined;
}
