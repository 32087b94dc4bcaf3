/**
 * Listening to the workbook: any change (for re-validation), and changes that may change the
 * agreement the custom functions use (for a recalculation). Handlers registered here keep
 * running while the task pane is hidden (Microsoft Learn, "Show or hide the task pane":
 * event listeners continue to run), so their owners remove them when they are not wanted.
 */
import { runExcel } from "./run";

export type Remover = () => Promise<void>;

async function register(add: (context: Excel.RequestContext) => OfficeExtension.EventHandlerResult<unknown>[]): Promise<Remover> {
  return runExcel(async (context) => {
    const handlers = add(context);
    await context.sync();
    return async () => {
      const first = handlers[0];
      if (!first) return;
      await Excel.run(first.context, async (ctx) => {
        for (const h of handlers) h.remove();
        await ctx.sync();
      });
    };
  });
}

/** Runs `onChange` when any cell in the workbook changes. Returns a remover. */
export function onWorkbookChanged(onChange: () => void): Promise<Remover> {
  return register((context) => [context.workbook.worksheets.onChanged.add(async () => onChange())]);
}

export type SheetEvent = { kind: "changed" | "added" | "deleted" | "renamed"; worksheetId: string };

/**
 * Runs `onEvent` for cell changes (with the sheet's id) and for sheets added, deleted or
 * renamed (renames need ExcelApi 1.17; older Excel does not report them).
 */
export function onSheetEvents(onEvent: (event: SheetEvent) => void): Promise<Remover> {
  return register((context) => {
    const sheets = context.workbook.worksheets;
    const handlers = [
      sheets.onChanged.add(async (e) => onEvent({ kind: "changed", worksheetId: e.worksheetId })),
      sheets.onAdded.add(async (e) => onEvent({ kind: "added", worksheetId: e.worksheetId })),
      sheets.onDeleted.add(async (e) => onEvent({ kind: "deleted", worksheetId: e.worksheetId })),
    ];
    if (Office.context?.requirements?.isSetSupported("ExcelApi", "1.17")) {
      handlers.push(sheets.onNameChanged.add(async (e) => onEvent({ kind: "renamed", worksheetId: e.worksheetId })));
    }
    return handlers;
  });
}

/**
 * Recalculates every formula in the workbook, custom functions included: they depend on the
 * Aftale sheet through the add-in, not through their arguments, so Excel does not know to.
 */
export async function recalculateWorkbook(): Promise<void> {
  await runExcel(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}
