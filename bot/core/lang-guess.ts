/**
 * A last-resort guess at the language of a message, for the few replies written when the
 * answer engine itself could not run (a fault, an unreadable tracker). Danish unless the text
 * looks English.
 */
import type { Lang } from "../../shared/index";

const ENGLISH = new Set(["the", "how", "what", "when", "is", "are", "of", "for", "and", "doing", "next", "meeting", "target", "please"]);
const DANISH = new Set(["hvordan", "hvad", "hvornår", "er", "det", "og", "med", "for", "til", "målet", "næste", "møde", "går", "jeg"]);

export function guessLang(text: string): Lang {
  if (/[æøå]/i.test(text)) return "da";
  let en = 0;
  let da = 0;
  for (const word of text
    .toLowerCase()
    .split(/[^a-zæøå]+/)
    .slice(0, 60)) {
    if (ENGLISH.has(word)) en++;
    if (DANISH.has(word)) da++;
  }
  return en > da ? "en" : "da";
}

/** The language a Teams locale names ("en-US" → en); Danish otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "da";
}
