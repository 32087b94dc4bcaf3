/** The two languages the product speaks: Danish first, English second. */
export type Lang = "da" | "en";
export const languages: readonly Lang[] = ["da", "en"];

export function isLang(x: unknown): x is Lang {
  return x === "da" || x === "en";
}

/** Picks the text for a language from a pair. */
export function t(lang: Lang, da: string, en: string): string {
  return lang === "da" ? da : en;
}
