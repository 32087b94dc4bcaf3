/**
 * Installs the stand-in Office host for a test: `Excel` built from office-addin-mock's
 * OfficeMockObject over an in-memory workbook, and `Office` (display language, requirement sets,
 * the shared runtime's visibility events, the legacy document-settings snapshot).
 */
import { OfficeMockObject } from "office-addin-mock";
import { createFakeExcel } from "./fake-host/excel";
import { FakeWorkbookModel } from "./fake-host/model";
import { createFakeOffice } from "./fake-host/office";

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export function installHost(grids: Record<string, ReadonlyArray<ReadonlyArray<unknown>>>, displayLanguage = "da-DK"): FakeWorkbookModel {
  const model = FakeWorkbookModel.fromGrids(grids);
  return installModel(model, displayLanguage);
}

export function installModel(model: FakeWorkbookModel, displayLanguage = "da-DK"): FakeWorkbookModel {
  const excel = createFakeExcel(model, {
    makeProxy: (data) => new OfficeMockObject(data as never, "excel" as never) as unknown as Record<string, unknown>,
    resolveLoads: async (proxies) => {
      for (const p of proxies) await OfficeMockObject.prototype.sync.call(p);
      // office-addin-mock settles nested properties in promise callbacks: let them run.
      await nextTick();
    },
  });
  Object.assign(globalThis, { Excel: excel, Office: createFakeOffice(model, displayLanguage) });
  return model;
}
