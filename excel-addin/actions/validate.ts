/**
 * Validér: read the tracker's sheets (bounded, see excel/read-workbook.ts), run the shared
 * validator, highlight the invalid cells and remember what they looked like before — each
 * batch of records stored before its cells are painted (excel/highlight-cells.ts).
 */
import { canonicalSheet, copenhagenDate, countIssues, type Lang, readTracker, type TrackerIssue } from "../../shared/index";
import { chooseAgreement, describeChoice } from "../core/agreement-choice";
import {
  HIGHLIGHT_SETTING_KEY,
  type HighlightRecord,
  highlightTargets,
  neverPainted,
  parseHighlights,
  planHighlights,
  userRecoloured,
} from "../core/highlights";
import { groupIssues, type IssueGroup } from "../core/issues-view";
import { applyHighlights } from "../excel/highlight-cells";
import { cellKey, readWorkbook } from "../excel/read-workbook";

export interface ValidateResult {
  issues: TrackerIssue[];
  groups: IssueGroup[];
  errors: number;
  warnings: number;
  agreementNote: string;
  highlighted: number;
  /** Sheets whose problems could not be highlighted because the sheet is protected. */
  protectedSheets: string[];
}

export async function validateWorkbook(options: { lang: Lang; now?: Date }): Promise<ValidateResult> {
  const { lang } = options;
  // The stored records come with the sheets' names; their cells' fills are read next, on the sheets that exist.
  const read = await readWorkbook({
    use: (name) => (canonicalSheet(name) !== undefined ? "values" : undefined),
    settingKeys: [HIGHLIGHT_SETTING_KEY],
    fillCells: (settings) => parseHighlights(settings.get(HIGHLIGHT_SETTING_KEY)),
  });
  const storedValue = read.settings.get(HIGHLIGHT_SETTING_KEY);
  const stored = { records: parseHighlights(storedValue), exists: storedValue !== undefined };
  const sheetNames = new Set(read.sheets.map((s) => s.name.toLowerCase()));
  const protectedNames = new Set(read.sheets.filter((s) => s.protected).map((s) => s.name.toLowerCase()));
  // Records on sheets that are gone cannot be restored, and records of cells never painted (a run
  // cut short) have nothing to restore: forget both; such a cell still invalid is painted anew.
  // Records on protected sheets stay as they are.
  const currentFill = (r: HighlightRecord) => read.fills.get(cellKey(r.sheet, r.cell));
  const onProtected = (r: { sheet: string }) => protectedNames.has(r.sheet.toLowerCase());
  const gone = stored.records.filter((r) => !sheetNames.has(r.sheet.toLowerCase()) || (!onProtected(r) && neverPainted(r, currentFill(r))));
  const goneKeys = new Set(gone.map((r) => cellKey(r.sheet, r.cell)));
  const live = stored.records.filter((r) => !goneKeys.has(cellKey(r.sheet, r.cell)) && !onProtected(r));

  const choice = chooseAgreement(read.grids);
  const checked = readTracker(read.grids, choice.agreement, { today: copenhagenDate(options.now ?? new Date()) });
  const issues = [...read.limitIssues, ...checked.issues];

  const targets = highlightTargets(issues);
  const plan = planHighlights(
    live,
    targets.filter((t) => !onProtected(t)),
  );
  const restore = plan.restore.filter((r) => !userRecoloured(currentFill(r)));
  const recolouredByUser = plan.restore.filter((r) => userRecoloured(currentFill(r)));
  const recolour = plan.keep.filter(({ record, severity }) => severity !== record.severity && !userRecoloured(currentFill(record)));
  const records = await applyHighlights({
    stored: stored.records,
    storedExists: stored.exists,
    forget: [...gone, ...recolouredByUser],
    restore,
    recolour,
    add: plan.add,
  });

  const protectedSheets = [...new Set(targets.filter(onProtected).map((t) => t.sheet))];
  return {
    issues,
    groups: groupIssues(issues, lang),
    ...countIssues(issues),
    agreementNote: describeChoice(choice, lang),
    highlighted: records.filter((r) => !onProtected(r)).length,
    protectedSheets,
  };
}
