/**
 * The language a Teams locale names, for replies to activities without text (the bot joining a
 * conversation). A message's own language is guessed from its words instead (guessLanguage in
 * shared/ask/language.ts, the one guess the engine uses too).
 */
import type { Lang } from "../../shared/index";

/** "en-US" → en; Danish otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "da";
}
