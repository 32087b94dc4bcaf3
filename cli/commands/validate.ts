/**
 * `validate FILE`: checks a tracker workbook and lists every problem by sheet and cell. With
 * --json it always prints JSON, also when the file cannot be read at all (`readable: false`).
 */
import { AgreementLoadError } from "../../files/agreement-file";
import { countIssues, t } from "../../shared/index";
import { type Command, InputError, printJson, stringOption, UsageError } from "../command";
import { loadTrackerForCommand } from "./tracker-input";

export const validateCommand: Command = {
  name: "validate",
  usage: "validate FILE.xlsx [--json] [--agreement ID|FILE] [--today YYYY-MM-DD] [--lang da|en]",
  summary: {
    da: "Tjekker en tracker-projektmappe og peger på hver fejl (ark og celle)",
    en: "Checks a tracker workbook and points at every problem (sheet and cell)",
  },
  options: { agreement: { type: "string" }, today: { type: "string" } },
  async run(ctx) {
    const [file, ...extra] = ctx.positionals;
    if (!file || extra.length > 0) throw new UsageError(`give one file (usage: partnerskab ${validateCommand.usage})`);
    let loaded: Awaited<ReturnType<typeof loadTrackerForCommand>>;
    try {
      loaded = await loadTrackerForCommand(file, stringOption(ctx, "agreement"), stringOption(ctx, "today"));
    } catch (err) {
      // Scripts read stdout: the reason goes there as JSON too, and the one line to stderr as always.
      const unreadable = err instanceof InputError || err instanceof UsageError || err instanceof AgreementLoadError;
      if (ctx.json && unreadable) printJson(ctx.io, { file, valid: false, readable: false, error: err.message });
      throw err;
    }
    const { agreement, issues } = loaded;
    const { errors, warnings } = countIssues(issues);
    const valid = errors === 0;
    if (ctx.json) {
      printJson(ctx.io, { file, valid, readable: true, errors, warnings, agreement: agreement.id, issues });
      return valid ? 0 : 1;
    }
    const { lang } = ctx;
    const summary = t(
      lang,
      `${valid ? "gyldig" : "ugyldig"}: ${errors} ${errors === 1 ? "fejl" : "fejl"}, ${warnings} ${warnings === 1 ? "advarsel" : "advarsler"}`,
      `${valid ? "valid" : "not valid"}: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
    );
    const lines = [`${file}: ${summary} (${t(lang, "aftale", "agreement")}: ${agreement.name[lang]})`];
    const where = issues.map((i) => (i.cell ? `${i.sheet}!${i.cell}` : i.sheet));
    const width = Math.max(0, ...where.map((w) => w.length));
    issues.forEach((issue, n) => {
      const kind = issue.severity === "error" ? t(lang, "fejl    ", "error  ") : t(lang, "advarsel", "warning");
      lines.push(`  ${kind}  ${(where[n] ?? "").padEnd(width)}  ${issue.message[lang]}`);
    });
    ctx.io.out(`${lines.join("\n")}\n`);
    return valid ? 0 : 1;
  },
};
