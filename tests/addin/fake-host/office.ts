/**
 * A stand-in for the `Office` global: display language, requirement sets, the shared runtime's
 * visibility events, and the common API's document settings — with their real weakness kept: a
 * snapshot taken at load whose saveAsync writes the whole snapshot back (so a test can show what
 * a co-author would lose).
 */
import type { FakeWorkbookModel } from "./model";

export function createFakeOffice(model: FakeWorkbookModel, displayLanguage = "da-DK") {
  // settings.set changes the in-memory copy; saveAsync writes all of it to the "file" (the model).
  const draft = new Map(model.settings);
  return {
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version?: string) => name !== "ExcelApi" || Number(version ?? "1.1") <= model.excelApi,
      },
      document: {
        settings: {
          get: (key: string) => (draft.has(key) ? draft.get(key) : null),
          set: (key: string, value: unknown) => void draft.set(key, value),
          remove: (key: string) => void draft.delete(key),
          saveAsync: (callback?: (r: { status: string }) => void) => {
            model.settings.clear();
            for (const [k, v] of draft) model.settings.set(k, v);
            callback?.({ status: "succeeded" });
          },
        },
      },
    },
    addin: {
      onVisibilityModeChanged: async (handler: (args: { visibilityMode: string }) => void) => {
        model.visibilityHandlers.push(handler);
        return async () => {
          model.visibilityHandlers = model.visibilityHandlers.filter((h) => h !== handler);
        };
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    HostType: { Excel: "Excel" },
    onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return info;
    },
  };
}
