/**
 * The reminder kinds, one record each. To add a kind: declare its item and its record in a file
 * of `kinds/`, add the item to `ReminderItem` below and the record to `reminderKinds`; the
 * compiler then holds every part of it (README: "How to add a reminder kind").
 */
import type { MeetingGroup } from "../agreement/schema";
import type { Lang } from "../format/lang";
import { listText } from "../format/list";
import type { ReminderKind, ReminderMessage, ReminderMessageContext } from "./kind";
import { type AdjustmentsReminder, adjustmentsKind } from "./kinds/adjustments";
import { type AgreementEndReminder, agreementEndKind } from "./kinds/agreement-end";
import { type CadenceWarning, cadenceKind } from "./kinds/cadence";
import { type MeetingReminder, meetingKind } from "./kinds/meeting";
import { type CancelledNotice, cancelledKind, type MovedNotice, movedKind } from "./kinds/meeting-changes";
import { type ProjectionAlert, projectionKind } from "./kinds/projection";
import { type SafetyPlanReminder, safetyPlanKind } from "./kinds/safety-plan";
import { type StatusReportReminder, statusReportKind } from "./kinds/status-report";

export type ReminderItem =
  | MeetingReminder
  | CancelledNotice
  | MovedNotice
  | CadenceWarning
  | StatusReportReminder
  | AdjustmentsReminder
  | SafetyPlanReminder
  | AgreementEndReminder
  | ProjectionAlert;

export type ReminderItemKind = ReminderItem["kind"];

export type ReminderItemOf<K extends ReminderItemKind> = Extract<ReminderItem, { kind: K }>;

/**
 * Every kind's record, keyed by the `kind` of its items. Kinds of one schedule style post in
 * this order when due at the same instant (meeting reminders before the status report).
 */
export const reminderKinds: { readonly [K in ReminderItemKind]: ReminderKind<ReminderItemOf<K>> } = {
  meeting: meetingKind,
  cancelled: cancelledKind,
  moved: movedKind,
  cadence: cadenceKind,
  "status-report": statusReportKind,
  adjustments: adjustmentsKind,
  "safety-plan": safetyPlanKind,
  "agreement-end": agreementEndKind,
  projection: projectionKind,
};

/** Every kind's name, in registry order. */
export const reminderItemKinds = Object.keys(reminderKinds) as ReminderItemKind[];

/** Every kind's record, in registry order. */
export const allReminderKinds = Object.values(reminderKinds) as ReadonlyArray<ReminderKind<ReminderItem>>;

/**
 * The record of an item's kind. The registry's type pairs every kind with a record for its own
 * items; TypeScript cannot follow that pairing through an index, hence the one cast here.
 */
export function kindOf<I extends ReminderItem>(item: I): ReminderKind<I> {
  return reminderKinds[item.kind] as unknown as ReminderKind<I>;
}

/** A kind's record by its name, typed as the general record for loops (the same one cast as kindOf's). */
export function reminderKindRecord(kind: ReminderItemKind): ReminderKind<ReminderItem> {
  return reminderKinds[kind] as unknown as ReminderKind<ReminderItem>;
}

/** The message for one item, to one subscription. `now` words late posts correctly. */
export function reminderMessage(item: ReminderItem, context: ReminderMessageContext): ReminderMessage {
  return kindOf(item).message(item, context);
}

/** The item as `partnerskab reminders --json` shows it (without its text). */
export function reminderJson(item: ReminderItem): Record<string, unknown> {
  return { dueAt: item.dueAt.toISOString(), kind: item.kind, group: item.group, ...kindOf(item).json(item) };
}

/** What "Næste påmindelse: …, om …" says the item is about; undefined for a kind that is not timed. */
export function reminderAbout(item: ReminderItem, lang: Lang): string | undefined {
  const { schedule } = kindOf(item);
  return schedule.style === "timed" ? schedule.about(item, lang) : undefined;
}

/** What a subscription to this group (every group when undefined) gets reminders of, in one phrase. */
export function offerText(group: MeetingGroup | undefined, lang: Lang): string {
  const offers = allReminderKinds.map((kind) => kind.offer(group, lang)).filter((o): o is string => o !== undefined);
  return listText(offers, lang);
}
