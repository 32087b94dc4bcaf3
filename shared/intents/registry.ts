/**
 * Every intent the answer engine knows, one record each (shared/intents/<intent>.ts). This is
 * the one list: `IntentKind` comes from its keys, understand() recognises by the records'
 * rules, composeAnswer() answers by their answer functions, the help lists their examples in
 * this order, and tests/ask/questions.test.ts runs every test example. Adding an intent is one
 * record here plus its tests (see the README, "How to add an intent").
 */
import type { Entities } from "../ask/types";
import { activities } from "./activities";
import { afterEnd } from "./after-end";
import { agreementFacts } from "./agreement-facts";
import { budget } from "./budget";
import { cadence } from "./cadence";
import { categoryComparison } from "./category-comparison";
import { categoryMonth } from "./category-month";
import { categoryStatus } from "./category-status";
import { categoryTarget } from "./category-target";
import { categoryTrend } from "./category-trend";
import { greeting } from "./greeting";
import { help } from "./help";
import type { IntentRecord } from "./intent";
import { lastMeeting } from "./last-meeting";
import { listSubscriptions } from "./list-subscriptions";
import { meetingOnDate } from "./meeting-on-date";
import { meetingsList } from "./meetings-list";
import { nextMeeting } from "./next-meeting";
import { objectives } from "./objectives";
import { organisation } from "./organisation";
import { ranking } from "./ranking";
import { reportReadiness } from "./report-readiness";
import { safetyIndex } from "./safety-index";
import { safetySurvey } from "./safety-survey";
import { signatories } from "./signatories";
import { ssp } from "./ssp";
import { statusReport } from "./status-report";
import { subscribe } from "./subscribe";
import { thanks } from "./thanks";
import { tooLong } from "./too-long";
import { unknown } from "./unknown";
import { unsubscribe } from "./unsubscribe";
import { unsure } from "./unsure";
import { yearComparison } from "./year-comparison";
import { yearOverview } from "./year-overview";

/** In the order the help lists their examples. */
export const intentRegistry = {
  "category-status": categoryStatus,
  "year-overview": yearOverview,
  "category-target": categoryTarget,
  "category-trend": categoryTrend,
  "category-month": categoryMonth,
  "category-comparison": categoryComparison,
  "year-comparison": yearComparison,
  ranking,
  "next-meeting": nextMeeting,
  "last-meeting": lastMeeting,
  "meeting-on-date": meetingOnDate,
  "meetings-list": meetingsList,
  cadence,
  objectives,
  activities,
  ssp,
  "safety-index": safetyIndex,
  "safety-survey": safetySurvey,
  budget,
  "agreement-facts": agreementFacts,
  organisation,
  signatories,
  "after-end": afterEnd,
  "status-report": statusReport,
  "report-readiness": reportReadiness,
  subscribe,
  unsubscribe,
  "list-subscriptions": listSubscriptions,
  help,
  greeting,
  thanks,
  "too-long": tooLong,
  unsure,
  unknown,
} as const satisfies Record<string, IntentRecord>;

/** Every intent the engine knows. */
export type IntentKind = keyof typeof intentRegistry;

/** The intents in registry order. */
export const intentKinds = Object.keys(intentRegistry) as IntentKind[];

/** What a partner's message means: its intent and the entities that intent keeps. */
export interface Understanding extends Entities {
  intent: IntentKind;
  /**
   * The message could continue the previous question of a conversation ("og hærværk?", "and
   * last year?"): the bot then asks shared/ask/follow-up.ts what it asks. Elsewhere it is
   * answered as it stands.
   */
  followUp?: true;
}

/** The record of an intent the engine knows; a kind it does not know is a bug, and says so. */
export function intentRecord(kind: IntentKind): IntentRecord {
  if (!Object.hasOwn(intentRegistry, kind)) throw new Error(`"${String(kind)}" is not an intent in shared/intents/registry.ts`);
  return intentRegistry[kind];
}
