/**
 * When the engine should not answer: the message holds something the intent it matched would
 * drop or ignore, so its answer would be an answer to another question. Then the understanding
 * is "unsure", carrying what was understood and what would have been dropped, and the reply
 * says so with a few questions it can answer (shared/answers/unsure.ts).
 *
 * What counts as dropped:
 * - several years for an intent that answers one year at a time ("SSP 2014 og 2015");
 * - several categories for an intent that answers one category at a time;
 * - a bound on a year ("efter 2016", "before 2014"): every answer is for whole years, except the
 *   one whose rule reads the bound as its subject (after the agreement's period: `readsBound`);
 * - a month or a date for an intent that answers whole years ("SSP i marts 2015" is not the
 *   year 2015's figure), or several for an intent that answers one ("vold i juni og juli");
 * - a part of a year ("i sommer", "første halvår", "2. kvartal", "uge 27") for an answer of whole
 *   years or months: the year to date would answer another question;
 * - after a vague rule (broad words only: "Hvordan går det med …?", a greeting, nothing at all),
 *   a word nothing knows that looks like the subject ("parkeringen", "kantinen").
 */
import type { IntentKind, Understanding } from "../intents/registry";
import { intentRegistry } from "../intents/registry";
import type { Findings } from "./findings";
import type { RecognitionRule } from "./recognition";
import type { Doubt } from "./types";

/** Unknown words shorter than this are more likely a slip or a particle than a subject. */
const SUBJECT_MIN_LENGTH = 5;
/** The reply names at most this many of them. */
const MAX_WORDS_NAMED = 3;

/** Unknown words that could be what the message is about; an activity's name is known to an intent that keeps it. */
function subjectWords(found: Findings, keeps: readonly string[]): string[] {
  const named = keeps.includes("activity") ? (found.activityWords ?? []) : [];
  return found.unknownWords.filter((w) => w.length >= SUBJECT_MIN_LENGTH && !named.includes(w)).slice(0, MAX_WORDS_NAMED);
}

/**
 * Why `u` (the message understood as `intent` by `rule`) must not be answered, or undefined
 * when it may. `years` are the message's different years, in order.
 */
export function doubtAbout(
  intent: IntentKind,
  rule: RecognitionRule,
  found: Findings,
  u: Understanding,
  years: readonly { year: number }[],
): Doubt | undefined {
  // Nothing that could be dropped: the common case, decided without allocating.
  if (
    years.length < 2 &&
    found.categories.length < 2 &&
    found.bounds.length === 0 &&
    found.dates.length === 0 &&
    !found.flags.has("part-of-year") &&
    !(rule.vague && found.unknownWords.length > 0)
  ) {
    return undefined;
  }
  const record = intentRegistry[intent];
  if (record.botAction !== "answer" || intent === "too-long") return undefined;
  const keeps: readonly string[] = record.keeps;
  const doubt: Omit<Doubt, "instead"> = {};
  if (years.length > 1 && keeps.includes("year") && !keeps.includes("years")) doubt.years = years.map((y) => y.year);
  if (found.categories.length > 1 && keeps.includes("category") && !keeps.includes("categories")) doubt.categories = [...found.categories];
  const bound = found.bounds[0];
  if (bound !== undefined && !rule.readsBound && (keeps.includes("year") || keeps.includes("years") || rule.vague)) doubt.bound = bound;
  const date = found.dates[0];
  if (date !== undefined && keeps.includes("year") && !keeps.includes("date")) doubt.date = { ...date };
  if (found.dates.length > 1 && keeps.includes("date")) doubt.dates = found.dates.map((d) => ({ ...d }));
  if (found.flags.has("part-of-year") && (keeps.includes("year") || keeps.includes("date"))) doubt.partOfYear = true;
  if (rule.vague) {
    const words = subjectWords(found, keeps);
    if (words.length > 0) doubt.unknownWords = words;
  }
  if (Object.keys(doubt).length === 0) return undefined;
  const { lang: _lang, intent: _intent, followUp: _followUp, ...named } = u;
  return { instead: { intent, ...named }, ...doubt };
}
