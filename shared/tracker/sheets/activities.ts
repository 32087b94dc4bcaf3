/** `Aktiviteter` (Activities), optional: the safety plan's activities per focus area. */
import { readActivities } from "../read-tables";
import { column, type SheetSpec } from "../sheet-spec";
import type { ActivityEntry } from "../types";
import { activityStatusNames } from "../vocabulary";

export const activitiesSheet: SheetSpec<"activities", "activities", readonly ActivityEntry[]> = {
  id: "activities",
  da: "Aktiviteter",
  en: "Activities",
  aliases: ["tryghedsplan", "safety plan"],
  required: false,
  columns: [
    column({
      key: "focusArea",
      da: "Indsatsområde",
      en: "Focus area",
      aliases: ["indsats", "focus"],
      required: true,
      kind: "text",
      width: 40,
    }),
    column({ key: "activity", da: "Aktivitet", en: "Activity", required: true, kind: "text", width: 40 }),
    column({ key: "responsible", da: "Ansvarlig", en: "Responsible", aliases: ["owner"], kind: "text", width: 24 }),
    column({ key: "start", da: "Start", en: "Start", aliases: ["startdato", "start date"], kind: "date", width: 12 }),
    column({ key: "end", da: "Slut", en: "End", aliases: ["slutdato", "end date"], kind: "date", width: 12 }),
    column({
      key: "status",
      da: "Status",
      en: "Status",
      kind: "text",
      width: 12,
      // Any text is accepted; the drop-down offers the usual ones.
      dropDown: () => activityStatusNames.map((s) => s.da),
    }),
  ],
  slot: "activities",
  read: readActivities,
  empty: () => [],
  template: {},
};
