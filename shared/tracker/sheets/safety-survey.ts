/**
 * `Tryghedsundersøgelse` (Safety survey), optional: the share of residents who feel unsafe, per
 * year and area, from Københavns Tryghedsundersøgelse (from 2015, after the safety index).
 */
import { safetySurvey } from "../../safety-survey";
import { toA1 } from "../a1";
import { readSafetySurvey } from "../read-tables";
import { column, type SheetSpec } from "../sheet-spec";
import type { SafetySurveyEntry } from "../types";
import { yearColumn } from "./year-column";

const share = column({
  key: "share",
  da: "Andel utrygge (%)",
  en: "Share feeling unsafe (%)",
  aliases: ["andel utrygge", "utrygge", "andel", "andel (%)", "share feeling unsafe", "share unsafe", "share (%)", "%"],
  required: true,
  kind: "percent",
  width: 20,
});
const columns = [
  yearColumn,
  column({ key: "area", da: "Område", en: "Area", aliases: ["bydel", "distrikt", "district"], kind: "text", width: 36 }),
  share,
];

export const safetySurveySheet: SheetSpec<"safetySurvey", "safetySurvey", readonly SafetySurveyEntry[]> = {
  id: "safetySurvey",
  da: "Tryghedsundersøgelse",
  en: "Safety survey",
  aliases: ["tryghedsundersøgelsen", "andel utrygge", "utrygge"],
  required: false,
  columns,
  slot: "safetySurvey",
  read: readSafetySurvey,
  empty: () => [],
  template: {
    notes: () => [
      {
        cell: toA1(0, columns.indexOf(share)),
        text: `Andelen af beboere, der føler sig utrygge, i procent (${safetySurvey.source.da}, fra ${safetySurvey.firstYear}). Lavere er bedre.`,
      },
    ],
  },
};
