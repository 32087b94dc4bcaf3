/**
 * Validér: read every sheet in one round trip, run the shared validator, highlight the invalid
 * cells (one more round trip) and remember what they looked like before.
 */
import { copenhagenDate, countIssues, type Lang, readTracker, type TrackerIssue } from "../../shared/index";
import { chooseAgreement, describeChoice } from "../core/agreement-choice";
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_SETTING_KEY,
  type HighlightRecord,
  highlightTargets,
  parseHighlights,
  planHighlights,
  serializeHighlights,
  userRecoloured,
} from "../core/highlights";
import { groupIssues, type IssueGroup } from "../core/issues-view";
import { readSetting, writeSettings } from "../excel/document-settings";
import { cellKey, readWorkbook, writeHighlights } from "../excel/workbook";

export interface ValidateResult {
  issues: TrackerIssue[];
  groups: IssueGroup[];
  errors: number;
  warnings: number;
  agreementNote: string;
  highlighted: number;
}

export async function validateWorkbook(options: { lang: Lang; now?: Date }): Promise<ValidateResult> {
  const { lang } = options;
  const existing = parseHighlights(readSetting(HIGHLIGHT_SETTING_KEY));
  const read = await readWorkbook(existing);
  const sheetNames = new Set(read.sheets.map((s) => s.name.toLowerCase()));
  // Records on sheets that are gone cannot be restored; forget them.
  const live = existing.filter((r) => sheetNames.has(r.sheet.toLowerCase()));

  const choice = chooseAgreement(read.grids);
  const { issues } = readTracker(read.grids, choice.agreement, { today: copenhagenDate(options.now ?? new Date()) });

  const plan = planHighlights(live, highlightTargets(issues));
  const currentFill = (r: HighlightRecord) => read.fills.get(cellKey(r.sheet, r.cell));
  const restore = plan.restore.filter((r) => !userRecoloured(r, currentFill(r)));
  const recolour = plan.keep.filter(({ record, severity }) => severity !== record.severity && !userRecoloured(record, currentFill(record)));
  const added = await writeHighlights({ add: plan.add, recolour, restore });

  const recoloured = new Set(recolour.map(({ record }) => record));
  const kept = plan.keep.map(({ record, severity }) =>
    recoloured.has(record) ? { ...record, severity, applied: HIGHLIGHT_COLORS[severity] } : record,
  );
  const records = [...kept, ...added];
  await writeSettings({ [HIGHLIGHT_SETTING_KEY]: records.length > 0 ? serializeHighlights(records) : null });

  return {
    issues,
    groups: groupIssues(issues, lang),
    ...countIssues(issues),
    agreementNote: describeChoice(choice, lang),
    highlighted: records.length,
  };
}
