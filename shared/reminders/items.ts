/**
 * What every reminder item has: its keys in the ledger, when it is due, and who gets it. The
 * items of each kind are declared with the kind, in `kinds/`.
 */
import type { MeetingGroup } from "../agreement/schema";
import type { Lang } from "../format/lang";

/** A conversation that asked for reminders, as the schedule sees it. */
export interface ReminderSubscriber {
  id: string;
  /** Only this group's reminders; every group's when absent. */
  group?: MeetingGroup;
  lang: Lang;
  subscribedAt: Date;
}

/**
 * What the ledger knows was claimed or posted, per subscription id: the entry keys
 * (`<item key>#<lead time | cancelled | moved | once>`).
 */
export type LedgerFacts = ReadonlyMap<string, ReadonlySet<string>>;

/** What every reminder item has; each kind (`kinds/`) adds its own fields and a `kind` tag. */
export interface ItemBase {
  kind: string;
  /** The item without its lead time, e.g. `meeting|working|2015-03-30|09:00|`. */
  itemKey: string;
  /** The ledger key within a subscription: item plus lead time (or notice kind). */
  entryKey: string;
  dueAt: Date;
  /** Who gets it: subscribers of this group, and of every group. */
  group: MeetingGroup;
}

export function entryKey(itemKey: string, suffix: string): string {
  return `${itemKey}#${suffix}`;
}

/** Splits an entry key at its last "#": the item and the lead time or notice kind. */
export function splitEntryKey(key: string): { itemKey: string; suffix: string } {
  const i = key.lastIndexOf("#");
  return i < 0 ? { itemKey: key, suffix: "" } : { itemKey: key.slice(0, i), suffix: key.slice(i + 1) };
}

/** Does this subscription get items for this group? */
export function wants(subscriber: Pick<ReminderSubscriber, "group">, group: MeetingGroup): boolean {
  return subscriber.group === undefined || subscriber.group === group;
}
