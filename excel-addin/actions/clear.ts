/** Ryd markeringer: put back exactly the fill each highlighted cell had before. */
import { HIGHLIGHT_SETTING_KEY, parseHighlights, userRecoloured } from "../core/highlights";
import { applyHighlights } from "../excel/highlight-cells";
import { cellKey, readWorkbook } from "../excel/read-workbook";

export interface ClearResult {
  restored: number;
  /** Cells the user recoloured after we highlighted them: left as the user made them. */
  leftAlone: number;
}

export async function clearHighlights(): Promise<ClearResult> {
  // The records as the workbook holds them now (a co-author may have changed them), and the
  // current fill of each of their cells on the sheets that still exist.
  const read = await readWorkbook({
    use: () => undefined,
    settingKeys: [HIGHLIGHT_SETTING_KEY],
    fillCells: (settings) => parseHighlights(settings.get(HIGHLIGHT_SETTING_KEY)),
  });
  const stored = read.settings.get(HIGHLIGHT_SETTING_KEY);
  const records = parseHighlights(stored);
  if (records.length === 0) return { restored: 0, leftAlone: 0 };
  // A cell whose sheet is gone has no current fill: there is nothing left to restore.
  const present = records.filter((r) => read.fills.has(cellKey(r.sheet, r.cell)));
  const restore = present.filter((r) => !userRecoloured(read.fills.get(cellKey(r.sheet, r.cell))));
  const restoreKeys = new Set(restore.map((r) => cellKey(r.sheet, r.cell)));
  await applyHighlights({
    stored: records,
    storedExists: stored !== undefined,
    forget: records.filter((r) => !restoreKeys.has(cellKey(r.sheet, r.cell))),
    restore,
  });
  return { restored: restore.length, leftAlone: present.length - restore.length };
}
