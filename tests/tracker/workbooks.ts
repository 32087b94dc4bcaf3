/** Workbooks the tracker tests write: a small clean tracker (Danish or English) and a messy one. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookSheet, WriteCell } from "../../files/xlsx-write";

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "partnerskab-tracker-"));
}

export function utcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1));
}

/** 9:00 as an Excel time (fraction of a day). */
export function time(h: number, m = 0): number {
  return (h * 60 + m) / 1440;
}

const cleanCrime: WriteCell[][] = [
  ["Indbrud", 77, 71, 63, 58],
  ["Tyverier", 244, 226, 212, 201],
  ["Vold/Trusler", 73, 70, 66, 65],
  ["Hærværk", 70, 61, 57, 52],
  ["Narkotika", 52, 50, 47, 45],
  ["Chikane", 72, 64, 60, 57],
];
const english: Record<string, string> = {
  Indbrud: "Burglary",
  Tyverier: "Theft",
  "Vold/Trusler": "Violence/threats",
  Hærværk: "Vandalism",
  Narkotika: "Drugs",
  Chikane: "Harassment",
  Styregruppe: "Steering group",
  Arbejdsgruppe: "Working group",
  Afholdt: "Held",
  Planlagt: "Planned",
  Aflyst: "Cancelled",
  reduceret: "reduced",
  ordinær: "ordinary",
};

/** Meetings that keep the cadence in 2013–2015 (2 steering, 6 working a year) and some ahead in 2016. */
export function cleanMeetings(): WriteCell[][] {
  const rows: WriteCell[][] = [];
  for (const year of [2013, 2014, 2015]) {
    rows.push([utcDate(`${year}-03-12`), time(14), time(16), "Styregruppe", "Økonomiforvaltningen, Rådhuset", "Status", "Afholdt"]);
    rows.push([utcDate(`${year}-10-08`), time(9), time(11), "Styregruppe", "Økonomiforvaltningen, Rådhuset", "Budget", "Afholdt"]);
    for (const month of ["02", "04", "05", "06", "08", "11"]) {
      rows.push([utcDate(`${year}-${month}-05`), time(9), time(11), "Arbejdsgruppe", "Hørgården, beboerhuset", "Opfølgning", "Afholdt"]);
    }
  }
  rows.push([utcDate("2016-06-14"), time(9), time(11), "Styregruppe", "Økonomiforvaltningen, Rådhuset", "Midtvejsstatus", "Afholdt"]);
  rows.push([utcDate("2016-09-06"), time(9), time(11), "Arbejdsgruppe", "Hørgården, beboerhuset", "Anmeldelser", "Planlagt"]);
  rows.push([utcDate("2016-11-08"), time(9), time(11), "Styregruppe", "Økonomiforvaltningen, Rådhuset", "Afslutning", "Planlagt"]);
  return rows;
}

export function cleanTracker(lang: "da" | "en" = "da"): WorkbookSheet[] {
  const tr = (v: WriteCell): WriteCell => (lang === "en" && typeof v === "string" ? (english[v] ?? v) : v);
  const da = lang === "da";
  return [
    { name: da ? "Aftale" : "Agreement", rows: [[da ? "Partnerskab" : "Partnership", "amager"]], header: false },
    {
      name: da ? "Kriminalitet" : "Crime",
      rows: [[da ? "Gerningstype" : "Category", 2012, 2013, 2014, 2015, 2016], ...cleanCrime.map((r) => r.map(tr))],
    },
    {
      name: da ? "Møder" : "Meetings",
      rows: [
        da ? ["Dato", "Start", "Slut", "Gruppe", "Sted", "Emne", "Status"] : ["Date", "Start", "End", "Group", "Place", "Topic", "Status"],
        ...cleanMeetings().map((r) => r.map(tr)),
      ],
      columnFormats: ["dd-mm-yyyy", "hh:mm", "hh:mm"],
    },
    {
      name: "SSP",
      rows: [
        [da ? "År" : "Year", da ? "Ekstraordinære aktiveringer" : "Extraordinary activations"],
        [2012, 6],
        [2013, 5],
      ],
    },
    {
      name: da ? "Tryghedsindeks" : "Safety index",
      rows: [
        [da ? "År" : "Year", da ? "Område" : "Area", da ? "Behov" : "Need"],
        // The areas as the index names them for Amager: the baseline's district 29, the special analysis.
        [2012, da ? "Distrikt 29" : "District 29", tr("reduceret")],
        [2014, da ? "Særanalyse for Amager Partnerskab" : "Special analysis for Amager Partnerskab", tr("ordinær")],
      ],
    },
    {
      name: da ? "Økonomi" : "Budget",
      rows: [
        [da ? "År" : "Year", da ? "Bevilget" : "Allocated", da ? "Forbrugt" : "Spent"],
        [2014, 750_000, 700_000],
        [2015, 1_500_000, 1_400_000],
      ],
    },
    {
      name: da ? "Aktiviteter" : "Activities",
      rows: [
        da
          ? ["Indsatsområde", "Aktivitet", "Ansvarlig", "Start", "Slut", "Status"]
          : ["Focus area", "Activity", "Responsible", "Start", "End", "Status"],
        [
          da ? "Brobygning til et godt voksenliv" : "Bridge-building to a good adult life",
          "Fritidsjob",
          "SSP København",
          utcDate("2013-08-01"),
          utcDate("2016-12-31"),
          "I gang",
        ],
      ],
    },
  ];
}
