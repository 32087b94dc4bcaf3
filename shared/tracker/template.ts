/**
 * The empty tracker, described as data: each sheet's name, header row, prefilled rows (the
 * categories with the agreement's baselines), column widths and drop-down lists. The CLI's
 * exceljs writer and the Excel add-in's "Opret tracker" both build the workbook from this,
 * so the two can never make different templates.
 */
import { categoryById, crimeIndicators, figureYears, safetyIndexIndicator, towardNormalIndicator } from "../agreement/lookup";
import type { Agreement } from "../agreement/schema";
import { allocationForYear } from "../budget";
import { columnLetter } from "./a1";
import { sheetSpec } from "./sheets";
import type { TrackerSheet } from "./types";
import { activityStatusNames, groupTerms, meetingStatusTerms, safetyScale } from "./vocabulary";

/** How a column's cells should be formatted. */
export type TemplateColumnKind = "text" | "year" | "count" | "kr" | "date" | "time";

/** A drop-down list on a column, rows 1-based as Excel shows them. */
export interface TemplateValidation {
  column: string;
  fromRow: number;
  toRow: number;
  list: string[];
}

export type TemplateCell = string | number | null;

export interface TemplateSheet {
  sheet: TrackerSheet;
  /** The Danish sheet name. */
  name: string;
  /** Row 1; the crime sheet's years are numbers. */
  header: TemplateCell[];
  /** Rows below the header. */
  rows: TemplateCell[][];
  /** Width per column, in characters. */
  columnWidths: number[];
  columnKinds: TemplateColumnKind[];
  validations: TemplateValidation[];
  /** Cell comments, e.g. where a figure comes from. */
  notes: Array<{ cell: string; text: string }>;
}

/** How far down the drop-downs reach. */
export const TEMPLATE_LAST_ROW = 1000;

/** Excel's inline list limit: 255 characters, and a comma would split an item. */
export function fitsInlineList(list: readonly string[]): boolean {
  return list.join(",").length <= 255 && list.every((x) => !x.includes(","));
}

function validation(col0: number, list: string[], toRow = TEMPLATE_LAST_ROW): TemplateValidation[] {
  return fitsInlineList(list) ? [{ column: columnLetter(col0), fromRow: 2, toRow, list }] : [];
}

function headers(kind: TrackerSheet): string[] {
  return sheetSpec(kind).columns.map((c) => c.da);
}

function agreementSheet(agreement: Agreement): TemplateSheet {
  const rows: TemplateCell[][] = [
    ["Navn", agreement.name.da],
    ["Periode", `${agreement.period.start} – ${agreement.period.end}`],
    ...agreement.focusAreas.map((f, i): TemplateCell[] => [`Indsatsområde ${i + 1}`, f.name.da]),
    [],
    ["Note", "Rækken »Partnerskab« fortæller Partnerskab, hvilken aftale trackeren hører til. Ret den ikke."],
  ];
  return {
    sheet: "agreement",
    name: sheetSpec("agreement").da,
    header: ["Partnerskab", agreement.id],
    rows,
    columnWidths: [18, 70],
    columnKinds: ["text", "text"],
    validations: [],
    notes: [],
  };
}

function crimeSheet(agreement: Agreement): TemplateSheet {
  const { from, to } = figureYears(agreement);
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  const indicators = crimeIndicators(agreement);
  const rows = indicators.map((ind): TemplateCell[] => [
    categoryById(agreement, ind.category)?.name.da ?? ind.category,
    ...years.map((y) => (y === ind.baseline.year ? ind.baseline.value : null)),
  ]);
  const baselineYears = [...new Set(indicators.map((i) => i.baseline.year))];
  const notes = baselineYears.map((y) => ({
    cell: `${columnLetter(1 + years.indexOf(y))}1`,
    text: `Baseline ${y} fra partnerskabsaftalen. Ret ikke tallene i denne kolonne.`,
  }));
  return {
    sheet: "crime",
    name: sheetSpec("crime").da,
    header: [headers("crime")[0] ?? "Gerningstype", ...years],
    rows,
    columnWidths: [22, ...years.map(() => 10)],
    columnKinds: ["text", ...years.map((): TemplateColumnKind => "count")],
    validations: validation(
      0,
      agreement.categories.map((c) => c.name.da),
      Math.max(50, rows.length + 1),
    ),
    notes,
  };
}

function meetingsSheet(): TemplateSheet {
  const cols = headers("meetings");
  return {
    sheet: "meetings",
    name: sheetSpec("meetings").da,
    header: cols,
    rows: [],
    columnWidths: [12, 8, 8, 16, 34, 40, 12],
    columnKinds: ["date", "time", "time", "text", "text", "text", "text"],
    validations: [
      ...validation(
        cols.indexOf("Gruppe"),
        groupTerms.map((g) => g.name.da),
      ),
      ...validation(
        cols.indexOf("Status"),
        meetingStatusTerms.map((s) => s.name.da),
      ),
    ],
    notes: [],
  };
}

function sspSheet(agreement: Agreement): TemplateSheet {
  const ind = towardNormalIndicator(agreement);
  return {
    sheet: "ssp",
    name: sheetSpec("ssp").da,
    header: headers("ssp"),
    rows: ind ? [[ind.baseline.year, ind.baseline.value]] : [],
    columnWidths: [8, 30],
    columnKinds: ["year", "count"],
    validations: [],
    notes: ind ? [{ cell: "B2", text: `Baseline ${ind.baseline.year} fra partnerskabsaftalen.` }] : [],
  };
}

function safetyIndexSheet(agreement: Agreement): TemplateSheet {
  const ind = safetyIndexIndicator(agreement);
  const scale = safetyScale(agreement);
  const baselineName = ind ? (scale.find((s) => s.id === ind.baseline.level)?.name.da ?? ind.baseline.level) : undefined;
  return {
    sheet: "safetyIndex",
    name: sheetSpec("safetyIndex").da,
    header: headers("safetyIndex"),
    rows: ind && baselineName ? [[ind.baseline.year, agreement.area.name.da, baselineName]] : [],
    columnWidths: [8, 28, 16],
    columnKinds: ["year", "text", "text"],
    validations: validation(
      2,
      scale.map((s) => s.name.da),
    ),
    notes: [],
  };
}

function budgetSheet(agreement: Agreement): TemplateSheet {
  const { from, to } = figureYears(agreement);
  const rows: TemplateCell[][] = [];
  for (let y = from; y <= to; y++) {
    const kr = allocationForYear(agreement, y);
    if (kr > 0) rows.push([y, kr, null]);
  }
  return {
    sheet: "budget",
    name: sheetSpec("budget").da,
    header: headers("budget"),
    rows,
    columnWidths: [8, 16, 16],
    columnKinds: ["year", "kr", "kr"],
    validations: [],
    notes: [],
  };
}

function activitiesSheet(): TemplateSheet {
  return {
    sheet: "activities",
    name: sheetSpec("activities").da,
    header: headers("activities"),
    rows: [],
    columnWidths: [40, 40, 24, 12, 12, 12],
    columnKinds: ["text", "text", "text", "date", "date", "text"],
    validations: validation(
      5,
      activityStatusNames.map((s) => s.da),
    ),
    notes: [],
  };
}

/** The template workbook for an agreement, sheet by sheet in workbook order. */
export function trackerTemplate(agreement: Agreement): TemplateSheet[] {
  return [
    agreementSheet(agreement),
    crimeSheet(agreement),
    meetingsSheet(),
    sspSheet(agreement),
    safetyIndexSheet(agreement),
    budgetSheet(agreement),
    activitiesSheet(),
  ];
}
