/**
 * Follow-ups in a conversation: "og hærværk?", "og i 2014?", "and last year?", "hvad med narko?"
 * take what they leave out from the previous question. This is the rule, pure; the bot keeps
 * the previous question per conversation (bot/core/conversation-memory.ts). Without one (the
 * CLI's `ask`, a new conversation, 30 minutes later) a follow-up is answered as it stands.
 *
 * The rule: the follow-up's entities replace the previous question's of the same kind
 * (a category replaces the category, a year the year …), and the previous question's intent is
 * asked again when it takes every kind the follow-up names; otherwise the follow-up's own
 * intent is asked, with what it leaves out taken from the previous question ("Hvordan går det
 * i 2015?" then "og indbrud?" is indbrud's status in 2015). Where the previous question compared
 * several categories or years, one more is added to them ("og tyveri?").
 */
import type { Named } from "../intents/intent";
import { type IntentKind, intentRegistry, type Understanding } from "../intents/registry";

/** The previous question of a conversation, as it was answered. */
export interface Remembered {
  intent: IntentKind;
  named: Named;
}

/** What to remember of an answered question; undefined for what no follow-up can continue (help, small talk …). */
export function rememberable(u: Understanding): Remembered | undefined {
  const record = intentRegistry[u.intent];
  if (record.botAction !== "answer" || record.keeps.length === 0 || u.intent === "unsure") return undefined;
  const { intent, lang: _lang, followUp: _followUp, doubt: _doubt, ...named } = u;
  return { intent, named };
}

type Kind = "category" | "year" | "group" | "date" | "focusArea" | "party" | "activityStatus";

function kindsNamed(u: Understanding): Kind[] {
  const kinds: Kind[] = [];
  if (u.category !== undefined || u.categories !== undefined) kinds.push("category");
  if (u.year !== undefined || u.years !== undefined) kinds.push("year");
  if (u.group !== undefined) kinds.push("group");
  if (u.date !== undefined) kinds.push("date");
  if (u.focusArea !== undefined) kinds.push("focusArea");
  if (u.party !== undefined) kinds.push("party");
  if (u.activityStatus !== undefined) kinds.push("activityStatus");
  return kinds;
}

function takes(intent: IntentKind, kind: Kind): boolean {
  const keeps: readonly string[] = intentRegistry[intent].keeps;
  if (kind === "category") return keeps.includes("category") || keeps.includes("categories");
  if (kind === "year") return keeps.includes("year") || keeps.includes("years");
  return keeps.includes(kind);
}

function addOnce<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? [...list] : [...list, value];
}

/** The previous question's entities with the follow-up's in their place. */
function merged(previous: Named, current: Understanding): Named {
  const named: Named = { ...previous };
  if (current.categories !== undefined) {
    named.categories = [...current.categories];
    delete named.category;
  } else if (current.category !== undefined) {
    if (previous.categories !== undefined) named.categories = addOnce(previous.categories, current.category);
    else {
      named.category = current.category;
      delete named.categories;
    }
  }
  if (current.years !== undefined) {
    named.years = [...current.years];
    delete named.year;
    delete named.yearOffset;
  } else if (current.year !== undefined) {
    if (previous.years !== undefined) named.years = addOnce(previous.years, current.year);
    else {
      named.year = current.year;
      if (current.yearOffset === undefined) delete named.yearOffset;
      else named.yearOffset = current.yearOffset;
      delete named.years;
    }
  }
  if (current.group !== undefined) named.group = current.group;
  if (current.date !== undefined) named.date = { ...current.date };
  if (current.focusArea !== undefined) named.focusArea = current.focusArea;
  if (current.party !== undefined) named.party = current.party;
  if (current.activityStatus !== undefined) named.activityStatus = current.activityStatus;
  return named;
}

/** Only the entities `intent` keeps ("year" brings its offset along). */
function keptBy(intent: IntentKind, named: Named): Named {
  const keeps: readonly string[] = intentRegistry[intent].keeps;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(named)) {
    if (keeps.includes(key === "yearOffset" ? "year" : key)) kept[key] = value;
  }
  return kept as Named;
}

/** The question a follow-up asks, given the previous question of the conversation (if any). */
export function continueFrom(previous: Remembered | undefined, current: Understanding): Understanding {
  if (!current.followUp || !previous) return current;
  const kinds = kindsNamed(current);
  const intent = kinds.every((kind) => takes(previous.intent, kind)) ? previous.intent : current.intent;
  const named = keptBy(intent, merged(previous.named, current));
  // A comparison needs two: a single category or year left over is asked as the follow-up's own question.
  const tooFew =
    (intent === "category-comparison" && (named.categories?.length ?? 0) < 2) ||
    (intent === "year-comparison" && (named.years?.length ?? 0) < 2);
  if (tooFew) return current;
  return { intent, lang: current.lang, ...named };
}

const isString = (x: unknown): x is string => typeof x === "string";
const isYear = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x);

/**
 * A remembered question read back from storage, checked: the intent must still exist and every
 * entity a follow-up takes must have its shape (a stored item may come from an older version,
 * or be damaged); anything else is no memory at all.
 */
export function rememberedFrom(item: unknown): Remembered | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const { intent, named } = item as { intent?: unknown; named?: unknown };
  if (!isString(intent) || !Object.hasOwn(intentRegistry, intent)) return undefined;
  if (typeof named !== "object" || named === null || Array.isArray(named)) return undefined;
  const n = named as Record<string, unknown>;
  const ok =
    (n.category === undefined || isString(n.category)) &&
    (n.categories === undefined || (Array.isArray(n.categories) && n.categories.every(isString))) &&
    (n.year === undefined || isYear(n.year)) &&
    (n.yearOffset === undefined || n.yearOffset === -1 || n.yearOffset === 0 || n.yearOffset === 1) &&
    (n.years === undefined || (Array.isArray(n.years) && n.years.every(isYear))) &&
    ["group", "facet", "focusArea", "party", "activityStatus", "ranking"].every((k) => n[k] === undefined || isString(n[k])) &&
    (n.date === undefined || (typeof n.date === "object" && n.date !== null && isYear((n.date as { month?: unknown }).month)));
  return ok ? { intent: intent as IntentKind, named: keptBy(intent as IntentKind, named as Named) } : undefined;
}
