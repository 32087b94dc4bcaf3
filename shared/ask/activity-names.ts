/**
 * The safety plan's activities by the words of their names in the tracker: »Hvem står for
 * tryghedsvandringerne?« names the activity "Tryghedsvandringer to gange om året". The names
 * are the working group's, typed into the `Aktiviteter` sheet, so they are matched only against
 * words the vocabulary does not know (a category or a meeting word keeps its own meaning), by
 * the word's stem, and only when one activity is the best match.
 */
import { entryOf } from "../memo/map-entry";
import { foldDanish } from "../text/normalize";
import type { ActivityEntry } from "../tracker/types";

/** Shorter stems say too little to name an activity ("unge", "stier", "beboer"). */
const MIN_STEM = 5;
/** An ending is taken off only when this much of the word is left. */
const MIN_LEFT = 4;

/**
 * At most this many of a message's unknown words are looked for, in at most this many activity
 * names (the first in the sheet): a question about an activity has a few such words, a safety
 * plan a few dozen activities, and a workbook may hold up to the sheet's cap of rows. So a
 * message costs a bounded time whatever the workbook holds.
 */
const MAX_WORDS_LOOKED_FOR = 8;
const MAX_ACTIVITIES_NAMED = 500;

/** Danish endings, longest first: "vandringerne" and "vandringer" are both "vandring". */
const ENDINGS = ["ernes", "erne", "ene", "ens", "ets", "er", "en", "et", "e", "s"];

/**
 * Words of activity names that say who or when, not which activity: »Hvem er beboerne?« is not
 * about "Nyhedsbrev til beboerne hvert kvartal".
 */
const GENERIC = new Set(
  [
    "omraade",
    "boligomraade",
    "kvartal",
    "maaned",
    "aarlig",
    "gange",
    "hvert",
    "foraar",
    "efteraar",
    "sommer",
    "vinter",
    "voksenliv",
    "partnerskab",
    "tryghed",
  ].map(stem),
);

function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_LEFT && word.endsWith(ending)) {
      const rest = word.slice(0, -ending.length);
      // A doubled last consonant before the ending: "fritidsjobbene" is "fritidsjob".
      const last = rest.length - 1;
      return rest[last] === rest[last - 1] && !"aeiouy".includes(rest[last] ?? "") ? rest.slice(0, -1) : rest;
    }
  }
  return word;
}

function stemsOf(text: string): string[] {
  // After æ/ø/å are folded, other accents are dropped: "lektiecafeen" is the café.
  return foldDanish(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^a-z0-9]+/)
    .map(stem)
    .filter((s) => s.length >= MIN_STEM && !/\d/.test(s) && !GENERIC.has(s));
}

/** Endings the stemmer leaves on one form but not another ("lektiecafe" / "lektiecaf"). */
const MAX_LEFT_OVER = 2;

/**
 * One stem names another: the same, a compound ending in it ("tryghedsvandring" / "vandring"),
 * or the same word with an ending left on ("lektiecafe" / "lektiecaf").
 */
function sameWord(a: string, b: string): boolean {
  if (a === b || a.endsWith(b) || b.endsWith(a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.length - short.length <= MAX_LEFT_OVER && long.startsWith(short);
}

/** One of a word's stems names one of a name's. */
function inName(word: readonly string[], name: readonly string[]): boolean {
  for (const s of word) for (const n of name) if (sameWord(s, n)) return true;
  return false;
}

/** Each activity's stems, once per list of activities (a tracker snapshot is never changed). */
const stemsByList = new WeakMap<readonly ActivityEntry[], ReadonlyArray<{ name: string; stems: readonly string[] }>>();

function indexOf(activities: readonly ActivityEntry[]) {
  return entryOf(stemsByList, activities, () => {
    const seen = new Set<string>();
    const out: Array<{ name: string; stems: readonly string[] }> = [];
    // An activity may have a row per year; it is one activity, named once.
    for (const { activity } of activities) {
      if (out.length >= MAX_ACTIVITIES_NAMED) break;
      if (seen.has(activity)) continue;
      seen.add(activity);
      out.push({ name: activity, stems: stemsOf(activity) });
    }
    return out;
  });
}

export interface NamedActivity {
  /** The activity's name as the tracker writes it. */
  name: string;
  /** The message's words that named it, as typed. */
  words: string[];
}

/**
 * The one activity the `unknownWords` name best (the most of them match its name), or undefined
 * when none does or two match equally well.
 */
export function namedActivity(unknownWords: readonly string[], activities: readonly ActivityEntry[]): NamedActivity | undefined {
  if (unknownWords.length === 0 || activities.length === 0) return undefined;
  const asked = unknownWords
    .slice(0, MAX_WORDS_LOOKED_FOR)
    .map((raw) => ({ raw, stems: stemsOf(raw) }))
    .filter((w) => w.stems.length > 0);
  if (asked.length === 0) return undefined;
  let best: NamedActivity | undefined;
  let tie = false;
  for (const { name, stems } of indexOf(activities)) {
    // Counted first, without allocating: most activities match none of the words.
    let count = 0;
    for (const w of asked) if (inName(w.stems, stems)) count++;
    if (count === 0 || (best && count < best.words.length)) continue;
    if (best && count === best.words.length) {
      tie = true;
      continue;
    }
    best = { name, words: asked.filter((w) => inName(w.stems, stems)).map((w) => w.raw) };
    tie = false;
  }
  return tie ? undefined : best;
}
