/**
 * `reminders`: what the bot will post in the next N days (default 14) from a tracker – every
 * reminder kind in shared/reminders/registry.ts that is due at a time or holds now (meeting
 * reminders at each lead time, cadence warnings, the status report, the yearly discussion of
 * adjustments, the safety plan's update, the agreement's end) – as one subscriber of every group
 * would get them, each item as its kind words it and shows it in JSON. The yearly days come from
 * the options or the bot's variables (ADJUSTMENTS_DISCUSSION_DATE …), read as the bot reads them.
 * After the agreement's end it says so. Nothing is posted; no ledger is read, so notices that
 * follow earlier posts are not shown.
 */
import { resolve } from "node:path";
import { loadTrackerFile, TrackerFileError } from "../../files/tracker-file";
import {
  agreementEndedText,
  agreementHasEnded,
  canonicalSheet,
  copenhagenDate,
  defaultReminderDates,
  formatInstant,
  type LeadTime,
  LeadTimeError,
  leadTimesText,
  type MonthDay,
  MonthDayError,
  parseLeadTimes,
  parseMonthDay,
  type ReminderDates,
  reminderJson,
  reminderMessage,
  t,
  upcomingItems,
} from "../../shared/index";
import { commandClock } from "../clock-option";
import { type Command, InputError, printJson, stringOption, UsageError } from "../command";

const DEFAULT_TRACKER = resolve(import.meta.dirname, "../../examples/amager-tracker.xlsx");
const DAY_MS = 86_400_000;

/** A yearly day from an option or the bot's variable of the same meaning; the default when neither is set. */
function monthDayFrom(
  ctx: Parameters<Command["run"]>[0],
  option: string,
  variable: string,
  fallback: MonthDay | undefined,
): MonthDay | undefined {
  const fromOption = stringOption(ctx, option);
  const text = fromOption ?? process.env[variable];
  if (text === undefined || text.trim() === "") return fallback;
  try {
    return parseMonthDay(text);
  } catch (err) {
    if (err instanceof MonthDayError) throw new UsageError(`${fromOption !== undefined ? `--${option}` : variable}: ${err.message}`);
    throw err;
  }
}

function leadTimesFrom(text: string, source: string): LeadTime[] {
  try {
    return parseLeadTimes(text);
  } catch (err) {
    if (err instanceof LeadTimeError) throw new UsageError(`${source}: ${err.message}`);
    throw err;
  }
}

export const remindersCommand: Command = {
  name: "reminders",
  usage:
    "reminders [--tracker FILE] --now ISO [--days N] [--lead-times 7d,1d] [--adjustments-date MM-DD] [--safety-plan-date MM-DD] [--status-report-due MM-DD] [--json] [--lang da|en]",
  summary: { da: "Hvad botten vil sende af påmindelser i de næste dage", en: "The reminders the bot will post in the coming days" },
  options: {
    tracker: { type: "string" },
    now: { type: "string" },
    days: { type: "string" },
    "lead-times": { type: "string" },
    "adjustments-date": { type: "string" },
    "safety-plan-date": { type: "string" },
    "status-report-due": { type: "string" },
    agreement: { type: "string" },
  },
  async run(ctx) {
    const { lang } = ctx;
    // The one reading of every clock setting (shared/format/instant.ts), as ask and validate read theirs.
    const now = commandClock({ name: "--now", value: stringOption(ctx, "now") });
    const daysText = stringOption(ctx, "days") ?? "14";
    if (!/^\d{1,4}$/.test(daysText.trim()) || Number(daysText) < 1)
      throw new UsageError(`--days must be a whole number of days from 1, not "${daysText}"`);
    const days = Number(daysText);
    const leadOption = stringOption(ctx, "lead-times");
    const leadTimes = leadTimesFrom(
      leadOption ?? process.env.REMINDER_LEAD_TIMES ?? "7d,1d",
      leadOption ? "--lead-times" : "REMINDER_LEAD_TIMES",
    );

    const dates: ReminderDates = {
      adjustments:
        monthDayFrom(ctx, "adjustments-date", "ADJUSTMENTS_DISCUSSION_DATE", defaultReminderDates.adjustments) ??
        defaultReminderDates.adjustments,
      safetyPlan:
        monthDayFrom(ctx, "safety-plan-date", "SAFETY_PLAN_UPDATE_DATE", defaultReminderDates.safetyPlan) ??
        defaultReminderDates.safetyPlan,
      statusReportDue: monthDayFrom(ctx, "status-report-due", "STATUS_REPORT_DUE_DATE", undefined),
    };

    const file = stringOption(ctx, "tracker");
    let loaded: Awaited<ReturnType<typeof loadTrackerFile>>;
    try {
      loaded = await loadTrackerFile(file === undefined ? DEFAULT_TRACKER : resolve(file), {
        agreement: stringOption(ctx, "agreement"),
        now,
      });
    } catch (err) {
      if (err instanceof TrackerFileError) throw new InputError(err.message);
      throw err;
    }
    const { agreement, data } = loaded;
    const until = new Date(now.getTime() + days * DAY_MS);
    const items = upcomingItems({ agreement, tracker: data, leadTimes, dates }, now, until);
    const ended = agreementHasEnded(agreement, copenhagenDate(now));
    // What the tracker says that bears on reminders: the meetings sheet's problems (by any of its names), and errors.
    const warnings = loaded.issues.filter((i) => i.severity === "error" || canonicalSheet(i.sheet) === "meetings");

    if (ctx.json) {
      printJson(ctx.io, {
        now: now.toISOString(),
        until: until.toISOString(),
        leadTimes: leadTimes.map((l) => l.label),
        agreementEnded: ended,
        reminders: items.map((item) => ({ ...reminderJson(item), text: reminderMessage(item, { lang, now: item.dueAt, agreement }).text })),
        warnings: warnings.map((w) => ({ severity: w.severity, sheet: w.sheet, cell: w.cell, code: w.code, message: w.message[lang] })),
      });
      return 0;
    }
    const head = t(
      lang,
      `Påmindelser i de næste ${days} dage (fra ${formatInstant(now, lang)}), ${leadTimesText(leadTimes, lang)} før møderne:`,
      `Reminders in the next ${days} days (from ${formatInstant(now, lang)}), ${leadTimesText(leadTimes, lang)} before meetings:`,
    );
    const lines = items.map(
      (item) => `- ${formatInstant(item.dueAt, lang)}: ${reminderMessage(item, { lang, now: item.dueAt, agreement }).text}`,
    );
    const out = [head, ...(lines.length ? lines : [t(lang, "(ingen)", "(none)")])];
    if (ended) out.push("", agreementEndedText(agreement, lang));
    if (warnings.length) {
      out.push("", t(lang, "Bemærk i trackeren:", "Note in the tracker:"));
      for (const w of warnings) out.push(`- ${w.sheet}${w.cell ? ` ${w.cell}` : ""}: ${w.message[lang]}`);
    }
    ctx.io.out(`${out.join("\n")}\n`);
    return 0;
  },
};
