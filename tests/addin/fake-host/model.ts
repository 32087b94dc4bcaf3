/**
 * An in-memory workbook for the stand-in Excel host: sheets of cells with value, formula,
 * number format, fill and font, plus data validation, frozen rows, protection, charts, the selection,
 * the add-in's settings and event handlers. Tests inspect it directly; the host (excel.ts) is
 * the only thing that changes it, and only inside `context.sync()` — except what a test does
 * as "someone else" (a person typing, a co-author), which it does on the model directly.
 */

export type FakeValue = string | number | boolean;

export interface FakeFill {
  color: string;
  /** "None" = no fill (Excel then reports the colour as #FFFFFF). */
  pattern: string;
  patternColor: string;
}

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat: string;
  fill: FakeFill;
  font: { color: string; bold: boolean };
}

/** A chart on a sheet: what the add-in can set, and what a test checks. */
export interface FakeChart {
  name: string;
  type: string;
  /** The source range's address on its sheet ("P5:S11") and how its series run. */
  source: string;
  seriesBy: string;
  title: string;
  legendPosition: string;
  /** Top-left and bottom-right cells ("U4", "AB18"). */
  position: { from: string; to: string };
  /** Line colours set by series index. */
  seriesColours: string[];
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  validations: Array<{ row0: number; col0: number; rows: number; cols: number; rule: unknown }>;
  frozenRows: number;
  /** A protected sheet refuses changes to its cells (AccessDenied), as Excel does. */
  protected: boolean;
  /** Charts float over the cells: clearing the cells leaves them. */
  charts: FakeChart[];
}

export type SheetEventKind = "changed" | "added" | "deleted" | "renamed";
export type SheetEventHandler = (args: { worksheetId: string; type: string }) => unknown;

export const NO_FILL: FakeFill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };

export function cellKeyOf(row0: number, col0: number): string {
  return `${row0},${col0}`;
}

export function blankCell(): FakeCell {
  return { value: "", numberFormat: "General", fill: { ...NO_FILL }, font: { color: "#000000", bold: false } };
}

let nextId = 1;

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  activeSheet: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  syncCount = 0;
  /** The request size of each sync, estimated from the queued operations (bytes). */
  syncPayloads: number[] = [];
  /** The add-in's settings as the workbook holds them (Excel.SettingCollection and Office's document settings). */
  readonly settings = new Map<string, unknown>();
  /** Handlers registered with the worksheet collection's events, by kind. */
  readonly handlers: Record<SheetEventKind, SheetEventHandler[]> = { changed: [], added: [], deleted: [], renamed: [] };
  /** The options each Excel.run was given. */
  runOptions: unknown[] = [];
  /** Application.calculate calls, by calculation type. */
  calculations: string[] = [];
  /** Handlers registered with Office.addin.onVisibilityModeChanged. */
  visibilityHandlers: Array<(args: { visibilityMode: string }) => void> = [];
  /** Excel on the web refuses a response over this size (values read in one sync). */
  responseLimitBytes = 5 * 1024 * 1024;
  /** Every block of values the add-in read: which sheet and how many cells (for "only the tracker is read"). */
  valueReads: Array<{ sheet: string; row0: number; col0: number; rows: number; cols: number }> = [];
  /** The highest ExcelApi requirement set the host supports. */
  excelApi = 1.17;
  /**
   * Runs at the start of every sync, with the sync's number (1 for the first): a test's way to
   * act as someone else between two round trips, or to make a sync fail by throwing.
   */
  beforeSync: ((sync: number) => void) | undefined;

  /** Handlers registered with worksheets.onChanged. */
  get changeHandlers(): SheetEventHandler[] {
    return this.handlers.changed;
  }

  /** What Excel does after someone edits a sheet: tells every change handler. */
  async fire(kind: SheetEventKind, sheetName: string): Promise<void> {
    const id = this.sheet(sheetName)?.id ?? sheetName;
    const type = { changed: "WorksheetChanged", added: "WorksheetAdded", deleted: "WorksheetDeleted", renamed: "WorksheetNameChanged" }[
      kind
    ];
    for (const h of [...this.handlers[kind]]) await h({ worksheetId: id, type });
  }

  /** Sheets from grids (values only; a string starting with "=" is stored as a formula with a cached value). */
  static fromGrids(grids: Record<string, ReadonlyArray<ReadonlyArray<unknown>>>): FakeWorkbookModel {
    const model = new FakeWorkbookModel();
    for (const [name, grid] of Object.entries(grids)) {
      const sheet = model.addSheet(name);
      grid.forEach((row, r) => {
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === "") return;
          const cell = blankCell();
          // exceljs keeps wall-clock time in the UTC fields; Office.js gives the serial (days since 1899-12-30).
          if (v instanceof Date) cell.value = Math.round((v.getTime() / 86_400_000 + 25_569) * 1e9) / 1e9;
          else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") cell.value = v;
          else cell.value = String(v);
          sheet.cells.set(cellKeyOf(r, c), cell);
        });
      });
    }
    model.activeSheet = model.sheets[0]?.name;
    return model;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} exists already`);
    const sheet: FakeSheet = {
      id: `{sheet-${nextId++}}`,
      name,
      cells: new Map(),
      validations: [],
      frozenRows: 0,
      protected: false,
      charts: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Renames a sheet as Excel does: formulas elsewhere that point at it follow it to the new name. */
  renameSheet(sheet: FakeSheet, name: string): void {
    if (this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet named ${name} exists already`);
    }
    const escaped = sheet.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const reference = new RegExp(`(?<![\\p{L}\\d_])(?:'${escaped.replace(/'/g, "''")}'|${escaped})!`, "giu");
    const quoted = /^[\p{L}\d_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
    for (const other of this.sheets) {
      for (const cell of other.cells.values()) if (cell.formula) cell.formula = cell.formula.replace(reference, `${quoted}!`);
    }
    if (this.activeSheet?.toLowerCase() === sheet.name.toLowerCase()) this.activeSheet = name;
    sheet.name = name;
  }

  /** Deletes a sheet as Excel does: formulas elsewhere that point at it become #REF!. */
  deleteSheet(sheet: FakeSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    const escaped = sheet.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const reference = new RegExp(`(?:'${escaped.replace(/'/g, "''")}'|${escaped})!\\$?[A-Z]+\\$?[0-9]+`, "gi");
    for (const other of this.sheets) {
      for (const cell of other.cells.values()) if (cell.formula) cell.formula = cell.formula.replace(reference, "#REF!");
    }
    if (this.activeSheet?.toLowerCase() === sheet.name.toLowerCase()) this.activeSheet = this.sheets[0]?.name;
  }

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  cell(sheet: FakeSheet, row0: number, col0: number): FakeCell {
    const key = cellKeyOf(row0, col0);
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = blankCell();
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  peek(sheet: FakeSheet, row0: number, col0: number): FakeCell | undefined {
    return sheet.cells.get(cellKeyOf(row0, col0));
  }

  /** The used range: cells with a value (valuesOnly) or with any format too. */
  usedRange(sheet: FakeSheet, valuesOnly: boolean): { row0: number; col0: number; rows: number; cols: number } | undefined {
    let minR = Number.POSITIVE_INFINITY;
    let minC = Number.POSITIVE_INFINITY;
    let maxR = -1;
    let maxC = -1;
    for (const [key, cell] of sheet.cells) {
      const used =
        cell.value !== "" ||
        cell.formula !== undefined ||
        (!valuesOnly && (cell.fill.pattern !== "None" || cell.numberFormat !== "General"));
      if (!used) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    if (maxR < 0) return undefined;
    return { row0: minR, col0: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
  }

  /** Every cell holding something a user typed: value, formula and number format, by sheet!cell. */
  snapshotUserCells(
    skipSheets: readonly string[] = [],
  ): Record<string, { value: FakeValue; formula: string | null; numberFormat: string }> {
    const skip = new Set(skipSheets.map((s) => s.toLowerCase()));
    const out: Record<string, { value: FakeValue; formula: string | null; numberFormat: string }> = {};
    for (const sheet of this.sheets) {
      if (skip.has(sheet.name.toLowerCase())) continue;
      for (const [key, cell] of sheet.cells) {
        if (cell.value === "" && cell.formula === undefined && cell.numberFormat === "General") continue;
        out[`${sheet.name}!${key}`] = { value: cell.value, formula: cell.formula ?? null, numberFormat: cell.numberFormat };
      }
    }
    return out;
  }

  /** Every cell's fill, by sheet!cell (cells with no fill left out). */
  snapshotFills(skipSheets: readonly string[] = []): Record<string, FakeFill> {
    const skip = new Set(skipSheets.map((s) => s.toLowerCase()));
    const out: Record<string, FakeFill> = {};
    for (const sheet of this.sheets) {
      if (skip.has(sheet.name.toLowerCase())) continue;
      for (const [key, cell] of sheet.cells) if (cell.fill.pattern !== "None") out[`${sheet.name}!${key}`] = { ...cell.fill };
    }
    return out;
  }
}

/** "C4" or "A1:H30" → zero-based corners. */
export function parseAddress(address: string): { row0: number; col0: number; rows: number; cols: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = local.replace(/\$/g, "").split(":") as [string, string?];
  const a = parseCell(from);
  const b = parseCell(to);
  return {
    row0: Math.min(a.row0, b.row0),
    col0: Math.min(a.col0, b.col0),
    rows: Math.abs(b.row0 - a.row0) + 1,
    cols: Math.abs(b.col0 - a.col0) + 1,
  };
}

function parseCell(cell: string): { row0: number; col0: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(cell.trim());
  if (!m) throw new Error(`InvalidArgument: bad address ${cell}`);
  let col = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row0: Number(m[2]) - 1, col0: col - 1 };
}

export function columnName(col0: number): string {
  let n = col0 + 1;
  let s = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    s = String.fromCharCode(65 + rest) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function addressOf(row0: number, col0: number, rows: number, cols: number): string {
  const a = `${columnName(col0)}${row0 + 1}`;
  return rows === 1 && cols === 1 ? a : `${a}:${columnName(col0 + cols - 1)}${row0 + rows}`;
}
