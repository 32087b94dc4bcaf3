/** Ryd markeringer: put back exactly the fill each highlighted cell had before. */
import { HIGHLIGHT_SETTING_KEY, parseHighlights, userRecoloured } from "../core/highlights";
import { readSetting, writeSettings } from "../excel/document-settings";
import { cellKey, readFills, restoreFills } from "../excel/workbook";

export interface ClearResult {
  restored: number;
  /** Cells the user recoloured after we highlighted them: left as the user made them. */
  leftAlone: number;
}

export async function clearHighlights(): Promise<ClearResult> {
  const records = parseHighlights(readSetting(HIGHLIGHT_SETTING_KEY));
  if (records.length === 0) return { restored: 0, leftAlone: 0 };
  const fills = await readFills(records);
  // A cell whose sheet is gone has no current fill: there is nothing left to restore.
  const present = records.filter((r) => fills.has(cellKey(r.sheet, r.cell)));
  const restore = present.filter((r) => !userRecoloured(r, fills.get(cellKey(r.sheet, r.cell))));
  await restoreFills(restore);
  await writeSettings({ [HIGHLIGHT_SETTING_KEY]: null });
  return { restored: restore.length, leftAlone: present.length - restore.length };
}
