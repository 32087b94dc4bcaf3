/** Recognising an offence category by any of its names: Danish, English or a synonym. */
import { foldDanish, nearest } from "../text/normalize";
import type { Agreement, Category } from "./schema";

/** Every name a category goes by: its Danish and English names and all synonyms. */
export function categoryNames(c: Category): string[] {
  return [c.name.da, c.name.en, ...c.synonyms.da, ...c.synonyms.en];
}

/** Exact match (case, spacing and æ/ø/å spelling ignored) on any of the category's names. */
export function findCategory(agreement: Agreement, text: string): Category | undefined {
  const folded = foldDanish(text);
  return agreement.categories.find((c) => categoryNames(c).some((n) => foldDanish(n) === folded));
}

/** The nearest category name for a suggestion ("did you mean Indbrud?"). */
export function suggestCategory(agreement: Agreement, text: string, maxDistance = 3): Category | undefined {
  return nearest(text, agreement.categories, categoryNames, maxDistance);
}
