/**
 * The custom functions called directly, as Excel's runtime would: MAAL agrees with the CLI's
 * `targets --json` for every category and year; bad arguments give Excel errors, never a throw.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  aendring,
  change,
  currentAgreement,
  forgetAgreement,
  maal,
  registerCustomFunctions,
  status,
  target,
} from "../../excel-addin/functions/functions";
import { cli, ROOT } from "../helpers/cli";
import { blankCell } from "./fake-host/model";
import { cleanTracker } from "./fixtures";
import { installHost } from "./harness";

class ExcelError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}
const registry = new Map<string, unknown>();

beforeEach(() => {
  Object.assign(globalThis, {
    CustomFunctions: {
      Error: ExcelError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
      associate: (id: string, fn: unknown) => registry.set(id, fn),
    },
  });
  forgetAgreement();
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, "Excel");
  Reflect.deleteProperty(globalThis, "Office");
});

/**
 * STATUS, AENDRING and CHANGE ask for their arguments' addresses, so Excel wants a matrix back:
 * they return a 1×1 array, shown as one value. This unwraps it and checks the shape.
 */
async function one<T>(result: Promise<T[][]>): Promise<T> {
  const matrix = await result;
  expect(matrix).toHaveLength(1);
  expect(matrix[0]).toHaveLength(1);
  return matrix[0]?.[0] as T;
}

type TargetsJson = { agreement: string; categories: Array<{ category: string; baseline: number; targets: Record<string, number> }> };

async function cliTargets(agreement: string): Promise<TargetsJson> {
  const r = await cli("targets", "--agreement", agreement, "--json");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as TargetsJson;
}

describe("MAAL / TARGET", () => {
  it("agree with the CLI's targets for every category and year (Amager, no workbook)", async () => {
    const json = await cliTargets("amager");
    let checked = 0;
    for (const c of json.categories) {
      for (const [year, value] of Object.entries(c.targets)) {
        expect(await maal(c.category, Number(year)), `${c.category} ${year}`).toBe(value);
        expect(await target(c.category, year)).toBe(value);
        checked++;
      }
    }
    expect(checked).toBe(24);
  });

  it("use the agreement the workbook's Aftale sheet names", async () => {
    const grids = cleanTracker();
    grids.Aftale = [["Partnerskab", "tingbjerg-husum"]];
    installHost(grids);
    expect((await currentAgreement()).id).toBe("tingbjerg-husum");
    const json = await cliTargets("tingbjerg-husum");
    for (const c of json.categories) {
      for (const [year, value] of Object.entries(c.targets)) expect(await maal(c.category, Number(year))).toBe(value);
    }
  });

  it("accept English names and synonyms", async () => {
    expect(await target("Burglary", 2015)).toBe(62);
    expect(await maal("indbrud", 2016)).toBe(58);
  });

  it("give #VALUE! for an unknown category (with a suggestion) or a bad year, #N/A for a year without a target", async () => {
    const unknown = await maal("Indbrudd", 2015);
    expect(unknown).toBeInstanceOf(ExcelError);
    expect(unknown).toMatchObject({ code: "#VALUE!" });
    expect((unknown as ExcelError).message).toContain("Indbrud");
    expect(await maal("Indbrud", "næste år")).toMatchObject({ code: "#VALUE!" });
    expect(await maal("Indbrud", 2015.5)).toMatchObject({ code: "#VALUE!" });
    expect(await maal("", 2015)).toMatchObject({ code: "#VALUE!" });
    const noTarget = await maal("Indbrud", 2020);
    expect(noTarget).toMatchObject({ code: "#N/A" });
    expect((noTarget as ExcelError).message).toContain("2013–2016");
  });
});

describe("STATUS", () => {
  it("gives the status word the bot and the Måltal sheet use, Danish unless asked for English", async () => {
    expect(await one(status("Indbrud", 2015, 58))).toBe("Nået");
    expect(await one(status("Indbrud", 2015, 62))).toBe("Nået");
    expect(await one(status("Indbrud", 2015, 65))).toBe("Tæt på");
    expect(await one(status("Indbrud", 2015, 66))).toBe("Ikke nået");
    expect(await one(status("Indbrud", 2015, ""))).toBe("Intet tal");
    expect(await one(status("Indbrud", 2015, null))).toBe("Intet tal");
    expect(await one(status("Burglary", 2015, 66, "en"))).toBe("Missed");
    expect(await one(status("Indbrud", 2015, 58, "da"))).toBe("Nået");
  });

  it("gives Excel errors for bad arguments", async () => {
    expect(await one(status("Indbrud", 2015, -1))).toMatchObject({ code: "#VALUE!" });
    expect(await one(status("Indbrud", 2015, "mange"))).toMatchObject({ code: "#VALUE!" });
    expect(await one(status("Indbrud", 2015, 58, "fr"))).toMatchObject({ code: "#VALUE!" });
    expect(await one(status("Indbrud", 2011, 58))).toMatchObject({ code: "#N/A" });
  });
});

describe("AENDRING / CHANGE", () => {
  it("gives the change from the baseline in per cent", async () => {
    expect(await one(aendring("Indbrud", 58))).toBeCloseTo(((58 - 77) / 77) * 100, 10);
    expect(await one(change("Theft", 244))).toBe(0);
    expect(await one(change("Chikane", 90))).toBeCloseTo(25, 10);
  });

  it("gives #N/A without a figure and #VALUE! for a bad one", async () => {
    expect(await one(aendring("Indbrud", ""))).toMatchObject({ code: "#N/A" });
    expect(await one(aendring("Indbrud", -3))).toMatchObject({ code: "#VALUE!" });
    expect(await one(change("Nothing", 3))).toMatchObject({ code: "#VALUE!" });
  });
});

describe("never a thrown exception", () => {
  it("whatever the arguments", async () => {
    const anyArg = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.string()),
    );
    await fc.assert(
      fc.asyncProperty(anyArg, anyArg, anyArg, anyArg, async (a, b, c, d) => {
        for (const result of [
          await maal(a, b),
          await one(status(a, b, c, d)),
          await one(aendring(a, c)),
          await one(change(b, d)),
          await target(c, a),
        ]) {
          expect(typeof result === "number" || typeof result === "string" || result instanceof ExcelError).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("registration", () => {
  it("associates exactly the ids that functions.json (generated from the JSDoc) declares", async () => {
    registry.clear();
    registerCustomFunctions();
    const generated = await generateCustomFunctionsMetadata(`${ROOT}/excel-addin/functions/functions.ts`);
    expect(generated.errors).toEqual([]);
    const ids = (JSON.parse(generated.metadataJson) as { functions: Array<{ id: string; name: string }> }).functions.map((f) => f.id);
    expect(ids.sort()).toEqual(["AENDRING", "CHANGE", "MAAL", "STATUS", "TARGET"]);
    expect([...registry.keys()].sort()).toEqual(ids);
  });
});

describe("an empty cell means no figure, on every platform", () => {
  // Excel on the web passes an empty cell as null; Excel on Windows and Mac as 0 (OfficeDev/office-js#4702).
  const grids = () => ({ ...cleanTracker(), "Mine tal": [["Indbrud", 2015, null, 0, 58]] });
  const at = (address: string): CustomFunctions.Invocation => ({ parameterAddresses: ["'Mine tal'!A1", "'Mine tal'!B1", address] });
  const atChange = (address: string): CustomFunctions.Invocation => ({ parameterAddresses: ["'Mine tal'!A1", address] });

  it("as Excel on the web passes it (null): no figure, and #N/A for the change", async () => {
    installHost(grids());
    expect(await one(status("Indbrud", 2015, null, null, null, at("'Mine tal'!C1")))).toBe("Intet tal");
    expect(await one(aendring("Indbrud", null, null, atChange("'Mine tal'!C1")))).toMatchObject({ code: "#N/A" });
  });

  it("as Excel on Windows and Mac pass it (0): no figure, and #N/A for the change, read from the cell", async () => {
    const model = installHost(grids());
    expect(await one(status("Indbrud", 2015, 0, null, null, at("'Mine tal'!C1")))).toBe("Intet tal");
    expect(await one(aendring("Indbrud", 0, null, atChange("'Mine tal'!$C$1")))).toMatchObject({ code: "#N/A" });
    expect(await one(change("Burglary", 0, null, atChange("'Mine tal'!C1")))).toMatchObject({ code: "#N/A" });
    expect(model.runOptions.every((o) => (o as { delayForCellEdit?: boolean } | undefined)?.delayForCellEdit === true)).toBe(true);
  });

  it("a 0 in the cell or typed in the formula is a figure: no reports is met, −100 %", async () => {
    installHost(grids());
    expect(await one(status("Indbrud", 2015, 0, null, null, at("'Mine tal'!D1")))).toBe("Nået");
    expect(await one(aendring("Indbrud", 0, null, atChange("'Mine tal'!D1")))).toBe(-100);
    // A typed argument has no cell address.
    expect(await one(status("Indbrud", 2015, 0, null, null, { parameterAddresses: ["", "", ""] }))).toBe("Nået");
    expect(await one(aendring("Indbrud", 0))).toBe(-100);
  });

  it("many cells recalculated together are looked up in one round trip", async () => {
    const model = installHost(grids());
    await currentAgreement(); // the agreement is read (and cached) first
    model.syncCount = 0;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => one(status("Indbrud", 2015, 0, null, null, at(i % 2 ? "'Mine tal'!C1" : "'Mine tal'!D1")))),
    );
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 ? "Intet tal" : "Nået")));
    expect(model.syncCount).toBe(1);
  });

  it("says so when the cell cannot be read, instead of guessing", async () => {
    const model = installHost(grids());
    await currentAgreement();
    model.beforeSync = () => {
      throw Object.assign(new Error("gone"), { code: "ItemNotFound" });
    };
    const result = await one(status("Indbrud", 2015, 0, null, null, at("'Mine tal'!C1")));
    expect(result).toMatchObject({ code: "#N/A" });
    expect((result as ExcelError).message).toContain("'Mine tal'!C1");
  });
});

describe("the agreement", () => {
  it("can be given as the last argument, and then agrees with the CLI for that agreement", async () => {
    installHost(cleanTracker()); // the workbook names Amager
    const json = await cliTargets("tingbjerg-husum");
    for (const c of json.categories) {
      for (const [year, value] of Object.entries(c.targets)) expect(await maal(c.category, Number(year), "tingbjerg-husum")).toBe(value);
    }
    const amager = await cliTargets("amager");
    const first = amager.categories[0];
    if (!first) throw new Error("no categories");
    const [year, value] = Object.entries(first.targets)[0] ?? [];
    // Left out, or an empty cell (0 on Windows and Mac): the workbook's agreement.
    expect(await maal(first.category, Number(year), 0)).toBe(value);
    expect(await maal(first.category, Number(year), null)).toBe(value);
  });

  it("given but unknown, is #VALUE! naming the known agreements", async () => {
    const result = await target("Burglary", 2015, "valby");
    expect(result).toMatchObject({ code: "#VALUE!" });
    expect((result as ExcelError).message).toContain("amager");
    expect(await one(status("Indbrud", 2015, 58, "da", "valby"))).toMatchObject({ code: "#VALUE!" });
  });

  it("is never Amager in silence when the workbook cannot be read: #N/A says why", async () => {
    const grids = cleanTracker();
    grids.Aftale = [["Partnerskab", "tingbjerg-husum"]];
    const model = installHost(grids);
    model.beforeSync = () => {
      throw Object.assign(new Error("busy"), { code: "ActivityLimitReached" });
    };
    const result = await maal("Indbrud", 2015);
    expect(result).toMatchObject({ code: "#N/A" });
    expect((result as ExcelError).message).toMatch(/Aftale/);
    // Once the workbook answers again, the next calculation reads it (a failure is not cached).
    model.beforeSync = undefined;
    const json = await cliTargets("tingbjerg-husum");
    const c = json.categories[0];
    if (!c) throw new Error("no categories");
    const [year, value] = Object.entries(c.targets)[0] ?? [];
    expect(await maal(c.category, Number(year))).toBe(value);
  });

  it("changed on the Aftale sheet: the workbook is recalculated and the functions show the new agreement", async () => {
    const model = installHost(cleanTracker()); // amager
    registerCustomFunctions();
    await new Promise((r) => setTimeout(r, 20)); // the watcher registers
    expect(model.handlers.changed.length).toBeGreaterThan(0);
    expect(await maal("Indbrud", 2015)).toBe(62);
    const tingbjerg = await cliTargets("tingbjerg-husum");
    const c = tingbjerg.categories[0];
    if (!c) throw new Error("no categories");
    const [year, value] = Object.entries(c.targets)[0] ?? [];

    // Someone edits another sheet: nothing to recalculate.
    await model.fire("changed", "Kriminalitet");
    expect(model.calculations).toEqual([]);

    // Someone types another agreement on the Aftale sheet.
    const aftale = model.sheet("Aftale");
    if (!aftale) throw new Error("no Aftale sheet");
    model.cell(aftale, 0, 1).value = "tingbjerg-husum";
    await model.fire("changed", "Aftale");
    expect(model.calculations).toEqual(["Full"]);
    expect(await maal(c.category, Number(year))).toBe(value);

    // An edit on the Aftale sheet that leaves the agreement as it is: no recalculation.
    model.cell(aftale, 1, 1).value = "Et andet navn";
    await model.fire("changed", "Aftale");
    expect(model.calculations).toEqual(["Full"]);
  });

  it("an Aftale sheet added later (or deleted) is noticed too", async () => {
    const grids: Record<string, unknown[][]> = { ...cleanTracker() };
    delete grids.Aftale;
    const model = installHost(grids);
    registerCustomFunctions();
    await new Promise((r) => setTimeout(r, 20));
    expect((await currentAgreement()).id).toBe("amager");
    model.addSheet("Aftale").cells.set("0,0", { ...blankCell(), value: "Partnerskab" });
    const sheet = model.sheet("Aftale");
    if (!sheet) throw new Error("no sheet");
    model.cell(sheet, 0, 1).value = "tingbjerg-husum";
    await model.fire("added", "Aftale");
    expect(model.calculations).toEqual(["Full"]);
    expect((await currentAgreement()).id).toBe("tingbjerg-husum");
  });
});
