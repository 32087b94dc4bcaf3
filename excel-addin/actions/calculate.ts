/** Beregn mål: write the Mål sheet from the agreement and the tracker's figures. */
import { canonicalSheet, copenhagenDate, type Lang, readTracker } from "../../shared/index";
import { chooseAgreement, describeChoice } from "../core/agreement-choice";
import { buildTargetsSheet, TARGETS_SHEET_NAME } from "../core/targets-sheet";
import { readWorkbook } from "../excel/read-workbook";
import { writeSheetMatrix } from "../excel/sheets";

/** The id of the Mål sheet the add-in made last, so that a user's own sheet of that name is never replaced. */
export const TARGETS_SHEET_SETTING_KEY = "partnerskab.targetsSheetId";

export type CalculateResult =
  | { ok: true; sheet: string; rows: number; agreementNote: string }
  | { ok: false; reason: "sheet-taken" | "sheet-protected"; sheet: string; agreementNote: string };

const isTargetsSheet = (name: string) => name.toLowerCase() === TARGETS_SHEET_NAME.toLowerCase();

export async function calculateTargets(options: { lang: Lang; now?: Date }): Promise<CalculateResult> {
  const read = await readWorkbook({
    use: (name) => (canonicalSheet(name) !== undefined ? "values" : isTargetsSheet(name) ? "extent" : undefined),
    settingKeys: [TARGETS_SHEET_SETTING_KEY],
  });
  const choice = chooseAgreement(read.grids);
  const agreementNote = describeChoice(choice, options.lang);
  const today = copenhagenDate(options.now ?? new Date());
  const { data } = readTracker(read.grids, choice.agreement, { today });
  const matrix = buildTargetsSheet({
    agreement: choice.agreement,
    crime: data.crime,
    crimeByMonth: data.crimeByMonth,
    lang: options.lang,
    today,
  });

  const existing = read.sheets.find((s) => isTargetsSheet(s.name));
  const ours = existing !== undefined && existing.id === read.settings.get(TARGETS_SHEET_SETTING_KEY);
  if (existing && !ours && existing.hasData) return { ok: false, reason: "sheet-taken", sheet: existing.name, agreementNote };
  if (existing?.protected) return { ok: false, reason: "sheet-protected", sheet: existing.name, agreementNote };

  // An empty sheet of that name that is not ours is filled in place as well; it becomes ours.
  await writeSheetMatrix(matrix, { existing: existing?.name, idSetting: TARGETS_SHEET_SETTING_KEY, rememberId: !ours });
  return { ok: true, sheet: existing?.name ?? matrix.name, rows: matrix.values.length - matrix.freezeRows, agreementNote };
}
