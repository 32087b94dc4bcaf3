/**
 * The yearly status report: on the 1st of the agreement's report month at 9.00, each year of the
 * agreement's period, to the steering group. Posted late after downtime until the month is over.
 */
import { groupWordAtStart } from "../../agreement/meeting-groups";
import { copenhagenYear, monthName } from "../../format/dates";
import { t } from "../../format/lang";
import { DATE_REMINDER_HOUR, DAY_MS, dateAt } from "../calendar";
import { entryKey, type ItemBase } from "../items";
import type { ReminderKind, TimedItem } from "../kind";
import { reminderCard } from "../texts";

export interface StatusReportReminder extends ItemBase {
  kind: "status-report";
  year: number;
  month: number;
}

const twoDigits = (n: number) => String(n).padStart(2, "0");

export const statusReportKind: ReminderKind<StatusReportReminder> = {
  schedule: {
    style: "timed",
    due({ agreement }, from, to) {
      const out: Array<TimedItem<StatusReportReminder>> = [];
      const { start, end } = agreement.period;
      const month = agreement.statusReportMonth;
      for (let year = copenhagenYear(from); year <= copenhagenYear(to); year++) {
        const date = `${year}-${twoDigits(month)}-01`;
        if (date < start || date > end) continue;
        const dueAt = dateAt(date, DATE_REMINDER_HOUR);
        const until = dateAt(month === 12 ? `${year + 1}-01-01` : `${year}-${twoDigits(month + 1)}-01`, 0);
        if (!dueAt || !until || dueAt.getTime() <= from.getTime() || dueAt.getTime() > to.getTime()) continue;
        const itemKey = `status-report|${year}`;
        out.push({
          item: { kind: "status-report", itemKey, entryKey: entryKey(itemKey, "once"), dueAt, group: "steering", year, month },
          relevantUntil: until,
        });
      }
      return out;
    },
    about: (item, lang) => t(lang, `statusrapporten ${item.year}`, `the ${item.year} status report`),
  },

  message(item, { lang, agreement }) {
    const da = lang === "da";
    const month = monthName(item.month, lang);
    const title = da ? `Statusrapport ${item.year}` : `Status report ${item.year}`;
    const text = da
      ? `Den årlige statusrapport for ${agreement.name.da} skal udgives i ${month} ${item.year}. Husk at gøre status på indsatsområderne og måltallene til styregruppen.`
      : `The yearly status report for ${agreement.name.en} is due in ${month} ${item.year}. Remember to take stock of the focus areas and targets for the steering group.`;
    const facts: Array<[string, string]> = [
      [da ? "Gruppe" : "Group", groupWordAtStart("steering", "definite", lang)],
      [da ? "Frist" : "Due", `${month} ${item.year}`],
    ];
    return { text, card: reminderCard(title, text, facts, lang) };
  },

  json: (item) => ({ year: item.year, month: item.month }),

  offer: (group, lang) => (group === "working" ? undefined : t(lang, "statusrapporten i maj", "the status report in May")),

  retryUntil: (_item, now) => new Date(now.getTime() + DAY_MS),
};
