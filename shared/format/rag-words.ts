/**
 * The words for a RAG status, defined once so the bot, the CLI, the reminders and the add-in
 * (the Måltal sheet and the STATUS function) say the same: Nået / Tæt på / Ikke nået / Intet tal.
 */
import type { Rag } from "../status";
import type { Lang } from "./lang";

const STATUS_WORDS: Record<Rag, Record<Lang, string>> = {
  green: { da: "Nået", en: "Met" },
  amber: { da: "Tæt på", en: "Close" },
  red: { da: "Ikke nået", en: "Missed" },
  grey: { da: "Intet tal", en: "No figure" },
};

/** "Nået" / "Met", "Tæt på" / "Close" … */
export function ragStatusWord(rag: Rag, lang: Lang): string {
  return STATUS_WORDS[rag][lang];
}
