/**
 * The shape of one intent (one kind of question), in one record: how it is recognised, which
 * entities it keeps, how it is answered, what the Teams bot does with it, how it is asked in
 * the engine's own words, what to suggest asking next, its help examples and the questions that
 * must be understood as it. Every part is required, so the compiler refuses an intent that
 * lacks one. The records are listed in shared/intents/registry.ts.
 */
import type { Composed } from "../answers/composed";
import type { AnswerContext } from "../answers/types";
import type { RecognitionRule } from "../ask/recognition";
import type { Entities } from "../ask/types";
import type { Lang } from "../format/lang";
import type { IntentKind } from "./registry";

/** What an answer function gets. */
export interface AnswerRequest {
  /** What the message names (the intent is the record's own). */
  u: Entities;
  ctx: AnswerContext;
  /** The language to answer in: the context's, else the question's. */
  lang: Lang;
  /** Every intent's help examples in `lang`, in registry order, with the agreement's category names. */
  examples(): string[];
}

/**
 * The entities an intent keeps from a message; the rest of what was found is dropped (or, when
 * dropping it would answer another question, the engine is unsure: shared/ask/doubt.ts).
 * "year" brings `yearOffset` with it; "categories" and "years" are two or more at once.
 */
export type EntityKind = Exclude<keyof Entities, "lang" | "yearOffset">;

/** What a message names, without its language. */
export type Named = Omit<Entities, "lang">;

/**
 * What the Teams bot does with the intent: answer it with the engine, carry out a reminder
 * subscription itself (bot/reminders), or answer and add a download link to the status report
 * (bot/reports). Elsewhere (the CLI) every intent is answered.
 */
export type BotAction = "answer" | "report-download" | "subscribe" | "unsubscribe" | "list-subscriptions";

/** The agreement's words a help example may use, in the help's language. */
export interface ExampleWords {
  /** The agreement's category number `index` (0 = first), lower case; a stand-in when it has fewer. */
  category(index: number): string;
}

/** The agreement's names for entities, in one language, as a question writes them. */
export interface AskWords {
  /** A category by id, lower case: "indbrud", "vold/trusler". */
  category(id: string): string;
  /** A focus area by id, by its shortest name people use: "brobygning". */
  focusArea(id: string): string;
  /** A responsible party by id, by its short form or name: "BUF", "politiet". */
  party(id: string): string;
}

/** A question the engine asks itself: the intent and entities it must be understood with. */
export type Ask = (named: Named, lang: Lang, words: AskWords) => string;

/** A suggested next question: a button's title, and what the button asks (as if typed). */
export interface NextQuestion {
  /** Short, in the answer's language ("Se udviklingen"); the question itself when absent. */
  title?: string;
  intent: IntentKind;
  named: Named;
}

/** One help example in both languages: a fixed text, or one built with the agreement's words. */
export type HelpExample = { [L in Lang]: string | ((words: ExampleWords) => string) };

/**
 * A question and the entities it must be understood with (besides the intent and the language);
 * `followUp: true` where the message could continue the previous question (shared/ask/follow-up.ts).
 */
export type TestExample = readonly [question: string, entities: Named & { followUp?: true }];

/** At least one, in each language. */
export type TestExamples = { [L in Lang]: readonly [TestExample, ...TestExample[]] };

export interface IntentRecord {
  /** One line: what is asked, for whoever reads the registry. */
  about: string;
  /** When a message is this intent: rules with priorities over its signals (shared/ask/recognition.ts). */
  recognise: readonly RecognitionRule[];
  /** Which entities the understanding keeps, e.g. ["category", "year", "group"]. */
  keeps: readonly EntityKind[];
  answer(request: AnswerRequest): Composed;
  botAction: BotAction;
  /**
   * The question in the engine's own words, for given entities: what a suggestion button types.
   * It must be understood as this intent with those entities (tests/ask/registry.test.ts).
   * null: the intent is never suggested (not understood, too long, unsure).
   */
  ask: Ask | null;
  /**
   * What to suggest asking next, as buttons under the answer (two or three; none for the
   * reminder intents, which the bot carries out itself). Each is asked by its intent's `ask`.
   */
  next(named: Named, lang: Lang, words: AskWords): readonly NextQuestion[];
  /** The help text's example questions (the help lists them in registry order); may be empty. */
  help: readonly HelpExample[];
  /**
   * Questions that must be understood as this intent, with their entities, Danish and English.
   * Judged against the Amager agreement at the tests' clock, 15 September 2015 (tests/ask/fixtures.ts),
   * so "i år" is 2015; every one runs in tests/ask/questions.test.ts.
   */
  examples: TestExamples;
}

/** Declares an intent; the type checks every part where the record is written. */
export function defineIntent(record: IntentRecord): IntentRecord {
  return record;
}
