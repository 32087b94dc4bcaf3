/**
 * The add-in's settings in the workbook: Excel.SettingCollection (`context.workbook.settings`,
 * ExcelApi 1.4), one key per thing remembered (the highlight records, the Måltal sheet's id).
 *
 * Not `Office.context.document.settings`: that is an in-memory snapshot taken when the add-in
 * loads, and its `saveAsync` writes the whole snapshot back, so a co-author's save in between is
 * overwritten (Microsoft Learn, "Persisting add-in state and settings": get/set/remove work on
 * the in-memory copy). Here every read goes to the workbook as it is now and every write
 * touches only its own key, inside the same batch as the cell changes it describes, so the
 * record and the cells cannot drift apart. Both APIs use the same store (Microsoft's answer in
 * OfficeDev/office-js-docs-reference#769), so records saved by earlier versions are found.
 */

export type SettingReads = Map<string, Excel.Setting>;

/** Queues reads of the given keys; read them with `settingValue` after the sync. */
export function queueSettingReads(context: Excel.RequestContext, keys: readonly string[]): SettingReads {
  const reads: SettingReads = new Map();
  for (const key of keys) {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load("value");
    reads.set(key, setting);
  }
  return reads;
}

/** A key's value after the sync, undefined when the workbook has no such setting. */
export function settingValue(reads: SettingReads, key: string): unknown {
  const setting = reads.get(key);
  if (!setting || setting.isNullObject) return undefined;
  return setting.value ?? undefined;
}

/**
 * Queues writes into the current batch. A null value removes the key, which must have existed
 * when it was read (`exists`): removing needs the item itself, not a null object.
 */
export function queueSettingWrites(
  context: Excel.RequestContext,
  entries: Readonly<Record<string, unknown>>,
  exists: (key: string) => boolean,
): void {
  const settings = context.workbook.settings;
  for (const [key, value] of Object.entries(entries)) {
    if (value !== null) settings.add(key, value);
    else if (exists(key)) settings.getItem(key).delete();
  }
}
