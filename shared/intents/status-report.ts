/** The year's status report, written from the tracker: a summary here, the Word document from the bot's link. */
import { statusReportAnswer } from "../answers/status-report";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { yearOf } from "./suggestions";

export const statusReport = defineIntent({
  about: "The yearly status report as a draft: »Lav statusrapport for 2015«",
  // Asking who makes it or when is about the duty (organisation, agreement facts), not for a draft.
  recognise: [{ priority: 940, all: ["report"], any: ["make", "year"], none: ["missing", "who", "when"] }],
  keeps: ["year"],
  answer: ({ u, ctx, lang }) => statusReportAnswer(u, ctx, lang),
  // The bot adds a link to the Word document (bot/reports/); elsewhere the summary is the answer.
  botAction: "report-download",
  ask: ({ year }, lang) =>
    year === undefined
      ? t(lang, "Lav statusrapporten", "Make the status report")
      : t(lang, `Lav statusrapport for ${year}`, `Make the status report for ${year}`),
  next: (named, lang) => [
    { title: t(lang, "Hvad mangler?", "What is missing?"), intent: "report-readiness", named: yearOf(named) },
    { title: t(lang, "Overblik", "Overview"), intent: "year-overview", named: yearOf(named) },
  ],
  help: [{ da: "Lav statusrapport for 2015", en: "Status report 2015" }],
  examples: {
    da: [
      ["Lav statusrapport for 2015", { year: 2015 }],
      ["lav statusrapporten", {}],
      ["Kan du skrive et udkast til statusrapporten for 2014?", { year: 2014 }],
    ],
    en: [
      ["status report 2015", { year: 2015 }],
      ["Make the status report for 2014", { year: 2014 }],
    ],
  },
});
