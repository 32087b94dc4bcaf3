/**
 * Beregn måltal: write the Måltal sheet from the agreement and the tracker's figures, with a chart
 * per category. The sheet is the add-in's (its id is remembered): updated in place on every run,
 * and a `Mål` sheet the add-in made before the sheet was renamed is updated and renamed, not left
 * behind (its charts move with it and are updated there). A sheet of either name that the add-in
 * did not make is never touched.
 */
import { canonicalSheet, copenhagenDate, type Lang, readTracker } from "../../shared/index";
import { chooseAgreement, describeChoice } from "../core/agreement-choice";
import { buildTargetCharts } from "../core/targets-charts";
import { buildTargetsSheet, EARLIER_TARGETS_SHEET_NAMES, TARGETS_SHEET_NAME } from "../core/targets-sheet";
import { readWorkbook, type SheetRead } from "../excel/read-workbook";
import { writeSheetMatrix } from "../excel/sheets";

/** The id of the Måltal sheet the add-in made last, so that a user's own sheet of that name is never replaced. */
export const TARGETS_SHEET_SETTING_KEY = "partnerskab.targetsSheetId";

export type CalculateResult =
  | { ok: true; sheet: string; rows: number; agreementNote: string }
  | { ok: false; reason: "sheet-taken" | "sheet-protected"; sheet: string; agreementNote: string };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const isCurrentName = (name: string) => same(name, TARGETS_SHEET_NAME);
const isTargetsSheet = (name: string) => isCurrentName(name) || EARLIER_TARGETS_SHEET_NAMES.some((n) => same(name, n));

/**
 * Which sheet to write: the add-in's own (under the current name or an earlier one), else an
 * empty sheet of the current name, else a new one. A sheet of the current name that holds data
 * and is not the add-in's blocks the write.
 */
function chooseSheet(sheets: readonly SheetRead[], ourId: unknown): { sheet?: SheetRead; ours: boolean; taken?: SheetRead } {
  const named = sheets.filter((s) => isTargetsSheet(s.name));
  const ours = named.find((s) => s.id === ourId);
  if (ours) return { sheet: ours, ours: true };
  const current = named.find((s) => isCurrentName(s.name));
  if (current?.hasData) return { ours: false, taken: current };
  return current ? { sheet: current, ours: false } : { ours: false };
}

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

  const { sheet, ours, taken } = chooseSheet(read.sheets, read.settings.get(TARGETS_SHEET_SETTING_KEY));
  if (taken) return { ok: false, reason: "sheet-taken", sheet: taken.name, agreementNote };
  if (sheet?.protected) return { ok: false, reason: "sheet-protected", sheet: sheet.name, agreementNote };

  // Ours under an earlier name takes the current one, unless another sheet already has it.
  const nameFree = !read.sheets.some((s) => s !== sheet && isCurrentName(s.name));
  const rename = sheet !== undefined && !isCurrentName(sheet.name) && nameFree;
  // An empty sheet of that name that is not ours is filled in place as well; it becomes ours.
  // The charts of reports against måltal go beside the table; a chart the add-in did not make is never touched.
  const charts = buildTargetCharts(choice.agreement, data, options.lang);
  await writeSheetMatrix(matrix, { existing: sheet?.name, rename, idSetting: TARGETS_SHEET_SETTING_KEY, rememberId: !ours, charts });
  const written = sheet === undefined || rename ? matrix.name : sheet.name;
  return { ok: true, sheet: written, rows: matrix.values.length - matrix.freezeRows, agreementNote };
}
