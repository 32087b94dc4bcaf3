/** A stand-in for the `Office` global: display language and the add-in's document settings. */
import type { FakeWorkbookModel } from "./model";

export function createFakeOffice(model: FakeWorkbookModel, displayLanguage = "da-DK") {
  // settings.set changes the in-memory copy; saveAsync writes it to the "file" (the model).
  const draft = new Map(model.settings);
  return {
    context: {
      displayLanguage,
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
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    HostType: { Excel: "Excel" },
    onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return info;
    },
  };
}
