/**
 * `ask "QUESTION"`: the bot's answer path without Teams. Reads the tracker, understands the
 * question and prints the answer text (with --json also the intent and the Adaptive Card).
 */
import { resolve } from "node:path";
import { loadTrackerFile, TrackerFileError } from "../../files/tracker-file";
import { answerQuestion, countIssues, fromCopenhagen, type Lang, understand } from "../../shared/index";
import { type Command, InputError, printJson, stringOption, UsageError } from "../command";

const DEFAULT_TRACKER = resolve(import.meta.dirname, "../../examples/amager-tracker.xlsx");
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The clock for the answer. A date alone is noon in Copenhagen; a time without an offset is
 * Copenhagen wall-clock time; with Z or an offset it is that instant. Undefined if not ISO 8601.
 */
export function parseNow(text: string): Date | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, , zone] = m;
  const parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: h === undefined ? 12 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
  };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31 || parts.hour > 23 || parts.minute > 59) return undefined;
  const date = zone === undefined ? fromCopenhagen(parts) : new Date(text.trim().replace(" ", "T"));
  if (!Number.isFinite(date.getTime())) return undefined;
  // Reject dates that roll over (2015-02-30 would become 2 March).
  const check = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  return check.getUTCDate() === parts.day ? date : undefined;
}

function clockFrom(option: string | undefined): Date {
  const text = option ?? process.env.PARTNERSKAB_NOW;
  if (text === undefined || text.trim() === "") return new Date();
  const now = parseNow(text);
  const source = option === undefined ? "PARTNERSKAB_NOW" : "--now";
  if (!now) throw new UsageError(`${source} must be an ISO 8601 date or time (e.g. 2015-09-15 or 2015-09-15T10:00), not "${text}"`);
  return now;
}

export const askCommand: Command = {
  name: "ask",
  usage: 'ask "QUESTION" [--tracker FILE] [--now ISO] [--lang da|en] [--json]',
  summary: { da: "Svar på et spørgsmål, som botten svarer i Teams", en: "Answer a question as the bot does in Teams" },
  options: { tracker: { type: "string" }, now: { type: "string" }, agreement: { type: "string" } },
  async run(ctx) {
    const question = ctx.positionals.join(" ").trim();
    if (question === "") throw new UsageError(`a question is needed (usage: partnerskab ${askCommand.usage})`);
    const now = clockFrom(stringOption(ctx, "now"));
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
      const u = understand(question, { now, agreement: loaded.agreement });
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
    return 0;
  },
};
