/** What the tracker still lacks for a year's status report, each with its sheet. */
import { reportReadinessAnswer } from "../answers/status-report";
import { defineIntent } from "./intent";

export const reportReadiness = defineIntent({
  about: "What is missing for the status report: »Hvad mangler til statusrapporten?«",
  recognise: [{ priority: 950, all: ["report", "missing"] }],
  keeps: ["year"],
  answer: ({ u, ctx, lang }) => reportReadinessAnswer(u, ctx, lang),
  botAction: "answer",
  help: [{ da: "Hvad mangler til statusrapporten?", en: "What is missing for the status report?" }],
  examples: {
    da: [
      ["Hvad mangler til statusrapporten?", {}],
      ["Hvad mangler vi til statusrapporten for 2015?", { year: 2015 }],
      ["Er trackeren klar til statusrapporten?", {}],
    ],
    en: [
      ["What is missing for the status report?", {}],
      ["Is the tracker ready for the 2015 status report?", { year: 2015 }],
    ],
  },
});
