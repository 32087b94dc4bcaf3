/**
 * Highlighting invalid cells without losing what they looked like. Each highlighted cell
 * remembers the fill it had before (colour, pattern, pattern colour) so that "Ryd markeringer"
 * can put exactly that back. A cell whose colour is no longer one of ours was recoloured by
 * someone since, and is left alone.
 *
 * The records are kept in the workbook's add-in settings (see excel/settings.ts): the
 * highlight fills are saved in the file, so the memory of what they covered must travel with
 * the file too. Held only in memory, a closed task pane or a reopened workbook would leave
 * highlights that nobody could clear exactly. Settings are invisible to users, belong to this
 * add-in only and need no hidden sheet (which the user could unhide and edit). They are stored
 * compactly (cells grouped by sheet, severity and previous fill), because every batch that
 * paints also rewrites them and Excel on the web caps a request at 5 MB.
 */
import type { Severity, TrackerIssue } from "../../shared/index";
import { isA1 } from "../../shared/tracker/a1";

export const HIGHLIGHT_SETTING_KEY = "partnerskab.highlights";
export const HIGHLIGHT_COLORS: Readonly<Record<Severity, string>> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** A cell's fill as Excel reports it per cell (getCellProperties). */
export interface SavedFill {
  color: string | null;
  /** "None" for no fill at all, which a colour alone cannot express. */
  pattern: string | null;
  patternColor: string | null;
}

export interface HighlightTarget {
  sheet: string;
  cell: string;
  severity: Severity;
}

export interface HighlightRecord extends HighlightTarget {
  previous: SavedFill;
  /** The colour we painted (the severity's colour). */
  applied: string;
}

const key = (sheet: string, cell: string) => `${sheet.toLowerCase()}!${cell}`;

/** One target per cell (an error outranks a warning on the same cell); issues without a cell are skipped. */
export function highlightTargets(issues: readonly TrackerIssue[]): HighlightTarget[] {
  const byCell = new Map<string, HighlightTarget>();
  for (const issue of issues) {
    if (!isA1(issue.cell)) continue;
    const k = key(issue.sheet, issue.cell);
    const seen = byCell.get(k);
    if (!seen || (seen.severity === "warning" && issue.severity === "error")) {
      byCell.set(k, { sheet: issue.sheet, cell: issue.cell, severity: issue.severity });
    }
  }
  return [...byCell.values()];
}

export interface HighlightPlan {
  /** Cells to paint whose previous fill must be read first. */
  add: HighlightTarget[];
  /** Cells already painted that stay painted (perhaps in the other severity's colour). */
  keep: Array<{ record: HighlightRecord; severity: Severity }>;
  /** Cells painted earlier that are valid now: put their previous fill back. */
  restore: HighlightRecord[];
}

export function planHighlights(existing: readonly HighlightRecord[], wanted: readonly HighlightTarget[]): HighlightPlan {
  const existingByCell = new Map(existing.map((r) => [key(r.sheet, r.cell), r]));
  const wantedKeys = new Set<string>();
  const add: HighlightTarget[] = [];
  const keep: HighlightPlan["keep"] = [];
  for (const target of wanted) {
    const k = key(target.sheet, target.cell);
    wantedKeys.add(k);
    const record = existingByCell.get(k);
    if (record) keep.push({ record, severity: target.severity });
    else add.push(target);
  }
  const restore = existing.filter((r) => !wantedKeys.has(key(r.sheet, r.cell)));
  return { add, keep, restore };
}

export function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "").toUpperCase() === (b ?? "").toUpperCase();
}

/** Two fills that look the same (with no pattern, the colours do not matter). */
export function sameFill(a: SavedFill | undefined, b: SavedFill | undefined): boolean {
  if (!a || !b) return false;
  const none = (f: SavedFill) => f.pattern === null || f.pattern === "None" || f.color === null;
  if (none(a) || none(b)) return none(a) && none(b);
  return (
    sameColor(a.color, b.color) &&
    (a.pattern ?? "") === (b.pattern ?? "") &&
    (a.pattern === "Solid" || sameColor(a.patternColor, b.patternColor))
  );
}

/**
 * A record whose cell still looks as it did before: its batch was stored but never painted (a
 * run cut short). There is nothing to restore; if the cell is still invalid it is painted anew.
 */
export function neverPainted(record: HighlightRecord, current: SavedFill | undefined): boolean {
  return current !== undefined && !isHighlightColor(current.color) && sameFill(current, record.previous);
}

/** One of the two colours the add-in paints. */
export function isHighlightColor(color: string | null | undefined): boolean {
  return sameColor(color, HIGHLIGHT_COLORS.error) || sameColor(color, HIGHLIGHT_COLORS.warning);
}

/**
 * The user recoloured the cell after we painted it: restoring would overwrite their choice.
 * Either of our colours counts as ours, so a recolouring (error ↔ warning) that Excel applied
 * but whose record update was lost still restores.
 */
export function userRecoloured(current: SavedFill | undefined): boolean {
  return current !== undefined && !isHighlightColor(current.color);
}

/** The stored form: `cells[sheet][severity letter + fill index]` = space-separated A1 cells. */
export interface StoredHighlights {
  version: 2;
  fills: Array<[string | null, string | null, string | null]>;
  cells: Record<string, Record<string, string>>;
}

const SEVERITY_LETTER: Readonly<Record<Severity, string>> = { error: "e", warning: "w" };

export function serializeHighlights(records: readonly HighlightRecord[]): StoredHighlights {
  const fills: StoredHighlights["fills"] = [];
  const fillIndex = new Map<string, number>();
  const cells: StoredHighlights["cells"] = {};
  for (const r of records) {
    const fill: [string | null, string | null, string | null] = [r.previous.color, r.previous.pattern, r.previous.patternColor];
    const fillKey = JSON.stringify(fill);
    let index = fillIndex.get(fillKey);
    if (index === undefined) {
      index = fills.length;
      fills.push(fill);
      fillIndex.set(fillKey, index);
    }
    const bySheet = cells[r.sheet] ?? {};
    cells[r.sheet] = bySheet;
    const group = `${SEVERITY_LETTER[r.severity]}${index}`;
    bySheet[group] = bySheet[group] ? `${bySheet[group]} ${r.cell}` : r.cell;
  }
  return { version: 2, fills, cells };
}

const strOrNull = (v: unknown): v is string | null => v === null || typeof v === "string";

function isSavedFill(x: unknown): x is SavedFill {
  if (typeof x !== "object" || x === null) return false;
  const f = x as Record<string, unknown>;
  return strOrNull(f.color) && strOrNull(f.pattern) && strOrNull(f.patternColor);
}

function parseVersion2(doc: Record<string, unknown>): HighlightRecord[] {
  const fills = Array.isArray(doc.fills) ? doc.fills : [];
  const cells = typeof doc.cells === "object" && doc.cells !== null ? (doc.cells as Record<string, unknown>) : {};
  const records: HighlightRecord[] = [];
  for (const [sheet, groups] of Object.entries(cells)) {
    if (typeof groups !== "object" || groups === null) continue;
    for (const [group, list] of Object.entries(groups as Record<string, unknown>)) {
      const m = /^([ew])(\d+)$/.exec(group);
      const fill = m ? fills[Number(m[2])] : undefined;
      if (!m || typeof list !== "string" || !Array.isArray(fill) || fill.length !== 3 || !fill.every(strOrNull)) continue;
      const severity: Severity = m[1] === "e" ? "error" : "warning";
      const [color = null, pattern = null, patternColor = null] = fill as Array<string | null>;
      const previous: SavedFill = { color, pattern, patternColor };
      for (const cell of list.split(" ")) {
        if (isA1(cell)) records.push({ sheet, cell, severity, previous, applied: HIGHLIGHT_COLORS[severity] });
      }
    }
  }
  return records;
}

/** The first version's records (one object per cell), as saved by earlier releases. */
function parseVersion1(records: unknown[]): HighlightRecord[] {
  return records.filter((r): r is HighlightRecord => {
    if (typeof r !== "object" || r === null) return false;
    const x = r as Record<string, unknown>;
    return (
      typeof x.sheet === "string" &&
      typeof x.cell === "string" &&
      isA1(x.cell) &&
      (x.severity === "error" || x.severity === "warning") &&
      typeof x.applied === "string" &&
      isSavedFill(x.previous)
    );
  });
}

/** Tolerant: anything unreadable gives no records (the highlights then stay until cleared by hand). */
export function parseHighlights(stored: unknown): HighlightRecord[] {
  let parsed: unknown = stored;
  if (typeof stored === "string") {
    try {
      parsed = JSON.parse(stored);
    } catch {
      return [];
    }
  }
  if (typeof parsed !== "object" || parsed === null) return [];
  const doc = parsed as Record<string, unknown>;
  if (doc.version === 2) return parseVersion2(doc);
  return Array.isArray(doc.records) ? parseVersion1(doc.records) : [];
}
