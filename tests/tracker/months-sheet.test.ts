/**
 * The `Måneder` (Months) sheet: every check at its own cell with its code, in Danish and English,
 * and nothing else reported; what is kept of each row (January up to the first gap); English
 * names, full month names and the numbers 1–12 as headers; and a real .xlsx file read back.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTrackerFile } from "../../files/tracker-file";
import { writeWorkbook } from "../../files/xlsx-write";
import { bundledAgreement, type CellValue, type Grid, readTracker, type TrackerIssue, yearlyFigures } from "../../shared/index";
import { cleanTracker, tempDir } from "./workbooks";

const amager =
  bundledAgreement("amager") ??
  (() => {
    throw new Error("amager");
  })();
const TODAY = "2016-09-01";
const HEADER: CellValue[] = ["Gerningstype", "År", "Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"];
const crime: Grid = [
  ["Gerningstype", 2012, 2013, 2014, 2015, 2016],
  ["Indbrud", 77, 71, 63, 58],
  ["Tyverier", 244, 226, 212, 201],
  ["Vold/Trusler", 73, 70, 66, 65],
  ["Hærværk", 70, 61, 57, 52],
  ["Narkotika", 52, 50, 47, 45],
  ["Chikane", 72, 64, 60, 57],
];
const twelve = (...m: number[]) => m;

function read(months: Grid, sheetName = "Måneder", today = TODAY) {
  return readTracker({ Kriminalitet: crime, Møder: [["Dato", "Start", "Gruppe", "Status"]], [sheetName]: months }, amager, { today });
}

const listed = (issues: readonly TrackerIssue[]) => issues.map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.code}`);

describe("the Måneder sheet: each check at its cell", () => {
  const months: Grid = [
    HEADER,
    ["Indbrud", 2015, ...twelve(6, 5, 5, 4, 3, 4, 4, 4, 5, 5, 6, 7)], // 58, as Kriminalitet: fine
    ["Indbrud", 2016, 5, 4, 4, 3, 3, 3, 3, 4, 2], // January–September on 1 September: fine
    ["Indbrudd", 2016, 1], // A4 unknown, suggests Indbrud
    ["Indbrud", 2016, 9], // A5 duplicate of row 3
    ["Tyverier", 2016, 12, "ca. 14", -1, 14.5], // D6 text, E6 negative, F6 fractional
    ["Vold/Trusler", 2031, 4], // B7 outside the period
    ["Hærværk", 2016, 3, null, 4, "", 5], // D8 and F8: empty before a later figure
    ["Narkotika", 2016, 3, 3, 3, 3, 4, 4, 3, 3, 3, 4], // L9: October has not begun
    ["Chikane", 2015, ...twelve(4, 5, 5, 4, 5, 5, 4, 5, 5, 5, 5, 6)], // A10: 58, but Kriminalitet says 57
    ["Tyverier", 2014, ...twelve(14, 15, 18, 16, 19, 22, 20, 19, 20, 16, 15, 18)], // 212, as Kriminalitet: fine
  ];
  const { data, issues } = read(months);
  const mine = issues.filter((i) => i.sheet === "Måneder");
  const at = (cell: string) => {
    const found = mine.find((i) => i.cell === cell);
    if (!found) throw new Error(`no issue at Måneder!${cell}: ${listed(mine).join(", ")}`);
    return found;
  };

  it("reports exactly the planted problems, errors first, each at its cell with its code", () => {
    expect(listed(mine)).toEqual([
      "error Måneder!A4 unknown-category",
      "error Måneder!A5 duplicate-category-year",
      "error Måneder!D6 not-a-number",
      "error Måneder!E6 negative",
      "error Måneder!F6 fractional",
      "error Måneder!B7 year-outside-period",
      "error Måneder!D8 missing-month",
      "error Måneder!F8 missing-month",
      "warning Måneder!L9 future-month",
      "warning Måneder!A10 months-total-differs",
    ]);
    expect(issues.filter((i) => i.sheet !== "Måneder" && i.severity === "error")).toEqual([]);
  });

  it("words each in Danish and English", () => {
    expect(at("A4").message.da).toContain("»Indbrudd« er ikke en gerningstype i aftalen. Mente du »Indbrud«?");
    expect(at("A4").message.en).toContain('"Indbrudd" is not an offence category in the agreement. Did you mean "Burglary"?');
    expect(at("A5").message.da).toBe("»Indbrud« 2016 står to gange; første gang i A3. Slet den ene række, så tallene ikke tælles dobbelt.");
    expect(at("A5").message.en).toBe(
      '"Burglary" 2016 appears twice; first in A3. Delete one of the rows so the figures are not counted twice.',
    );
    expect(at("D6").message.da).toContain("»ca. 14« er ikke et tal");
    expect(at("E6").message.en).toContain("−1 is negative");
    expect(at("F6").message.da).toContain("14,5 er ikke et helt tal");
    expect(at("B7").message.da).toBe("2031 ligger uden for aftalens periode. Tallene skal dække 2012–2016.");
    expect(at("D8").message.da).toBe(
      "Februar er tom, men der står et tal for marts. Skriv månedens antal anmeldelser (0, hvis der ingen var), så året til dato kan regnes ud.",
    );
    expect(at("F8").message.en).toBe(
      "April is empty, but May has a figure. Enter the month's number of reports (0 if there were none) so the year to date can be worked out.",
    );
    expect(at("L9").message.da).toBe(
      "Der står et tal for oktober 2016, som endnu ikke er begyndt. Står tallet i den rigtige række og kolonne?",
    );
    expect(at("L9").message.en).toBe("There is a figure for October 2016, which has not begun yet. Is it in the right row and column?");
    expect(at("A10").message.da).toBe(
      "Chikane 2015: månederne giver 58 anmeldelser i alt, men arket Kriminalitet siger 57. Tallet i Kriminalitet gælder for året; ret det, der er forkert.",
    );
    expect(at("A10").message.en).toBe(
      "Harassment 2015: the months add up to 58 reports, but the Crime sheet says 57. The Crime sheet's figure counts for the year; correct whichever is wrong.",
    );
  });

  it("keeps each good row from January up to its first empty or wrong month", () => {
    expect(data.crimeByMonth.get("indbrud")?.get(2016)).toEqual([5, 4, 4, 3, 3, 3, 3, 4, 2]);
    expect(data.crimeByMonth.get("tyverier")?.get(2016)).toEqual([12]);
    expect(data.crimeByMonth.get("haervaerk")?.get(2016)).toEqual([3]);
    expect(data.crimeByMonth.get("narkotika")?.get(2016)).toHaveLength(10);
    expect(data.crimeByMonth.get("vold-trusler")).toBeUndefined();
  });

  it("lets Kriminalitet's figure stand for a year whose months add up to another", () => {
    expect(yearlyFigures(data, "chikane").get(2015)).toBe(57);
    expect(yearlyFigures(data, "tyverier").get(2014)).toBe(212);
  });
});

describe("the Måneder sheet: names, headers and years", () => {
  it("reads English names, full month names and the numbers 1–12 as headers, in any order", () => {
    const months: Grid = [
      ["Year", "Category", ...Array.from({ length: 12 }, (_, i) => i + 1)],
      [2016, "Burglary", 5, 4, 4],
    ];
    const english = read(months, "Months");
    expect(english.issues.filter((i) => i.sheet === "Months")).toEqual([]);
    expect(english.data.crimeByMonth.get("indbrud")?.get(2016)).toEqual([5, 4, 4]);

    const full: Grid = [
      [
        "Gerningstype",
        "År",
        "januar",
        "February",
        "marts",
        "april",
        "May",
        "juni",
        "juli",
        "august",
        "sept",
        "oktober",
        "November",
        "december",
      ],
      ["Indbrud", 2016, 5, 4, 4],
    ];
    expect(read(full).data.crimeByMonth.get("indbrud")?.get(2016)).toEqual([5, 4, 4]);
  });

  it("names a missing month column as a missing header, and reads nothing from the sheet", () => {
    const { data, issues } = read([HEADER.filter((h) => h !== "Jun"), ["Indbrud", 2016, 5, 4]]);
    const missing = issues.filter((i) => i.sheet === "Måneder");
    expect(listed(missing)).toEqual(["error Måneder!H1 missing-header"]);
    expect(missing[0]?.message.da).toBe("Kolonnen »Jun« mangler i arket »Måneder«. Skriv overskriften i række 1.");
    expect(data.crimeByMonth.size).toBe(0);
  });

  it("counts a year with all 12 months and no yearly figure as that year's figure", () => {
    const { data, issues } = read([HEADER, ["Indbrud", 2016, ...twelve(5, 4, 4, 3, 3, 3, 3, 4, 4, 5, 6, 6)]], "Måneder", "2017-01-15");
    expect(listed(issues.filter((i) => i.sheet === "Måneder"))).toEqual([]);
    expect(yearlyFigures(data, "indbrud").get(2016)).toBe(50);
    expect(yearlyFigures(data, "indbrud").get(2015)).toBe(58);
  });

  it("warns of every figure in a year that has not begun", () => {
    const { issues } = read([HEADER, ["Indbrud", 2016, 5, 4]], "Måneder", "2015-11-20");
    expect(listed(issues.filter((i) => i.sheet === "Måneder"))).toEqual([
      "warning Måneder!C2 future-month",
      "warning Måneder!D2 future-month",
    ]);
  });
});

describe("the Måneder sheet in a real .xlsx file", () => {
  it("is written by exceljs and read back with its figures and its findings", async () => {
    const file = join(tempDir(), "months.xlsx");
    const sheets = cleanTracker("da");
    sheets.push({
      name: "Måneder",
      rows: [HEADER, ["Indbrud", 2016, 5, 4, null, 3], ["Tyverier", 2016, 12, 14, 15]],
    });
    await writeWorkbook(file, sheets);
    const loaded = await loadTrackerFile(file, { now: new Date("2016-09-01T08:00:00Z") });
    expect(listed(loaded.issues.filter((i) => i.sheet === "Måneder"))).toEqual(["error Måneder!E2 missing-month"]);
    expect(loaded.data.crimeByMonth.get("indbrud")?.get(2016)).toEqual([5, 4]);
    expect(loaded.data.crimeByMonth.get("tyverier")?.get(2016)).toEqual([12, 14, 15]);
  });
});
