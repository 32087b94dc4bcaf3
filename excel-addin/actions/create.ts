/**
 * Opret tracker: the template's sheets, with drop-downs, in the workbook. A sheet that already
 * plays a tracker part (under its Danish or English name or an alias) and holds data is left
 * alone; an empty one is filled in.
 */
import { canonicalSheet, columnKind, type TemplateSheet, trackerTemplate } from "../../shared/index";
import { fromA1 } from "../../shared/tracker/a1";
import { chooseAgreement } from "../core/agreement-choice";
import { readWorkbook } from "../excel/read-workbook";
import { createSheets, type NewSheet } from "../excel/sheets";

export interface CreateResult {
  created: string[];
  skipped: string[];
  /** Empty tracker sheets left alone because they are protected. */
  protectedSheets: string[];
}

const FORMATTED_ROWS = 500;

export function toNewSheet(template: TemplateSheet, name: string): NewSheet {
  return {
    name,
    rows: [template.header, ...template.rows].map((r) => r.map((v): string | number => v ?? "")),
    lists: template.validations.flatMap((v) => {
      const at = fromA1(`${v.column}1`);
      return at ? [{ col0: at.col0, firstRow0: v.fromRow - 1, lastRow0: v.toRow - 1, values: v.list }] : [];
    }),
    columnFormats: template.columnKinds.flatMap((kind, col0) => {
      const format = columnKind(kind).addinFormat;
      return format ? [{ col0, format, lastRow0: FORMATTED_ROWS }] : [];
    }),
  };
}

export async function createTracker(): Promise<CreateResult> {
  // The Aftale sheet's values (for the agreement); of the other tracker sheets only whether they hold data.
  const read = await readWorkbook({
    use: (name) => {
      const sheet = canonicalSheet(name);
      return sheet === "agreement" ? "values" : sheet !== undefined ? "extent" : undefined;
    },
  });
  const agreement = chooseAgreement(read.grids).agreement;
  const created: string[] = [];
  const skipped: string[] = [];
  const protectedSheets: string[] = [];
  const toWrite: NewSheet[] = [];
  const existingEmpty = new Set<string>();
  for (const template of trackerTemplate(agreement)) {
    const existing = read.sheets.find((s) => canonicalSheet(s.name) === template.sheet);
    if (existing?.hasData) {
      skipped.push(existing.name);
      continue;
    }
    if (existing?.protected) {
      protectedSheets.push(existing.name);
      continue;
    }
    const name = existing?.name ?? template.name;
    if (existing) existingEmpty.add(name.toLowerCase());
    toWrite.push(toNewSheet(template, name));
    created.push(name);
  }
  await createSheets(toWrite, existingEmpty);
  return { created, skipped, protectedSheets };
}
