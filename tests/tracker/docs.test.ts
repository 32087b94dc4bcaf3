/** docs/tracker-format.md's sheet tables are made from the sheet registry, and kept so by this test. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { updateTrackerDocs } from "../../scripts/tracker-docs";
import { trackerSheetSpecs } from "../../shared/index";

const DOC = readFileSync(new URL("../../docs/tracker-format.md", import.meta.url), "utf8");

describe("docs/tracker-format.md", () => {
  it("is what npm run docs:tracker makes from the sheet registry (run it after changing a sheet spec)", () => {
    expect(updateTrackerDocs(DOC)).toBe(DOC);
  });

  it("shows every sheet and column of the registry, with its English name and aliases", () => {
    for (const spec of trackerSheetSpecs) {
      expect(DOC).toContain(`<!-- generated:sheet:${spec.id} -->\n### \`${spec.da}\``);
      for (const c of spec.columns) {
        const row = DOC.split("\n").find((line) => line.startsWith(`| \`${c.da}\``) && line.includes(c.aliases[0] ?? ""));
        expect(row, `${spec.id}.${c.key}`).toBeDefined();
        if (c.en !== c.da) expect(row).toContain(`(\`${c.en}\`)`);
      }
    }
  });

  it("rewrites a stale table, and refuses a page that lacks a sheet's part or has one no spec makes", () => {
    const stale = DOC.replace("| `Dato` (`Date`) | ja / yes | dato / date | `mødedato` |", "| `Dato` | nej / no | tekst |  |");
    expect(stale).not.toBe(DOC);
    expect(updateTrackerDocs(stale)).toBe(DOC);
    const withoutSsp = DOC.replace(/<!-- generated:sheet:ssp -->[\s\S]*?<!-- \/generated:sheet:ssp -->\n/, "");
    expect(() => updateTrackerDocs(withoutSsp)).toThrow(/lacks "sheet:ssp"/);
    expect(() => updateTrackerDocs(`${DOC}\n<!-- generated:sheet:gone -->\n<!-- /generated:sheet:gone -->\n`)).toThrow(/"sheet:gone"/);
  });
});
