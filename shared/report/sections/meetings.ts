/** Meetings held per group in the report's year, against the number the agreement sets. */
import { cadenceText } from "../../agreement/facts";
import { groupWord } from "../../agreement/meeting-groups";
import type { Agreement } from "../../agreement/schema";
import { type Lang, t } from "../../format/lang";
import { cadenceForYear, type GroupCadence } from "../../meetings";
import type { Rag } from "../../status";
import type { TrackerData } from "../../tracker/types";
import type { ReportBlock, ReportCell } from "../document";
import { numberCell, textCell } from "../words";

/** Whether the meetings live up to the agreement: for a finished year a verdict, before that how it looks. */
function verdict(c: GroupCadence, lang: Lang): ReportCell {
  const cell = (text: string, rag: Rag): ReportCell => ({ text, rag });
  if (c.max !== undefined && c.held > c.max) return cell(t(lang, "Flere end aftalen", "More than the agreement"), "red");
  if (c.held >= c.min) return cell(t(lang, "Lever op til aftalen", "Lives up to the agreement"), "green");
  if (c.finished) return cell(t(lang, "Færre end aftalen", "Fewer than the agreement"), "red");
  return c.canReachMin
    ? cell(t(lang, "Minimum kan nås", "The minimum can be reached"), "grey")
    : cell(t(lang, "Minimum kan ikke nås", "The minimum cannot be reached"), "red");
}

export function meetingCadence(agreement: Agreement, tracker: TrackerData, year: number, today: string): GroupCadence[] {
  return cadenceForYear(agreement, tracker.meetings, year, today);
}

/** "Styregruppen holdt 3 møder (ifølge aftalen mindst 2 gange årligt), arbejdsgruppen 7 (6-8 gange årligt)." */
export function meetingsSummary(agreement: Agreement, cadence: readonly GroupCadence[], lang: Lang): string {
  const parts = cadence.map((c) => {
    const rule = cadenceText(agreement.cadence[c.group], lang);
    return t(
      lang,
      `${groupWord(c.group, "definite", "da")} ${c.held} ${c.held === 1 ? "møde" : "møder"} (ifølge aftalen ${rule})`,
      `${groupWord(c.group, "definite", "en")} ${c.held} ${c.held === 1 ? "meeting" : "meetings"} (under the agreement ${rule})`,
    );
  });
  const text = t(lang, `Afholdte møder: ${parts.join(", ")}.`, `Meetings held: ${parts.join(", ")}.`);
  return text;
}

export function meetingsBlocks(agreement: Agreement, cadence: readonly GroupCadence[], lang: Lang): ReportBlock[] {
  return [
    { kind: "paragraph", text: meetingsSummary(agreement, cadence, lang) },
    {
      kind: "table",
      table: {
        caption: t(lang, "Møder i forhold til aftalen", "Meetings against the agreement"),
        header: [
          t(lang, "Gruppe", "Group"),
          t(lang, "Afholdt", "Held"),
          t(lang, "Aflyst", "Cancelled"),
          t(lang, "Planlagt", "Planned"),
          t(lang, "Ifølge aftalen", "Under the agreement"),
          "Status",
        ],
        rows: cadence.map((c) => [
          textCell(groupWord(c.group, "title", lang)),
          numberCell(c.held, lang),
          numberCell(c.cancelled, lang),
          numberCell(c.plannedAhead + c.plannedPast, lang),
          textCell(cadenceText(agreement.cadence[c.group], lang)),
          verdict(c, lang),
        ]),
      },
    },
  ];
}
