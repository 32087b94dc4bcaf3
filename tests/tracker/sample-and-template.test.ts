import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTrackerFile, writeTemplateWorkbook } from "../../files/tracker-file";
import { readWorkbookGrids } from "../../files/xlsx-read";
import { writeWorkbook } from "../../files/xlsx-write";
import { amagerExampleSheets } from "../../scripts/make-examples";
import { bundledAgreement, countStatus, crimeIndicators, type TrackerIssue, trackerTemplate } from "../../shared/index";
import { cleanTracker, tempDir } from "./workbooks";

const ROOT = resolve(import.meta.dirname, "../..");
const SAMPLE = join(ROOT, "examples/amager-tracker.xlsx");
const DEMO_NOW = new Date("2016-09-01T08:00:00Z");

const errorsOf = (issues: TrackerIssue[]) => issues.filter((i) => i.severity === "error");

describe("the sample workbook examples/amager-tracker.xlsx", () => {
  it("is valid, with no warnings at the demo date, and names the Amager agreement", async () => {
    const { agreement, issues, data } = await loadTrackerFile(SAMPLE, { now: DEMO_NOW, agreement: "tingbjerg-husum" });
    expect(agreement.id).toBe("amager");
    expect(issues).toEqual([]);
    expect(data.agreementRef).toBe("amager");
  });

  it("holds the real 2012 baselines, Indbrud 2015 = 58, an empty 2016 and a green/amber/red mix for 2015", async () => {
    const { agreement, data } = await loadTrackerFile(SAMPLE, { now: DEMO_NOW });
    const indbrud = data.crime.get("indbrud");
    expect(indbrud?.get(2012)).toBe(77);
    expect(indbrud?.get(2015)).toBe(58);
    for (const ind of crimeIndicators(agreement)) {
      expect(data.crime.get(ind.category)?.get(2012)).toBe(ind.baseline.value);
      expect(data.crime.get(ind.category)?.get(2016)).toBeNull();
    }
    const rags = crimeIndicators(agreement).map((ind) => countStatus(ind, data.crime.get(ind.category) ?? new Map(), 2015).asked.rag);
    expect(new Set(rags)).toEqual(new Set(["green", "amber", "red"]));
  });

  it("has a realistic meeting calendar: held up to the demo date, planned after, one cancelled", async () => {
    const { data } = await loadTrackerFile(SAMPLE, { now: DEMO_NOW });
    const m = data.meetings;
    expect(m.filter((x) => x.status === "cancelled")).toHaveLength(1);
    expect(m.filter((x) => x.status === "held").every((x) => x.date <= "2016-09-01")).toBe(true);
    expect(m.filter((x) => x.status === "planned").every((x) => x.date > "2016-09-01")).toBe(true);
    for (const x of m) {
      expect([2, 4], x.date).toContain(new Date(`${x.date}T12:00:00Z`).getUTCDay());
      expect(["09:00", "14:00"]).toContain(x.start);
    }
    const oct6 = m.find((x) => x.date === "2015-10-06");
    expect(oct6).toMatchObject({
      start: "09:00",
      end: "11:00",
      group: "steering",
      status: "held",
      place: "Økonomiforvaltningen, Rådhuset",
    });
    expect(oct6?.source?.sheet).toBe("Møder");
    expect(data.sspActivations.get(2012)).toBe(6);
    expect(data.safetyIndex.find((s) => s.year === 2012)?.level).toBe("reduceret");
    expect(data.budget.map((b) => [b.year, b.allocatedKr])).toEqual([
      [2014, 750_000],
      [2015, 1_500_000],
      [2016, 1_500_000],
    ]);
  });

  it("says in the workbook that the 2013–2016 figures are illustrative", async () => {
    const grids = await readWorkbookGrids(SAMPLE);
    const aftale = JSON.stringify(grids.Aftale);
    expect(aftale).toContain("illustrative");
    expect(aftale).toMatch(/Eksempeldata/);
  });

  it("is what the generator makes from the data in the repo (never a hand-edited binary)", async () => {
    const fresh = join(tempDir(), "fresh.xlsx");
    await writeWorkbook(fresh, amagerExampleSheets());
    expect(await readWorkbookGrids(fresh)).toEqual(await readWorkbookGrids(SAMPLE));
  });
});

describe("the template", () => {
  it.each(["amager", "tingbjerg-husum"])("for %s validates with no errors and carries the baselines", async (id) => {
    const agreement = bundledAgreement(id);
    if (!agreement) throw new Error(id);
    const file = join(tempDir(), `${id}.xlsx`);
    await writeTemplateWorkbook(file, agreement);
    const { issues, data, agreement: used } = await loadTrackerFile(file, { now: DEMO_NOW });
    expect(used.id).toBe(id);
    expect(errorsOf(issues)).toEqual([]);
    for (const ind of crimeIndicators(agreement)) expect(data.crime.get(ind.category)?.get(ind.baseline.year)).toBe(ind.baseline.value);
  });

  it("describes drop-downs for category, group, status and level, within Excel's inline-list limits", () => {
    const agreement = bundledAgreement("amager");
    if (!agreement) throw new Error("amager");
    const t = trackerTemplate(agreement);
    const lists = Object.fromEntries(t.map((s) => [s.name, s.validations.map((v) => `${v.column}:${v.list.join("|")}`)]));
    expect(lists.Kriminalitet).toEqual(["A:Indbrud|Tyverier|Vold/Trusler|Hærværk|Narkotika|Chikane"]);
    expect(lists.Møder).toEqual(["D:Styregruppe|Arbejdsgruppe", "G:Planlagt|Afholdt|Aflyst"]);
    expect(lists.Tryghedsindeks).toEqual(["C:minimal|reduceret|ordinær|intensiveret|markant"]);
    expect(lists.Måneder).toEqual(["A:Indbrud|Tyverier|Vold/Trusler|Hærværk|Narkotika|Chikane"]);
    expect(t.map((s) => s.name)).toEqual([
      "Aftale",
      "Kriminalitet",
      "Måneder",
      "Møder",
      "SSP",
      "Tryghedsindeks",
      "Tryghedsundersøgelse",
      "Økonomi",
      "Aktiviteter",
    ]);
  });

  it("writes the drop-downs into the .xlsx file", async () => {
    const agreement = bundledAgreement("amager");
    if (!agreement) throw new Error("amager");
    const file = join(tempDir(), "t.xlsx");
    await writeTemplateWorkbook(file, agreement);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await import("node:fs/promises").then((fs) => fs.readFile(file)));
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.startsWith("xl/worksheets/sheet"))
        .map((n) => zip.file(n)?.async("string")),
    );
    const xml = sheets.join("\n");
    expect(xml).toContain('sqref="D2:D1000"');
    expect(xml).toContain("&quot;Styregruppe,Arbejdsgruppe&quot;");
    expect(xml).toContain("&quot;Planlagt,Afholdt,Aflyst&quot;");
  });
});

describe("English sheet names and headers", () => {
  it("validate and read exactly like the Danish ones", async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, "da.xlsx"), cleanTracker("da"));
    await writeWorkbook(join(dir, "en.xlsx"), cleanTracker("en"));
    const da = await loadTrackerFile(join(dir, "da.xlsx"), { now: DEMO_NOW });
    const en = await loadTrackerFile(join(dir, "en.xlsx"), { now: DEMO_NOW });
    expect(da.issues).toEqual([]);
    expect(en.issues).toEqual([]);
    expect(en.data.crime).toEqual(da.data.crime);
    const strip = (ms: typeof da.data.meetings) => ms.map(({ source, ...m }) => ({ ...m, cell: source?.cell }));
    expect(strip(en.data.meetings)).toEqual(strip(da.data.meetings));
    expect(en.data.meetings[0]?.source?.sheet).toBe("Meetings");
    expect(en.data.safetyIndex.map((s) => s.level)).toEqual(["reduceret", "ordinaer"]);
    expect(en.data.activities[0]?.focusAreaId).toBe("brobygning");
    expect(da.data.meetings).toHaveLength(27);
  });
});
