/**
 * The words for a RAG status, defined once so the bot, the CLI and the add-in say the same:
 * colour words (grøn/gul/rød/grå) where a colour is named, status words (Nået/Tæt på/…)
 * where a verdict is read.
 */
import type { Rag } from "../status";
import type { Lang } from "./lang";

const COLOUR_WORDS: Record<Rag, Record<Lang, string>> = {
  green: { da: "grøn", en: "green" },
  amber: { da: "gul", en: "amber" },
  red: { da: "rød", en: "red" },
  grey: { da: "grå", en: "grey" },
};

const STATUS_WORDS: Record<Rag, Record<Lang, string>> = {
  green: { da: "Nået", en: "Met" },
  amber: { da: "Tæt på", en: "Close" },
  red: { da: "Ikke nået", en: "Missed" },
  grey: { da: "Intet tal", en: "No figure" },
};

/** "grøn" / "green" … */
export function ragColourWord(rag: Rag, lang: Lang): string {
  return COLOUR_WORDS[rag][lang];
}

/** "Nået" / "Met", "Tæt på" / "Close" … */
export function ragStatusWord(rag: Rag, lang: Lang): string {
  return STATUS_WORDS[rag][lang];
}
