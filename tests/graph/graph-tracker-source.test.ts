/**
 * The Graph tracker source against the fake Graph and login servers on 127.0.0.1: real
 * @azure/identity client credentials, the real Graph client, the real tracker parser.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import { TrackerUnavailableError } from "../../bot/core/errors";
import { recordingLogger } from "../../bot/log";
import { createGraphTrackerSource } from "../../bot/sources/graph/create-graph-source";
import { type FakeEvent, FakeGraph } from "../helpers/fake-graph";
import { amagerGrids } from "./amager-grids";

const NOW = "2015-06-01T10:00:00+02:00";
const events: FakeEvent[] = [
  // 10 February 2015, 09:00 Copenhagen (winter time, UTC+1): already in the tracker, here with a room.
  { subject: "Styregruppe: Årsstatus", start: "2015-02-10T08:00:00Z", end: "2015-02-10T10:00:00Z", location: "Rådhuset, lokale 2" },
  // In the calendar only; categorised, not prefixed.
  { subject: "Status på Tryghedsplanen", categories: ["Arbejdsgruppe"], start: "2015-05-12T11:00:00Z", end: "2015-05-12T13:00:00Z" },
  // 15 September 2015 in the tracker, cancelled in Outlook.
  { subject: "SG: Budget 2016", start: "2015-09-15T07:00:00Z", end: "2015-09-15T09:00:00Z", isCancelled: true },
  // Neither group: left out.
  { subject: "Agenda review", start: "2015-06-20T08:00:00Z", end: "2015-06-20T09:00:00Z" },
];

let fake: FakeGraph | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setUp(env: Record<string, string> = {}, options: { events?: FakeEvent[]; pageSize?: number } = {}) {
  fake = await FakeGraph.start({
    workbook: amagerGrids(),
    events: options.events ?? events,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  const logger = recordingLogger();
  const clock = new ManualClock(NOW);
  const source = createGraphTrackerSource(fake.config(env), { clock, logger });
  return { fake, source, logger, clock };
}

const burglary2015 = async (source: {
  current(): Promise<{ tracker: { crime: ReadonlyMap<string, ReadonlyMap<number, number | null>> } }>;
}) => (await source.current()).tracker.crime.get("indbrud")?.get(2015);

describe("Graph tracker source: cache and eTag", () => {
  it("answers 100 questions in a cache window with at most 3 Graph requests and one metadata check", async () => {
    const { fake, source } = await setUp();
    const snapshots = [];
    for (let i = 0; i < 100; i++) snapshots.push(await source.current());
    const first = snapshots[0];
    expect(first?.agreement.id).toBe("amager");
    expect(first?.tracker.crime.get("indbrud")?.get(2015)).toBe(58);
    expect(first?.staleSince).toBeUndefined();
    // Metadata and sheet list; how far each tracker sheet reaches; their values within the caps.
    expect(fake.graphRequests().length).toBeLessThanOrEqual(3);
    expect(fake.metadataRequests()).toBe(1);
    expect(fake.unauthorized).toBe(0);
    // The token comes from the fake login through @azure/identity, once, and is then cached.
    expect(fake.tokenRequests).toBe(1);
  });

  it("shares one check among 100 questions that arrive at once", async () => {
    const { fake, source } = await setUp();
    const all = await Promise.all(Array.from({ length: 100 }, () => source.current()));
    expect(new Set(all.map((s) => s.tracker.crime.get("indbrud")?.get(2015)))).toEqual(new Set([58]));
    expect(fake.graphRequests().length).toBeLessThanOrEqual(3);
    expect(fake.metadataRequests()).toBe(1);
  });

  it("picks up a changed eTag after the window, and reads no sheets while the eTag stands", async () => {
    const { fake, source } = await setUp({ TRACKER_CACHE_SECONDS: "1" });
    expect(await burglary2015(source)).toBe(58);
    const usedRanges = () => fake.requests.filter((r) => r.path.endsWith("usedRange(valuesOnly=true)")).length;
    const sheetsRead = usedRanges();
    expect(sheetsRead).toBe(3);

    fake.setWorkbook(amagerGrids({ burglary2015: 61 }));
    expect(await burglary2015(source)).toBe(58); // still inside the window: no request
    expect(fake.metadataRequests()).toBe(1);

    await new Promise((r) => setTimeout(r, 1100));
    fake.resetCounts();
    expect(await burglary2015(source)).toBe(61);
    expect(fake.metadataRequests()).toBe(1);
    expect(usedRanges()).toBe(3);
    expect(fake.graphRequests().length).toBeLessThanOrEqual(3);

    await new Promise((r) => setTimeout(r, 1100));
    fake.resetCounts();
    expect(await burglary2015(source)).toBe(61);
    expect(fake.metadataRequests()).toBe(1);
    expect(usedRanges()).toBe(0); // eTag unchanged: nothing but the check
    expect(fake.graphRequests().length).toBe(1);
  });
});

describe("Graph tracker source: telling of a new version", () => {
  it("calls its change listeners when the workbook's eTag moves, not when a check finds it unchanged", async () => {
    const { fake, source } = await setUp({ TRACKER_CACHE_SECONDS: "1" });
    let changes = 0;
    source.onChange(() => changes++);
    await source.current();
    expect(changes).toBe(1); // the first read is a new version
    await new Promise((r) => setTimeout(r, 1100));
    await source.current();
    expect(changes).toBe(1); // same eTag: nothing new
    fake.setWorkbook(amagerGrids({ burglary2015: 61 }));
    await new Promise((r) => setTimeout(r, 1100));
    expect(await burglary2015(source)).toBe(61);
    expect(changes).toBe(2);
  });
});

describe("Graph tracker source: sheets come and go", () => {
  it("reads a tracker sheet added since the last read, and ignores sheets the format does not know", async () => {
    const { fake, source } = await setUp({ TRACKER_CACHE_SECONDS: "1" });
    expect((await source.current()).tracker.sspActivations.size).toBe(0);
    fake.setWorkbook({
      ...amagerGrids(),
      SSP: [
        ["År", "Ekstraordinære aktiveringer"],
        [2012, 6],
        [2015, 3],
      ],
      "Noter til mødet": [["a big sheet nobody asked for"]],
    });
    await new Promise((r) => setTimeout(r, 1100));
    fake.resetCounts();
    const ssp = (await source.current()).tracker.sspActivations;
    expect(ssp.get(2015)).toBe(3);
    expect(fake.graphRequests().length).toBe(4); // check, known sheets with the new list, the new sheet, the values
    expect(fake.requests.filter((r) => r.path.endsWith("usedRange(valuesOnly=true)")).length).toBe(4);
  });
});

describe("Graph tracker source: throttling", () => {
  it("waits out a 429 with Retry-After: 1 and then succeeds", async () => {
    const { fake, source } = await setUp();
    fake.throttle(1, "1");
    const started = performance.now();
    expect(await burglary2015(source)).toBe(58);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    const batches = fake.graphRequests().filter((r) => r.path === "/$batch").length;
    expect(batches).toBe(4); // the throttled one, its retry, how far the sheets reach, their values
  });

  it("waits out a throttled part of a batch (429 inside /$batch) and retries only that part", async () => {
    const { fake, source } = await setUp();
    fake.throttle(1, "1", { inBatch: true });
    const started = performance.now();
    expect(await burglary2015(source)).toBe(58);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(fake.metadataRequests()).toBe(2); // the throttled part was the metadata, asked again
  });

  it("honours a 503 whose Retry-After is an HTTP date", async () => {
    const { fake, source } = await setUp();
    fake.throttle(1, new Date(Date.now() + 2000).toUTCString(), { status: 503 });
    const started = performance.now();
    expect(await burglary2015(source)).toBe(58);
    // HTTP dates have whole seconds: at least ~1 s of the 2 s remains when the answer arrives.
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("gives up after the configured retries, politely", async () => {
    const { fake, source } = await setUp({ GRAPH_MAX_RETRIES: "2" });
    fake.throttle(10, "0");
    const error = await source.current().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TrackerUnavailableError);
    expect((error as TrackerUnavailableError).reason).toMatch(/429/);
    expect(fake.graphRequests().length).toBe(3); // the first try and two retries
  });
});

describe("Graph tracker source: outages", () => {
  for (const mode of ["503", "refused", "hang"] as const) {
    it(`answers from the last good copy, marked stale, when Graph is down (${mode})`, async () => {
      const { fake, source, logger, clock } = await setUp({
        TRACKER_CACHE_SECONDS: "1",
        GRAPH_TIMEOUT_SECONDS: "1",
        GRAPH_MAX_RETRIES: "0",
      });
      const good = await source.current();
      expect(good.staleSince).toBeUndefined();
      await fake.setOutage(mode);
      clock.advance(3_600_000);
      await new Promise((r) => setTimeout(r, 1100));
      const stale = await source.current();
      expect(stale.staleSince).toEqual(good.readAt);
      expect(stale.tracker.crime.get("indbrud")?.get(2015)).toBe(58);
      expect(logger.events.some((e) => e.level === "warn" && /last good copy/.test(e.message))).toBe(true);
      // Within the window the stale copy is served without asking the dead service again.
      const before = fake.requests.length;
      expect((await source.current()).staleSince).toEqual(good.readAt);
      expect(fake.requests.length).toBe(before);

      await fake.setOutage(undefined);
      await new Promise((r) => setTimeout(r, 1100));
      const fresh = await source.current();
      expect(fresh.staleSince).toBeUndefined();
      expect(fresh.readAt.getTime()).toBeGreaterThan(good.readAt.getTime());
    });
  }

  it("with no good copy at all, rejects with a TrackerUnavailableError naming the cause for the log", async () => {
    const { fake, source, logger } = await setUp({ GRAPH_MAX_RETRIES: "0" });
    await fake.setOutage("503");
    const error = await source.current().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TrackerUnavailableError);
    expect((error as TrackerUnavailableError).reason).toMatch(/503/);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
    expect(logger.events.some((e) => e.level === "error")).toBe(true);
  });

  it("a wrong client secret is a clear, unavailable tracker, not a crash", async () => {
    const { fake } = await setUp();
    const source = createGraphTrackerSource(fake.config({ GRAPH_CLIENT_SECRET: "wrong" }), {
      clock: new ManualClock(NOW),
      logger: recordingLogger(),
    });
    const error = await source.current().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TrackerUnavailableError);
    expect((error as TrackerUnavailableError).reason).toMatch(/Graph token/);
    expect(fake.graphRequests().length).toBe(0);
  });

  it("a wrong item id is reported as such", async () => {
    const { fake } = await setUp();
    const source = createGraphTrackerSource(fake.config({ GRAPH_ITEM_ID: "NOPE" }), {
      clock: new ManualClock(NOW),
      logger: recordingLogger(),
    });
    const error = await source.current().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as TrackerUnavailableError).reason).toMatch(/metadata: HTTP 404/);
  });
});

describe("Graph tracker source: calendar", () => {
  it("merges the group calendar into the tracker's meetings by date and group", async () => {
    const { source } = await setUp();
    const meetings = (await source.current()).tracker.meetings;
    expect(meetings.map((m) => [m.date, m.start, m.group, m.status])).toEqual([
      ["2015-02-10", "09:00", "steering", "held"],
      ["2015-03-05", "13:00", "working", "held"],
      ["2015-05-12", "13:00", "working", "held"],
      ["2015-09-15", "09:00", "steering", "cancelled"],
    ]);
    const feb = meetings[0];
    expect(feb?.place).toBe("Rådhuset, lokale 2");
    expect(feb?.topic).toBe("Årsstatus");
    expect(meetings[3]?.topic).toBe("Budget 2016");
  });

  it("replaces the tracker's meetings when CALENDAR_MODE=replace", async () => {
    const { source } = await setUp({ CALENDAR_MODE: "replace" });
    const meetings = (await source.current()).tracker.meetings;
    expect(meetings.map((m) => `${m.date} ${m.group}`)).toEqual(["2015-02-10 steering", "2015-05-12 working", "2015-09-15 steering"]);
  });

  it("follows @odata.nextLink through every page", async () => {
    const many: FakeEvent[] = Array.from({ length: 5 }, (_, i) => ({
      subject: `AG: møde ${i + 1}`,
      start: `2015-0${i + 1}-20T12:00:00Z`,
      end: `2015-0${i + 1}-20T13:00:00Z`,
    }));
    const { fake, source } = await setUp({ CALENDAR_MODE: "replace" }, { events: many, pageSize: 2 });
    const meetings = (await source.current()).tracker.meetings;
    expect(meetings.map((m) => m.topic)).toEqual(["møde 1", "møde 2", "møde 3", "møde 4", "møde 5"]);
    expect(fake.graphRequests().filter((r) => r.path.endsWith("/calendarView")).length).toBe(2);
  });

  it("reads a mailbox calendar with GRAPH_CALENDAR_USER", async () => {
    const { source, fake } = await setUp({ GRAPH_CALENDAR_USER: "tryghed@amager.example", CALENDAR_MODE: "replace" });
    expect((await source.current()).tracker.meetings).toHaveLength(3);
    expect(fake.requests.some((r) => r.path === "/users/tryghed@amager.example/calendarView")).toBe(true);
  });
});
