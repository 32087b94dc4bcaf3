/** The safety plan's activities per focus area in the report's year, with their status. */
import type { Agreement } from "../../agreement/schema";
import { formatDate } from "../../format/dates";
import { type Lang, t } from "../../format/lang";
import type { ActivityEntry, TrackerData } from "../../tracker/types";
import type { ReportBlock, ReportSection } from "../document";
import { textCell } from "../words";

/** An activity belongs to a year when it runs in it (an open start or end runs on). */
export function activeInYear(a: ActivityEntry, year: number): boolean {
  return (a.start === null || a.start <= `${year}-12-31`) && (a.end === null || a.end >= `${year}-01-01`);
}

function period(a: ActivityEntry, lang: Lang): string {
  if (a.start === null && a.end === null) return "–";
  return `${a.start ? formatDate(a.start, lang) : ""}–${a.end ? formatDate(a.end, lang) : ""}`;
}

export interface FocusAreaActivities {
  /** The agreement's focus area, or the sheet's own words for one it does not know. */
  name: string;
  activities: ActivityEntry[];
}

/** The year's activities grouped by focus area: the agreement's first, in its order, then any others as written. */
export function activitiesByFocusArea(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang): FocusAreaActivities[] {
  const active = tracker.activities.filter((a) => activeInYear(a, year));
  const groups: FocusAreaActivities[] = agreement.focusAreas.map((f, i) => ({
    name: `${i + 1}. ${f.name[lang]}`,
    activities: active.filter((a) => a.focusAreaId === f.id),
  }));
  const others = new Map<string, ActivityEntry[]>();
  for (const a of active.filter((x) => x.focusAreaId === undefined)) others.set(a.focusArea, [...(others.get(a.focusArea) ?? []), a]);
  for (const [name, activities] of others) groups.push({ name, activities });
  return groups;
}

export function activitiesSections(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang): ReportSection[] {
  return activitiesByFocusArea(agreement, tracker, year, lang).map((group): ReportSection => {
    const blocks: ReportBlock[] = [
      {
        kind: "placeholder",
        text: t(
          lang,
          `Skriv indsatsområdets målsætning for ${year}, og hvad der er opnået.`,
          `Write the focus area's objective for ${year} and what has been achieved.`,
        ),
      },
    ];
    if (group.activities.length === 0) {
      blocks.push({
        kind: "paragraph",
        text: t(
          lang,
          `Trackeren har ingen aktiviteter i ${year} under dette indsatsområde.`,
          `The tracker has no activities in ${year} under this focus area.`,
        ),
      });
    } else {
      blocks.push({
        kind: "table",
        table: {
          caption: t(lang, `Aktiviteter ${year}: ${group.name}`, `Activities ${year}: ${group.name}`),
          header: [t(lang, "Aktivitet", "Activity"), t(lang, "Ansvarlig", "Responsible"), t(lang, "Periode", "Period"), "Status"],
          rows: group.activities.map((a) => [
            textCell(a.activity),
            textCell(a.responsible || "–"),
            textCell(period(a, lang)),
            a.status.trim() ? textCell(a.status) : { text: t(lang, "Ingen status", "No status"), rag: "grey" },
          ]),
        },
      });
    }
    return { level: 2, heading: group.name, blocks };
  });
}
