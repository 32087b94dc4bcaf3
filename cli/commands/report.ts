/**
 * `report --year Y --out FILE`: the year's status report as a Word document (default) or an HTML
 * page, from the tracker; `--check` lists what the tracker lacks for it instead. An existing
 * --out file is never overwritten without --force, and the file is written whole or not at all
 * (a temporary file beside it, renamed into place).
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type ReportFormat, reportFormats, writeStatusReport } from "../../documents/status-report/index";
import { copenhagenDate, countIssues, readinessHeadline, reportReadiness, reportYear, t } from "../../shared/index";
import { commandClock } from "../clock-option";
import { type Command, InputError, printJson, stringOption, UsageError } from "../command";
import { loadTrackerForCommand } from "./tracker-input";

const DEFAULT_TRACKER = resolve(import.meta.dirname, "../../examples/amager-tracker.xlsx");

function writeWhole(out: string, bytes: Buffer): void {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, out);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new InputError(`kan ikke skrive / cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

export const reportCommand: Command = {
  name: "report",
  usage: "report --year Y [--tracker FILE] [--format docx|html] --out FILE [--force] | report --year Y --check [--json] [--lang da|en]",
  summary: {
    da: "Skriver årets statusrapport (Word eller HTML) ud fra trackeren; --check viser, hvad der mangler",
    en: "Writes the year's status report (Word or HTML) from the tracker; --check lists what is missing",
  },
  options: {
    year: { type: "string" },
    tracker: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    check: { type: "boolean" },
    agreement: { type: "string" },
    today: { type: "string" },
  },
  async run(ctx) {
    const { lang } = ctx;
    const usage = `(usage: partnerskab ${reportCommand.usage})`;
    if (ctx.positionals.length > 0) throw new UsageError(`uventet argument / unexpected argument "${ctx.positionals[0]}" ${usage}`);
    const yearText = stringOption(ctx, "year");
    if (yearText === undefined) throw new UsageError(`--year mangler / is needed, e.g. --year 2015 ${usage}`);
    if (!/^\d{4}$/.test(yearText.trim()))
      throw new UsageError(`--year skal være et årstal som 2015 / must be a year such as 2015, not "${yearText}"`);
    const year = Number(yearText);
    const check = ctx.options.check === true;
    const formatText = stringOption(ctx, "format") ?? "docx";
    if (!reportFormats.includes(formatText as ReportFormat))
      throw new UsageError(`--format skal være docx eller html / must be docx or html, not "${formatText}"`);
    const format = formatText as ReportFormat;
    const out = stringOption(ctx, "out");
    if (!check) {
      if (!out) throw new UsageError(`--out FILE mangler / is needed ${usage}`);
      if (!out.toLowerCase().endsWith(`.${format}`)) throw new UsageError(`--out skal ende på .${format} / must end in .${format}: ${out}`);
      // Never overwrite a report someone may have written in, unless asked to.
      if (existsSync(out) && ctx.options.force !== true)
        throw new InputError(`${out} findes allerede / already exists (brug / use --force for at overskrive / to overwrite)`);
    }

    const file = stringOption(ctx, "tracker") ?? DEFAULT_TRACKER;
    const today = stringOption(ctx, "today");
    const now = commandClock({ name: "--today", value: today });
    const { agreement, data, issues } = await loadTrackerForCommand(file, stringOption(ctx, "agreement"), today);
    const { inPeriod, first, last } = reportYear(agreement, year, now);
    if (!inPeriod)
      throw new UsageError(
        t(
          lang,
          `${year} ligger uden for aftalens periode (${first}–${last})`,
          `${year} is outside the agreement's period (${first}–${last})`,
        ),
      );
    const { errors } = countIssues(issues);
    const errorNote = t(
      lang,
      `Bemærk: trackeren har ${errors} fejl; kør »partnerskab validate ${file}«.`,
      `Note: the tracker has ${errors} errors; run "partnerskab validate ${file}".`,
    );

    if (check) {
      const missing = reportReadiness(agreement, data, year, copenhagenDate(now));
      if (ctx.json) {
        printJson(ctx.io, {
          file,
          agreement: agreement.id,
          year,
          ready: missing.length === 0,
          trackerErrors: errors,
          missing: missing.map((m) => ({ sheet: m.sheetName[lang], cell: m.cell || null, text: m.text[lang] })),
        });
      } else {
        const lines = [
          readinessHeadline(year, missing.length, lang),
          ...missing.map((m) => `  ${m.sheetName[lang]}${m.cell ? `!${m.cell}` : ""}  ${m.text[lang]}`),
        ];
        if (errors > 0) lines.push("", errorNote);
        ctx.io.out(`${lines.join("\n")}\n`);
      }
      return missing.length === 0 ? 0 : 1;
    }

    const written = await writeStatusReport(
      { agreement, tracker: data, year, lang, dataAsOf: statSync(file).mtime, source: basename(file), now },
      format,
    );
    writeWhole(out as string, written.bytes);
    for (const warning of written.warnings) ctx.io.err(`partnerskab report: ${warning}\n`);
    if (ctx.json) {
      printJson(ctx.io, {
        file: out,
        format,
        year,
        agreement: agreement.id,
        bytes: written.bytes.length,
        trackerErrors: errors,
        warnings: written.warnings,
      });
      return 0;
    }
    const lines = [t(lang, `Statusrapport ${year} skrevet: ${out}`, `Status report ${year} written: ${out}`)];
    if (errors > 0) lines.push(errorNote);
    ctx.io.out(`${lines.join("\n")}\n`);
    return 0;
  },
};
