/**
 * A small Amager tracker as grids, the way exceljs gives them (dates as Date objects carrying the
 * wall-clock time in UTC fields); the fake Graph turns the dates into Excel serial numbers.
 * The 2012 baselines are the agreement's; later figures are illustrative.
 */
import type { WorkbookGrids } from "../../shared/index";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function amagerGrids(overrides: { burglary2015?: number } = {}): WorkbookGrids {
  return {
    Aftale: [["Partnerskab", "amager"]],
    Kriminalitet: [
      ["Gerningstype", 2012, 2013, 2014, 2015],
      ["Indbrud", 77, 70, 66, overrides.burglary2015 ?? 58],
      ["Tyverier", 244, 230, 210, 190],
      ["Vold/Trusler", 73, 68, 60, 57],
      ["Hærværk", 70, 64, 61, 55],
      ["Narkotika", 52, 47, 45, 40],
      ["Chikane", 72, 66, 60, 59],
    ],
    Møder: [
      ["Dato", "Start", "Slut", "Gruppe", "Sted", "Emne", "Status"],
      [day("2015-02-10"), "09:00", "11:00", "Styregruppe", "Rådhuset", "Årsstatus", "Afholdt"],
      [day("2015-03-05"), "13:00", "15:00", "Arbejdsgruppe", "Hørgården", "Tryghedsplan", "Afholdt"],
      [day("2015-09-15"), "09:00", "11:00", "Styregruppe", "Rådhuset", "Budget 2016", "Planlagt"],
    ],
  };
}
