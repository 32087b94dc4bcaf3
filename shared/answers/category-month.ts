/**
 * One category in one month, from the tracker's `Måneder` sheet: »Hvor mange indbrud var der i
 * juli?«. The month's reports, the year up to and including it, and the same month a year
 * earlier when the tracker has it. The tracker has figures per month, never per day: a date is
 * answered for its month, and the answer says so. A month without a figure says what the
 * tracker has instead, never a number made up.
 */
import { crimeIndicator } from "../agreement/lookup";
import type { Entities, MeetingDate } from "../ask/types";
import { capitalised } from "../format/capitalised";
import { copenhagenNow } from "../format/copenhagen-clock";
import { monthName } from "../format/dates";
import { type Lang, t } from "../format/lang";
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

export function categoryMonthAnswer(u: Entities, ctx: AnswerContext, lang: Lang, categoryId: string, date: MeetingDate): Composed {
  const { month } = date;
  const year = u.year ?? yearOfMonth(month, ctx.now);
  const name = categoryName(ctx.agreement, categoryId, lang);
  const unit = crimeIndicator(ctx.agreement, categoryId)?.unit[lang] ?? t(lang, "anmeldelser", "reports");
  const when = `${monthName(month, lang)} ${year}`;
  const head = t(lang, `${name} i ${when}`, `${name} in ${when}`);
  const notes: string[] = [];
  if (date.day !== undefined)
    notes.push(
      t(
        lang,
        `Trackeren har tal pr. måned, ikke pr. dag: her er hele ${monthName(month, "da")}.`,
        `The tracker has figures per month, not per day: this is the whole of ${monthName(month, "en")}.`,
      ),
    );
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
