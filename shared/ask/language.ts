/**
 * Which language a message is written in: the one guess, used by the answer engine, by the
 * bot's replies written when the engine could not run (a fault, an unreadable tracker) and by
 * the bot's refusals (tenant, rate limit). Danish unless the English signs outweigh the Danish:
 * a word with æ, ø or å counts two for Danish, every Danish or English lexicon word (and every
 * category name, when the agreement is known) one for its language.
 */
import type { Agreement } from "../agreement/schema";
import type { Lang } from "../format/lang";
import { messageText } from "./clean";
import { type Findings, scan } from "./findings";
import { tokenize } from "./tokens";
import { lexiconVocabulary, vocabularyFor } from "./vocabulary";

/** The language the words found speak. */
export function languageOf(found: Pick<Findings, "da" | "en">): Lang {
  return found.en > found.da ? "en" : "da";
}

/**
 * The language of a raw message (markup is cleaned first; only its first 2,000 characters are
 * read). With the agreement, its category names count too, as in `understand()`.
 */
export function guessLanguage(text: string | undefined | null, agreement?: Agreement): Lang {
  if (typeof text !== "string" || text === "") return "da";
  const vocabulary = agreement ? vocabularyFor(agreement) : lexiconVocabulary();
  return languageOf(scan(tokenize(messageText(text).text), vocabulary));
}
