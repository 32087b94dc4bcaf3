/** A tracker workbook for the reminder tests: the sample's sheets with a 2016 meeting plan of our own. */
import type { WorkbookSheet } from "../../files/xlsx-write";
import { amagerExampleSheets } from "../../scripts/make-examples";
import { timeToExcelFraction } from "../../shared/index";

/** Within both groups' cadence for 2016; the one to watch is Tuesday 6 September 2016 9.00. */
export const meetings: Array<[string, string, "Styregruppe" | "Arbejdsgruppe", string, "Afholdt" | "Planlagt"]> = [
  ["2016-01-12", "13:00", "Arbejdsgruppe", "Status på tryghedsplanen", "Afholdt"],
  ["2016-02-16", "13:00", "Arbejdsgruppe", "Tryghedsvandring", "Afholdt"],
  ["2016-03-01", "09:00", "Styregruppe", "Årsstatus 2015", "Afholdt"],
  ["2016-03-15", "13:00", "Arbejdsgruppe", "Anmeldelser 2015", "Afholdt"],
  ["2016-05-10", "13:00", "Arbejdsgruppe", "Statusrapport", "Afholdt"],
  ["2016-06-14", "13:00", "Arbejdsgruppe", "Sommerindsats", "Afholdt"],
  ["2016-09-06", "09:00", "Arbejdsgruppe", "Anmeldelser 1. halvår 2016", "Planlagt"],
  ["2016-11-08", "09:00", "Styregruppe", "Ny aftale", "Planlagt"],
  ["2016-11-22", "13:00", "Arbejdsgruppe", "Årsopfølgning", "Planlagt"],
];

export function trackerSheets(): WorkbookSheet[] {
  return amagerExampleSheets().map((sheet) => {
    if (sheet.name !== "Møder") return sheet;
    const rows = meetings.map(([date, start, group, topic, status]) => {
      const [y, m, d] = date.split("-").map(Number);
      return [
        new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)),
        timeToExcelFraction(start),
        null,
        group,
        "Hørgården, beboerhuset",
        topic,
        status,
      ];
    });
    return { ...sheet, rows: [sheet.rows[0] ?? [], ...rows] };
  });
}
