/** The year's status report, written from the tracker: a summary here, the Word document from the bot's link. */
import { statusReportAnswer } from "../answers/status-report";
import { defineIntent } from "./intent";

export const statusReport = defineIntent({
  about: "The yearly status report as a draft: »Lav statusrapport for 2015«",
  recognise: [{ priority: 940, all: ["report"], any: ["make", "year"], none: ["missing"] }],
  keeps: ["year"],
  answer: ({ u, ctx, lang }) => statusReportAnswer(u, ctx, lang),
  // The bot adds a link to the Word document (bot/reports/); elsewhere the summary is the answer.
  botAction: "report-download",
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
