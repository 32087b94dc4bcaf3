/**
 * A workbook with many planted mistakes, written as a real .xlsx file: every mistake must be
 * reported at its exact sheet and cell with its code, and nothing else may be reported.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedTracker, loadTrackerFile } from "../../files/tracker-file";
import { type WorkbookSheet, type WriteCell, writeWorkbook } from "../../files/xlsx-write";
import { cleanTracker, tempDir, time, utcDate } from "./workbooks";

const DEMO_NOW = new Date("2016-09-01T08:00:00Z");
const MEETING_HEADER = ["Dato", "Start", "Slut", "Gruppe", "Sted", "Emne", "Status"];

function meeting(date: string, group: string, status: string, start: WriteCell = time(9), end: WriteCell = time(11)): WriteCell[] {
  return [utcDate(date), start, end, group, "Hørgården, beboerhuset", "Opfølgning", status];
}

function messySheets(): WorkbookSheet[] {
  const workingGroup2015 = ["01-13", "02-10", "03-10", "04-14", "05-12", "06-09", "08-11", "09-08", "10-13"].map((d) =>
    meeting(`2015-${d}`, "Arbejdsgruppe", "Afholdt"),
  );
  return [
    { name: "Aftale", rows: [["Partnerskab", "amager"]], header: false },
    {
      name: "Kriminalitet",
      rows: [
        ["Gerningstype", 2012, 2013, 2014, 2015, 2016, 2031, "Note"],
        ["Indbrud", 78, 71, 63, 58], // B2: baseline is 77
        ["Tyverier", 244, "ca. 220", -5, 201.5], // C3 text, D3 negative, E3 fractional
        ["Indbrudd", 1], // A4 unknown, suggests Indbrud
        ["Indbrud", 77], // A5 duplicate
        ["Vold/Trusler", 73],
        ["Hærværk", 70],
        ["Narkotika", 52],
        ["Chikane", 72],
      ],
    },
    {
      name: "Møder",
      rows: [
        MEETING_HEADER,
        meeting("2015-03-12", "Styregruppe", "Afholdt"),
        ["2015-02-30", time(9), time(11), "Arbejdsgruppe", "", "", "Afholdt"], // A3 no such date
        meeting("2015-05-05", "Arbejdsgruppe", "Afholdt", "25:00"), // B4 no such time
        meeting("2015-05-19", "Bestyrelse", "Afholdt"), // D5 unknown group
        meeting("2015-06-02", "Styregruppe", "Udsat"), // G6 unknown status
        meeting("2016-10-04", "Styregruppe", "Afholdt"), // G7 held in the future
        meeting("2016-03-01", "Arbejdsgruppe", "Planlagt"), // G8 planned in the past
        meeting("2016-04-05", "Arbejdsgruppe", "Afholdt", time(14), time(13)), // C9 ends before it starts
        ...workingGroup2015, // 9 held in 2015: above the maximum of 8
      ],
    },
    {
      name: "SSP",
      rows: [
        ["År", "Ekstraordinære aktiveringer"],
        [2012, 7], // B2: baseline is 6
        [2013, "fem"], // B3 not a number
        [2013, 4], // A4 duplicate year
        [2030, 1], // A5 outside the period
      ],
    },
    {
      name: "Tryghedsindeks",
      rows: [
        ["År", "Område", "Behov"],
        [2013, "Urbanplanen", "middel"],
      ],
    }, // C2 unknown level
    {
      name: "Økonomi",
      rows: [
        ["År", "Bevilget", "Forbrugt"],
        [2015, 1_500_000, 1_600_000], // C2 over the allocation
        [2016, -10, 0], // B3 negative (and different from the agreement's 1.500.000)
      ],
    },
    {
      name: "Aktiviteter",
      rows: [
        ["Indsatsområde", "Aktivitet", "Ansvarlig", "Start", "Slut", "Status"],
        ["Indsats X", "Noget", "SSP", null, null, "I gang"], // A2 unknown focus area (warning)
        ["1", "", "SSP", null, null, "I gang"], // B3 activity missing
        ["2", "Tryghedsvandring", "Politiet", "i morgen", null, "Planlagt"], // D4 no such date
      ],
    },
  ];
}

describe("the messy workbook", () => {
  let loaded: LoadedTracker;
  beforeAll(async () => {
    const file = join(tempDir(), "messy.xlsx");
    await writeWorkbook(file, messySheets());
    loaded = await loadTrackerFile(file, { now: DEMO_NOW });
  });

  it("reports every planted mistake at its sheet and cell, errors first, and nothing else", () => {
    const got = loaded.issues.map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.code}`);
    expect(got).toEqual([
      "error Kriminalitet!G1 year-outside-period",
      "error Kriminalitet!B2 baseline-mismatch",
      "error Kriminalitet!C3 not-a-number",
      "error Kriminalitet!D3 negative",
      "error Kriminalitet!E3 fractional",
      "error Kriminalitet!A4 unknown-category",
      "error Kriminalitet!A5 duplicate-category",
      "error Møder!A3 invalid-date",
      "error Møder!B4 invalid-time",
      "error Møder!D5 unknown-group",
      "error Møder!G6 unknown-status",
      "error SSP!B2 baseline-mismatch",
      "error SSP!B3 not-a-number",
      "error SSP!A4 duplicate-year",
      "error SSP!A5 year-outside-period",
      "error Tryghedsindeks!C2 unknown-level",
      "error Økonomi!B3 negative",
      "error Aktiviteter!B3 missing-value",
      "error Aktiviteter!D4 invalid-date",
      "warning Kriminalitet!H1 unknown-column",
      "warning Møder! cadence-below-min",
      "warning Møder! cadence-below-min",
      "warning Møder! cadence-below-min",
      "warning Møder! cadence-below-min",
      "warning Møder! cadence-below-min",
      "warning Møder! cadence-above-max",
      "warning Møder!G7 held-in-future",
      "warning Møder!G8 planned-in-past",
      "warning Møder!C9 end-before-start",
      "warning Økonomi!C2 over-allocation",
      "warning Aktiviteter!A2 unknown-focus-area",
    ]);
  });

  const message = (cell: string, sheet = "Kriminalitet") => {
    const issue = loaded.issues.find((i) => i.sheet === sheet && i.cell === cell);
    if (!issue) throw new Error(`no issue at ${sheet}!${cell}`);
    return issue.message;
  };

  it("names both figures when a baseline differs from the agreement", () => {
    expect(message("B2").da).toContain("78 anmeldelser");
    expect(message("B2").da).toContain("baseline for 2012 er 77");
    expect(message("B2").en).toContain("baseline is 77");
    expect(message("B2", "SSP").da).toMatch(/7 aktiveringer.*baseline for 2012 er 6/);
  });

  it("suggests the nearest category and speaks Danish and English", () => {
    expect(message("A4").da).toContain("Mente du »Indbrud«?");
    expect(message("A4").en).toContain('Did you mean "Burglary"?');
    expect(message("A5").da).toContain("første gang i A2");
    expect(message("C3").da).toContain("»ca. 220« er ikke et tal");
    expect(message("E3").da).toContain("201,5 er ikke et helt tal");
    expect(message("D5", "Møder").da).toContain("Skriv Styregruppe eller Arbejdsgruppe");
    expect(message("G6", "Møder").da).toContain("Skriv Planlagt, Afholdt eller Aflyst");
    expect(message("G7", "Møder").da).toContain("4. oktober 2016 er markeret som afholdt");
    expect(message("C2", "Økonomi").da).toContain("1.600.000 kr.");
    expect(message("C2", "Økonomi").da).toContain("100.000 kr. over bevillingen (1.500.000 kr.)");
  });

  it("tells the cadence per group and year", () => {
    const cadence = loaded.issues.filter((i) => i.code.startsWith("cadence")).map((i) => i.message.da);
    expect(cadence).toContain("Styregruppen afholdt 1 møde i 2015; ifølge aftalen mindst 2 gange om året.");
    expect(cadence).toContain("Arbejdsgruppen afholdt 9 møder i 2015; ifølge aftalen højst 8 gange om året.");
    expect(cadence).toContain("Arbejdsgruppen afholdt 0 møder i 2013; ifølge aftalen mindst 6 gange om året.");
  });

  it("still reads the good rows", () => {
    expect(loaded.data.crime.get("indbrud")?.get(2015)).toBe(58);
    expect(loaded.data.crime.get("tyverier")?.get(2013)).toBeNull();
    expect(loaded.data.meetings.find((m) => m.date === "2015-03-12")?.source?.cell).toBe("A2");
    expect(loaded.data.sspActivations.get(2013)).toBeNull();
  });
});

describe("missing sheets and headers", () => {
  it("names the missing Møder sheet and the missing Status column", async () => {
    const sheets = cleanTracker("da").filter((s) => s.name !== "Møder");
    const crime = sheets.find((s) => s.name === "Kriminalitet");
    const dir = tempDir();
    await writeWorkbook(join(dir, "no-meetings.xlsx"), sheets);
    const r1 = await loadTrackerFile(join(dir, "no-meetings.xlsx"), { now: DEMO_NOW });
    expect(r1.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`)).toEqual(["Møder! missing-sheet"]);

    const noStatus = [
      ...sheets.filter((s) => s !== crime),
      {
        name: "Kriminalitet",
        rows: [
          ["Kategori?", 2012],
          ["Indbrud", 77],
        ],
      },
      { name: "møder ", rows: [["dato", "START", "Slut", "Gruppe"]] },
    ];
    await writeWorkbook(join(dir, "no-status.xlsx"), noStatus);
    const r2 = await loadTrackerFile(join(dir, "no-status.xlsx"), { now: DEMO_NOW });
    const errors = r2.issues.filter((i) => i.severity === "error").map((i) => `${i.sheet}!${i.cell} ${i.code}`);
    expect(errors).toEqual(["Kriminalitet!A1 missing-header", "møder !G1 missing-header"]);
    expect(r2.issues.find((i) => i.cell === "G1")?.message.da).toContain("Kolonnen »Status« mangler");
  });
});

describe("which agreement a tracker belongs to", () => {
  it("follows the Aftale sheet over the configured agreement, and says so when it names an unknown one", async () => {
    const dir = tempDir();
    const withRef = (ref: string) => [{ name: "Aftale", rows: [["Partnerskab", ref]], header: false }, ...cleanTracker("da").slice(1)];
    await writeWorkbook(join(dir, "tingbjerg.xlsx"), withRef("Tingbjerg-Husum"));
    const t = await loadTrackerFile(join(dir, "tingbjerg.xlsx"), { now: DEMO_NOW, agreement: "amager" });
    expect(t.agreement.id).toBe("tingbjerg-husum");
    // Amager's baselines in a Tingbjerg-Husum tracker: each one differs from that agreement.
    expect(t.issues.filter((i) => i.code === "baseline-mismatch").map((i) => i.cell)).toEqual(["B2", "B3", "B4", "B5", "B6", "B7"]);

    await writeWorkbook(join(dir, "unknown.xlsx"), withRef("vesterbro"));
    const u = await loadTrackerFile(join(dir, "unknown.xlsx"), { now: DEMO_NOW, agreement: "amager" });
    expect(u.agreement.id).toBe("amager");
    expect(u.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`)).toEqual(["Aftale! agreement-mismatch"]);
    expect(u.issues[0]?.message.da).toContain("»vesterbro«");

    await writeWorkbook(join(dir, "none.xlsx"), cleanTracker("da").slice(1));
    const n = await loadTrackerFile(join(dir, "none.xlsx"), { now: DEMO_NOW, agreement: "tingbjerg-husum" });
    expect(n.agreement.id).toBe("tingbjerg-husum");
  });
});

describe("an Aftale sheet naming an agreement file", () => {
  it("loads the file beside the tracker, and reports a file that cannot be used", async () => {
    const dir = tempDir();
    const amager = await import("../../shared/agreement/bundled/amager.json");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(dir, "min-aftale.json"), JSON.stringify({ ...amager.default, id: "min-aftale" }));
    const withRef = (ref: string) => [{ name: "Aftale", rows: [["Partnerskab", ref]], header: false }, ...cleanTracker("da").slice(1)];
    await writeWorkbook(join(dir, "ok.xlsx"), withRef("./min-aftale.json"));
    const ok = await loadTrackerFile(join(dir, "ok.xlsx"), { now: DEMO_NOW });
    expect(ok.agreement.id).toBe("min-aftale");
    expect(ok.issues).toEqual([]);

    await writeWorkbook(join(dir, "missing.xlsx"), withRef("./findes-ikke.json"));
    const missing = await loadTrackerFile(join(dir, "missing.xlsx"), { now: DEMO_NOW });
    expect(missing.agreement.id).toBe("amager");
    // At the cell that names the file (B1: `Partnerskab | ./findes-ikke.json`).
    expect(missing.issues.map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.code}`)).toEqual(["error Aftale!B1 agreement-file"]);
    expect(missing.issues[0]?.message.da).toContain("findes-ikke.json");
  });
});
