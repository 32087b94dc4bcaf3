/** One issue counter: the CLI, the add-in's summary and its per-sheet groups all count with countIssues. */
import { describe, expect, it } from "vitest";
import { groupIssues } from "../../excel-addin/core/issues-view";
import { bundledAgreement, countIssues, readTracker } from "../../shared/index";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager");

describe("countIssues", () => {
  it("counts errors and warnings, and the add-in's groups add up to the same", () => {
    const { issues } = readTracker(
      {
        Kriminalitet: [
          ["Gerningstype", 2012, 2013, "Note"],
          ["Indbruud", 77, -1],
          ["Tyverier", 244, 2.5],
        ],
        Økonomi: [
          ["År", "Bevilget", "Forbrugt"],
          [2015, 1, 2],
        ],
      },
      amager,
      { today: "2016-09-01" },
    );
    const errors = issues.filter((i) => i.severity === "error").length;
    expect(errors).toBeGreaterThan(0);
    expect(issues.length - errors).toBeGreaterThan(0);
    expect(countIssues(issues)).toEqual({ errors, warnings: issues.length - errors });
    const groups = groupIssues(issues, "da");
    expect(groups.map((g) => g.sheet).sort()).toEqual(["Kriminalitet", "Møder", "Økonomi"]);
    for (const g of groups) {
      const own = issues.filter((i) => i.sheet === g.sheet);
      const ownErrors = own.filter((i) => i.severity === "error").length;
      expect([g.errors, g.warnings], g.sheet).toEqual([ownErrors, own.length - ownErrors]);
    }
    expect(groups.reduce((n, g) => n + g.errors, 0)).toBe(errors);
    expect(countIssues([])).toEqual({ errors: 0, warnings: 0 });
  });
});
