/**
 * `agreement`: the agreement's facts – parties, area, period, focus areas, objectives,
 * organisation, duties, money and signatories – in its own words; `--json` gives the data.
 */
import { resolveAgreement } from "../../files/agreement-file";
import { agreementFacts, budgetSummary } from "../../shared/index";
import { type Command, printJson, stringOption } from "../command";

export const agreementCommand: Command = {
  name: "agreement",
  usage: "agreement [--agreement ID|FILE] [--json] [--lang da|en]",
  summary: {
    da: "Aftalens fakta: parter, område, periode, indsatsområder, målsætninger, organisering, økonomi, underskrivere",
    en: "The agreement's facts: parties, area, period, focus areas, objectives, organisation, budget, signatories",
  },
  options: { agreement: { type: "string" } },
  run(ctx) {
    const agreement = resolveAgreement(stringOption(ctx, "agreement"));
    if (ctx.json) {
      printJson(ctx.io, { ...agreement, budgetSummary: budgetSummary(agreement) });
      return 0;
    }
    const facts = agreementFacts(agreement, ctx.lang);
    // A list (objectives, money, signatories) one item a line under its label; the rest one line each.
    const lines = [
      agreement.name[ctx.lang],
      "",
      ...facts.flatMap((f) => (f.items ? [`${f.label}:`, ...f.items.map((i) => `  ${i}`)] : [`${f.label}: ${f.value}`])),
    ];
    ctx.io.out(`${lines.join("\n")}\n`);
    return 0;
  },
};
