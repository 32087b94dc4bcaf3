/** Small wording helpers the report's sections share. */
import type { Lang } from "../format/lang";
import { formatNumber, formatPercent, formatSigned } from "../format/numbers";
import type { ReportCell } from "./document";

/** A number cell ("–" without one). */
export function numberCell(value: number | null | undefined, lang: Lang): ReportCell {
  return { text: value === null || value === undefined ? "–" : formatNumber(value, lang), numeric: true };
}

/** A signed number cell: +6 / −4. */
export function signedCell(value: number | null | undefined, lang: Lang): ReportCell {
  return { text: value === null || value === undefined ? "–" : formatSigned(value, lang), numeric: true };
}

/** A signed percentage with one decimal: +3,1 % / −6,5 %. */
export function percentCell(value: number | null | undefined, lang: Lang): ReportCell {
  return { text: value === null || value === undefined ? "–" : formatPercent(value, lang, 1, true), numeric: true };
}

/** A cell of plain text. */
export function textCell(text: string): ReportCell {
  return { text };
}
