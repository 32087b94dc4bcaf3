/**
 * The tracker's sheets: the one list every part of the product takes them from. readTracker
 * reads each, the template (CLI `template`, the add-in's "Opret tracker", the sample workbook)
 * writes each, docs/tracker-format.md describes each (`npm run docs:tracker`), and TrackerData
 * has one slot per sheet. The order here is the workbook's: the template's sheet order and the
 * order issues are listed in. To add a sheet: a spec in this folder, its reader, one line here.
 */

import { foldDanish } from "../../text/normalize";
import type { SheetSpec } from "../sheet-spec";
import type { Grid, WorkbookGrids } from "../types";
import { activitiesSheet } from "./activities";
import { agreementSheet } from "./agreement";
import { budgetSheet } from "./budget";
import { crimeSheet } from "./crime";
import { meetingsSheet } from "./meetings";
import { monthsSheet } from "./months";
import { safetyIndexSheet } from "./safety-index";
import { safetySurveySheet } from "./safety-survey";
import { sspSheet } from "./ssp";

export const trackerSheets = {
  agreement: agreementSheet,
  crime: crimeSheet,
  months: monthsSheet,
  meetings: meetingsSheet,
  ssp: sspSheet,
  safetyIndex: safetyIndexSheet,
  safetySurvey: safetySurveySheet,
  budget: budgetSheet,
  activities: activitiesSheet,
};

type Registry = typeof trackerSheets;

/** A tracker sheet by its id ("crime"), whatever the workbook calls it. */
export type TrackerSheet = keyof Registry;

// The compiler's check that each record sits under its own id.
const keyedById: { readonly [K in TrackerSheet]: SheetSpec<K, string, unknown> } = trackerSheets;

/** The type a sheet reads into. */
export type SheetValue<K extends TrackerSheet> = ReturnType<Registry[K]["empty"]>;

/** The tracker as typed data: one slot per sheet, named by its spec's `slot`. */
export type TrackerData = { [K in TrackerSheet as Registry[K]["slot"]]: SheetValue<K> };

/** Every sheet, in workbook order. */
export const trackerSheetIds = Object.keys(keyedById) as TrackerSheet[];

/** Every sheet's spec, in workbook order, typed as the general spec for loops. */
export const trackerSheetSpecs: readonly SheetSpec<TrackerSheet>[] = trackerSheetIds.map((id) => keyedById[id]);

export function sheetSpec<K extends TrackerSheet>(id: K): Registry[K] {
  return trackerSheets[id];
}

/** TrackerData for a workbook with none of the sheets. */
export function emptyTrackerData(): TrackerData {
  const data: Record<string, unknown> = {};
  for (const spec of trackerSheetSpecs) data[spec.slot] = spec.empty();
  return data as TrackerData;
}

/** Position of a sheet in the workbook order (unknown sheets sort last). */
export function sheetOrder(sheet: TrackerSheet | undefined): number {
  const i = sheet === undefined ? -1 : trackerSheetIds.indexOf(sheet);
  return i < 0 ? trackerSheetIds.length : i;
}

const sheetByName = new Map<string, TrackerSheet>();
for (const s of trackerSheetSpecs) for (const n of [s.da, s.en, ...s.aliases]) sheetByName.set(foldDanish(n), s.id);

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
