/**
 * The kinds of value a tracker column holds, one record per kind: the number format the .xlsx
 * template writes, the one the Excel add-in's "Opret tracker" sets, and the words the format
 * document uses. A column's kind is part of its spec (see sheet-spec.ts).
 */
import type { LocalizedText } from "../agreement/schema";

export interface ColumnKindSpec {
  /** Excel number format in the .xlsx template (files/xlsx-write.ts); "@" leaves the cell as typed. */
  fileFormat: string;
  /**
   * Number format "Opret tracker" sets through Office.js; none leaves Excel's General format.
   * Plainer than the file's: the add-in writes into a workbook the user already has open.
   */
  addinFormat?: string;
  /** What the cells hold, for docs/tracker-format.md. */
  doc: LocalizedText;
}

export const columnKinds = {
  text: { fileFormat: "@", doc: { da: "tekst", en: "text" } },
  year: { fileFormat: "0", doc: { da: "årstal", en: "year" } },
  count: { fileFormat: "0", doc: { da: "helt tal ≥ 0", en: "whole number ≥ 0" } },
  // General: a share such as 27,5 shows as typed; a cell the user formats as per cent is read too.
  percent: { fileFormat: "General", doc: { da: "procent, 0–100", en: "per cent, 0–100" } },
  kr: { fileFormat: '#,##0 "kr."', addinFormat: "#,##0", doc: { da: "beløb i kroner", en: "amount in kroner" } },
  date: { fileFormat: "dd-mm-yyyy", addinFormat: "yyyy-mm-dd", doc: { da: "dato", en: "date" } },
  time: { fileFormat: "hh:mm", addinFormat: "hh:mm", doc: { da: "klokkeslæt", en: "time" } },
} as const satisfies Record<string, ColumnKindSpec>;

/** How a column's cells are formatted and described. */
export type ColumnKind = keyof typeof columnKinds;

/** Looks a kind up as the general spec (the record itself is typed per kind). */
export function columnKind(kind: ColumnKind): ColumnKindSpec {
  return columnKinds[kind];
}
