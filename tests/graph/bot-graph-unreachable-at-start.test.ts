/**
 * TRACKER_SOURCE=graph with Microsoft Graph unreachable when the bot starts (a blip in Microsoft
 * 365 while App Service restarts it): the bot starts anyway, says so in the log with a hint that
 * fits Graph, reports tracker ok: false on /healthz, answers questions over HTTP with the polite
 * "cannot read the tracker right now", and once Graph is back the next question after the retry
 * window gets the figures. The source's own retry window is checked request by request too.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import { TrackerUnavailableError } from "../../bot/core/errors";
import { type LaunchedBot, launchBot } from "../../bot/launch";
import { recordingLogger } from "../../bot/log";
import { createGraphTrackerSource } from "../../bot/sources/graph/create-graph-source";
import { askOverHttp } from "../helpers/activities";
import { FakeConnector } from "../helpers/fake-connector";
import { FakeGraph } from "../helpers/fake-graph";
import { amagerGrids } from "./amager-grids";

const NOW = "2016-03-01T10:00:00+01:00";
const UNREADABLE_DA = /Beklager, jeg kan ikke læse trackeren lige nu/;
const UNREADABLE_EN = /Sorry, I cannot read the tracker right now/;
const START_WARNING = /the tracker cannot be read at start; starting anyway/;
const GRAPH_DOWN = "Graph unavailable and no good copy of the tracker yet";

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.close();
});

interface Health {
  status: string;
  tracker: { ok: boolean; readAt: string | null; staleSince?: string };
}
const health = async (bot: LaunchedBot): Promise<Health> => {
  const res = await fetch(`${bot.bot.url}/healthz`);
  expect(res.status).toBe(200);
  return (await res.json()) as Health;
};

async function ask(bot: LaunchedBot, connector: FakeConnector, text: string): Promise<string> {
  return askOverHttp(bot.bot.url, connector, text, "conv-graph-outage");
}

async function setUp(outage: "refused" | undefined, env: Record<string, string> = {}) {
  const fake = await FakeGraph.start({ workbook: amagerGrids({ burglary2015: 47 }) });
  running.push(fake);
  if (outage) await fake.setOutage(outage);
  const connector = await FakeConnector.start();
  running.push(connector);
  const logger = recordingLogger();
  const bot = await launchBot(
    fake.env({
      PORT: "0",
      PARTNERSKAB_NOW: NOW,
      STORAGE_DIR: mkdtempSync(join(tmpdir(), "partnerskab-graph-outage-")),
      TRACKER_CACHE_SECONDS: "2",
      GRAPH_MAX_RETRIES: "0",
      ...env,
    }),
    logger,
    { host: "127.0.0.1" },
  );
  running.push(bot.bot);
  return { fake, connector, logger, bot };
}

describe("the bot with TRACKER_SOURCE=graph when Graph is unreachable at start", () => {
  it("starts anyway, answers politely, reports ok: false, and answers with the figures once Graph is back", async () => {
    const { fake, connector, logger, bot } = await setUp("refused");
    expect(bot.trackerSource).toBe("graph");
    expect(bot.trackerReady).toBe(false);

    // One clear warning, with a hint about Graph's settings and permissions, not about a file.
    const warning = logger.events.find((e) => e.level === "warn" && START_WARNING.test(e.message));
    expect(warning, "no start-up warning logged").toBeDefined();
    expect(String(warning?.data.hint)).toMatch(/GRAPH_CLIENT_SECRET.*GRAPH_ITEM_ID.*admin consent/);
    expect(String(warning?.data.hint)).not.toMatch(/TRACKER_FILE/);
    expect(String(warning?.data.reason)).toMatch(/ECONNREFUSED|refused|fetch failed/i);

    expect(await health(bot)).toMatchObject({ status: "ok", tracker: { ok: false, readAt: null } });

    const da = await ask(bot, connector, "Hvordan går det med indbrud i forhold til målet for 2015?");
    expect(da).toMatch(UNREADABLE_DA);
    expect(da).not.toMatch(/\b47\b/);
    const en = await ask(bot, connector, "How are burglaries doing against the 2015 target?");
    expect(en).toMatch(UNREADABLE_EN);

    // Questions in quick succession wait for the source's retry window rather than each asking Graph.
    const triesBefore = logger.events.filter((e) => e.message === GRAPH_DOWN).length;
    for (let i = 0; i < 10; i++) expect(await ask(bot, connector, "Hvad er målet for tyverier i 2015?")).toMatch(UNREADABLE_DA);
    expect(logger.events.filter((e) => e.message === GRAPH_DOWN).length - triesBefore).toBeLessThanOrEqual(2);

    // Graph comes back: after the retry window (TRACKER_CACHE_SECONDS=2) the next question reads it.
    await fake.setOutage(undefined);
    await new Promise((r) => setTimeout(r, 2_100));
    const fresh = await ask(bot, connector, "Hvordan går det med indbrud i forhold til målet for 2015?");
    expect(fresh).toMatch(/\b47\b/); // the figure in the Graph copy
    expect(fresh).toMatch(/\b62\b/); // the agreement's 2015 target for burglary
    expect(fresh).not.toMatch(/seneste gode kopi/);
    const after = await health(bot);
    expect(after.tracker.ok).toBe(true);
    expect(after.tracker.readAt).toMatch(/^2016-03-01T09:0\d/);
  });

  it("a Graph fault that needs fixing outside the bot (a wrong client secret) still starts it, with the Graph hint", async () => {
    const { fake, connector, logger, bot } = await setUp(undefined, { GRAPH_CLIENT_SECRET: "wrong" });
    expect(bot.trackerReady).toBe(false);
    expect(fake.tokenRequests).toBeGreaterThan(0);
    const warning = logger.events.find((e) => e.level === "warn" && START_WARNING.test(e.message));
    expect(String(warning?.data.hint)).toMatch(/GRAPH_TENANT_ID/);
    expect(await health(bot)).toMatchObject({ tracker: { ok: false, readAt: null } });
    expect(await ask(bot, connector, "How are burglaries doing against the 2015 target?")).toMatch(UNREADABLE_EN);
  });
});

describe("Graph tracker source: retrying after a failed first load", () => {
  it("asks Graph again only after min(5 s, TRACKER_CACHE_SECONDS), and serves the figures once it answers", async () => {
    for (const [cacheSeconds, retryMs] of [
      ["60", 5_000],
      ["2", 2_000],
    ] as const) {
      const fake = await FakeGraph.start({ workbook: amagerGrids({ burglary2015: 47 }) });
      running.push(fake);
      await fake.setOutage("503");
      let ms = 0;
      const source = createGraphTrackerSource(fake.config({ TRACKER_CACHE_SECONDS: cacheSeconds, GRAPH_MAX_RETRIES: "0" }), {
        clock: new ManualClock(NOW),
        logger: recordingLogger(),
        elapsed: () => ms,
      });
      const fails = async () => expect(await source.current().catch((e: unknown) => e)).toBeInstanceOf(TrackerUnavailableError);

      await fails();
      expect(fake.graphRequests()).toHaveLength(1);
      ms = retryMs - 1;
      for (let i = 0; i < 20; i++) await fails();
      expect(fake.graphRequests(), `cache ${cacheSeconds} s: asked again inside the retry window`).toHaveLength(1);
      ms = retryMs;
      await fails();
      expect(fake.graphRequests(), `cache ${cacheSeconds} s: did not ask again after the retry window`).toHaveLength(2);

      await fake.setOutage(undefined);
      ms = 2 * retryMs;
      const snapshot = await source.current();
      expect(snapshot.tracker.crime.get("indbrud")?.get(2015)).toBe(47);
      expect(snapshot.staleSince).toBeUndefined();
    }
  });
});
