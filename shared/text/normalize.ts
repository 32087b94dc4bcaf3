/**
 * Text matching for names people type: case-insensitive, trimmed, with Danish letters kept
 * (æ, ø, å are letters of their own, not accents). Used by the tracker (sheet names, headers,
 * categories) and by question understanding.
 */

/** Lower case, trimmed, inner whitespace collapsed, NFC so "å" typed two ways compares equal. */
export function normalizeName(s: string): string {
  return s.normalize("NFC").trim().toLocaleLowerCase("da").replace(/\s+/g, " ");
}

/** Folded names seen lately: answers fold the same names (areas, scale levels, categories) again and again. */
const folded = new Map<string, string>();
const MAX_FOLDED = 4_096;
const MAX_FOLDED_LENGTH = 200;

/** Also folds æ/ø/å to ae/oe/aa, for matching text typed on a keyboard without them. */
export function foldDanish(s: string): string {
  const known = folded.get(s);
  if (known !== undefined) return known;
  const result = normalizeName(s).replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa");
  if (s.length <= MAX_FOLDED_LENGTH) {
    if (folded.size >= MAX_FOLDED) folded.clear();
    folded.set(s, result);
  }
  return result;
}

/**
 * Levenshtein distance, stopping early once it must exceed `max` (returns max + 1 then).
 * Linear memory; O(len × max) time with the cut-off band.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

/** The candidate closest to `input` by edit distance (on folded text), if within `max`. */
export function nearest<T>(input: string, candidates: readonly T[], nameOf: (c: T) => readonly string[], max = 3): T | undefined {
  const folded = foldDanish(input);
  let best: T | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    for (const name of nameOf(c)) {
      const d = editDistance(folded, foldDanish(name), bestDistance - 1);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
  }
  return best;
}
