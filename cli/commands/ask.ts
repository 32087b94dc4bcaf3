/**
 * `ask "QUESTION"`: the bot's answer path without Teams. Reads the tracker, understands the
 * question and prints the answer text (with --json also the intent and the Adaptive Card).
 */
import { resolve } from "node:path";
import { loadTrackerFile, TrackerFileError } from "../../files/tracker-file";
import { answerQuestion, countIssues, intentRecord, type Lang, reportYear, understand } from "../../shared/index";
import { commandClock } from "../clock-option";
import { type Command, InputError, printJson, stringOption, UsageError } from "../command";

const DEFAULT_TRACKER = resolve(import.meta.dirname, "../../examples/amager-tracker.xlsx");

export const askCommand: Command = {
  name: "ask",
  usage: 'ask "QUESTION" [--tracker FILE] [--now ISO] [--lang da|en] [--json]',
  summary: { da: "Svar på et spørgsmål, som botten svarer i Teams", en: "Answer a question as the bot does in Teams" },
  options: { tracker: { type: "string" }, now: { type: "string" }, agreement: { type: "string" } },
  async run(ctx) {
    const question = ctx.positionals.join(" ").trim();
    if (question === "") throw new UsageError(`a question is needed (usage: partnerskab ${askCommand.usage})`);
    const now = commandClock({ name: "--now", value: stringOption(ctx, "now") });
    const file = stringOption(ctx, "tracker");
    const path = file === undefined ? DEFAULT_TRACKER : resolve(file);
    let loaded: Awaited<ReturnType<typeof loadTrackerFile>>;
    try {
      loaded = await loadTrackerFile(path, { agreement: stringOption(ctx, "agreement"), now });
    } catch (err) {
      if (err instanceof TrackerFileError) throw new InputError(err.message);
      throw err;
    }
    // --lang given: answer in it; otherwise in the question's own language.
    const lang: Lang | undefined = typeof ctx.options.lang === "string" ? ctx.lang : undefined;
    const answerContext = { agreement: loaded.agreement, tracker: loaded.data, now, ...(lang ? { lang } : {}) };
    const answer = answerQuestion(question, answerContext);
    const { errors } = countIssues(loaded.issues);
    if (errors > 0) {
      const l = answer.lang;
      ctx.io.err(
        l === "da"
          ? `Bemærk: trackeren har ${errors} fejl; kør "partnerskab validate ${file ?? "examples/amager-tracker.xlsx"}".\n`
          : `Note: the tracker has ${errors} errors; run "partnerskab validate ${file ?? "examples/amager-tracker.xlsx"}".\n`,
      );
    }
    if (ctx.json) {
      const u = understand(question, { now, agreement: loaded.agreement, activities: loaded.data.activities });
      printJson(ctx.io, {
        question,
        lang: answer.lang,
        intent: answer.intent,
        understood: u,
        text: answer.text,
        card: answer.card ?? null,
      });
      return 0;
    }
    ctx.io.out(`${answer.text}\n`);
    // Where the bot links the Word document, the command line names the command that writes it.
    if (intentRecord(answer.intent).botAction === "report-download") {
      const { year, inPeriod } = reportYear(
        loaded.agreement,
        understand(question, { now, agreement: loaded.agreement, activities: loaded.data.activities }).year,
        now,
      );
      const command = `partnerskab report --year ${year} --out statusrapport-${year}.docx`;
      if (inPeriod) ctx.io.out(answer.lang === "da" ? `Word-dokumentet: ${command}\n` : `The Word document: ${command}\n`);
    }
    return 0;
  },
};
