/**
 * Tracker grids as Office.js gives them (dates as serial numbers, times as day fractions):
 * a clean one in the shape of the sample tracker, a messy one with planted issues at known
 * cells, and a big one with 5,000 meeting rows.
 */
import { dateToExcelSerial, timeToExcelFraction } from "../../shared/index";

type Cell = string | number | boolean | null;
type Grid = Cell[][];

const d = (iso: string) => dateToExcelSerial(iso) ?? Number.NaN;
const tm = (hhmm: string) => timeToExcelFraction(hhmm) ?? Number.NaN;

/** The clock the tests run at: 1 November 2015, Copenhagen. */
export const NOW = new Date("2015-11-01T10:00:00+01:00");

const MEETING_HEADER: Cell[] = ["Dato", "Start", "Slut", "Gruppe", "Sted", "Emne", "Status"];

export function cleanTracker(): Record<string, Grid> {
  return {
    Aftale: [
      ["Partnerskab", "amager"],
      ["Navn", "Amager Partnerskab"],
    ],
    Kriminalitet: [
      ["Gerningstype", 2012, 2013, 2014, 2015, 2016],
      ["Indbrud", 77, 70, 64, 58, null],
      ["Tyverier", 244, 230, 200, 199, null],
      ["Vold/Trusler", 73, 60, 61, 70, null],
      ["Hærværk", 70, 63, 60, 56, null],
      ["Narkotika", 52, 40, 44, 43, null],
      ["Chikane", 72, 66, 58, 61, null],
    ],
    Møder: [
      MEETING_HEADER,
      [d("2015-02-10"), tm("09:00"), tm("11:00"), "Styregruppe", "Hørgården", "Status", "Afholdt"],
      [d("2015-03-05"), tm("13:00"), tm("15:00"), "Arbejdsgruppe", "Remisevænget", "Tryghedsplan", "Afholdt"],
      [d("2015-05-07"), tm("13:00"), tm("15:00"), "Arbejdsgruppe", "Remisevænget", "Statusrapport", "Afholdt"],
      [d("2015-09-15"), tm("09:00"), tm("11:00"), "Styregruppe", "Hørgården", "Budget", "Afholdt"],
      [d("2015-12-03"), tm("13:00"), tm("15:00"), "Arbejdsgruppe", "Remisevænget", "Evaluering", "Planlagt"],
    ],
    SSP: [
      ["År", "Ekstraordinære aktiveringer"],
      [2012, 6],
      [2015, 4],
    ],
  };
}

/** Each planted issue, where the validator must report it. */
export const PLANTED: ReadonlyArray<{ sheet: string; cell: string; code: string; severity: "error" | "warning" }> = [
  { sheet: "Kriminalitet", cell: "A3", code: "unknown-category", severity: "error" },
  { sheet: "Kriminalitet", cell: "C2", code: "not-a-number", severity: "error" },
  { sheet: "Kriminalitet", cell: "D4", code: "negative", severity: "error" },
  { sheet: "Kriminalitet", cell: "B5", code: "baseline-mismatch", severity: "error" },
  { sheet: "Møder", cell: "D3", code: "unknown-group", severity: "error" },
];

export function messyTracker(): Record<string, Grid> {
  return {
    Aftale: [["Partnerskab", "amager"]],
    Kriminalitet: [
      ["Gerningstype", 2012, 2013, 2014, 2015],
      ["Indbrud", 77, "mange", 64, 58],
      ["Indbrudd", 1, 2, 3, 4],
      ["Tyverier", 244, 230, -5, 199],
      ["Vold/Trusler", 80, 60, 61, 70],
      ["Hærværk", 70, 63, 60, 56],
      ["Narkotika", 52, 40, 44, 43],
      ["Chikane", 72, 66, 58, 61],
    ],
    Møder: [
      MEETING_HEADER,
      [d("2015-02-10"), tm("09:00"), tm("11:00"), "Styregruppe", "Hørgården", "Status", "Afholdt"],
      [d("2015-03-05"), tm("13:00"), tm("15:00"), "Bestyrelsen", "Remisevænget", "Tryghedsplan", "Afholdt"],
      [d("2015-12-03"), tm("13:00"), tm("15:00"), "Arbejdsgruppe", "Remisevænget", "Evaluering", "Planlagt"],
    ],
    // Not a tracker sheet: the add-in must read past it and never change it.
    Noter: [
      ["Husk at opdatere tallene i maj", null],
      [null, "=SUM(1,2)"],
    ],
  };
}

/** The clean tracker with this many meeting rows (every 7th one planned in the past: a warning). */
export function bigTracker(meetings: number): Record<string, Grid> {
  const grids = cleanTracker();
  const rows: Grid = [MEETING_HEADER];
  const start = d("2013-01-07");
  for (let i = 0; i < meetings; i++) {
    const day = start + (i % 1000);
    rows.push([
      day,
      tm("09:00"),
      tm("10:00"),
      i % 2 ? "Arbejdsgruppe" : "Styregruppe",
      "Hørgården",
      `Møde ${i + 1}`,
      i % 7 === 0 ? "Planlagt" : "Afholdt",
    ]);
  }
  grids.Møder = rows;
  return grids;
}

/** The clean tracker with this many meetings, each of an unknown group: one error per row, at column D. */
export function trackerWithBadGroups(meetings: number): Record<string, Grid> {
  const grids = bigTracker(meetings);
  grids.Møder = (grids.Møder ?? []).map((row, i) =>
    i === 0 ? row : [row[0] ?? null, row[1] ?? null, row[2] ?? null, "Bestyrelsen", ...row.slice(4)],
  );
  return grids;
}
