/**
 * The add-in's settings stored in the workbook (Office document settings): per add-in,
 * invisible to users, saved with the file. Used for the highlight records and for the id of
 * the Mål sheet the add-in made.
 */
export function readSetting(key: string): unknown {
  return Office.context.document.settings.get(key) ?? undefined;
}

export function writeSettings(entries: Record<string, string | null>): Promise<void> {
  const settings = Office.context.document.settings;
  for (const [key, value] of Object.entries(entries)) {
    if (value === null) settings.remove(key);
    else settings.set(key, value);
  }
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) reject(new Error(result.error?.message ?? "saveAsync failed"));
      else resolve();
    });
  });
}
