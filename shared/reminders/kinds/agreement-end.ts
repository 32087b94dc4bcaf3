/**
 * The agreement's end, announced to the steering group 90 days before its end date at 9.00, so
 * there is time to discuss an extension or a new agreement (the agreement names none). Posted
 * late after downtime until the end date is over; nothing is posted about the agreement after it.
 */
import { groupWordAtStart } from "../../agreement/meeting-groups";
import type { Agreement } from "../../agreement/schema";
import { formatDate } from "../../format/dates";
import { type Lang, t } from "../../format/lang";
import { addDays, DATE_REMINDER_HOUR, DAY_MS, dateAt, meetingStart } from "../calendar";
import { entryKey, type ItemBase } from "../items";
import type { ReminderKind } from "../kind";
import { reminderCard, untilText } from "../texts";

/** Days before the agreement's end date that its end is announced. */
export const AGREEMENT_END_DAYS_BEFORE = 90;

export interface AgreementEndReminder extends ItemBase {
  kind: "agreement-end";
  endDate: string;
  daysBefore: number;
}

export const agreementEndKind: ReminderKind<AgreementEndReminder> = {
  schedule: {
    style: "timed",
    due({ agreement }, from, to) {
      const end = agreement.period.end;
      const dueAt = dateAt(addDays(end, -AGREEMENT_END_DAYS_BEFORE), DATE_REMINDER_HOUR);
      const relevantUntil = dateAt(addDays(end, 1), 0);
      if (!dueAt || !relevantUntil || dueAt.getTime() <= from.getTime() || dueAt.getTime() > to.getTime()) return [];
      const itemKey = `agreement-end|${end}`;
      const item: AgreementEndReminder = {
        kind: "agreement-end",
        itemKey,
        entryKey: entryKey(itemKey, "once"),
        dueAt,
        group: "steering",
        endDate: end,
        daysBefore: AGREEMENT_END_DAYS_BEFORE,
      };
      return [{ item, relevantUntil }];
    },
    about: (_item, lang) => t(lang, "aftalens udløb", "the end of the agreement"),
  },

  message(item, { lang, now, agreement }) {
    const da = lang === "da";
    const end = formatDate(item.endDate, lang, true);
    const endsAt = meetingStart({ date: item.endDate, start: "09:00" }) ?? now;
    const title = da ? "Partnerskabsaftalen udløber" : "The partnership agreement ends";
    const summary = da
      ? `Partnerskabsaftalen for ${agreement.name.da} udløber ${end} (${untilText(endsAt, now, lang)}).`
      : `The ${agreement.name.en} agreement ends on ${end} (${untilText(endsAt, now, lang)}).`;
    const text = da
      ? `${summary} Den nævner ingen forlængelse. Styregruppen bør drøfte forlængelse eller en ny aftale.`
      : `${summary} It names no extension. The steering group should discuss an extension or a new agreement.`;
    const facts: Array<[string, string]> = [
      [da ? "Gruppe" : "Group", groupWordAtStart("steering", "definite", lang)],
      [da ? "Slutdato" : "End date", end],
    ];
    return { text, summary, card: reminderCard(title, text, facts, lang) };
  },

  json: (item) => ({ endDate: item.endDate }),

  offer: (group, lang) => (group === "working" ? undefined : t(lang, "aftalens udløb", "the end of the agreement")),

  retryUntil: (_item, now) => new Date(now.getTime() + DAY_MS),
};

/** Said instead of reminders once the agreement has ended (the CLI's `reminders`, the bot's "hvilke påmindelser?"). */
export function agreementEndedText(agreement: Agreement, lang: Lang): string {
  const end = formatDate(agreement.period.end, lang);
  return t(
    lang,
    `Partnerskabsaftalen for ${agreement.name.da} udløb ${end}. Påmindelser om statusrapporten, justeringerne, tryghedsplanen og antallet af møder hører til aftalens periode og kommer ikke længere.`,
    `The ${agreement.name.en} agreement ended on ${end}. Reminders of the status report, the adjustments, the safety plan and the number of meetings belong to the agreement's period and no longer come.`,
  );
}
