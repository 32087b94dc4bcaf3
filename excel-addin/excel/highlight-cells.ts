/**
 * Painting and un-painting highlights so that an interrupted run leaves nothing that "Ryd
 * markeringer" cannot undo. Excel applies a batch's operations in order and does not roll
 * back the ones before a failure, so the order inside each batch carries the guarantee:
 *
 *   adding      read the cells' fills (1 sync), then in one batch: the records including
 *               these cells first, the paint after (1 sync) — a cell is never painted
 *               before its previous fill is stored;
 *   restoring   in one batch: the fills put back first, the records without them after — a
 *               record is never dropped before its cell is restored;
 *   recolouring the paint, then the records; either of our colours counts as ours when
 *               clearing (core/highlights.ts), so the order cannot strand a cell.
 *
 * Every batch stays under the request budget (core/chunking.ts, measured with the real
 * Office.js client), so 20,000 highlighted cells take a few more syncs, never a refused request.
 */
import { cellOpBytes, DEFAULT_WRITE_BUDGET_BYTES, REQUEST_COST, takeCellOps, utf8Bytes } from "../core/chunking";
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_SETTING_KEY,
  type HighlightRecord,
  type HighlightTarget,
  type SavedFill,
  serializeHighlights,
} from "../core/highlights";
import { cellKey, fillFrom, queueFillReads } from "./read-workbook";
import { runExcel } from "./run";
import { queueSettingWrites } from "./settings";

export interface HighlightChange {
  /** The records as the workbook holds them now. */
  stored: readonly HighlightRecord[];
  /** Whether the workbook holds the records setting now. */
  storedExists: boolean;
  /** Records to drop without touching their cells (sheet gone, cell recoloured by someone). */
  forget?: readonly HighlightRecord[];
  /** Cells whose previous fill goes back. */
  restore?: readonly HighlightRecord[];
  /** Cells already painted whose colour changes (error ↔ warning). */
  recolour?: ReadonlyArray<{ record: HighlightRecord; severity: HighlightTarget["severity"] }>;
  /** New cells: their fill is read, stored, then painted. */
  add?: readonly HighlightTarget[];
}

/** A cell's record in the stored form: its address, a separator and, at worst, a new fill and group. */
const RECORD_ENTRY_BYTES = 80;

function paint(range: Excel.Range, color: string): void {
  range.format.fill.color = color;
}

function restoreFill(range: Excel.Range, previous: SavedFill): void {
  if (previous.pattern === null || previous.pattern === "None" || previous.color === null) {
    range.format.fill.clear();
    return;
  }
  range.format.fill.color = previous.color;
  if (previous.pattern !== "Solid") range.format.fill.pattern = previous.pattern as Excel.FillPattern;
  if (previous.patternColor !== null && previous.pattern !== "Solid") range.format.fill.patternColor = previous.patternColor;
}

/** Worksheet proxies, one per sheet and batch (a lookup per cell would double the request). */
function sheetLookup(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const sheets = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };
}

const recordsBytes = (records: Iterable<HighlightRecord>) =>
  REQUEST_COST.settingWrite + utf8Bytes(JSON.stringify(serializeHighlights([...records])));

type Change =
  | { kind: "restore"; sheet: string; cell: string; record: HighlightRecord }
  | { kind: "recolour"; sheet: string; cell: string; record: HighlightRecord; severity: HighlightTarget["severity"] };

/**
 * Applies the change and returns the records the workbook holds afterwards. Makes no round
 * trip when there is nothing to do.
 */
export async function applyHighlights(change: HighlightChange, budgetBytes = DEFAULT_WRITE_BUDGET_BYTES): Promise<HighlightRecord[]> {
  const current = new Map(change.stored.map((r) => [cellKey(r.sheet, r.cell), r]));
  const forget = change.forget ?? [];
  for (const r of forget) current.delete(cellKey(r.sheet, r.cell));
  const changes: Change[] = [
    ...(change.restore ?? []).map((record): Change => ({ kind: "restore", sheet: record.sheet, cell: record.cell, record })),
    ...(change.recolour ?? []).map(
      ({ record, severity }): Change => ({ kind: "recolour", sheet: record.sheet, cell: record.cell, record, severity }),
    ),
  ];
  const add = change.add ?? [];
  if (forget.length === 0 && changes.length === 0 && add.length === 0) return [...current.values()];

  let exists = change.storedExists;
  const recordsWrite = (context: Excel.RequestContext) => {
    queueSettingWrites(
      context,
      { [HIGHLIGHT_SETTING_KEY]: current.size > 0 ? serializeHighlights([...current.values()]) : null },
      () => exists,
    );
    exists = current.size > 0;
  };

  await runExcel(async (context) => {
    // Restores and recolours: the cells first, then the records that describe them.
    for (let start = 0; start < changes.length; ) {
      const fixed = REQUEST_COST.batch + recordsBytes(current.values());
      const end = takeCellOps(
        changes,
        start,
        (c) => cellOpBytes(c.kind === "restore" ? REQUEST_COST.restore : REQUEST_COST.paint, c.cell),
        budgetBytes,
        fixed,
      );
      const sheet = sheetLookup(context);
      for (const c of changes.slice(start, end)) {
        const range = sheet(c.sheet).getRange(c.cell);
        const key = cellKey(c.sheet, c.cell);
        if (c.kind === "restore") {
          restoreFill(range, c.record.previous);
          current.delete(key);
        } else {
          paint(range, HIGHLIGHT_COLORS[c.severity]);
          current.set(key, { ...c.record, severity: c.severity, applied: HIGHLIGHT_COLORS[c.severity] });
        }
      }
      recordsWrite(context);
      await context.sync();
      start = end;
    }
    // Only records to forget: one write (with new cells, the first of their batches carries it).
    if (changes.length === 0 && add.length === 0) {
      recordsWrite(context);
      await context.sync();
    }

    // New cells: read their fills; then store the records before painting.
    for (let start = 0; start < add.length; ) {
      const fixed = REQUEST_COST.batch + recordsBytes(current.values());
      const end = takeCellOps(
        add,
        start,
        (t) => cellOpBytes(Math.max(REQUEST_COST.fillRead, REQUEST_COST.paint + RECORD_ENTRY_BYTES), t.cell),
        budgetBytes,
        fixed,
      );
      const chunk = add.slice(start, end);
      const reads = queueFillReads(context, chunk);
      await context.sync();
      chunk.forEach((target, i) => {
        const read = reads[i];
        const previous = (read && fillFrom(read.result)) ?? { color: null, pattern: "None", patternColor: null };
        current.set(cellKey(target.sheet, target.cell), { ...target, previous, applied: HIGHLIGHT_COLORS[target.severity] });
      });
      recordsWrite(context);
      const sheet = sheetLookup(context);
      for (const target of chunk) paint(sheet(target.sheet).getRange(target.cell), HIGHLIGHT_COLORS[target.severity]);
      await context.sync();
      start = end;
    }
  });
  return [...current.values()];
}
