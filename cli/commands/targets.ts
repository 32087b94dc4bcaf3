/** `targets`: baseline and target figures (måltal) per offence category. */
import { resolveAgreement } from "../../files/agreement-file";
import { categoryById, formatNumber, formatPercent, t, targetTable } from "../../shared/index";
import { type Command, printJson, stringOption } from "../command";
import { textTable } from "../text-table";

export const targetsCommand: Command = {
  name: "targets",
  usage: "targets [--agreement ID|FILE] [--json] [--lang da|en]",
  summary: { da: "Baseline og måltal pr. gerningstype", en: "Baseline and targets per offence category" },
  options: { agreement: { type: "string" } },
  run(ctx) {
    const agreement = resolveAgreement(stringOption(ctx, "agreement"));
    const table = targetTable(agreement);
    if (ctx.json) {
      printJson(ctx.io, {
        agreement: agreement.id,
        baselineYear: table[0]?.baselineYear ?? null,
        categories: table.map((row) => ({
          category: categoryById(agreement, row.category)?.name.da ?? row.category,
          baseline: row.baseline,
          targets: Object.fromEntries(row.targets.map((x) => [String(x.year), x.target])),
        })),
      });
      return 0;
    }
    const { lang } = ctx;
    const first = table[0];
    const header = [
      t(lang, "Gerningstype", "Offence category"),
      `Baseline ${first?.baselineYear ?? ""}`.trim(),
      ...(first?.targets ?? []).map((x) => `${x.year} (${formatPercent(-x.reductionPercent, lang)})`),
    ];
    const rows = table.map((row) => [
      categoryById(agreement, row.category)?.name[lang] ?? row.category,
      formatNumber(row.baseline, lang),
      ...row.targets.map((x) => formatNumber(x.target, lang)),
    ]);
    const title = t(
      lang,
      `${agreement.name.da} – måltal for antal anmeldelser`,
      `${agreement.name.en} – targets for the number of reports`,
    );
    const notes = agreement.notes.map((n) => n[lang]);
    ctx.io.out(`${[title, "", textTable([header, ...rows]), ...(notes.length ? ["", ...notes] : [])].join("\n")}\n`);
    return 0;
  },
};
