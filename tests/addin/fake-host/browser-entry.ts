/**
 * The stand-in host for the browser test, bundled into one script and injected before the
 * task pane's own scripts: `Office`, `Excel` (plain proxies over an in-memory workbook built
 * from window.__PK_GRIDS__) and `CustomFunctions`. The model is exposed for the test's checks.
 */
import { createFakeExcel } from "./excel";
import { FakeWorkbookModel } from "./model";
import { createFakeOffice } from "./office";

type HostWindow = typeof globalThis & {
  __PK_GRIDS__?: Record<string, unknown[][]>;
  __PK_DISPLAY_LANGUAGE__?: string;
  __PK_MODEL__?: FakeWorkbookModel;
  Office?: unknown;
};

const w = globalThis as HostWindow;
if (!w.__PK_MODEL__) {
  const model = FakeWorkbookModel.fromGrids(w.__PK_GRIDS__ ?? { Ark1: [] });
  w.__PK_MODEL__ = model;
  const excel = createFakeExcel(model, {
    // In the browser, properties read without load (lenient); writes still queue until sync.
    makeProxy: (data) => ({ ...data, load: () => undefined }),
  });
  class ExcelError {
    constructor(
      public code: string,
      public message?: string,
    ) {}
  }
  Object.assign(w, {
    Excel: excel,
    Office: createFakeOffice(model, w.__PK_DISPLAY_LANGUAGE__ ?? "da-DK"),
    CustomFunctions: { Error: ExcelError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" }, associate: () => undefined },
  });
}
