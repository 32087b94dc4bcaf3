/**
 * Question understanding: from a partner's free Danish or English text to an intent and its
 * entities (category, year, group, facet). Pure and linear in the text's length: the text is
 * cleaned and tokenised once, each word is looked up in the agreement's cached vocabulary
 * (typo matching only compares words of nearly the same length), and the intent is the one
 * whose recognition rule of highest priority matches (the rules live in the intents' records,
 * shared/intents/). A fault here is a bug and is thrown, never turned into "unknown".
 */
import type { Agreement } from "../agreement/schema";
import { copenhagenNow } from "../format/copenhagen-clock";
import type { EntityKind } from "../intents/intent";
import { type IntentKind, intentKinds, intentRegistry, type Understanding } from "../intents/registry";
import { messageText } from "./clean";
import { chosenFacet, type Findings, scan } from "./findings";
import { languageOf } from "./language";
import { type RecognitionRule, ruleMatches, signalsOf } from "./recognition";
import { tokenize } from "./tokens";
import { vocabularyFor } from "./vocabulary";

export interface UnderstandOptions {
  /** The clock: "i år" / "this year" is judged from it, in Europe/Copenhagen. */
  now: Date;
  agreement: Agreement;
}

interface RankedRule {
  rule: RecognitionRule;
  intent: IntentKind;
}

/** Every intent's rules, highest priority first: the first that matches decides. */
const rankedRules: readonly RankedRule[] = intentKinds
  .flatMap((intent) => intentRegistry[intent].recognise.map((rule) => ({ rule, intent })))
  .sort((a, b) => b.rule.priority - a.rule.priority);

function recognise(found: Findings, tooLong: boolean): IntentKind {
  const signals = signalsOf(found, tooLong);
  for (const { rule, intent } of rankedRules) if (ruleMatches(rule, signals)) return intent;
  return "unknown"; // not reached while "unknown" keeps its floor rule (priority 0, no conditions)
}

/** The entities the intent keeps, from the first of each kind found (in a fixed order). */
function withEntities(intent: IntentKind, found: Findings, options: UnderstandOptions): Understanding {
  const u: Understanding = { intent, lang: languageOf(found) };
  const keeps: readonly EntityKind[] = intentRegistry[intent].keeps;
  if (keeps.length === 0) return u;
  const category = found.categories[0];
  if (keeps.includes("category") && category !== undefined) u.category = category;
  if (keeps.includes("year")) {
    const explicitYear = found.years[0];
    const offset = found.yearOffsets[0];
    if (explicitYear !== undefined) u.year = explicitYear;
    else if (offset !== undefined) {
      u.year = copenhagenNow(options.now).year + offset;
      u.yearOffset = offset;
    }
  }
  const group = found.groups[0];
  if (keeps.includes("group") && group !== undefined) u.group = group;
  const facet = chosenFacet(found);
  if (keeps.includes("facet") && facet !== undefined) u.facet = facet;
  return u;
}

/** What a message asks for. Text that is not a string (a broken caller) is not understood. */
export function understand(text: string, options: UnderstandOptions): Understanding {
  if (typeof text !== "string") return { intent: "unknown", lang: "da" };
  const message = messageText(text);
  const found = scan(tokenize(message.text), vocabularyFor(options.agreement));
  return withEntities(recognise(found, message.tooLong), found, options);
}
