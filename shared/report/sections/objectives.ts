/**
 * One section per objective of the agreement. Each objective is followed by indicators; this
 * says which part of the report shows which indicator, so the sections follow the agreement.
 */
import { safetyIndexIndicator, towardNormalIndicator } from "../../agreement/lookup";
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

/** The objectives' sections, in the agreement's order: safety, SSP, then reported crime. */
export function objectiveOutline(agreement: Agreement, lang: Lang): ObjectiveOutline[] {
  const out: ObjectiveOutline[] = [];
  const safety = safetyIndexIndicator(agreement);
  if (safety) out.push({ heading: safety.name[lang], parts: ["safety-index"] });
  const ssp = towardNormalIndicator(agreement);
  if (ssp) out.push({ heading: ssp.name[lang], parts: ["ssp"] });
  out.push({ heading: t(lang, "Anmeldt kriminalitet", "Reported crime"), parts: ["crime"] });
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
