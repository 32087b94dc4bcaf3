/**
 * Question understanding: from a partner's free Danish or English text to an intent and its
 * entities (category, year, group, facet). Pure and linear in the text's length: the text is
 * cleaned and tokenised once, each word is looked up in the agreement's cached vocabulary,
 * and typo matching only compares words of nearly the same length.
 */
import type { Agreement, MeetingGroup } from "../agreement/schema";
import { copenhagenNow } from "../format/copenhagen-clock";
import type { Lang } from "../format/lang";
import { cleanMessage } from "./clean";
import type { Facet, Flag } from "./lexicon";
import { type Token, tokenize } from "./tokens";
import { type IntentKind, MAX_QUESTION_LENGTH, type Understanding } from "./types";
import { type Lexeme, lookupWord, type Phrase, type Vocabulary, vocabularyFor } from "./vocabulary";

export interface UnderstandOptions {
  /** The clock: "i år" / "this year" is judged from it, in Europe/Copenhagen. */
  now: Date;
  agreement: Agreement;
}

/** Everything the words of one message point at. */
interface Findings {
  flags: Set<Flag>;
  categories: string[];
  group: MeetingGroup | undefined;
  facet: Facet | undefined;
  years: number[];
  yearOffset: -1 | 0 | 1 | undefined;
  da: number;
  en: number;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** Markup beyond this multiple of the limit is not worth cleaning: the message is too long anyway. */
const RAW_LENGTH_FACTOR = 4;

function newFindings(): Findings {
  return { flags: new Set(), categories: [], group: undefined, facet: undefined, years: [], yearOffset: undefined, da: 0, en: 0 };
}

function apply(found: Findings, lexeme: Lexeme): void {
  if (lexeme.lang === "da") found.da++;
  else if (lexeme.lang === "en") found.en++;
  for (const f of lexeme.features) {
    switch (f.kind) {
      case "flag":
        found.flags.add(f.flag);
        break;
      case "category":
        if (!found.categories.includes(f.id)) found.categories.push(f.id);
        break;
      case "group":
        found.group ??= f.group;
        break;
      case "facet":
        found.facet ??= f.facet;
        break;
      case "year":
        found.yearOffset ??= f.offset;
        break;
      case "word":
        break;
    }
  }
}

function phraseAt(tokens: readonly Token[], i: number, candidates: readonly Phrase[] | undefined): Phrase | undefined {
  if (!candidates) return undefined;
  return candidates.find((p) => p.keys.every((key, j) => tokens[i + j]?.key === key));
}

function scan(tokens: readonly Token[], vocabulary: Vocabulary): Findings {
  const found = newFindings();
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    if (token.danishLetters) found.da += 2;
    const phrase = phraseAt(tokens, i, vocabulary.phrases.get(token.key));
    if (phrase) {
      apply(found, phrase.lexeme);
      i += phrase.keys.length;
      continue;
    }
    i++;
    if (/^\d{4}$/.test(token.key)) {
      const year = Number(token.key);
      if (year >= MIN_YEAR && year <= MAX_YEAR) found.years.push(year);
      continue;
    }
    const match = lookupWord(vocabulary, token.key);
    if (match) for (const lexeme of match.lexemes) apply(found, lexeme);
  }
  return found;
}

/** Danish unless the English signs outweigh the Danish ones. */
function languageOf(found: Findings): Lang {
  return found.en > found.da ? "en" : "da";
}

function reminderIntent(has: (f: Flag) => boolean): IntentKind | undefined {
  const reminder = has("reminder");
  if (has("unsubscribe") || (has("disable") && reminder)) return "unsubscribe";
  if (reminder && has("listing")) return "list-subscriptions";
  if (has("subscribe") || (has("enable") && reminder)) return "subscribe";
  if (reminder) return "list-subscriptions";
  return undefined;
}

function meetingIntent(has: (f: Flag) => boolean): IntentKind {
  return has("cadence") || has("how-many") ? "cadence" : "next-meeting";
}

function decideIntent(found: Findings): IntentKind {
  const has = (f: Flag) => found.flags.has(f);
  const reminders = reminderIntent(has);
  if (reminders) return reminders;
  const meetingWords = has("meeting") || found.group !== undefined;
  const clearlyMeetings = has("meeting") && (has("next") || has("how-many") || has("cadence"));
  // "Who sits on the steering group?" asks for the parties, not a date.
  const groupMembers = found.group !== undefined && found.facet === "parties" && !has("meeting");
  if (clearlyMeetings) return meetingIntent(has);
  if (found.categories.length > 0) {
    if (has("trend")) return "category-trend";
    // "Did we meet the theft target?" asks whether it was met: "meet" is no meeting here.
    if (has("target") && !has("status") && !has("meeting")) return "category-target";
    return "category-status";
  }
  if (has("ssp")) return "ssp";
  if (has("safety")) return "safety-index";
  if (meetingWords && !groupMembers) return meetingIntent(has);
  if (has("budget")) return "budget";
  if (has("facts") && !has("status")) return "agreement-facts";
  if (has("help")) return "help";
  if (has("overview") || has("status") || has("target") || has("trend") || found.years.length > 0 || found.yearOffset !== undefined) {
    return "year-overview";
  }
  if (has("facts")) return "agreement-facts";
  if (has("greeting")) return "help";
  return "unknown";
}

const ENTITY_INTENTS: ReadonlySet<IntentKind> = new Set<IntentKind>([
  "subscribe",
  "unsubscribe",
  "list-subscriptions",
  "help",
  "unknown",
  "too-long",
]);

function understandText(text: string, options: UnderstandOptions): Understanding {
  if (text.length > MAX_QUESTION_LENGTH * RAW_LENGTH_FACTOR) {
    return { intent: "too-long", lang: languageOf(scan(tokenize(text.slice(0, MAX_QUESTION_LENGTH)), vocabularyFor(options.agreement))) };
  }
  const cleaned = cleanMessage(text);
  const vocabulary = vocabularyFor(options.agreement);
  if (cleaned.length > MAX_QUESTION_LENGTH) {
    return { intent: "too-long", lang: languageOf(scan(tokenize(cleaned.slice(0, MAX_QUESTION_LENGTH)), vocabulary)) };
  }
  const found = scan(tokenize(cleaned), vocabulary);
  const intent = decideIntent(found);
  const u: Understanding = { intent, lang: languageOf(found) };
  if (intent === "subscribe" && found.group) u.group = found.group;
  if (ENTITY_INTENTS.has(intent)) return u;
  const category = found.categories[0];
  if (category !== undefined) u.category = category;
  const explicitYear = found.years[0];
  if (explicitYear !== undefined) u.year = explicitYear;
  else if (found.yearOffset !== undefined) {
    u.year = copenhagenNow(options.now).year + found.yearOffset;
    u.yearOffset = found.yearOffset;
  }
  if (found.group) u.group = found.group;
  if (intent === "agreement-facts" && found.facet) u.facet = found.facet;
  return u;
}

/** What a message asks for. Never throws: text it cannot read is "unknown". */
export function understand(text: string, options: UnderstandOptions): Understanding {
  try {
    if (typeof text !== "string") return { intent: "unknown", lang: "da" };
    return understandText(text, options);
  } catch {
    return { intent: "unknown", lang: "da" };
  }
}
