/**
 * Excel on the web refuses a request or a response whose payload passes 5 MB (Microsoft Learn,
 * "Resource limits and performance optimization for Office Add-ins"). Large writes are split
 * into batches whose size, estimated before anything is queued, stays under a budget well below
 * that limit; large reads into blocks of a bounded number of cells.
 */
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Headroom for what the estimates leave out (escaping, Office's own envelope). */
export const DEFAULT_WRITE_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * What one queued operation adds to a request, in bytes of request JSON, measured by
 * serializing the add-in's own batches with the real Office.js client library (Excel on the
 * web's client, in tests/addin/request-size.test.ts, which checks that these bounds hold and are
 * tight). Each is a fixed part plus the UTF-8 bytes of the cell's A1 address; a sheet is looked
 * up once per batch, which costs `sheet` plus its name.
 */
export const REQUEST_COST = {
  /** Excel.run's own actions and the request envelope. */
  batch: 400,
  /** worksheets.getItem(name), once per sheet and batch. */
  sheet: 250,
  /** getRange(cell).getCellProperties(fill): read a cell's fill (measured ≈ 510). */
  fillRead: 560,
  /** getRange(cell).format.fill.color = …: paint a cell (measured ≈ 735–750). */
  paint: 790,
  /** Put a fill back: clear it (measured ≈ 720), or set colour, pattern and pattern colour (≈ 950). */
  restore: 1000,
  /** settings.add(key, value), plus the value's JSON. */
  settingWrite: 250,
} as const;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** A cell operation's cost: its fixed part plus the address. */
export function cellOpBytes(fixed: number, cell: string): number {
  return fixed + utf8Bytes(cell);
}

export function sheetBytes(name: string): number {
  // JSON escapes a quote or backslash in a sheet name with one more byte each.
  return REQUEST_COST.sheet + 2 * utf8Bytes(name);
}

/**
 * How many operations from `start` fit one batch: the batch pays `fixedBytes`, each sheet it
 * touches once, and each operation its own cost. At least one operation is taken, even one too
 * big for a batch of its own. Returns the end index (exclusive).
 */
export function takeCellOps<T extends { sheet: string }>(
  ops: readonly T[],
  start: number,
  opBytes: (op: T) => number,
  budgetBytes = DEFAULT_WRITE_BUDGET_BYTES,
  fixedBytes: number = REQUEST_COST.batch,
): number {
  let used = fixedBytes;
  const sheets = new Set<string>();
  let end = start;
  for (; end < ops.length; end++) {
    const op = ops[end] as T;
    const cost = opBytes(op) + (sheets.has(op.sheet) ? 0 : sheetBytes(op.sheet));
    if (end > start && used + cost > budgetBytes) break;
    used += cost;
    sheets.add(op.sheet);
  }
  return end;
}

/** Cell operations split into batches under the budget (see takeCellOps), in order. */
export function chunkCellOps<T extends { sheet: string }>(
  ops: readonly T[],
  opBytes: (op: T) => number,
  budgetBytes = DEFAULT_WRITE_BUDGET_BYTES,
  fixedBytes: number = REQUEST_COST.batch,
): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < ops.length; ) {
    const end = takeCellOps(ops, start, opBytes, budgetBytes, fixedBytes);
    chunks.push(ops.slice(start, end));
    start = end;
  }
  return chunks;
}

/** A cheap upper estimate of a cell's size in the request JSON. */
export function estimateCellBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return value.length * 2 + 4; // æøå and escapes take more than one byte
  if (typeof value === "number") return 24;
  if (typeof value === "boolean") return 5;
  return JSON.stringify(value)?.length ?? 4;
}

export function estimateRowBytes(row: readonly unknown[]): number {
  let total = 2;
  for (const cell of row) total += estimateCellBytes(cell) + 1;
  return total;
}

/** Half-open row spans [start, end) whose rows, taken together, fit the budget. */
export function chunkRowSpans(
  rowBytes: readonly number[],
  budgetBytes = DEFAULT_WRITE_BUDGET_BYTES,
): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < rowBytes.length; i++) {
    const size = rowBytes[i] ?? 0;
    // A single row over the budget still goes alone: it cannot be split by rows.
    if (i > start && used + size > budgetBytes) {
      spans.push({ start, end: i });
      start = i;
      used = 0;
    }
    used += size;
  }
  if (start < rowBytes.length) spans.push({ start, end: rowBytes.length });
  return spans;
}

/** Items split into batches whose estimated sizes stay under the budget. */
export function chunkByBudget<T>(items: readonly T[], sizeOf: (item: T) => number, budgetBytes = DEFAULT_WRITE_BUDGET_BYTES): T[][] {
  return chunkRowSpans(items.map(sizeOf), budgetBytes).map(({ start, end }) => items.slice(start, end));
}

/**
 * Reading values: a block of at most this many cells per range, and at most this many cells per
 * sync. A response is about 10–30 bytes a cell for tracker data; a block that still passes 5 MB
 * (cells of long text) is read again in halves (excel/read-workbook.ts).
 */
export const READ_BLOCK_CELLS = 50_000;
export const READ_SYNC_CELLS = 100_000;

/** Row spans of a window, each at most `maxCells` cells (at least one row). */
export function rowBlocks(
  firstRow: number,
  endRow: number,
  columns: number,
  maxCells = READ_BLOCK_CELLS,
): Array<{ start: number; end: number }> {
  const rowsPerBlock = Math.max(1, Math.floor(maxCells / Math.max(1, columns)));
  const blocks: Array<{ start: number; end: number }> = [];
  for (let start = firstRow; start < endRow; start += rowsPerBlock) blocks.push({ start, end: Math.min(endRow, start + rowsPerBlock) });
  return blocks;
}
