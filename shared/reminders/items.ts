/**
 * What the reminder schedule produces: the items, their keys in the ledger, and who gets them.
 *
 * Meeting identity. The tracker has no meeting ids and its row order changes as people insert
 * and sort rows, so a row number is no identity. A meeting is identified by group, date, start
 * time and (normalised) topic: `meeting|steering|2015-10-06|09:00|budget`. Changing the date or
 * time therefore gives a new key, which is reminded anew at every lead time; the old key, if it
 * was reminded, gets a "moved" notice when a planned meeting of the same group and topic lies
 * within two weeks of the old date (the nearest one), and a "cancelled" notice when the row
 * itself is marked cancelled. A reminded meeting that simply vanishes from the tracker gets no
 * notice: a deleted row is as likely a correction as a cancellation.
 */
import type { MeetingGroup } from "../agreement/schema";
import type { Lang } from "../format/lang";
import type { GroupCadence, Meeting } from "../meetings";
import { normalizeName } from "../text/normalize";
import type { LeadTime } from "./lead-times";

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

interface ItemBase {
  /** The item without its lead time, e.g. `meeting|working|2015-03-30|09:00|`. */
  itemKey: string;
  /** The ledger key within a subscription: item plus lead time (or notice kind). */
  entryKey: string;
  dueAt: Date;
  group: MeetingGroup;
}

export interface MeetingReminder extends ItemBase {
  kind: "meeting";
  lead: LeadTime;
  meeting: Meeting;
  /** The meeting's start as an instant. */
  startsAt: Date;
}
export interface CancelledNotice extends ItemBase {
  kind: "cancelled";
  meeting: Meeting;
}
export interface MovedNotice extends ItemBase {
  kind: "moved";
  from: { date: string; start: string };
  /** The meeting where it now is. */
  meeting: Meeting;
}
export interface CadenceWarning extends ItemBase {
  kind: "cadence";
  condition: "below-min" | "over-max";
  cadence: GroupCadence;
}
export interface StatusReportReminder extends ItemBase {
  kind: "status-report";
  year: number;
  month: number;
}
export interface AgreementEndReminder extends ItemBase {
  kind: "agreement-end";
  endDate: string;
  daysBefore: number;
}

export type ReminderItem = MeetingReminder | CancelledNotice | MovedNotice | CadenceWarning | StatusReportReminder | AgreementEndReminder;

export type ReminderItemKind = ReminderItem["kind"];

export function meetingItemKey(m: Pick<Meeting, "group" | "date" | "start" | "topic">): string {
  return `meeting|${m.group}|${m.date}|${m.start}|${normalizeName(m.topic ?? "")}`;
}

/** Group, date, start and normalised topic back out of a meeting item key. */
export function parseMeetingItemKey(itemKey: string): { group: MeetingGroup; date: string; start: string; topic: string } | undefined {
  const parts = itemKey.split("|");
  if (parts.length < 5 || parts[0] !== "meeting") return undefined;
  const [, group, date = "", start = ""] = parts;
  if (group !== "steering" && group !== "working") return undefined;
  return { group, date, start, topic: parts.slice(4).join("|") };
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
