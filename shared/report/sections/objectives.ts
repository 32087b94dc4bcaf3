/**
 * One section per objective of the agreement. Each objective is followed by indicators; this
 * says which part of the report shows which indicator, so the sections follow the agreement.
 */
import { crimeIndicators, safetyIndexIndicator, towardNormalIndicator } from "../../agreement/lookup";
import type { Agreement } from "../../agreement/schema";
import { type Lang, t } from "../../format/lang";
import type { ReportBlock, ReportSection } from "../document";

/** What the report can show for an objective. */
export type ObjectivePart = "safety-index" | "ssp" | "crime";

export interface ObjectiveOutline {
  heading: string;
  /** The objective in the agreement's words, when the agreement gives them. */
  wording?: string;
  parts: ObjectivePart[];
}

/** Which part of the report shows an indicator (by its id, or a crime category's). */
function partOf(agreement: Agreement, indicatorId: string): ObjectivePart | undefined {
  if (safetyIndexIndicator(agreement)?.id === indicatorId) return "safety-index";
  if (towardNormalIndicator(agreement)?.id === indicatorId) return "ssp";
  if (crimeIndicators(agreement).some((i) => i.category === indicatorId)) return "crime";
  return undefined;
}

const PART_HEADINGS: Record<ObjectivePart, (agreement: Agreement, lang: Lang) => string> = {
  "safety-index": (_a, lang) => t(lang, "Tryghed", "Safety"),
  ssp: (a, lang) => towardNormalIndicator(a)?.name[lang] ?? "SSP",
  crime: (_a, lang) => t(lang, "Anmeldt kriminalitet", "Reported crime"),
};

/**
 * The objectives' sections: the agreement's overall objectives (målsætninger) in its order and
 * words, each with the parts that show its indicators; an agreement that states none gets one
 * section per kind of indicator (safety, SSP, reported crime).
 */
export function objectiveOutline(agreement: Agreement, lang: Lang): ObjectiveOutline[] {
  const out: ObjectiveOutline[] = [];
  const shown = new Set<ObjectivePart>();
  for (const objective of agreement.objectives) {
    const parts = [...new Set(objective.indicators.map((id) => partOf(agreement, id)).filter((p): p is ObjectivePart => p !== undefined))];
    if (parts.length === 0) continue;
    for (const p of parts) shown.add(p);
    out.push({
      heading: PART_HEADINGS[parts[0] as ObjectivePart](agreement, lang),
      wording: t(lang, `Målsætningen: »${objective.text.da}«`, `The objective: "${objective.text.en}"`),
      parts,
    });
  }
  const rest: ObjectivePart[] = [];
  if (safetyIndexIndicator(agreement)) rest.push("safety-index");
  if (towardNormalIndicator(agreement)) rest.push("ssp");
  if (crimeIndicators(agreement).length > 0) rest.push("crime");
  for (const p of rest) if (!shown.has(p)) out.push({ heading: PART_HEADINGS[p](agreement, lang), parts: [p] });
  return out;
}

/** The sections, given each part's blocks. */
export function objectiveSections(
  outline: readonly ObjectiveOutline[],
  blocksFor: (part: ObjectivePart) => ReportBlock[],
): ReportSection[] {
  return outline.map((o) => ({
    level: 1,
    heading: o.heading,
    blocks: [...(o.wording ? [{ kind: "paragraph" as const, text: o.wording }] : []), ...o.parts.flatMap(blocksFor)],
  }));
}
