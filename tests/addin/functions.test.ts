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
  it("gives the RAG word, Danish unless asked for English", async () => {
    expect(await status("Indbrud", 2015, 58)).toBe("grøn");
    expect(await status("Indbrud", 2015, 62)).toBe("grøn");
    expect(await status("Indbrud", 2015, 65)).toBe("gul");
    expect(await status("Indbrud", 2015, 66)).toBe("rød");
    expect(await status("Indbrud", 2015, "")).toBe("grå");
    expect(await status("Indbrud", 2015, null)).toBe("grå");
    expect(await status("Burglary", 2015, 66, "en")).toBe("red");
    expect(await status("Indbrud", 2015, 58, "da")).toBe("grøn");
  });

  it("gives Excel errors for bad arguments", async () => {
    expect(await status("Indbrud", 2015, -1)).toMatchObject({ code: "#VALUE!" });
    expect(await status("Indbrud", 2015, "mange")).toMatchObject({ code: "#VALUE!" });
    expect(await status("Indbrud", 2015, 58, "fr")).toMatchObject({ code: "#VALUE!" });
    expect(await status("Indbrud", 2011, 58)).toMatchObject({ code: "#N/A" });
  });
});

describe("AENDRING / CHANGE", () => {
  it("gives the change from the baseline in per cent", async () => {
    expect(await aendring("Indbrud", 58)).toBeCloseTo(((58 - 77) / 77) * 100, 10);
    expect(await change("Theft", 244)).toBe(0);
    expect(await change("Chikane", 90)).toBeCloseTo(25, 10);
  });

  it("gives #N/A without a figure and #VALUE! for a bad one", async () => {
    expect(await aendring("Indbrud", "")).toMatchObject({ code: "#N/A" });
    expect(await aendring("Indbrud", -3)).toMatchObject({ code: "#VALUE!" });
    expect(await change("Nothing", 3)).toMatchObject({ code: "#VALUE!" });
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
        for (const result of [await maal(a, b), await status(a, b, c, d), await aendring(a, c), await change(b, d), await target(c, a)]) {
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
