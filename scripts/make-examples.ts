/**
 * `npm run examples`: writes examples/amager-tracker.xlsx from the data in
 * examples/amager-tracker.data.ts and the shared template (same sheets, drop-downs and
 * formats the `template` command gives). Deterministic: the same data gives the same cells.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as data from "../examples/amager-tracker.data";
import { templateWorkbookSheets, type WorkbookSheet, type WriteCell, writeWorkbook } from "../files/xlsx-write";
import { allocationForYear, bundledAgreement, type TrackerSheet, timeToExcelFraction, trackerTemplate } from "../shared/index";

const OUT = resolve(import.meta.dirname, "../examples/amager-tracker.xlsx");

function excelDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1));
}

function excelTime(hhmm: string): number {
  const t = timeToExcelFraction(hhmm);
  if (t === undefined) throw new Error(`bad time in the example data: ${hhmm}`);
  return t;
}

export function amagerExampleSheets(): WorkbookSheet[] {
  const agreement = bundledAgreement("amager");
  if (!agreement) throw new Error("the bundled Amager agreement is missing");
  const template = trackerTemplate(agreement);
  const sheets = templateWorkbookSheets(template);
  const focusName = (id: string) => agreement.focusAreas.find((f) => f.id === id)?.name.da ?? id;

  // Every sheet of the registry: a new sheet does not compile here until the sample has its rows.
  const rowsBySheet: Record<TrackerSheet, WriteCell[][]> = {
    agreement: [
      ...(template.find((t) => t.sheet === "agreement")?.rows ?? []).filter((r) => r.length > 0 && r[0] !== "Note"),
      [],
      ["Eksempeldata", data.illustrativeNote.da],
      ["Sample data", data.illustrativeNote.en],
    ],
    crime: data.crime.map((r) => [...r]),
    months: data.crimeByMonth.map((r) => [...r]),
    meetings: data.meetings.map(([date, start, end, group, place, topic, status]) => [
      excelDate(date),
      excelTime(start),
      excelTime(end),
      group,
      place,
      topic,
      status,
    ]),
    ssp: data.ssp.map((r) => [...r]),
    safetyIndex: data.safetyIndex.map((r) => [...r]),
    safetySurvey: data.safetySurvey.map((r) => [...r]),
    budget: data.spending.map(([year, spent]) => [year, allocationForYear(agreement, year), spent]),
    activities: data.activities.map(([focus, activity, responsible, start, end, status]) => [
      focusName(focus),
      activity,
      responsible,
      excelDate(start),
      excelDate(end),
      status,
    ]),
  };

  return sheets.map((sheet, i) => {
    const kind = template[i]?.sheet ?? "agreement";
    const rows = rowsBySheet[kind];
    const header = kind === "crime" ? ["Gerningstype", ...data.crimeYears] : (sheet.rows[0] ?? []);
    const notes = [...(sheet.notes ?? [])];
    if (kind === "crime") notes.push({ cell: "C1", text: data.illustrativeNote.da });
    if (kind === "months") notes.push({ cell: "A1", text: data.illustrativeNote.da });
    if (kind === "agreement") notes.push({ cell: "A1", text: data.illustrativeNote.da });
    // The survey's shares are examples too; a reader of that sheet alone should see it.
    if (kind === "safetySurvey") notes.push({ cell: "A1", text: data.illustrativeNote.da });
    return { ...sheet, rows: [header, ...rows], notes };
  });
}

export async function writeAmagerExample(path = OUT): Promise<void> {
  await writeWorkbook(path, amagerExampleSheets());
}

// Run as a script (npm run examples), not when a test imports the sheets.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeAmagerExample();
  console.log(`wrote ${OUT}`);
}
