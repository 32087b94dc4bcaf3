/**
 * One category in one month, from the tracker's `Måneder` sheet: »Hvor mange indbrud var der i
 * juli?«. The month's reports, the year up to and including it, and the same month a year
 * earlier when the tracker has it. The tracker has figures per month, never per day: a date is
 * answered for its month, and the answer says so. A month without a figure says what the
 * tracker has instead, never a number made up.
 */
import { crimeIndicator, crimeIndicators } from "../agreement/lookup";
import type { Entities, MeetingDate } from "../ask/types";
import { capitalised } from "../format/capitalised";
import { copenhagenNow } from "../format/copenhagen-clock";
import { monthName } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { listText } from "../format/list";
import { monthsOf, yearlyFigures } from "../progress/year-in-progress";
import { factSet, textBlock } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";
import { categoryName, n } from "./wording";

/**
 * The year a month without one means: this year's when it has begun, else last year's ("i
 * november", asked in September, is last November).
 */
export function yearOfMonth(month: number, now: Date): number {
  const today = copenhagenNow(now);
  return month <= today.month ? today.year : today.year - 1;
}

/** The singular of the agreements' units; a unit not listed keeps its plural. */
const SINGULAR: Readonly<Record<string, string>> = { anmeldelser: "anmeldelse", reports: "report" };

/** "1 anmeldelse", "4 anmeldelser": a month's count is often one, which the plural unit would misspell. */
function count(value: number, unit: string, lang: Lang): string {
  return `${n(value, lang)} ${value === 1 ? (SINGULAR[unit] ?? unit) : unit}`;
}

function sumUpTo(months: readonly number[], month: number): number {
  let total = 0;
  for (let i = 0; i < month; i++) total += months[i] ?? 0;
  return total;
}

/** "Trackeren har tal pr. måned, ikke pr. dag: her er hele marts." for a date with a day. */
function perMonthNote(date: MeetingDate, lang: Lang): string[] {
  if (date.day === undefined) return [];
  return [
    t(
      lang,
      `Trackeren har tal pr. måned, ikke pr. dag: her er hele ${monthName(date.month, "da")}.`,
      `The tracker has figures per month, not per day: this is the whole of ${monthName(date.month, "en")}.`,
    ),
  ];
}

/**
 * Every category in one month: »Hvor mange anmeldelser var der i august?«. Each category's
 * figure, or that it has none; their sum only when every category has one (a sum of some would
 * read as the month's whole).
 */
export function monthOverviewAnswer(u: Entities, ctx: AnswerContext, lang: Lang, date: MeetingDate): Composed {
  const { month } = date;
  const year = u.year ?? yearOfMonth(month, ctx.now);
  const when = `${monthName(month, lang)} ${year}`;
  const notes = perMonthNote(date, lang);
  const rows = crimeIndicators(ctx.agreement).map((ind) => ({
    name: categoryName(ctx.agreement, ind.category, lang),
    value: monthsOf(ctx.tracker, ind.category).get(year)?.[month - 1],
  }));
  const known = rows.filter((r): r is { name: string; value: number } => r.value !== undefined);
  const missing = rows.filter((r) => r.value === undefined).map((r) => r.name);
  let summary: string;
  if (known.length === 0)
    summary = t(
      lang,
      `Anmeldelser i ${when}: trackeren har ingen tal for måneden.`,
      `Reports in ${when}: the tracker has no figures for that month.`,
    );
  else if (missing.length === 0) {
    const total = known.reduce((sum, r) => sum + r.value, 0);
    summary = t(lang, `Anmeldelser i ${when}: ${n(total, lang)} i alt.`, `Reports in ${when}: ${n(total, lang)} in total.`);
  } else
    summary = t(
      lang,
      `Anmeldelser i ${when}: tal for ${known.length} af ${rows.length} gerningstyper (intet tal for ${listText(missing, lang)}).`,
      `Reports in ${when}: figures for ${known.length} of ${rows.length} categories (no figure for ${listText(missing, lang)}).`,
    );
  const lines = rows.map((r) => `${r.name}: ${r.value === undefined ? t(lang, "intet tal", "no figure") : n(r.value, lang)}`);
  return {
    text: [...notes, summary, ...(known.length > 0 ? lines : [])].join("\n"),
    summary,
    body: [
      ...notes.map((x) => textBlock(x, { subtle: true })),
      ...(known.length > 0 ? [factSet(rows.map((r) => ({ title: r.name, value: r.value === undefined ? "–" : n(r.value, lang) })))] : []),
    ],
    figures: true,
  };
}

export function categoryMonthAnswer(u: Entities, ctx: AnswerContext, lang: Lang, categoryId: string, date: MeetingDate): Composed {
  const { month } = date;
  const year = u.year ?? yearOfMonth(month, ctx.now);
  const name = categoryName(ctx.agreement, categoryId, lang);
  const unit = crimeIndicator(ctx.agreement, categoryId)?.unit[lang] ?? t(lang, "anmeldelser", "reports");
  const when = `${monthName(month, lang)} ${year}`;
  const head = t(lang, `${name} i ${when}`, `${name} in ${when}`);
  const notes = perMonthNote(date, lang);
  const byYear = monthsOf(ctx.tracker, categoryId);
  const months = byYear.get(year) ?? [];
  const value = months[month - 1];
  if (value === undefined) {
    const yearly = yearlyFigures(ctx.tracker, categoryId).get(year) ?? null;
    const reported = months.length;
    const instead =
      reported > 0
        ? t(
            lang,
            `Trackeren har ${name.toLocaleLowerCase("da")} pr. måned i ${year} til og med ${monthName(reported, "da")}.`,
            `The tracker has ${name.toLocaleLowerCase("en")} per month in ${year} up to and including ${monthName(reported, "en")}.`,
          )
        : yearly !== null
          ? t(
              lang,
              `Trackeren har ingen månedstal for ${name.toLocaleLowerCase("da")} i ${year} (arket »Måneder«), kun hele året: ${n(yearly, lang)} ${unit}.`,
              `The tracker has no monthly figures for ${name.toLocaleLowerCase("en")} in ${year} (the "Måneder" sheet), only the whole year: ${n(yearly, lang)} ${unit}.`,
            )
          : t(
              lang,
              `Trackeren har ingen tal for ${name.toLocaleLowerCase("da")} i ${year}.`,
              `The tracker has no figures for ${name.toLocaleLowerCase("en")} in ${year}.`,
            );
    const summary = t(lang, `${head}: intet tal.`, `${head}: no figure.`);
    return { text: [...notes, summary, instead].join("\n"), summary, body: [textBlock(instead)], figures: true };
  }
  const summary = `${head}: ${count(value, unit, lang)}.`;
  const toDate = sumUpTo(months, month);
  const lines = [
    t(
      lang,
      `${year} til og med ${monthName(month, "da")}: ${count(toDate, unit, lang)}.`,
      `${year} up to and including ${monthName(month, "en")}: ${count(toDate, unit, lang)}.`,
    ),
  ];
  const facts = [
    { title: capitalised(when), value: n(value, lang) },
    { title: t(lang, `${year} til og med ${monthName(month, "da")}`, `${year} through ${monthName(month, "en")}`), value: n(toDate, lang) },
  ];
  const lastYear = byYear.get(year - 1)?.[month - 1];
  if (lastYear !== undefined) {
    const lastWhen = capitalised(`${monthName(month, lang)} ${year - 1}`);
    lines.push(`${lastWhen}: ${count(lastYear, unit, lang)}.`);
    facts.push({ title: lastWhen, value: n(lastYear, lang) });
  }
  return {
    text: [...notes, summary, ...lines].join("\n"),
    summary,
    body: [...notes.map((x) => textBlock(x, { subtle: true })), factSet(facts)],
    figures: true,
  };
}
