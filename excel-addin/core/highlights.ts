/**
 * Highlighting invalid cells without losing what they looked like. Each highlighted cell
 * remembers the fill it had before (colour, pattern, pattern colour) so that "Ryd markeringer"
 * can put exactly that back, and the colour we applied, so that a cell the user recoloured
 * since is left alone.
 *
 * The records are kept in the workbook's add-in settings (Office document settings): the
 * highlight fills are saved in the file, so the memory of what they covered must travel with
 * the file too. Held only in memory, a closed task pane or a reopened workbook would leave
 * highlights that nobody could clear exactly. Settings are invisible to users, belong to this
 * add-in only and need no hidden sheet (which the user could unhide and edit).
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
  /** The colour we painted, to recognise a cell the user has recoloured since. */
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

/** The user recoloured the cell after we painted it: restoring would overwrite their choice. */
export function userRecoloured(record: HighlightRecord, current: SavedFill | undefined): boolean {
  return current !== undefined && !sameColor(current.color, record.applied);
}

export function serializeHighlights(records: readonly HighlightRecord[]): string {
  return JSON.stringify({ version: 1, records });
}

function isSavedFill(x: unknown): x is SavedFill {
  if (typeof x !== "object" || x === null) return false;
  const f = x as Record<string, unknown>;
  const strOrNull = (v: unknown) => v === null || typeof v === "string";
  return strOrNull(f.color) && strOrNull(f.pattern) && strOrNull(f.patternColor);
}

/** Tolerant: anything unreadable gives no records (the highlights then stay until cleared by hand). */
export function parseHighlights(stored: unknown): HighlightRecord[] {
  if (typeof stored !== "string") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return [];
  }
  const records = (parsed as { records?: unknown })?.records;
  if (!Array.isArray(records)) return [];
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
