/**
 * How an intent is recognised, as data: rules over the signals a message gives, each with an
 * explicit priority. Of all intents' rules that match, the one with the highest priority wins
 * (shared/ask/understand.ts), so a rule says plainly what it needs and what it gives way to.
 */
import { chosenFacet, type Findings } from "./findings";
import type { Flag } from "./lexicon";
import type { Facet } from "./types";

/** What a message shows, read from its findings. */
export type Signal =
  /** A lexicon word's meaning: "status", "target", "meeting", "next" … (see lexicon.ts). */
  | Flag
  /** At least one offence category; "categories": two or more different ones. */
  | "category"
  | "categories"
  /** A year, as digits or relative ("i år", "last year"); "years": two or more different ones. */
  | "year"
  | "years"
  /** A meeting group (steering or working); "groups": both. */
  | "group"
  | "groups"
  /** The agreement's fact asked for ("hvem" → facet:parties, "formand" → facet:chair …; see chosenFacet). */
  | `facet:${Facet}`
  /** A month or a date ("i juni", "on 14 June"). */
  | "date"
  /** One of the agreement's focus areas by name ("brobygning"). */
  | "focus-area"
  /** A party responsible for activities ("BUF", "politiet", "3B"). */
  | "party"
  /** Where an activity stands ("i gang", "finished"). */
  | "activity-status"
  /** One of the tracker's activities by its name ("tryghedsvandringerne"). */
  | "activity-named"
  /** Longer than MAX_QUESTION_LENGTH once cleaned. */
  | "too-long";

export interface RecognitionRule {
  /** Higher wins. Two intents never share a priority (a test checks), so the order is never left to chance. */
  priority: number;
  /** Every one of these signals. */
  all?: readonly Signal[];
  /** At least one of these. */
  any?: readonly Signal[];
  /** None of these. */
  none?: readonly Signal[];
  /**
   * The rule matches on broad words only (hvordan, går, mål, a year, a greeting, or nothing at
   * all). A message it matches that also holds a word the engine does not know, which looks like
   * its subject ("Hvordan går det med parkeringen?"), gets the "unsure" reply instead: answering
   * it would answer another question (shared/ask/doubt.ts).
   */
  vague?: true;
  /**
   * The rule reads a bound on a year ("efter 2016") as what is asked (what happens after the
   * agreement's period), so the bound is its subject, never something its answer drops.
   */
  readsBound?: true;
  /**
   * The facet the rule's answer is about, whatever facet the words named: »Hvem skal lave
   * statusrapporten?« names the report but asks who makes it, which the secretariat's facts say.
   */
  facet?: Facet;
}

/** The signals of a message: its flags plus what its entities add; `yearCount` is its different years, resolved against the clock. */
export function signalsOf(found: Findings, yearCount: number, tooLong: boolean): Set<Signal> {
  const signals = new Set<Signal>(found.flags);
  if (found.categories.length > 0) signals.add("category");
  if (found.categories.length > 1) signals.add("categories");
  if (yearCount > 0) signals.add("year");
  if (yearCount > 1) signals.add("years");
  if (found.groups.length > 0) signals.add("group");
  if (found.groups.length > 1) signals.add("groups");
  const facet = chosenFacet(found);
  if (facet !== undefined) signals.add(`facet:${facet}`);
  if (found.dates.length > 0) signals.add("date");
  // By name ("brobygning") or by number after "indsatsområde" ("indsatsområde 3").
  if (found.focusAreas.length > 0 || found.focusAreaNumbers.length > 0) signals.add("focus-area");
  if (found.parties.length > 0) signals.add("party");
  if (found.activityStatuses.length > 0) signals.add("activity-status");
  if (found.activity !== undefined) signals.add("activity-named");
  if (tooLong) signals.add("too-long");
  return signals;
}

function hasAny(signals: ReadonlySet<Signal>, wanted: readonly Signal[]): boolean {
  for (const s of wanted) if (signals.has(s)) return true;
  return false;
}

/** Plain loops: every message is checked against every rule until one matches. */
export function ruleMatches(rule: RecognitionRule, signals: ReadonlySet<Signal>): boolean {
  if (rule.all) for (const s of rule.all) if (!signals.has(s)) return false;
  if (rule.any && !hasAny(signals, rule.any)) return false;
  return !(rule.none && hasAny(signals, rule.none));
}
