/** `Møder` (Meetings), required: one row per meeting of the steering or the working group. */
import { readMeetings } from "../read-meetings";
import { column, type SheetSpec } from "../sheet-spec";
import type { TrackerMeeting } from "../types";
import { groupTerms, meetingStatusTerms } from "../vocabulary";

export const meetingsSheet: SheetSpec<"meetings", "meetings", readonly TrackerMeeting[]> = {
  id: "meetings",
  da: "Møder",
  en: "Meetings",
  aliases: ["mødekalender", "meeting calendar"],
  required: true,
  columns: [
    column({ key: "date", da: "Dato", en: "Date", aliases: ["mødedato"], required: true, kind: "date", width: 12 }),
    column({
      key: "start",
      da: "Start",
      en: "Start",
      aliases: ["starttid", "fra", "kl.", "start time", "from"],
      required: true,
      kind: "time",
      width: 8,
    }),
    column({ key: "end", da: "Slut", en: "End", aliases: ["sluttid", "til", "end time", "to"], kind: "time", width: 8 }),
    column({
      key: "group",
      da: "Gruppe",
      en: "Group",
      aliases: ["mødeforum", "forum"],
      required: true,
      kind: "text",
      width: 16,
      dropDown: () => groupTerms.map((g) => g.name.da),
    }),
    column({ key: "place", da: "Sted", en: "Place", aliases: ["mødested", "location", "venue"], kind: "text", width: 34 }),
    column({ key: "topic", da: "Emne", en: "Topic", aliases: ["dagsorden", "subject", "agenda"], kind: "text", width: 40 }),
    column({
      key: "status",
      da: "Status",
      en: "Status",
      required: true,
      kind: "text",
      width: 12,
      dropDown: () => meetingStatusTerms.map((s) => s.name.da),
    }),
  ],
  slot: "meetings",
  read: readMeetings,
  empty: () => [],
  template: {},
};
