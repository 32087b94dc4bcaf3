/**
 * The rules module: pure TypeScript shared by the Teams bot, the Excel add-in and the CLI,
 * so that they can never disagree. No I/O, no Node built-ins, no Teams or Office here.
 */

export * from "./agreement/bundled/index";
export * from "./agreement/categories";
export * from "./agreement/facts";
export * from "./agreement/lookup";
export * from "./agreement/meeting-groups";
export * from "./agreement/parse";
export * from "./agreement/period";
export * from "./agreement/reference";
export * from "./agreement/schema";
export { ASK_VERB, type AskActionData } from "./answers/card";
export { statusLines, statusSentence } from "./answers/category";
export * from "./answers/compose";
export { methodPhrase, progressLines, projectionMethodLine, throughMonth } from "./answers/progress";
export { reportLinkWords } from "./answers/status-report";
export * from "./answers/types";
export { cleanMessage } from "./ask/clean";
export { continueFrom, type Remembered, rememberable, rememberedFrom } from "./ask/follow-up";
export { guessLanguage } from "./ask/language";
export * from "./ask/types";
export * from "./ask/understand";
export * from "./budget";
export * from "./charts/index";
export * from "./format/dates";
export * from "./format/instant";
export * from "./format/lang";
export * from "./format/numbers";
export * from "./format/rag-words";
export { exampleQuestions } from "./intents/help-examples";
export type { BotAction, IntentRecord } from "./intents/intent";
export { type IntentKind, intentKinds, intentRecord, intentRegistry, type Understanding } from "./intents/registry";
export * from "./meetings";
export * from "./progress/index";
export * from "./reminders/index";
export * from "./report/index";
export * from "./status";
export * from "./targets";
export * from "./text/normalize";
export * from "./text/plain-text";
export * from "./tracker/index";
