/**
 * Question understanding: from a partner's free Danish or English text to an intent and its
 * entities (categories, years, group, facet, meeting date, focus area, party, activity status,
 * ranking). Pure and linear in the text's length: the text is cleaned and tokenised once, each
 * word is looked up in the agreement's cached vocabulary (typo matching only compares words of
 * nearly the same length), and the intent is the one whose recognition rule of highest priority
 * matches (the rules live in the intents' records, shared/intents/). When that intent would
 * drop something the message holds, the understanding is "unsure" instead (doubt.ts). A fault
 * here is a bug and is thrown, never turned into "unknown".
 */
import type { Agreement } from "../agreement/schema";
import { copenhagenNow } from "../format/copenhagen-clock";
import type { EntityKind } from "../intents/intent";
import { type IntentKind, intentKinds, intentRegistry, type Understanding } from "../intents/registry";
import type { ActivityEntry } from "../tracker/types";
import { namedActivity } from "./activity-names";
import { messageText } from "./clean";
import { doubtAbout } from "./doubt";
import { chosenFacet, type Findings, scan, type YearOffset } from "./findings";
import { languageOf } from "./language";
import type { Flag } from "./lexicon";
import { type RecognitionRule, ruleMatches, signalsOf } from "./recognition";
import { tokenize } from "./tokens";
import type { Ranking } from "./types";
import { vocabularyFor } from "./vocabulary";

export interface UnderstandOptions {
  /** The clock: "i år" / "this year" is judged from it, in Europe/Copenhagen. */
  now: Date;
  agreement: Agreement;
  /** The tracker's activities, whose names a message may use (shared/ask/activity-names.ts); none when absent. */
  activities?: readonly ActivityEntry[];
}

interface RankedRule {
  rule: RecognitionRule;
  intent: IntentKind;
}

/** Every intent's rules, highest priority first: the first that matches decides. */
const rankedRules: readonly RankedRule[] = intentKinds
  .flatMap((intent) => intentRegistry[intent].recognise.map((rule) => ({ rule, intent })))
  .sort((a, b) => b.rule.priority - a.rule.priority);

/** "unknown" keeps its floor rule (priority 0, no conditions), so some rule always matches. */
const FLOOR: RankedRule = { rule: { priority: 0 }, intent: "unknown" };

function recognise(found: Findings, yearCount: number, tooLong: boolean): RankedRule {
  const signals = signalsOf(found, yearCount, tooLong);
  for (const ranked of rankedRules) if (ruleMatches(ranked.rule, signals)) return ranked;
  return FLOOR;
}

interface ResolvedYear {
  year: number;
  offset?: YearOffset;
}

const NO_YEARS: readonly ResolvedYear[] = [];

function hasYear(years: readonly ResolvedYear[], year: number): boolean {
  for (const y of years) if (y.year === year) return true;
  return false;
}

/** The message's different years: those written as digits first, then those said relative to the clock. */
function yearsOf(found: Findings, now: Date): readonly ResolvedYear[] {
  if (found.years.length === 0 && found.yearOffsets.length === 0) return NO_YEARS;
  const years: ResolvedYear[] = [];
  for (const year of found.years) if (!hasYear(years, year)) years.push({ year });
  if (found.yearOffsets.length > 0) {
    const thisYear = copenhagenNow(now).year;
    for (const offset of found.yearOffsets) if (!hasYear(years, thisYear + offset)) years.push({ year: thisYear + offset, offset });
  }
  return years;
}

/**
 * "i morgen", "today" beside a meeting or a group: the Copenhagen date it names, first among the
 * message's dates, with its year when none was written (31 December's "i morgen" is next year).
 * Beside anything else ("Hvordan går det i dag?") such words only set the scene.
 */
function resolveRelativeDay(found: Findings, now: Date): void {
  const offset = found.dayOffsets[0];
  if (offset === undefined || (!found.flags.has("meeting") && found.groups.length === 0)) return;
  const today = copenhagenNow(now);
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
  found.dates.unshift({ month: day.getUTCMonth() + 1, day: day.getUTCDate() });
  if (found.years.length === 0 && found.yearOffsets.length === 0) found.years.push(day.getUTCFullYear());
}

/**
 * "sidste måned", "this month": that Copenhagen month (in its year, unless a year is named), so a
 * category's month is answered from the tracker's monthly figures.
 */
function resolveRelativeMonth(found: Findings, now: Date): void {
  const offset = found.monthOffsets[0];
  if (offset === undefined) return;
  const today = copenhagenNow(now);
  const month = today.month + offset;
  const [y, m] = month < 1 ? [today.year - 1, 12] : [today.year, month];
  found.dates.unshift({ month: m });
  if (found.years.length === 0 && found.yearOffsets.length === 0) found.years.push(y);
}

/** Subjects whose figures are not compared year against year by a direction's words. */
const NOT_DIRECTED: readonly Flag[] = ["trend", "meeting", "ssp", "safety", "survey", "budget", "activity", "report"];

/**
 * The years a comparison or a direction leaves unsaid, added to the years named. Without them
 * one year's status alone answered, which says nothing of the comparison (another question):
 * - "Er der flere indbrud end sidste år?", "Is theft better than last year?": last year against
 *   this year, whatever the subject (two categories compared stay in that year);
 * - "Stiger volden?", "Bliver det værre med tyverierne?": last year against this year, for one
 *   category or all of them;
 * - "Er indbruddene faldet siden 2013?", "færre tyverier end i 2014": that year against this year;
 * - "Stiger volden i år?", "steg volden i 2014?": that year against the year before.
 */
function yearsCompared(years: readonly ResolvedYear[], found: Findings, now: Date): readonly ResolvedYear[] {
  if (years.length > 1 || found.categories.length > 1) return years;
  const thisYear = copenhagenNow(now).year;
  const only = years[0];
  if (only?.offset === -1 && found.flags.has("compare")) return [only, { year: thisYear, offset: 0 }];
  const direction = found.flags.has("direction");
  // A comparison only of one category (»Sammenlign alle gerningstyper i 2015« stays in 2015).
  const compared = found.flags.has("compare") && found.categories.length === 1;
  if (!(direction || compared)) return years;
  if (found.groups.length > 0 || NOT_DIRECTED.some((f) => found.flags.has(f))) return years;
  if (found.categories.length === 0 && !found.flags.has("overview")) return years;
  if (only === undefined)
    return [
      { year: thisYear - 1, offset: -1 },
      { year: thisYear, offset: 0 },
    ];
  if (only.year < thisYear && (found.flags.has("since") || compared)) return [only, { year: thisYear, offset: 0 }];
  return direction ? [{ year: only.year - 1 }, only] : years;
}

/** The ranking a message asks for, by the words it uses (the most specific first). */
function rankingOf(found: Findings): Ranking | undefined {
  const { flags } = found;
  if (flags.has("improved")) return "improved";
  if (flags.has("worst")) return "worst";
  if (flags.has("best")) return "best";
  if (flags.has("most")) return "most";
  if (flags.has("fewest")) return "fewest";
  if (flags.has("missed")) return "missed";
  if (flags.has("met")) return "met";
  return undefined;
}

/**
 * An activity named by words the vocabulary does not know. They stay unknown words for every
 * intent but the activities' (shared/ask/doubt.ts): »Hvad koster sommerfesten?« is not the budget.
 */
function nameActivity(found: Findings, activities: readonly ActivityEntry[]): void {
  const named = namedActivity(found.unknownWords, activities);
  if (!named) return;
  found.activity = named.name;
  found.activityWords = named.words;
}

/** The entities the intent keeps, from what was found (the first of each kind, or all where it keeps several). */
function withEntities(
  { intent, rule }: RankedRule,
  found: Findings,
  years: readonly ResolvedYear[],
  options: UnderstandOptions,
): Understanding {
  const u: Understanding = { intent, lang: languageOf(found) };
  const keeps: readonly EntityKind[] = intentRegistry[intent].keeps;
  if (keeps.length === 0) return u;
  const category = found.categories[0];
  if (keeps.includes("categories") && found.categories.length > 1) u.categories = [...found.categories];
  else if (keeps.includes("category") && category !== undefined) u.category = category;
  const first = years[0];
  if (keeps.includes("years") && years.length > 1) u.years = years.map((y) => y.year);
  else if (keeps.includes("year") && first !== undefined) {
    u.year = first.year;
    if (first.offset !== undefined) u.yearOffset = first.offset;
  }
  // Both groups named ("Er næste møde et styregruppemøde eller arbejdsgruppemøde?") is neither
  // alone: the answer covers every group, never just the first named.
  const group = found.groups.length === 1 ? found.groups[0] : undefined;
  if (keeps.includes("group") && group !== undefined) u.group = group;
  const facet = rule.facet ?? chosenFacet(found);
  if (keeps.includes("facet") && facet !== undefined) u.facet = facet;
  const date = found.dates[0];
  if (keeps.includes("date") && date !== undefined) u.date = { ...date };
  if (keeps.includes("focusArea")) {
    const byNumber = found.focusAreaNumbers[0];
    const focusArea = found.focusAreas[0] ?? (byNumber === undefined ? undefined : options.agreement.focusAreas[byNumber - 1]?.id);
    if (focusArea !== undefined) u.focusArea = focusArea;
  }
  const party = found.parties[0];
  if (keeps.includes("party") && party !== undefined) u.party = party;
  const status = found.activityStatuses[0];
  if (keeps.includes("activityStatus") && status !== undefined) u.activityStatus = status;
  if (keeps.includes("activity") && found.activity !== undefined) u.activity = found.activity;
  if (keeps.includes("total") && found.flags.has("total")) u.total = true;
  const ranking = rankingOf(found);
  if (keeps.includes("ranking") && ranking !== undefined) u.ranking = ranking;
  return u;
}

/** Names something a previous question could be asked again about ("og hærværk?", "and last year?"). */
function namesEntity(u: Understanding): boolean {
  return (
    u.category !== undefined ||
    u.categories !== undefined ||
    u.year !== undefined ||
    u.years !== undefined ||
    u.group !== undefined ||
    u.date !== undefined ||
    u.focusArea !== undefined ||
    u.party !== undefined ||
    u.activityStatus !== undefined
  );
}

/**
 * The message could continue the previous question: it names entities and nothing to ask about
 * them, and opens as a follow-up ("og …", "hvad med …", "and …") or is nothing but entities
 * ("2014?", "hærværket?"). What it takes from the previous question: shared/ask/follow-up.ts.
 */
function isFollowUp(found: Findings, u: Understanding): boolean {
  if (found.flags.size > 0 || !namesEntity(u)) return false;
  return found.followUpOpening || (found.plainWords === 0 && found.unknownWords.length === 0);
}

/** What a message asks for. Text that is not a string (a broken caller) is not understood. */
export function understand(text: string, options: UnderstandOptions): Understanding {
  if (typeof text !== "string") return { intent: "unknown", lang: "da" };
  const message = messageText(text);
  const found = scan(tokenize(message.text), vocabularyFor(options.agreement));
  if (options.activities) nameActivity(found, options.activities);
  resolveRelativeDay(found, options.now);
  resolveRelativeMonth(found, options.now);
  // Years are resolved against the clock first: "2015 i år" in 2015 names one year, not two.
  const years = yearsCompared(yearsOf(found, options.now), found, options.now);
  const recognised = recognise(found, years.length, message.tooLong);
  const { intent, rule } = recognised;
  const u = withEntities(recognised, found, years, options);
  const doubt = doubtAbout(intent, rule, found, u, years);
  if (doubt) return { intent: "unsure", lang: u.lang, doubt };
  if (isFollowUp(found, u)) u.followUp = true;
  return u;
}
