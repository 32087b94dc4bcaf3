/**
 * A hostile or careless tracker in SharePoint (issue 15), against the fake Graph: a sheet is
 * measured by its used range's address before any value is fetched, and only its window within
 * the caps is read; a tracker cut short by a cap keeps the last good copy; the `Aftale` sheet's
 * reference reaches a bundled agreement or a .json file in the tracker's own drive folder, read
 * through Graph, and never a file on the bot's machine.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import { TrackerUnavailableError } from "../../bot/core/errors";
import { recordingLogger } from "../../bot/log";
import { createGraphTrackerSource } from "../../bot/sources/graph/create-graph-source";
import { bundledAgreement, type CellValue, TRACKER_LIMITS, type WorkbookGrids } from "../../shared/index";
import { FakeGraph } from "../helpers/fake-graph";
import { recordFileOpens } from "../helpers/file-access";
import { amagerGrids } from "./amager-grids";

const NOW = "2015-06-01T10:00:00+02:00";
let fake: FakeGraph | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setUp(workbook: WorkbookGrids, folder: Record<string, string> = {}) {
  fake = await FakeGraph.start({ workbook, folder });
  const logger = recordingLogger();
  const clock = new ManualClock(NOW);
  const source = createGraphTrackerSource(fake.config({ TRACKER_CACHE_SECONDS: "1" }), { clock, logger });
  return { fake, source, logger };
}

/** The address of every values request the source made ("A1:G4"). */
const valueRanges = (graph: FakeGraph) =>
  graph.requests.map((r) => /\/range\(address='([^']*)'\)$/.exec(r.path)?.[1]).filter((a): a is string => a !== undefined);

/** The tracker with Møder reaching column XFD on row 2 and row 60,000 in column A. */
function farReaching(): WorkbookGrids {
  const grids = amagerGrids();
  const meetings = (grids.Møder ?? []).map((r) => [...r]) as CellValue[][];
  const row = meetings[1] as CellValue[];
  row[16_383] = "skrevet langt ude";
  meetings[59_999] = ["en celle langt nede"];
  return { ...grids, Møder: meetings };
}

describe("sheets from Graph, within the caps", () => {
  it("asks how far each sheet reaches, then reads only its window: never column XFD, never row 60,000", async () => {
    const { fake, source } = await setUp(amagerGrids());
    expect((await source.current()).tracker.crime.get("indbrud")?.get(2015)).toBe(58);
    fake.setWorkbook(farReaching());
    fake.resetCounts();
    await new Promise((r) => setTimeout(r, 1100));
    const snapshot = await source.current();
    // Every values request stays inside the caps: at most 200 columns (GR), at most 50,000 cells.
    for (const address of valueRanges(fake)) {
      const m = /^A(\d+):([A-Z]+)(\d+)$/.exec(address);
      expect(m, address).not.toBeNull();
      const columns = [...(m?.[2] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      expect(columns, address).toBeLessThanOrEqual(TRACKER_LIMITS.maxColumns);
      expect((Number(m?.[3]) - Number(m?.[1]) + 1) * columns, address).toBeLessThanOrEqual(50_000);
    }
    expect(valueRanges(fake).some((a) => a.endsWith("GR5000"))).toBe(true);
    // The sheet was cut short: the figures read before stay in use, marked stale.
    expect(snapshot.staleSince).toBeDefined();
    expect(snapshot.tracker.crime.get("indbrud")?.get(2015)).toBe(58);
  });

  it("with no good copy yet, a tracker cut short is unavailable, and says why", async () => {
    const { source } = await setUp(farReaching());
    const err = await source.current().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrackerUnavailableError);
    expect((err as TrackerUnavailableError).reason).toMatch(/cut short: The sheet "Møder" uses columns as far as XFD/);
  });

  it("Måneder, the year in progress, within the same caps: its window only, and a cut Måneder keeps the last good copy", async () => {
    const months: CellValue[][] = [
      ["Gerningstype", "År", "Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"],
      ["Indbrud", 2015, 5, 4, 6, 5, 4, 5, null, null, null, null, null, null],
    ];
    const { fake, source } = await setUp({ ...amagerGrids(), Måneder: months });
    const good = await source.current();
    expect(good.tracker.crimeByMonth.get("indbrud")?.get(2015)?.slice(0, 6)).toEqual([5, 4, 6, 5, 4, 5]);
    const far = months.map((r) => [...r]);
    (far[1] as CellValue[])[16_383] = "skrevet langt ude";
    far[59_999] = ["Indbrud", 2016, 1];
    fake.setWorkbook({ ...amagerGrids(), Måneder: far });
    fake.resetCounts();
    await new Promise((r) => setTimeout(r, 1100));
    const snapshot = await source.current();
    const monthsId = fake.sheetIdOf("Måneder");
    const asked = fake.requests.filter((r) => r.path.includes(monthsId)).map((r) => /\/range\(address='([^']*)'\)$/.exec(r.path)?.[1]);
    for (const address of asked.filter((a): a is string => a !== undefined)) {
      expect(address).toMatch(/^A\d+:(?:[A-F]?[A-Z]|G[A-R])\d+$/);
    }
    expect(asked.some((a) => a?.endsWith("GR5000"))).toBe(true);
    expect(snapshot.staleSince).toBeDefined();
    expect(snapshot.tracker.crimeByMonth.get("indbrud")?.get(2015)?.slice(0, 6)).toEqual([5, 4, 6, 5, 4, 5]);
  });

  it("a sheet the format does not know is never asked for, however far it reaches", async () => {
    const { fake, source } = await setUp({ ...amagerGrids(), Noter: farReaching().Møder ?? [] });
    await source.current();
    expect(fake.requests.some((r) => r.path.includes(fake.sheetIdOf("Noter")))).toBe(false);
  });
});

describe("the Aftale sheet's reference in Graph mode", () => {
  const withRef = (ref: string) => ({ ...amagerGrids(), Aftale: [["Partnerskab", ref]] });
  const minAftale = JSON.stringify({ ...bundledAgreement("amager"), id: "min-aftale" });

  it("a .json file in the tracker's drive folder is read through Graph", async () => {
    const { fake, source } = await setUp(withRef("min-aftale.json"), { "min-aftale.json": minAftale });
    expect((await source.current()).agreement.id).toBe("min-aftale");
    expect(fake.requests.some((r) => r.path.endsWith(":/min-aftale.json:"))).toBe(true);
  });

  it.each([
    ["/etc/passwd", {}],
    ["../hemmelig.json", {}],
    ["/proc/self/environ", {}],
    ["findes-ikke.json", {}],
    ["for-stor.json", { "for-stor.json": " ".repeat(1024 * 1024 + 1) }],
    ["ikke-json.json", { "ikke-json.json": "root:x:0:0:root:/root:/bin/bash" }],
  ])("%j: the default agreement, the agreement-file error logged at the cell, and no local file opened", async (ref, folder) => {
    const { source, logger } = await setUp(withRef(ref), folder);
    const opens = recordFileOpens();
    let agreement: string;
    try {
      agreement = (await source.current()).agreement.id;
    } finally {
      opens.restore();
    }
    expect(agreement).toBe("amager");
    expect(opens.paths).toEqual([]);
    const logged = logger.events.find((e) => e.message === "the tracker has errors");
    expect(logged?.data.first).toBe("Aftale!B1 agreement-file");
    expect(JSON.stringify(logger.events)).not.toMatch(/root:x|\/bin\/bash/);
  });

  it("an unknown name, a prototype's name included, is a mismatch, not a failed read", async () => {
    for (const ref of ["constructor", "__proto__", "vesterbro"]) {
      const { source, logger } = await setUp(withRef(ref));
      expect((await source.current()).agreement.id).toBe("amager");
      expect(logger.events.find((e) => e.message === "the tracker has errors")?.data.first).toBe("Aftale! agreement-mismatch");
      await fake?.close();
      fake = undefined;
    }
  });
});
