/**
 * The tracker's sheets and columns by their Danish names, with the English names (and a few
 * spellings people use) accepted as aliases. Matching ignores case, surrounding spaces and
 * æ/ø/å typed as ae/oe/aa. See docs/tracker-format.md.
 */
import { foldDanish } from "../text/normalize";
import type { Grid, TrackerSheet, WorkbookGrids } from "./types";

export interface ColumnSpec {
  key: string;
  da: string;
  en: string;
  aliases: readonly string[];
  required: boolean;
}

export interface SheetSpec {
  sheet: TrackerSheet;
  da: string;
  en: string;
  aliases: readonly string[];
  required: boolean;
  columns: readonly ColumnSpec[];
}

function col(key: string, da: string, en: string, required: boolean, aliases: string[] = []): ColumnSpec {
  return { key, da, en, required, aliases };
}

const yearColumn = col("year", "År", "Year", true, ["aar", "årstal"]);

/** In the order the workbook shows them, which is also the order issues are listed in. */
export const trackerSheets: readonly SheetSpec[] = [
  { sheet: "agreement", da: "Aftale", en: "Agreement", aliases: ["partnerskab", "partnership"], required: false, columns: [] },
  {
    sheet: "crime",
    da: "Kriminalitet",
    en: "Crime",
    aliases: ["anmeldelser", "reports"],
    required: true,
    columns: [col("category", "Gerningstype", "Category", true, ["kategori", "offence category", "offense category"])],
  },
  {
    sheet: "meetings",
    da: "Møder",
    en: "Meetings",
    aliases: ["mødekalender", "meeting calendar"],
    required: true,
    columns: [
      col("date", "Dato", "Date", true, ["mødedato"]),
      col("start", "Start", "Start", true, ["starttid", "fra", "kl.", "start time", "from"]),
      col("end", "Slut", "End", false, ["sluttid", "til", "end time", "to"]),
      col("group", "Gruppe", "Group", true, ["mødeforum", "forum"]),
      col("place", "Sted", "Place", false, ["mødested", "location", "venue"]),
      col("topic", "Emne", "Topic", false, ["dagsorden", "subject", "agenda"]),
      col("status", "Status", "Status", true),
    ],
  },
  {
    sheet: "ssp",
    da: "SSP",
    en: "SSP",
    aliases: ["ssp-aktiveringer", "ssp activations"],
    required: false,
    columns: [
      yearColumn,
      col("activations", "Ekstraordinære aktiveringer", "Extraordinary activations", true, ["aktiveringer", "activations"]),
    ],
  },
  {
    sheet: "safetyIndex",
    da: "Tryghedsindeks",
    en: "Safety index",
    aliases: ["tryghedsindekset", "safety"],
    required: false,
    columns: [
      yearColumn,
      col("area", "Område", "Area", false, ["distrikt", "district"]),
      col("level", "Behov", "Need", true, ["behov for indsats", "niveau", "level", "need for action"]),
    ],
  },
  {
    sheet: "budget",
    da: "Økonomi",
    en: "Budget",
    aliases: ["oekonomi", "budget", "finances"],
    required: false,
    columns: [
      yearColumn,
      col("allocated", "Bevilget", "Allocated", true, ["bevilling", "allocation"]),
      col("spent", "Forbrugt", "Spent", true, ["forbrug", "spending"]),
    ],
  },
  {
    sheet: "activities",
    da: "Aktiviteter",
    en: "Activities",
    aliases: ["tryghedsplan", "safety plan"],
    required: false,
    columns: [
      col("focusArea", "Indsatsområde", "Focus area", true, ["indsats", "focus"]),
      col("activity", "Aktivitet", "Activity", true),
      col("responsible", "Ansvarlig", "Responsible", false, ["owner"]),
      col("start", "Start", "Start", false, ["startdato", "start date"]),
      col("end", "Slut", "End", false, ["slutdato", "end date"]),
      col("status", "Status", "Status", false),
    ],
  },
];

const specBySheet = new Map(trackerSheets.map((s) => [s.sheet, s]));

export function sheetSpec(sheet: TrackerSheet): SheetSpec {
  const spec = specBySheet.get(sheet);
  if (!spec) throw new RangeError(`unknown tracker sheet ${sheet}`);
  return spec;
}

/** Position of a canonical sheet in the workbook order (unknown sheets sort last). */
export function sheetOrder(sheet: TrackerSheet | undefined): number {
  const i = trackerSheets.findIndex((s) => s.sheet === sheet);
  return i < 0 ? trackerSheets.length : i;
}

const sheetByName = new Map<string, TrackerSheet>();
for (const s of trackerSheets) for (const n of [s.da, s.en, ...s.aliases]) sheetByName.set(foldDanish(n), s.sheet);

/** Which tracker sheet a workbook sheet name means, if any. */
export function canonicalSheet(name: string): TrackerSheet | undefined {
  return sheetByName.get(foldDanish(name));
}

/** The sheet in the workbook that plays this part, with its name as the workbook spells it. */
export function findSheet(grids: WorkbookGrids, sheet: TrackerSheet): { name: string; grid: Grid } | undefined {
  for (const name of Object.keys(grids)) {
    if (canonicalSheet(name) === sheet) {
      const grid = grids[name];
      return { name, grid: Array.isArray(grid) ? grid : [] };
    }
  }
  return undefined;
}

const columnMaps = new Map<TrackerSheet, Map<string, ColumnSpec>>();
for (const s of trackerSheets) {
  const m = new Map<string, ColumnSpec>();
  for (const c of s.columns) for (const n of [c.da, c.en, ...c.aliases]) m.set(foldDanish(n), c);
  columnMaps.set(s.sheet, m);
}

/** The column a header text names on a sheet, if any. */
export function matchColumn(sheet: TrackerSheet, header: string): ColumnSpec | undefined {
  return columnMaps.get(sheet)?.get(foldDanish(header));
}

export interface HeaderMatch {
  /** Column key → zero-based column index (the first match wins). */
  columns: Map<string, number>;
  missing: ColumnSpec[];
}

/** Finds the sheet's columns in a header row, whatever their order. */
export function matchHeaders(sheet: TrackerSheet, headerRow: ReadonlyArray<unknown> | undefined): HeaderMatch {
  const columns = new Map<string, number>();
  const row = Array.isArray(headerRow) ? headerRow : [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "string") continue;
    const spec = matchColumn(sheet, v);
    if (spec && !columns.has(spec.key)) columns.set(spec.key, c);
  }
  const missing = sheetSpec(sheet).columns.filter((c) => c.required && !columns.has(c.key));
  return { columns, missing };
}
