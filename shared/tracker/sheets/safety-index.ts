/** `Tryghedsindeks` (Safety index), optional: the level of need per year and area. */
import { safetyIndexIndicator } from "../../agreement/lookup";
import { readSafetyIndex } from "../read-tables";
import { column, type SheetSpec } from "../sheet-spec";
import type { SafetyIndexEntry } from "../types";
import { safetyScale } from "../vocabulary";
import { yearColumn } from "./year-column";

export const safetyIndexSheet: SheetSpec<"safetyIndex", "safetyIndex", readonly SafetyIndexEntry[]> = {
  id: "safetyIndex",
  da: "Tryghedsindeks",
  en: "Safety index",
  aliases: ["tryghedsindekset", "safety"],
  required: false,
  columns: [
    yearColumn,
    column({ key: "area", da: "Område", en: "Area", aliases: ["distrikt", "district"], kind: "text", width: 28 }),
    column({
      key: "level",
      da: "Behov",
      en: "Need",
      aliases: ["behov for indsats", "niveau", "level", "need for action"],
      required: true,
      kind: "text",
      width: 16,
      dropDown: (agreement) => safetyScale(agreement).map((s) => s.name.da),
    }),
  ],
  slot: "safetyIndex",
  read: readSafetyIndex,
  empty: () => [],
  template: {
    rows: (agreement) => {
      const ind = safetyIndexIndicator(agreement);
      if (!ind) return [];
      const level = safetyScale(agreement).find((s) => s.id === ind.baseline.level)?.name.da ?? ind.baseline.level;
      return [[ind.baseline.year, agreement.area.name.da, level]];
    },
  },
};
