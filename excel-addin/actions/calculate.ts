/** Beregn mål: write the Mål sheet from the agreement and the tracker's figures. */
import { copenhagenDate, type Lang, readTracker } from "../../shared/index";
import { chooseAgreement, describeChoice } from "../core/agreement-choice";
import { buildTargetsSheet, TARGETS_SHEET_NAME } from "../core/targets-sheet";
import { readSetting, writeSettings } from "../excel/document-settings";
import { readWorkbook, writeSheetMatrix } from "../excel/workbook";

/** The id of the Mål sheet the add-in made last, so that a user's own sheet of that name is never replaced. */
export const TARGETS_SHEET_SETTING_KEY = "partnerskab.targetsSheetId";

export type CalculateResult =
  | { ok: true; sheet: string; rows: number; agreementNote: string }
  | { ok: false; reason: "sheet-taken"; sheet: string; agreementNote: string };

export async function calculateTargets(options: { lang: Lang; now?: Date }): Promise<CalculateResult> {
  const read = await readWorkbook();
  const choice = chooseAgreement(read.grids);
  const agreementNote = describeChoice(choice, options.lang);
  const today = copenhagenDate(options.now ?? new Date());
  const { data } = readTracker(read.grids, choice.agreement, { today });
  const matrix = buildTargetsSheet({ agreement: choice.agreement, crime: data.crime, lang: options.lang, today });

  const existing = read.sheets.find((s) => s.name.toLowerCase() === TARGETS_SHEET_NAME.toLowerCase());
  const ours = existing !== undefined && existing.id === readSetting(TARGETS_SHEET_SETTING_KEY);
  if (existing?.hasData && !ours) return { ok: false, reason: "sheet-taken", sheet: existing.name, agreementNote };

  const id = await writeSheetMatrix(matrix, { replaceExisting: existing !== undefined });
  await writeSettings({ [TARGETS_SHEET_SETTING_KEY]: id });
  return { ok: true, sheet: matrix.name, rows: matrix.values.length - matrix.freezeRows, agreementNote };
}
