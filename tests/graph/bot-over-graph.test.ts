/**
 * The whole bot with TRACKER_SOURCE=graph: launched from the environment like `npm run bot`,
 * reading the sample tracker (examples/amager-tracker.xlsx) from the fake Graph, answering over
 * HTTP into the fake Bot Connector. The answer carries a figure planted only in the Graph copy,
 * and many questions within the cache window cost at most two Graph requests.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LaunchedBot, launchBot } from "../../bot/launch";
import { recordingLogger } from "../../bot/log";
import { readWorkbookGrids } from "../../files/xlsx-read";
import { findSheet, type Grid, type WorkbookGrids } from "../../shared/index";
import { askOverHttp } from "../helpers/activities";
import { FakeConnector } from "../helpers/fake-connector";
import { FakeGraph } from "../helpers/fake-graph";

/** The sample workbook with the burglary count of one year set to a figure found nowhere else. */
function withBurglary(grids: WorkbookGrids, year: number, count: number): WorkbookGrids {
  const crime = findSheet(grids, "crime");
  if (!crime) throw new Error("the sample has no crime sheet");
  const header = crime.grid[0] ?? [];
  const col = header.findIndex((v) => Number(v) === year);
  const rows: Grid = crime.grid.map((row, r) =>
    r > 0 && String(row[0]).trim().toLowerCase() === "indbrud" ? row.map((v, c) => (c === col ? count : v)) : row,
  );
  return { ...grids, [crime.name]: rows };
}

/** A fresh folder for the bot's state, outside the repository. */
const storageDir = () => mkdtempSync(join(tmpdir(), "partnerskab-graph-bot-"));

let fake: FakeGraph;
let connector: FakeConnector;
let launched: LaunchedBot;
let sample: WorkbookGrids;
const log = recordingLogger();

async function ask(text: string, bot: LaunchedBot = launched): Promise<string> {
  return askOverHttp(bot.bot.url, connector, text, "conv-graph");
}

beforeAll(async () => {
  sample = await readWorkbookGrids("examples/amager-tracker.xlsx");
  fake = await FakeGraph.start({ workbook: withBurglary(sample, 2015, 47), events: [] });
  connector = await FakeConnector.start();
  launched = await launchBot(fake.env({ PORT: "0", PARTNERSKAB_NOW: "2016-03-01T10:00:00+01:00", STORAGE_DIR: storageDir() }), log, {
    host: "127.0.0.1",
  });
});

afterAll(async () => {
  await launched?.bot.close();
  await connector?.close();
  await fake?.close();
});

describe("the bot with TRACKER_SOURCE=graph", () => {
  it("answers from the workbook in Microsoft 365, and many questions cost at most 3 Graph requests", async () => {
    const answer = await ask("Hvordan går det med indbrud i forhold til målet for 2015?");
    expect(answer).toMatch(/\b47\b/); // the figure planted in the Graph copy only
    expect(answer).toMatch(/\b62\b/); // the agreement's 2015 target for burglary
    const english = await ask("How are burglaries doing against the 2015 target?");
    expect(english).toMatch(/\b47\b/);
    for (let i = 0; i < 20; i++) await ask(i % 2 ? "Hvad er målet for tyverier i 2015?" : "What is the target for vandalism in 2016?");
    // launchBot reads the tracker once at start (metadata, how far each sheet reaches, the values
    // within the caps); every question above falls in that cache window.
    expect(fake.graphRequests().length).toBeLessThanOrEqual(3);
    expect(fake.metadataRequests()).toBe(1);
  });
});

describe("the bot with TRACKER_SOURCE=graph when Graph goes down", () => {
  it("answers from the last good copy and says how old it is; never an error", async () => {
    const down = await FakeGraph.start({ workbook: withBurglary(sample, 2015, 47) });
    const bot = await launchBot(
      down.env({
        PORT: "0",
        PARTNERSKAB_NOW: "2016-03-01T10:00:00+01:00",
        STORAGE_DIR: storageDir(),
        TRACKER_CACHE_SECONDS: "1",
        GRAPH_MAX_RETRIES: "0",
      }),
      recordingLogger(),
      { host: "127.0.0.1" },
    );
    try {
      const fresh = await ask("Hvordan går det med indbrud i forhold til målet for 2015?", bot);
      expect(fresh).toMatch(/\b47\b/);
      expect(fresh).not.toMatch(/seneste gode kopi/);
      await down.setOutage("503");
      await new Promise((r) => setTimeout(r, 1100));
      const stale = await ask("Hvordan går det med indbrud i forhold til målet for 2015?", bot);
      expect(stale).toMatch(/\b47\b/);
      expect(stale).toMatch(/seneste gode kopi af trackeren, læst 1\. marts 2016 kl\. 10\.\d\d/);
      const english = await ask("How are burglaries doing against the 2015 target?", bot);
      expect(english).toMatch(/last good copy of the tracker, read 1 March 2016 at 10:\d\d/);
    } finally {
      await bot.bot.close();
      await down.close();
    }
  });
});
