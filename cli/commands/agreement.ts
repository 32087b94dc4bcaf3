/** `agreement`: the agreement's facts (parties, area, period, focus areas, cadence, budget). */
import { resolveAgreement } from "../../files/agreement-file";
import { agreementFacts, budgetSummary } from "../../shared/index";
import { type Command, printJson, stringOption } from "../command";

export const agreementCommand: Command = {
  name: "agreement",
  usage: "agreement [--agreement ID|FILE] [--json] [--lang da|en]",
  summary: {
    da: "Aftalens fakta: parter, område, periode, indsatsområder, mødekadence, økonomi",
    en: "The agreement's facts: parties, area, period, focus areas, cadence, budget",
  },
  options: { agreement: { type: "string" } },
  run(ctx) {
    const agreement = resolveAgreement(stringOption(ctx, "agreement"));
    if (ctx.json) {
      printJson(ctx.io, { ...agreement, budgetSummary: budgetSummary(agreement) });
      return 0;
    }
    const facts = agreementFacts(agreement, ctx.lang);
    const lines = [agreement.name[ctx.lang], "", ...facts.map((f) => `${f.label}: ${f.value}`)];
    ctx.io.out(`${lines.join("\n")}\n`);
    return 0;
  },
};
