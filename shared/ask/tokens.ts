/** Splitting a message into words once, each with a folded key for matching. */

export interface Token {
  /** Lower case as typed, e.g. "målet" */
  raw: string;
  /** Folded for matching: æ/ø/å → ae/oe/aa, other accents dropped ("abonnér" → "abonner"). */
  key: string;
  /** The word holds æ, ø or å: a strong sign of Danish. */
  danishLetters: boolean;
  /** A full stop follows right after it, as after a short form ("indbr. 2015"). */
  stop: boolean;
  /** A slash follows right after it, as in a date ("14/6"). */
  slash: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const PLAIN = /^[a-z0-9]*$/;
const DANISH_LETTERS = /[æøå]/;

/** Words folded lately: partners write the same Danish words ("går", "målet", "møde") again and again. */
const foldedWords = new Map<string, string>();
const MAX_FOLDED_WORDS = 4_096;
const MAX_FOLDED_WORD_LENGTH = 40;

/** Folds a lower-case word for matching; plain ASCII words come back as they are. */
export function foldWord(lower: string): string {
  if (PLAIN.test(lower)) return lower;
  const known = foldedWords.get(lower);
  if (known !== undefined) return known;
  const folded = lower.replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa").normalize("NFD").replace(/\p{M}/gu, "");
  if (lower.length <= MAX_FOLDED_WORD_LENGTH) {
    if (foldedWords.size >= MAX_FOLDED_WORDS) foldedWords.clear();
    foldedWords.set(lower, folded);
  }
  return folded;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.normalize("NFC").toLowerCase();
  // exec() on the one global pattern is quicker than matchAll(), which copies it; nothing runs between the calls.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match !== null; match = WORD.exec(lower)) {
    const raw = match[0];
    const key = foldWord(raw);
    const after = lower.charCodeAt(match.index + raw.length);
    tokens.push({ raw, key, danishLetters: key !== raw && DANISH_LETTERS.test(raw), stop: after === 46, slash: after === 47 }); // "." "/"
  }
  return tokens;
}
