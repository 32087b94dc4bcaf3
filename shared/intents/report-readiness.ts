/** What the tracker still lacks for a year's status report, each with its sheet. */
import { reportReadinessAnswer } from "../answers/status-report";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { yearOf } from "./suggestions";

export const reportReadiness = defineIntent({
  about: "What is missing for the status report: »Hvad mangler til statusrapporten?«",
  recognise: [
    { priority: 950, all: ["report", "missing"] },
    // »Hvad mangler vi at udfylde i trackeren?«: what the tracker still lacks, which is what the report needs.
    { priority: 948, all: ["fill"] },
    // "Hvordan går det med statusrapporten?" asks how the report stands, not how the year does.
    { priority: 945, all: ["report", "status"], none: ["make"] },
  ],
  keeps: ["year"],
  answer: ({ u, ctx, lang }) => reportReadinessAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ year }, lang) =>
    year === undefined
      ? t(lang, "Hvad mangler til statusrapporten?", "What is missing for the status report?")
      : t(lang, `Hvad mangler vi til statusrapporten for ${year}?`, `What is missing for the ${year} status report?`),
  next: (named, lang) => [
    { title: t(lang, "Lav statusrapporten", "Make the status report"), intent: "status-report", named: yearOf(named) },
    { title: t(lang, "Overblik", "Overview"), intent: "year-overview", named: yearOf(named) },
  ],
  help: [{ da: "Hvad mangler til statusrapporten?", en: "What is missing for the status report?" }],
  examples: {
    da: [
      ["Hvad mangler til statusrapporten?", {}],
      ["Hvad mangler vi til statusrapporten for 2015?", { year: 2015 }],
      ["Er trackeren klar til statusrapporten?", {}],
      ["Hvordan går det med statusrapporten?", {}],
      ["Hvad mangler vi at udfylde i trackeren?", {}],
    ],
    en: [
      ["What is missing for the status report?", {}],
      ["How is the status report going?", {}],
      ["Is the tracker ready for the 2015 status report?", { year: 2015 }],
      ["What do we still need to fill in in the tracker?", {}],
    ],
  },
});
