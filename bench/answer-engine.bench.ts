/**
 * The answer engine alone (no HTTP): questions per second over a mix of 20 Danish and English
 * questions, for the whole answer (understand + compose + card) and for understand() alone,
 * on the sample tracker. Goal: at least 20,000 answered questions per second.
 * Also a 2,000-character message against a 200-character one, to show the cost is linear, and
 * the questions added for issue 13 (comparisons, rankings, past meetings, activities, follow-ups,
 * unsure replies) on their own, so the first mix stays comparable with earlier runs.
 *
 * The engine measured is shared/ as production compiles it (bench/compiled-shared.ts); the first
 * mix is also measured as tsx runs it, beside it, to show what tsx's own bookkeeping adds.
 */
import { resolve } from "node:path";
import { loadTrackerFile } from "../files/tracker-file";
import * as underTsx from "../shared/index";
import { compiledShared } from "./compiled-shared";
import { measure, report } from "./measure";

const GOAL_PER_SECOND = 20_000;

const questions = [
  "Hvordan går det med indbrud i forhold til målet for 2015?",
  "How are burglaries doing against the 2015 target?",
  "Hvordan ligger tyverierne i år?",
  "What about vandalism last year?",
  "Hvad er målet for hærværk i 2016?",
  "What is the 2016 target for theft?",
  "Hvordan har narkotika udviklet sig over årene?",
  "How has harassment developed over the years?",
  "Hvordan går det i 2015?",
  "How are we doing this year?",
  "Hvordan går det med SSP-aktiveringerne?",
  "What does the safety index say?",
  "Hvornår er næste styregruppemøde?",
  "When is the next working group meeting?",
  "Hvor mange møder har vi holdt i år?",
  "Hvad er budgettet for 2015?",
  "Who are the parties to the agreement?",
  "abonnér på påmindelser kun styregruppen",
  "<at>Partnerskab</at>&nbsp;hvordan går det med indbrudene?",
  "hvad bliver vejret i morgen",
];

/** The kinds of question issue 13 added. */
const newQuestions = [
  "Sammenlign indbrud og hærværk i 2015",
  "tyverier 2014 sammenlignet med 2015",
  "Which category is doing worst?",
  "Most improved since 2012?",
  "Hvornår var sidste styregruppemøde?",
  "Hvad blev der drøftet på mødet i juni?",
  "Hvilke aktiviteter har SSP ansvar for?",
  "Hvordan går det med parkeringen?",
  "og hærværk?",
  "tak",
];

const { answerQuestion, fromCopenhagen, understand } = await compiledShared();
const loaded = await loadTrackerFile(resolve(import.meta.dirname, "../examples/amager-tracker.xlsx"));
const now = fromCopenhagen({ year: 2016, month: 9, day: 1, hour: 10, minute: 0 });
const ctx = { agreement: loaded.agreement, tracker: loaded.data, now };
// As the bot and the CLI understand: with the tracker's activities, whose names a question may use.
const options = { now, agreement: loaded.agreement, activities: loaded.data.activities };

const ROUNDS = 2_000;
const full = measure(`answerQuestion × ${questions.length}`, ROUNDS, () => {
  for (const q of questions) answerQuestion(q, ctx);
});
const understandOnly = measure(`understand × ${questions.length}`, ROUNDS, () => {
  for (const q of questions) understand(q, options);
});
const newKinds = measure(`answerQuestion × ${newQuestions.length} new kinds`, ROUNDS, () => {
  for (const q of newQuestions) answerQuestion(q, ctx);
});
const fullUnderTsx = measure(`answerQuestion × ${questions.length}, as tsx runs it`, ROUNDS, () => {
  for (const q of questions) underTsx.answerQuestion(q, ctx);
});
const words = "hvordan går det med indbruddene i forhold til målet for 2015 ";
const short = words.repeat(4).slice(0, 200);
const long = words.repeat(40).slice(0, 2_000);
const shortMessage = measure("understand, 200 characters", ROUNDS * 5, () => understand(short, options));
const longMessage = measure("understand, 2,000 characters", ROUNDS, () => understand(long, options));
// The worst case for typo matching: every word unknown and long enough to be a typo.
let seed = 7;
const random = () => {
  seed = (seed * 16_807) % 2_147_483_647;
  return seed / 2_147_483_647;
};
const unknownWords = Array.from({ length: 400 }, () =>
  Array.from({ length: 5 + Math.floor(random() * 10) }, () => "abcdefghijklmnoprstuvyæøå"[Math.floor(random() * 25)]).join(""),
)
  .join(" ")
  .slice(0, 2_000);
const unknownMessage = measure("understand, 2,000 characters of unknown words", ROUNDS / 4, () => understand(unknownWords, options));
// A workbook with 5,000 activities (more than a safety plan has), each with a name of its own.
const manyActivities = Array.from({ length: 5_000 }, (_, i) => ({
  ...(loaded.data.activities[0] ?? { focusArea: "", responsible: "", start: null, end: null, status: "" }),
  activity: `Aktivitet nummer ${i} ${unknownWords.slice(i % 1_900, (i % 1_900) + 24)}`,
}));
const manyOptions = { ...options, activities: manyActivities };
const unknownMany = measure("… with 5,000 activities in the tracker (500 read)", ROUNDS / 20, () => understand(unknownWords, manyOptions));
report([full, understandOnly, newKinds, fullUnderTsx, shortMessage, longMessage, unknownMessage, unknownMany]);

const perSecond = (m: { medianMs: number }, count = questions.length) => Math.round((count * 1000) / m.medianMs);
console.log(
  `questions per second (median): answerQuestion ${perSecond(full).toLocaleString("en")}, understand ${perSecond(understandOnly).toLocaleString("en")}` +
    ` (goal ≥ ${GOAL_PER_SECOND.toLocaleString("en")} answered: ${perSecond(full) >= GOAL_PER_SECOND ? "met" : "NOT met"});` +
    ` the new kinds answered: ${perSecond(newKinds, newQuestions.length).toLocaleString("en")};` +
    ` the first mix as tsx runs it: ${perSecond(fullUnderTsx).toLocaleString("en")} (${(fullUnderTsx.medianMs / full.medianMs).toFixed(2)}× the time)`,
);
console.log(
  `2,000 vs 200 characters: ${(longMessage.medianMs / shortMessage.medianMs).toFixed(1)}× the time for 10× the text (linear ≈ 10×)`,
);
