/** Finding indicators and categories in an agreement, and naming them in a language. */
import type { Lang } from "../format/lang";
import { firstAgreementYear, lastAgreementYear } from "./period";
import type {
  Agreement,
  Category,
  CountReductionIndicator,
  CountTowardNormalIndicator,
  IllustrativeFact,
  Indicator,
  PercentageCeilingIndicator,
  ScaleLevelIndicator,
} from "./schema";

export function indicatorId(ind: Indicator): string {
  return ind.kind === "count-reduction" ? ind.category : ind.id;
}

export function categoryById(agreement: Agreement, id: string): Category | undefined {
  return agreement.categories.find((c) => c.id === id);
}

export function indicatorName(agreement: Agreement, ind: Indicator, lang: Lang): string {
  if (ind.kind === "count-reduction") return categoryById(agreement, ind.category)?.name[lang] ?? ind.category;
  return ind.name[lang];
}

/** An agreement is never changed once read, and every answer looks its crime indicators up several times. */
const crimeIndicatorsOf = new WeakMap<Agreement, readonly CountReductionIndicator[]>();

/** The crime categories with reduction targets, in the agreement's order. */
export function crimeIndicators(agreement: Agreement): readonly CountReductionIndicator[] {
  let found = crimeIndicatorsOf.get(agreement);
  if (!found) {
    found = Object.freeze(agreement.indicators.filter((i): i is CountReductionIndicator => i.kind === "count-reduction"));
    crimeIndicatorsOf.set(agreement, found);
  }
  return found;
}

export function crimeIndicator(agreement: Agreement, categoryId: string): CountReductionIndicator | undefined {
  for (const ind of crimeIndicators(agreement)) if (ind.category === categoryId) return ind;
  return undefined;
}

export function safetyIndexIndicator(agreement: Agreement): ScaleLevelIndicator | undefined {
  return agreement.indicators.find((i): i is ScaleLevelIndicator => i.kind === "scale-level");
}

export function towardNormalIndicator(agreement: Agreement): CountTowardNormalIndicator | undefined {
  return agreement.indicators.find((i): i is CountTowardNormalIndicator => i.kind === "count-toward-normal");
}

export function percentageIndicators(agreement: Agreement): PercentageCeilingIndicator[] {
  return agreement.indicators.filter((i): i is PercentageCeilingIndicator => i.kind === "percentage-ceiling");
}

/** Years the figures may cover: the baseline years through the agreement's last year. */
export function figureYears(agreement: Agreement): { from: number; to: number } {
  const endYear = lastAgreementYear(agreement);
  const startYear = firstAgreementYear(agreement);
  const baselineYears = agreement.indicators
    .map((i) => (i.kind === "percentage-ceiling" ? i.baseline?.year : i.baseline.year))
    .filter((y): y is number => y !== undefined);
  return { from: Math.min(startYear, ...baselineYears), to: endYear };
}

/** Whether a fact of the agreement is an example rather than its own (Tingbjerg-Husum's cadence …). */
export function isIllustrative(agreement: Agreement, fact: IllustrativeFact): boolean {
  return agreement.illustrativeFacts.includes(fact);
}

/** " (illustrativ)" after a fact that is an example, nothing after one that is the agreement's own. */
export function illustrativeMark(agreement: Agreement, fact: IllustrativeFact, lang: Lang): string {
  return isIllustrative(agreement, fact) ? (lang === "da" ? " (illustrativ)" : " (illustrative)") : "";
}

/** Said by every answer, report and sheet that uses an illustrative baseline or target (Tingbjerg-Husum's). */
export function illustrativeBaselinesNote(agreement: Agreement, lang: Lang): string {
  return lang === "da"
    ? `Bemærk: baseline og måltal for ${agreement.name.da} er illustrative, ikke aftalens egne.`
    : `Note: the baselines and targets for ${agreement.name.en} are illustrative, not the agreement's own.`;
}
