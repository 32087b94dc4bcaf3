/** Ryd markeringer: put back exactly the fill each highlighted cell had before. */
import { HIGHLIGHT_SETTING_KEY, neverPainted, parseHighlights, userRecoloured } from "../core/highlights";
import { applyHighlights } from "../excel/highlight-cells";
import { cellKey, readWorkbook } from "../excel/read-workbook";

export interface ClearResult {
  /** Cells that look as they did before (put back now, or never painted by a run cut short). */
  restored: number;
  /** Cells the user recoloured after we highlighted them: left as the user made them. */
  leftAlone: number;
  /** Sheets whose highlights stay because the sheet is protected (their records are kept). */
  protectedSheets: string[];
}

export async function clearHighlights(): Promise<ClearResult> {
  // The records as the workbook holds them now (a co-author may have changed them), the current
  // fill of each of their cells on the sheets that still exist, and whether those sheets are protected.
  const recordSheets = (settings: ReadonlyMap<string, unknown>) =>
    new Set(parseHighlights(settings.get(HIGHLIGHT_SETTING_KEY)).map((r) => r.sheet.toLowerCase()));
  let sheetsWithRecords: Set<string> | undefined;
  const read = await readWorkbook({
    use: (name, settings) => {
      sheetsWithRecords ??= recordSheets(settings);
      return sheetsWithRecords.has(name.toLowerCase()) ? "extent" : undefined;
    },
    settingKeys: [HIGHLIGHT_SETTING_KEY],
    fillCells: (settings) => parseHighlights(settings.get(HIGHLIGHT_SETTING_KEY)),
  });
  const stored = read.settings.get(HIGHLIGHT_SETTING_KEY);
  const records = parseHighlights(stored);
  if (records.length === 0) return { restored: 0, leftAlone: 0, protectedSheets: [] };
  const protectedNames = new Set(read.sheets.filter((s) => s.protected).map((s) => s.name.toLowerCase()));
  const locked = records.filter((r) => protectedNames.has(r.sheet.toLowerCase()));
  // A cell whose sheet is gone has no current fill: there is nothing left to restore.
  const present = records.filter((r) => read.fills.has(cellKey(r.sheet, r.cell)) && !protectedNames.has(r.sheet.toLowerCase()));
  const fill = (r: (typeof records)[number]) => read.fills.get(cellKey(r.sheet, r.cell));
  const untouched = present.filter((r) => neverPainted(r, fill(r)));
  const restore = present.filter((r) => !userRecoloured(fill(r)));
  const keep = new Set([...restore, ...locked].map((r) => cellKey(r.sheet, r.cell)));
  await applyHighlights({
    stored: records,
    storedExists: stored !== undefined,
    forget: records.filter((r) => !keep.has(cellKey(r.sheet, r.cell))),
    restore,
  });
  return {
    restored: restore.length + untouched.length,
    leftAlone: present.length - restore.length - untouched.length,
    protectedSheets: [...new Set(locked.map((r) => r.sheet))],
  };
}
