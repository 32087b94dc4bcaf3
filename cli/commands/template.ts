/** `template OUT.xlsx`: an empty tracker with headers, drop-downs and the agreement's baselines. */
import { existsSync } from "node:fs";
import { resolveAgreement } from "../../files/agreement-file";
import { writeTemplateWorkbook } from "../../files/tracker-file";
import { t, trackerTemplate } from "../../shared/index";
import { type Command, InputError, printJson, stringOption, UsageError } from "../command";

export const templateCommand: Command = {
  name: "template",
  usage: "template OUT.xlsx [--agreement ID|FILE] [--force] [--lang da|en]",
  summary: {
    da: "Skriver en tom tracker med overskrifter, rullelister og aftalens baseline",
    en: "Writes an empty tracker with headers, drop-downs and the agreement's baselines",
  },
  options: { agreement: { type: "string" }, force: { type: "boolean" } },
  async run(ctx) {
    const [out, ...extra] = ctx.positionals;
    if (!out || extra.length > 0) throw new UsageError(`give one output file (usage: partnerskab ${templateCommand.usage})`);
    if (!out.toLowerCase().endsWith(".xlsx")) throw new UsageError(`the output file must end in .xlsx: ${out}`);
    // Never overwrite a tracker someone has filled in, unless asked to.
    if (existsSync(out) && ctx.options.force !== true) {
      throw new InputError(`${out} findes allerede / already exists (use --force to overwrite)`);
    }
    const agreement = resolveAgreement(stringOption(ctx, "agreement"));
    try {
      await writeTemplateWorkbook(out, agreement);
    } catch (err) {
      throw new InputError(`cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const sheets = trackerTemplate(agreement).map((s) => s.name);
    if (ctx.json) {
      printJson(ctx.io, { file: out, agreement: agreement.id, sheets });
      return 0;
    }
    ctx.io.out(
      `${t(ctx.lang, `Skabelon skrevet: ${out} (aftale ${agreement.id}; ark: ${sheets.join(", ")})`, `Template written: ${out} (agreement ${agreement.id}; sheets: ${sheets.join(", ")})`)}\n`,
    );
    return 0;
  },
};
