/**
 * A tracker saved by another program: LibreOffice recalculates the formulas and stores their
 * results; the reader must use those cached values (exceljs writes formulas without results).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { loadTrackerFile } from "../../files/tracker-file";
import { readWorkbookGrids } from "../../files/xlsx-read";
import { writeWorkbook } from "../../files/xlsx-write";
import { cleanTracker, tempDir } from "./workbooks";

const SOFFICE = "/usr/bin/soffice";

describe("a workbook saved by LibreOffice", () => {
  it("is read by the formulas' cached values", { timeout: 120_000 }, async () => {
    expect(existsSync(SOFFICE), "LibreOffice is needed (apt-get install libreoffice-calc-nogui)").toBe(true);
    const dir = tempDir();
    const sheets = cleanTracker("da").map((s) => {
      if (s.name === "Kriminalitet") {
        const rows = s.rows.map((r) => [...r]);
        rows[1] = ["Indbrud", 77, { formula: "60+11" }, { formula: "C2-8" }, { formula: "SUM(50,8)" }];
        return { ...s, rows };
      }
      if (s.name === "Møder") {
        const rows = s.rows.map((r) => [...r]);
        rows[1] = [
          { formula: "DATE(2013,3,12)" },
          { formula: "TIME(14,0,0)" },
          { formula: "B2+TIME(2,0,0)" },
          "Styregruppe",
          "Rådhuset",
          "Status",
          "Afholdt",
        ];
        return { ...s, rows };
      }
      return s;
    });
    const original = join(dir, "formulas.xlsx");
    await writeWorkbook(original, sheets);
    // Written by exceljs, the formulas have no cached result yet.
    expect((await readWorkbookGrids(original)).Kriminalitet?.[1]?.[4] ?? null).toBeNull();

    const outDir = join(dir, "saved");
    const profile = pathToFileURL(join(dir, "lo-profile")).href;
    const run = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, original],
      {
        encoding: "utf8",
        timeout: 90_000,
      },
    );
    const saved = join(outDir, "formulas.xlsx");
    expect(existsSync(saved), `soffice failed: ${run.stderr} ${run.stdout}`).toBe(true);

    const grids = await readWorkbookGrids(saved);
    expect(grids.Kriminalitet?.[1]?.slice(0, 5)).toEqual(["Indbrud", 77, 71, 63, 58]);
    const { issues, data } = await loadTrackerFile(saved, { now: new Date("2016-09-01T08:00:00Z") });
    expect(issues).toEqual([]);
    expect(data.crime.get("indbrud")?.get(2015)).toBe(58);
    expect(data.meetings[0]).toMatchObject({ date: "2013-03-12", start: "14:00", end: "16:00", group: "steering" });
    expect(data.meetings).toHaveLength(27);
  });
});
