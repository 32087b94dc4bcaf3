/** The pure parts of the Graph sources: events to meetings, merging, Retry-After, used ranges, configuration. */
import { describe, expect, it } from "vitest";
import { ConfigError, type Environment, type GraphConfig, loadConfig } from "../../bot/config/index";
import { calendarWindow, eventToMeeting } from "../../bot/sources/graph/calendar-meetings";
import { combineMeetings } from "../../bot/sources/graph/meeting-merge";
import { parseRetryAfter, retryDelaySeconds } from "../../bot/sources/graph/retry-after";
import { gridFromBlocks, usedExtent, valueBlocks } from "../../bot/sources/graph/workbook-grids";
import { TRACKER_LIMITS, type TrackerMeeting } from "../../shared/index";
import { rangeValues, usedRange } from "../helpers/fake-graph";

const names = { steering: ["Styregruppe", "Steering group", "SG"], working: ["Arbejdsgruppe", "Working group", "AG"] };
const now = new Date("2015-06-01T08:00:00Z");
const utc = (iso: string) => ({ dateTime: iso.replace("Z", ".0000000"), timeZone: "UTC" });

describe("calendar events as meetings", () => {
  it("finds the group by category, in Danish or English, whatever the case", () => {
    for (const [category, group] of [
      ["Styregruppe", "steering"],
      ["steering group", "steering"],
      ["ARBEJDSGRUPPE", "working"],
      ["Working group", "working"],
    ] as const) {
      const m = eventToMeeting({ subject: "Møde", categories: ["Blå kategori", category], start: utc("2015-09-01T07:00:00Z") }, names, now);
      expect(m?.group, category).toBe(group);
    }
  });

  it("finds the group by subject prefix and keeps the rest as the topic", () => {
    const cases: [string, string, string | undefined][] = [
      ["Styregruppe: Budget 2016", "steering", "Budget 2016"],
      ["SG: Årsrapport", "steering", "Årsrapport"],
      ["Arbejdsgruppe - Tryghedsvandring", "working", "Tryghedsvandring"],
      ["AG:", "working", undefined],
      ["Working group: safety walk", "working", "safety walk"],
    ];
    for (const [subject, group, topic] of cases) {
      const m = eventToMeeting({ subject, start: utc("2015-09-01T07:00:00Z") }, names, now);
      expect(m?.group, subject).toBe(group);
      expect(m?.topic, subject).toBe(topic);
    }
  });

  it("leaves out events of neither group, including words that merely begin with a prefix", () => {
    for (const subject of ["Agenda review", "SGA: other", "Frokost", "Styregruppemøde uden kolon"]) {
      expect(eventToMeeting({ subject, start: utc("2015-09-01T07:00:00Z") }, names, now), subject).toBeUndefined();
    }
  });

  it("converts UTC to Copenhagen time across daylight saving", () => {
    const winter = eventToMeeting({ subject: "SG: x", start: utc("2015-03-05T08:00:00Z"), end: utc("2015-03-05T10:30:00Z") }, names, now);
    expect([winter?.date, winter?.start, winter?.end]).toEqual(["2015-03-05", "09:00", "11:30"]);
    const summer = eventToMeeting({ subject: "SG: x", start: utc("2015-06-10T07:00:00Z") }, names, now);
    expect([summer?.date, summer?.start]).toEqual(["2015-06-10", "09:00"]);
    // 23:30 UTC on 31 December is already New Year's Day in Copenhagen.
    const late = eventToMeeting({ subject: "SG: x", start: utc("2015-12-31T23:30:00Z") }, names, now);
    expect([late?.date, late?.start]).toEqual(["2016-01-01", "00:30"]);
  });

  it("takes Copenhagen wall-clock times as they are when Outlook gives them in Romance Standard Time", () => {
    const m = eventToMeeting(
      { subject: "AG: x", start: { dateTime: "2015-10-25T02:30:00.0000000", timeZone: "Romance Standard Time" } },
      names,
      new Date("2016-01-01T00:00:00Z"),
    );
    expect([m?.date, m?.start, m?.status]).toEqual(["2015-10-25", "02:30", "held"]);
  });

  it("sets the status: cancelled in Outlook, held once over, planned before", () => {
    const base = { subject: "SG: x" };
    expect(eventToMeeting({ ...base, start: utc("2015-05-01T07:00:00Z"), end: utc("2015-05-01T09:00:00Z") }, names, now)?.status).toBe(
      "held",
    );
    expect(eventToMeeting({ ...base, start: utc("2015-07-01T07:00:00Z"), end: utc("2015-07-01T09:00:00Z") }, names, now)?.status).toBe(
      "planned",
    );
    // Under way now: not over yet.
    expect(eventToMeeting({ ...base, start: utc("2015-06-01T07:00:00Z"), end: utc("2015-06-01T09:00:00Z") }, names, now)?.status).toBe(
      "planned",
    );
    expect(eventToMeeting({ ...base, isCancelled: true, start: utc("2015-05-01T07:00:00Z") }, names, now)?.status).toBe("cancelled");
  });

  it("skips all-day entries and events without a readable time", () => {
    expect(eventToMeeting({ subject: "SG: frist", isAllDay: true, start: utc("2015-05-01T00:00:00Z") }, names, now)).toBeUndefined();
    expect(eventToMeeting({ subject: "SG: x", start: { dateTime: "garbage", timeZone: "UTC" } }, names, now)).toBeUndefined();
    expect(
      eventToMeeting({ subject: "SG: x", start: { dateTime: "2015-05-01T07:00:00", timeZone: "Pacific Standard Time" } }, names, now),
    ).toBeUndefined();
    expect(eventToMeeting({ subject: "SG: x" }, names, now)).toBeUndefined();
  });

  it("asks for last year to the end of next year, in Copenhagen time", () => {
    const { start, end } = calendarWindow(now);
    expect(start.toISOString()).toBe("2013-12-31T23:00:00.000Z");
    expect(end.toISOString()).toBe("2016-12-31T23:00:00.000Z");
  });
});

describe("merging calendar and tracker meetings", () => {
  const row = (date: string, group: "steering" | "working", extra: Partial<TrackerMeeting> = {}): TrackerMeeting => ({
    date,
    start: "09:00",
    group,
    status: "planned",
    ...extra,
  });
  const tracker = [
    row("2015-02-10", "steering", { status: "held", place: "Rådhuset", topic: "Årsstatus", source: { sheet: "Møder", cell: "A2" } }),
    row("2015-02-10", "working", { status: "held" }),
    row("2015-09-15", "steering"),
  ];
  const calendar = [
    row("2015-02-10", "steering", { status: "held", start: "10:00" }),
    row("2015-09-15", "steering", { status: "cancelled" }),
    row("2015-11-01", "working"),
  ];

  it("merge: the calendar stands in for the row with the same date and group, keeping the row's place and topic", () => {
    const merged = combineMeetings(tracker, calendar, "merge");
    expect(merged.map((m) => `${m.date} ${m.group} ${m.start} ${m.status}`)).toEqual([
      "2015-02-10 working 09:00 held",
      "2015-02-10 steering 10:00 held",
      "2015-09-15 steering 09:00 cancelled",
      "2015-11-01 working 09:00 planned",
    ]);
    const feb = merged.find((m) => m.group === "steering" && m.date === "2015-02-10");
    expect([feb?.place, feb?.topic, feb?.source?.cell]).toEqual(["Rådhuset", "Årsstatus", "A2"]);
  });

  it("replace: only the calendar's meetings", () => {
    expect(combineMeetings(tracker, calendar, "replace")).toEqual([calendar[0], calendar[1], calendar[2]]);
  });
});

describe("Retry-After", () => {
  const at = new Date("2015-06-01T08:00:00Z");
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("1", at)).toBe(1);
    expect(parseRetryAfter(" 30 ", at)).toBe(30);
    expect(parseRetryAfter("Mon, 01 Jun 2015 08:00:05 GMT", at)).toBe(5);
    expect(parseRetryAfter("Mon, 01 Jun 2015 07:00:00 GMT", at)).toBe(0);
    expect(parseRetryAfter("soon", at)).toBeUndefined();
    expect(parseRetryAfter(null, at)).toBeUndefined();
  });
  it("retries throttling only, a bounded number of times, never longer than allowed", () => {
    const policy = { maxRetries: 2, maxWaitSeconds: 10 };
    expect(retryDelaySeconds(429, "3", 0, policy)).toBe(3);
    expect(retryDelaySeconds(503, null, 1, policy)).toBe(2);
    expect(retryDelaySeconds(429, "3", 2, policy)).toBeUndefined();
    expect(retryDelaySeconds(429, "60", 0, policy)).toBeUndefined();
    expect(retryDelaySeconds(404, "1", 0, policy)).toBeUndefined();
    expect(retryDelaySeconds(500, "1", 0, policy)).toBeUndefined();
  });
});

describe("sheets from Graph: how far they reach, then their window from A1", () => {
  it("reads how far a sheet reaches from its used range's address, wherever the range starts", () => {
    expect(usedExtent({ address: "'Møder'!C3:D4" })).toEqual({ rows: 4, columns: 4 });
    expect(usedExtent({ address: "Kriminalitet!$AB$10" })).toEqual({ rows: 10, columns: 28 });
    expect(usedExtent({ address: "'Noter!'!B2:XFD60000" })).toEqual({ rows: 60_000, columns: 16_384 });
  });
  it("asks for a window in row blocks of at most the block size, anchored at A1", () => {
    expect(valueBlocks({ rows: 3, columns: 3 }, 50_000)).toEqual([{ row0: 0, rows: 3, address: "A1:C3" }]);
    expect(valueBlocks({ rows: 250, columns: 200 }, 50_000).map((b) => b.address)).toEqual(["A1:GR250"]);
    expect(valueBlocks({ rows: 600, columns: 200 }, 50_000).map((b) => b.address)).toEqual(["A1:GR250", "A251:GR500", "A501:GR600"]);
    expect(valueBlocks({ rows: 0, columns: 5 }, 50_000)).toEqual([]);
  });
  it("puts the blocks' values back together as one grid from A1, cut to the window", () => {
    const grid: (string | number | Date | null)[][] = [[], [null, "Dato"], [null, new Date("2015-02-10T00:00:00Z")]];
    const blocks = valueBlocks({ rows: 3, columns: 2 }, 4);
    const answered = blocks.map((block) => ({ block, body: { values: rangeValues(grid, block.address) } }));
    expect(gridFromBlocks(answered, { rows: 3, columns: 2 }, TRACKER_LIMITS).grid).toEqual([
      ["", ""],
      ["", "Dato"],
      ["", 42045],
    ]);
    // An answer wider or longer than asked for is cut to the window.
    const wide = gridFromBlocks(
      [{ block: { row0: 0, rows: 1, address: "A1:B1" }, body: { values: [[1, 2, 3], [4]] } }],
      { rows: 1, columns: 2 },
      TRACKER_LIMITS,
    );
    expect(wide.grid).toEqual([[1, 2]]);
  });
  it("cuts a text longer than the cap and counts it, with the first such cell", () => {
    const long = "x".repeat(TRACKER_LIMITS.maxTextLength + 5);
    const read = gridFromBlocks(
      [{ block: { row0: 4, rows: 1, address: "A5:B5" }, body: { values: [["ok", long]] } }],
      { rows: 5, columns: 2 },
      TRACKER_LIMITS,
    );
    expect(read.longTexts).toBe(1);
    expect(read.firstLong).toBe("B5");
    expect(String(read.grid[4]?.[1]).length).toBe(TRACKER_LIMITS.maxTextLength);
  });
  it("survives answers of the wrong shape", () => {
    const block = { row0: 0, rows: 1, address: "A1:A1" };
    expect(gridFromBlocks([{ block, body: undefined }], { rows: 1, columns: 1 }, TRACKER_LIMITS).grid).toEqual([]);
    expect(gridFromBlocks([{ block, body: { values: "nope" } }], { rows: 1, columns: 1 }, TRACKER_LIMITS).grid).toEqual([]);
    expect(gridFromBlocks([{ block, body: { values: [[{ odd: 1 }]] } }], { rows: 1, columns: 1 }, TRACKER_LIMITS).grid).toEqual([
      ["[object Object]"],
    ]);
    expect(usedExtent(undefined)).toEqual({ rows: 0, columns: 0 });
    expect(usedExtent({ address: 7 })).toEqual({ rows: 0, columns: 0 });
  });
  it("round-trips the fake's trimmed used ranges", () => {
    const range = usedRange("Møder", [[], [null, "Dato"], [null, new Date("2015-02-10T00:00:00Z")]]);
    expect(range.address).toBe("'Møder'!B2:B3");
    expect(usedExtent(range)).toEqual({ rows: 3, columns: 2 });
  });
});

describe("Graph configuration", () => {
  const full = {
    TRACKER_SOURCE: "graph",
    GRAPH_TENANT_ID: "t",
    GRAPH_CLIENT_ID: "c",
    GRAPH_CLIENT_SECRET: "s",
    GRAPH_DRIVE_ID: "d",
    GRAPH_ITEM_ID: "i",
  };
  const trackerSourceKind = (env: Environment) => loadConfig(env).tracker.source;
  const loadGraphConfig = (env: Environment): GraphConfig => {
    const { tracker } = loadConfig(env);
    if (tracker.source !== "graph") throw new Error(`expected the graph source, got ${tracker.source}`);
    return tracker.graph;
  };
  it("defaults to the file source", () => {
    expect(trackerSourceKind({})).toBe("file");
    expect(trackerSourceKind({ ...full, TRACKER_SOURCE: " Graph " })).toBe("graph");
    expect(() => trackerSourceKind({ TRACKER_SOURCE: "sharepoint" })).toThrow(/TRACKER_SOURCE/);
  });
  it("names every missing variable in one line", () => {
    expect(() => loadGraphConfig({ TRACKER_SOURCE: "graph", GRAPH_TENANT_ID: "t" })).toThrow(
      new ConfigError("TRACKER_SOURCE=graph needs GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET, GRAPH_DRIVE_ID, GRAPH_ITEM_ID"),
    );
    expect(() => loadGraphConfig({ ...full, TRACKER_CACHE_SECONDS: "soon" })).toThrow(/TRACKER_CACHE_SECONDS/);
    expect(() => loadGraphConfig({ ...full, CALENDAR_MODE: "mix" })).toThrow(/CALENDAR_MODE/);
    expect(() => loadGraphConfig({ ...full, GRAPH_BASE_URL: "ftp://x" })).toThrow(/GRAPH_BASE_URL/);
  });
  it("has production defaults", () => {
    const c = loadGraphConfig({ ...full, GRAPH_GROUP_ID: "g" });
    expect(c.baseUrl).toBe("https://graph.microsoft.com/v1.0");
    expect(c.authorityHost).toBe("https://login.microsoftonline.com");
    expect(c.cacheSeconds).toBe(60);
    expect(c.calendarMode).toBe("merge");
    expect(c.calendar).toEqual({ kind: "group", groupId: "g" });
    expect(c.steeringNames).toContain("Styregruppe");
    expect(loadGraphConfig(full).calendar).toBeUndefined();
    expect(loadGraphConfig({ ...full, CALENDAR_WORKING_NAMES: " AG , Arbejdsgruppe ,," }).workingNames).toEqual(["AG", "Arbejdsgruppe"]);
  });
  it("treats blank values as unset, as .env.example promises", () => {
    const c = loadGraphConfig({ ...full, TRACKER_CACHE_SECONDS: "", GRAPH_BASE_URL: " ", CALENDAR_MODE: "", CALENDAR_STEERING_NAMES: "" });
    expect(c.cacheSeconds).toBe(60);
    expect(c.baseUrl).toBe("https://graph.microsoft.com/v1.0");
    expect(c.calendarMode).toBe("merge");
    expect(c.steeringNames).toContain("Styregruppe");
  });
});
