/**
 * Excel on the web refuses a request whose payload passes 5 MB. Large writes are split into
 * row blocks whose estimated JSON size stays under a budget well below that limit.
 */
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Headroom for the request's own envelope (addresses, property names, escaping). */
export const DEFAULT_WRITE_BUDGET_BYTES = 4 * 1024 * 1024;

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
