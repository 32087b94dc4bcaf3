/**
 * The one way the add-in starts a batch: `Excel.run` with `delayForCellEdit`, so that a command
 * clicked (or a re-validation fired) while someone is typing in a cell waits until they press
 * Enter or Esc instead of failing with InvalidOperationInCellEditMode (Microsoft Learn, "Delay
 * execution while cell is being edited"; Excel.RunOptions, ExcelApi 1.11 — older Excel ignores
 * the option and the task pane then says to leave the cell, see core/excel-errors.ts).
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}
