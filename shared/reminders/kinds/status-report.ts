/**
 * The yearly status report: "En kort statusrapport udarbejdes og offentliggøres i maj efter
 * tryghedsindeksets offentliggørelse" (Amager). The report published in May 2016 covers 2015:
 * so one reminder a year from the year after the agreement's first, while the due date lies in
 * the period. Due on the 1st of the due date's month at 9.00, to the steering group; the due
 * date is a setting (STATUS_REPORT_DUE_DATE), by default the last day of the agreement's report
 * month. Posted late after downtime until the due date is over.
 */
import { illustrativeMark } from "../../agreement/lookup";
import { groupWordAtStart } from "../../agreement/meeting-groups";
import { firstAgreementYear } from "../../agreement/period";
import { reportLinkWords } from "../../answers/status-report";
import { copenhagenYear, formatDate, monthName } from "../../format/dates";
import { t } from "../../format/lang";
import { addDays, DATE_REMINDER_HOUR, DAY_MS, dateAt } from "../calendar";
import { dateInYear, lastDayOfMonth } from "../dates";
import { entryKey, type ItemBase } from "../items";
import type { ReminderKind, TimedItem } from "../kind";
import { reminderCard } from "../texts";

export interface StatusReportReminder extends ItemBase {
  kind: "status-report";
  /** The year the report is published in (part of the item key). */
  year: number;
  /** The month it is due in. */
  month: number;
  /** The year it reports on: the one before. */
  covers: number;
  /** The due date, YYYY-MM-DD. */
  dueDate: string;
}

export const statusReportKind: ReminderKind<StatusReportReminder> = {
  schedule: {
    style: "timed",
    due({ agreement, dates }, from, to) {
      const out: Array<TimedItem<StatusReportReminder>> = [];
      const due = dates.statusReportDue ?? lastDayOfMonth(agreement.statusReportMonth);
      const first = firstAgreementYear(agreement);
      for (let year = Math.max(copenhagenYear(from), first + 1); year <= copenhagenYear(to); year++) {
        const dueDate = dateInYear(year, due);
        if (dueDate > agreement.period.end) continue;
        const dueAt = dateAt(dateInYear(year, { month: due.month, day: 1 }), DATE_REMINDER_HOUR);
        const until = dateAt(addDays(dueDate, 1), 0);
        if (!dueAt || !until || dueAt.getTime() <= from.getTime() || dueAt.getTime() > to.getTime()) continue;
        // The item key stays the publication year, as it always was: once posted, never changed.
        const itemKey = `status-report|${year}`;
        out.push({
          item: {
            kind: "status-report",
            itemKey,
            entryKey: entryKey(itemKey, "once"),
            dueAt,
            group: "steering",
            year,
            month: due.month,
            covers: year - 1,
            dueDate,
          },
          relevantUntil: until,
        });
      }
      return out;
    },
    about: (item, lang) => t(lang, `statusrapporten for ${item.covers}`, `the status report for ${item.covers}`),
  },

  message(item, { lang, agreement, reportLink }) {
    const da = lang === "da";
    const month = `${monthName(item.month, lang)} ${item.year}`;
    const due = formatDate(item.dueDate, lang, true);
    const title = da ? `Statusrapport ${item.covers}` : `Status report ${item.covers}`;
    // The agreement's own words when it has them; otherwise the month, marked when it is an example.
    const rule = agreement.duties.statusReport;
    const when = rule
      ? t(
          lang,
          `Ifølge partnerskabsaftalen for ${agreement.name.da}: »${rule.da}«`,
          `The ${agreement.name.en} agreement says: "${rule.en}"`,
        )
      : t(
          lang,
          `Den årlige statusrapport for ${agreement.name.da} offentliggøres i ${month}${illustrativeMark(agreement, "statusReportMonth", "da")}, efter tryghedsindekset.`,
          `The yearly status report for ${agreement.name.en} is published in ${month}${illustrativeMark(agreement, "statusReportMonth", "en")}, after the safety index.`,
        );
    // The deadline is the point; the agreement's quoted duty before it is too long for a notification.
    const summary = t(
      lang,
      `Statusrapporten for ${item.covers} skal være offentliggjort senest ${due}.`,
      `The status report for ${item.covers} is due by ${due}.`,
    );
    const text = t(
      lang,
      `${when} ${summary} Husk at gøre status over målopfyldelsen og forelægge den for styregruppen.`,
      `${when} ${summary} Remember to take stock of how the objectives stand and present it to the steering group.`,
    );
    const facts: Array<[string, string]> = [
      [da ? "Gruppe" : "Group", groupWordAtStart("steering", "definite", lang)],
      [da ? "Dækker" : "Covers", String(item.covers)],
      [da ? "Frist" : "Due", due],
    ];
    // The draft of the year the report covers, when the bot serves one.
    const draft = reportLink?.(item.covers);
    if (!draft) return { text, summary, card: reminderCard(title, text, facts, lang) };
    const words = reportLinkWords(item.covers, draft.expiresAt, lang);
    const line = `${words.line} ${draft.url}`;
    const card = reminderCard(title, text, facts, lang);
    return {
      text: `${text}\n${line}`,
      summary,
      // The link's line on the card too, as the chat answer has it: the post is the card alone,
      // and the line says until when the link works.
      card: {
        ...card,
        body: [...card.body, { type: "TextBlock", text: line, wrap: true }],
        actions: [...(card.actions ?? []), { type: "Action.OpenUrl", title: words.button, url: draft.url }],
      },
    };
  },

  json: (item) => ({ year: item.year, month: item.month, covers: item.covers, dueDate: item.dueDate }),

  offer: (group, lang) => (group === "working" ? undefined : t(lang, "den årlige statusrapport", "the yearly status report")),

  retryUntil: (_item, now) => new Date(now.getTime() + DAY_MS),
};
