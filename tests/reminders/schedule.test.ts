/** The pure reminder schedule: due times (across daylight saving), windows, notices, cadence. */
import { describe, expect, it } from "vitest";
import {
  bundledAgreement,
  cadenceWarnings,
  copenhagenDate,
  defaultReminderDates,
  dueItems,
  type LeadTime,
  LeadTimeError,
  type LedgerFacts,
  type Meeting,
  meetingItemKey,
  parseLeadTimes,
  reminderDueAt,
  reminderMessage,
  type ScheduleInput,
  timedItems,
} from "../../shared/index";
import { agreement, healthyYear, meeting, meetingsTracker, subscriber } from "./fixtures";

const lead = (s: string) => parseLeadTimes(s);
function one(s: string): LeadTime {
  const [first] = parseLeadTimes(s);
  if (!first) throw new Error(`no lead time in ${s}`);
  return first;
}
/** The healthy year as it stands on the day of `now`. */
const healthy = (now: string | Date) => healthyYear(2015, copenhagenDate(new Date(now)));
/** A schedule input: the healthy year unless `meetings` says otherwise. */
function input({ meetings, ...over }: Partial<ScheduleInput> & { meetings?: Meeting[] }): ScheduleInput {
  const now = over.now ?? new Date("2015-06-01T10:00:00Z");
  return {
    now,
    lastTick: new Date(now.getTime() - 30_000),
    tracker: meetingsTracker(meetings ?? healthy(now)),
    agreement,
    subscriptions: [subscriber("a")],
    ledger: new Map(),
    leadTimes: lead("7d,1d"),
    dates: defaultReminderDates,
    ...over,
  };
}
/** The agreement and these meetings, for the functions that read nothing else. */
const sources = (meetings: Meeting[], leadTimes: LeadTime[] = []) => ({
  agreement,
  tracker: meetingsTracker(meetings),
  leadTimes,
  dates: defaultReminderDates,
});
const ledger = (entries: Record<string, string[]>): LedgerFacts => new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

describe("lead times", () => {
  it("parses days, hours and minutes, longest first, in canonical form", () => {
    expect(parseLeadTimes("7d,1d")).toEqual([
      { minutes: 10080, label: "7d" },
      { minutes: 1440, label: "1d" },
    ]);
    expect(parseLeadTimes(" 30m , 2h,1d,2h")).toEqual([
      { minutes: 1440, label: "1d" },
      { minutes: 120, label: "2h" },
      { minutes: 30, label: "30m" },
    ]);
    expect(parseLeadTimes("48h")[0]?.label).toBe("2d");
  });

  it.each(["", "7", "1w", "-1d", "0d", "7d;1d", "d", "1.5d"])("rejects %j with a clear message", (text) => {
    expect(() => parseLeadTimes(text)).toThrow(LeadTimeError);
    expect(() => parseLeadTimes(text)).toThrow(/lead time|d, h or m/);
  });
});

describe("due times in Europe/Copenhagen", () => {
  it("1d before Monday 30 March 2015 9.00 (the day after the spring change) is 2015-03-29T07:00Z", () => {
    expect(reminderDueAt(meeting("2015-03-30", "09:00"), one("1d"))?.toISOString()).toBe("2015-03-29T07:00:00.000Z");
  });

  it("7d before a meeting just after the October change is 9.00 summer time a week earlier", () => {
    // Tuesday 27 October 2015 9.00 is 08:00Z (winter time); a week before, 9.00 was 07:00Z (summer time).
    expect(reminderDueAt(meeting("2015-10-27", "09:00"), one("7d"))?.toISOString()).toBe("2015-10-20T07:00:00.000Z");
  });

  it("7d before a meeting just after the March change is 9.00 winter time a week earlier", () => {
    expect(reminderDueAt(meeting("2015-04-01", "09:00"), one("7d"))?.toISOString()).toBe("2015-03-25T08:00:00.000Z");
  });

  it("hours are exact durations, also across the change", () => {
    // Sunday 29 March 2015 4.00 summer time is 02:00Z; three hours before is 23:00Z the day before.
    expect(reminderDueAt(meeting("2015-03-29", "04:00"), one("3h"))?.toISOString()).toBe("2015-03-28T23:00:00.000Z");
    expect(reminderDueAt(meeting("2015-10-25", "09:00"), one("30m"))?.toISOString()).toBe("2015-10-25T07:30:00.000Z");
  });

  it("a tick exactly at the due time posts; the tick before does not", () => {
    const meetings = [...healthy("2015-03-29"), meeting("2015-03-30", "09:00", { group: "steering", topic: "Budget" })];
    const before = dueItems(
      input({ meetings, lastTick: new Date("2015-03-29T06:59:00Z"), now: new Date("2015-03-29T06:59:30Z"), leadTimes: lead("1d") }),
    );
    expect(before.post.filter((d) => d.item.kind === "meeting")).toEqual([]);
    const at = dueItems(
      input({ meetings, lastTick: new Date("2015-03-29T06:59:30Z"), now: new Date("2015-03-29T07:00:00Z"), leadTimes: lead("1d") }),
    );
    const posts = at.post.filter((d) => d.item.kind === "meeting");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.item.entryKey).toBe("meeting|steering|2015-03-30|09:00|budget#1d");
  });
});

describe("what is due", () => {
  const target = meeting("2015-06-09", "13:00", { topic: "Tryghedsvandring", place: "Hørgården" });
  const meetings = [...healthy("2015-06-02"), target];

  it("posts the 7d reminder to the right groups and not twice once in the ledger", () => {
    const window = { lastTick: new Date("2015-06-02T10:59:30Z"), now: new Date("2015-06-02T11:00:10Z") };
    const subs = [subscriber("all"), subscriber("w", { group: "working" }), subscriber("s", { group: "steering" })];
    const due = dueItems(input({ meetings, subscriptions: subs, ...window }));
    expect(due.post.map((d) => `${d.subscription.id} ${d.item.entryKey}`)).toEqual([
      "all meeting|working|2015-06-09|13:00|tryghedsvandring#7d",
      "w meeting|working|2015-06-09|13:00|tryghedsvandring#7d",
    ]);
    const again = dueItems(
      input({ meetings, subscriptions: subs, ...window, ledger: ledger({ all: [due.post[0]?.item.entryKey ?? ""] }) }),
    );
    expect(again.post.map((d) => d.subscription.id)).toEqual(["w"]);
  });

  it("does not post what fell due before the subscription started", () => {
    const late = subscriber("late", { subscribedAt: new Date("2015-06-02T11:00:05Z") });
    const due = dueItems(
      input({ meetings, subscriptions: [late], lastTick: new Date("2015-06-02T10:59:30Z"), now: new Date("2015-06-02T11:00:10Z") }),
    );
    expect(due.post).toEqual([]);
  });

  it("after a 6-hour outage posts late what is still ahead and skips what has passed", () => {
    const soon = meeting("2015-06-10", "12:00", { topic: "Kort varsel" }); // 1d reminder due 06-09 10:00Z
    const passed = meeting("2015-06-09", "08:00", { topic: "Morgenmøde", group: "steering" }); // 1h reminder and the meeting itself inside the outage
    const due = dueItems(
      input({
        meetings: [...healthy("2015-06-09"), target, soon, passed],
        leadTimes: lead("1d,1h"),
        lastTick: new Date("2015-06-09T04:30:00Z"),
        now: new Date("2015-06-09T10:30:00Z"),
      }),
    );
    // Both due at 10:00Z (12.00 summer time), inside the outage, with their meetings still ahead.
    expect(due.post.map((d) => d.item.entryKey)).toEqual([
      "meeting|working|2015-06-09|13:00|tryghedsvandring#1h",
      "meeting|working|2015-06-10|12:00|kort varsel#1d",
    ]);
    expect(due.skip.map((d) => `${d.item.entryKey} ${d.reason}`)).toEqual(["meeting|steering|2015-06-09|08:00|morgenmøde#1h passed"]);
  });

  it("never reminds of cancelled or held meetings", () => {
    const cancelled = meeting("2015-06-09", "13:00", { status: "cancelled" });
    const items = timedItems(
      sources([cancelled, { ...cancelled, status: "held" }], lead("7d")),
      new Date("2015-06-01T00:00Z"),
      new Date("2015-06-03T00:00Z"),
    );
    expect(items).toEqual([]);
  });
});

describe("cancelled and moved meetings", () => {
  const original = meeting("2015-06-09", "13:00", { topic: "Tryghedsvandring" });
  const key = meetingItemKey(original);
  const now = new Date("2015-06-05T12:00:00Z");
  const base = { now, lastTick: new Date("2015-06-05T11:59:30Z") };

  it("a cancelled meeting gets a notice, only where it was reminded, once", () => {
    const meetings = [...healthy("2015-06-05"), { ...original, status: "cancelled" as const }];
    const subs = [subscriber("told"), subscriber("untold")];
    const due = dueItems(input({ ...base, meetings, subscriptions: subs, ledger: ledger({ told: [`${key}#7d`] }) }));
    expect(due.post.map((d) => `${d.subscription.id} ${d.item.kind} ${d.item.entryKey}`)).toEqual([`told cancelled ${key}#cancelled`]);
    const again = dueItems(input({ ...base, meetings, subscriptions: subs, ledger: ledger({ told: [`${key}#7d`, `${key}#cancelled`] }) }));
    expect(again.post).toEqual([]);
  });

  it("no cancellation notice for a meeting already past", () => {
    const meetings = [...healthy("2015-06-05"), { ...original, status: "cancelled" as const }];
    const due = dueItems(
      input({
        now: new Date("2015-06-10T12:00:00Z"),
        lastTick: new Date("2015-06-10T11:59:30Z"),
        meetings,
        ledger: ledger({ a: [`${key}#7d`] }),
      }),
    );
    expect(due.post).toEqual([]);
  });

  it("a moved meeting gets a moved notice and is reminded anew at its new time", () => {
    const moved = { ...original, date: "2015-06-11", start: "15:00" };
    const meetings = [...healthy("2015-06-05"), moved];
    const due = dueItems(input({ ...base, meetings, ledger: ledger({ a: [`${key}#7d`] }) }));
    expect(due.post).toHaveLength(1);
    const notice = due.post[0]?.item;
    expect(notice?.kind).toBe("moved");
    expect(notice?.entryKey).toBe(`${key}#moved`);
    if (notice?.kind === "moved") expect(notice.meeting).toEqual(moved);
    // The 1d reminder of the new time comes when due: 2015-06-10 15:00 summer time = 13:00Z.
    const later = dueItems(
      input({
        now: new Date("2015-06-10T13:00:10Z"),
        lastTick: new Date("2015-06-10T12:59:40Z"),
        meetings,
        ledger: ledger({ a: [`${key}#7d`, `${key}#moved`] }),
      }),
    );
    expect(later.post.map((d) => d.item.entryKey)).toEqual(["meeting|working|2015-06-11|15:00|tryghedsvandring#1d"]);
  });

  it("a reminded meeting that vanished with nothing like it nearby gets no notice", () => {
    const due = dueItems(input({ ...base, ledger: ledger({ a: [`${key}#7d`] }) }));
    expect(due.post).toEqual([]);
  });
});

describe("cadence, status report, agreement end", () => {
  it("warns once when the working group's minimum can no longer be reached", () => {
    const meetings = [
      meeting("2015-01-20", "13:00", { status: "held" }),
      meeting("2015-03-10", "13:00", { status: "held" }),
      meeting("2015-10-06", "13:00"),
      ...healthy("2015-09-01").filter((m) => m.group === "steering"),
    ];
    const subs = [subscriber("all"), subscriber("s", { group: "steering" })];
    const due = dueItems(
      input({ meetings, subscriptions: subs, now: new Date("2015-09-01T10:00:00Z"), lastTick: new Date("2015-09-01T09:59:30Z") }),
    );
    expect(due.post.map((d) => `${d.subscription.id} ${d.item.entryKey}`)).toEqual(["all cadence|2015|working|below-min#once"]);
    const again = dueItems(
      input({
        meetings,
        subscriptions: subs,
        now: new Date("2015-09-02T10:00:00Z"),
        ledger: ledger({ all: ["cadence|2015|working|below-min#once"] }),
      }),
    );
    expect(again.post).toEqual([]);
  });

  it("warns when the working group has more than 8 meetings planned", () => {
    const nine = Array.from({ length: 9 }, (_, i) => meeting(`2015-${String(i + 2).padStart(2, "0")}-15`, "13:00"));
    const warnings = cadenceWarnings(
      sources([...nine, ...healthy("2015-01-10").filter((m) => m.group === "steering")]),
      new Date("2015-01-10T10:00:00Z"),
    );
    expect(warnings.map((w) => w.itemKey)).toEqual(["cadence|2015|working|over-max"]);
    expect(cadenceWarnings(sources(healthy("2015-01-10")), new Date("2015-01-10T10:00:00Z"))).toEqual([]);
  });

  it("no cadence warnings outside the agreement's period", () => {
    expect(cadenceWarnings(sources([]), new Date("2018-03-01T10:00:00Z"))).toEqual([]);
  });

  it("the status report reminder is due 1 May 9.00 to steering-group subscribers", () => {
    const subs = [subscriber("all"), subscriber("w", { group: "working" }), subscriber("s", { group: "steering", lang: "en" })];
    const due = dueItems(input({ subscriptions: subs, lastTick: new Date("2015-05-01T06:59:50Z"), now: new Date("2015-05-01T07:00:10Z") }));
    expect(due.post.map((d) => `${d.subscription.id} ${d.item.entryKey} ${d.item.dueAt.toISOString()}`)).toEqual([
      "all status-report|2015#once 2015-05-01T07:00:00.000Z",
      "s status-report|2015#once 2015-05-01T07:00:00.000Z",
    ]);
  });

  it("the agreement-end reminder is due 90 days before the end date", () => {
    const items = timedItems(sources([]), new Date("2016-01-01T00:00Z"), new Date("2016-12-31T00:00Z"));
    const end = items.find((i) => i.item.kind === "agreement-end");
    // 31 December 2016 minus 90 days is Sunday 2 October 2016, 9.00 summer time.
    expect(end?.item.dueAt.toISOString()).toBe("2016-10-02T07:00:00.000Z");
    // In due order: the status report in May, the adjustments on 1 October, the end, the safety plan on 1 November.
    expect(items.map((i) => i.item.kind)).toEqual(["status-report", "adjustments", "agreement-end", "safety-plan"]);
  });

  it("one status report a year while the agreement runs, each for the year before; its due date is a setting", () => {
    const span = (dates = defaultReminderDates) =>
      timedItems({ ...sources([]), dates }, new Date("2012-01-01T00:00Z"), new Date("2018-01-01T00:00Z"))
        .filter((i) => i.item.kind === "status-report")
        .map((i) => (i.item.kind === "status-report" ? `${i.item.dueAt.toISOString()} ${i.item.covers} ${i.item.dueDate}` : ""));
    // Amager runs from its signing (2013) to 31 December 2016: no report on 2012, none published after the end.
    expect(span()).toEqual([
      "2014-05-01T07:00:00.000Z 2013 2014-05-31",
      "2015-05-01T07:00:00.000Z 2014 2015-05-31",
      "2016-05-01T07:00:00.000Z 2015 2016-05-31",
    ]);
    expect(span({ ...defaultReminderDates, statusReportDue: { month: 6, day: 15 } })[0]).toBe("2014-06-01T07:00:00.000Z 2013 2014-06-15");
  });

  it("the discussion of adjustments and the safety plan's update fall on their days each year of the period, for an agreement that sets them", () => {
    const dates = { ...defaultReminderDates, adjustments: { month: 9, day: 15 }, safetyPlan: { month: 1, day: 20 } };
    const yearly = (a: typeof agreement) =>
      timedItems(
        { agreement: a, tracker: meetingsTracker([]), leadTimes: [], dates },
        new Date("2012-01-01T00:00Z"),
        new Date("2018-01-01T00:00Z"),
      )
        .filter((i) => i.item.kind === "adjustments" || i.item.kind === "safety-plan")
        .map((i) => `${i.item.kind} ${i.item.group} ${copenhagenDate(i.item.dueAt)}`);
    expect(yearly(agreement)).toEqual([
      "safety-plan working 2013-01-20",
      "adjustments steering 2013-09-15",
      "safety-plan working 2014-01-20",
      "adjustments steering 2014-09-15",
      "safety-plan working 2015-01-20",
      "adjustments steering 2015-09-15",
      "safety-plan working 2016-01-20",
      "adjustments steering 2016-09-15",
    ]);
    // Tingbjerg-Husum's data hold neither duty: nothing is reminded that its agreement may not ask for.
    const tingbjerg = bundledAgreement("tingbjerg-husum");
    if (!tingbjerg) throw new Error("missing");
    expect(yearly(tingbjerg)).toEqual([]);
  });

  it("a status report whose month is an example (Tingbjerg-Husum) says so", () => {
    const tingbjerg = bundledAgreement("tingbjerg-husum");
    if (!tingbjerg) throw new Error("missing");
    const [report] = timedItems(
      { agreement: tingbjerg, tracker: meetingsTracker([]), leadTimes: [], dates: defaultReminderDates },
      new Date("2015-04-30T00:00Z"),
      new Date("2015-05-02T00:00Z"),
    );
    if (!report) throw new Error("expected the 2015 status report");
    expect(reminderMessage(report.item, { lang: "da", now: report.item.dueAt, agreement: tingbjerg }).text).toBe(
      "Den årlige statusrapport for Tingbjerg-Husum Partnerskab offentliggøres i maj 2015 (illustrativ), efter tryghedsindekset. Statusrapporten for 2014 skal være offentliggjort senest søndag den 31. maj 2015. Husk at gøre status over målopfyldelsen og forelægge den for styregruppen.",
    );
    expect(reminderMessage(report.item, { lang: "en", now: report.item.dueAt, agreement: tingbjerg }).text).toMatch(
      /^The yearly status report for Tingbjerg-Husum Partnership is published in May 2015 \(illustrative\), after the safety index\./,
    );
  });
});

describe("the projection alert (an observed kind)", () => {
  // 1 September 2016: 2016 is in progress. Months 2013–2015 are those of the sample (Indbrud 113 of
  // 192 reports, Tyverier 432 of 639 in January–August); only 2016 changes between readings.
  const now = new Date("2016-09-01T08:00:00Z");
  const history = {
    indbrud: [
      [7, 6, 6, 5, 4, 4, 4, 5, 7, 7, 8, 8],
      [6, 5, 5, 4, 4, 4, 4, 5, 6, 6, 7, 7],
      [6, 5, 5, 4, 3, 4, 4, 4, 5, 5, 6, 7],
    ],
    tyverier: [
      [15, 16, 19, 17, 20, 24, 22, 20, 21, 17, 16, 19],
      [14, 15, 18, 16, 19, 22, 20, 19, 20, 16, 15, 18],
      [13, 14, 17, 15, 18, 22, 19, 18, 19, 15, 14, 17],
    ],
  };
  /** Each category's 2016 so far, on top of the 2013–2015 history. */
  function tracker(months2016: Partial<Record<keyof typeof history, number[]>>) {
    const crimeByMonth = new Map<string, Map<number, number[]>>();
    for (const [category, years] of Object.entries(history)) {
      const byYear = new Map(years.map((m, i) => [2013 + i, m]));
      const current = months2016[category as keyof typeof history];
      if (current) byYear.set(2016, current);
      crimeByMonth.set(category, byYear);
    }
    return { meetings: healthyYear(2016, "2016-09-01"), crime: new Map(), crimeByMonth };
  }
  // Indbrud 29 → 49 (green), 37 → 63 (red). Tyverier 120 → 178 (green), 128 → 189 (amber), 140 → 207 (red).
  const indbrud = { green: [5, 4, 4, 3, 3, 3, 3, 4], red: [5, 4, 4, 3, 3, 3, 3, 12] };
  const tyverier = {
    green: [12, 14, 15, 14, 18, 19, 18, 10],
    amber: [12, 14, 15, 14, 18, 19, 18, 18],
    red: [12, 14, 15, 14, 18, 19, 18, 30],
  };
  const subs = [subscriber("all"), subscriber("steering", { group: "steering" }), subscriber("working", { group: "working" })];
  const run = (t: ReturnType<typeof tracker>, observed?: ScheduleInput["observed"], extra: Partial<ScheduleInput> = {}) =>
    dueItems({ ...input({ now, subscriptions: subs, ...extra }), tracker: t, ...(observed ? { observed } : {}) });
  const alerts = (due: ReturnType<typeof dueItems>) =>
    due.post.filter((d) => d.item.kind === "projection").map((d) => `${d.subscription.id}:${d.item.entryKey}`);

  it("records the colours at the first reading without posting, even with a category already red", () => {
    const first = run(tracker({ indbrud: indbrud.red, tyverier: tyverier.green }));
    expect(alerts(first)).toEqual([]);
    expect(first.observations.projection).toMatchObject({
      year: 2016,
      categories: { indbrud: { rag: "red", projection: 63, yearToDate: 37 }, tyverier: { rag: "green", projection: 178 } },
    });
    // Still red at the next reading: nothing.
    expect(alerts(run(tracker({ indbrud: indbrud.red, tyverier: tyverier.green }), first.observations))).toEqual([]);
  });

  it("posts once to the steering group's and every group's subscribers when a colour gets worse", () => {
    const before = run(tracker({ indbrud: indbrud.green, tyverier: tyverier.green })).observations;
    const worse = run(tracker({ indbrud: indbrud.green, tyverier: tyverier.amber }), before);
    expect(alerts(worse)).toEqual(["all:projection|tyverier|2016|amber#once", "steering:projection|tyverier|2016|amber#once"]);
    // Already in the ledger (a restart, or the other instance posted it): nothing.
    const claimed = ledger({ all: ["projection|tyverier|2016|amber#once"], steering: ["projection|tyverier|2016|amber#once"] });
    expect(alerts(run(tracker({ indbrud: indbrud.green, tyverier: tyverier.amber }), before, { ledger: claimed }))).toEqual([]);
  });

  it("posts green → red and amber → red, never for a colour getting better or staying", () => {
    const green = run(tracker({ indbrud: indbrud.green, tyverier: tyverier.green })).observations;
    const amber = run(tracker({ indbrud: indbrud.green, tyverier: tyverier.amber })).observations;
    const keys = (due: ReturnType<typeof dueItems>) => [
      ...new Set(due.post.filter((d) => d.item.kind === "projection").map((d) => d.item.itemKey)),
    ];
    expect(keys(run(tracker({ indbrud: indbrud.red, tyverier: tyverier.green }), green))).toEqual(["projection|indbrud|2016|red"]);
    expect(keys(run(tracker({ indbrud: indbrud.green, tyverier: tyverier.red }), amber))).toEqual(["projection|tyverier|2016|red"]);
    expect(keys(run(tracker({ indbrud: indbrud.green, tyverier: tyverier.green }), amber))).toEqual([]);
    expect(keys(run(tracker({ indbrud: indbrud.green, tyverier: tyverier.amber }), amber))).toEqual([]);
  });

  it("takes an observation of another year, or one it cannot read, as a first reading", () => {
    const green = run(tracker({ indbrud: indbrud.green, tyverier: tyverier.green })).observations;
    const lastYear = { projection: { ...(green.projection as object), year: 2015 } };
    expect(alerts(run(tracker({ indbrud: indbrud.red, tyverier: tyverier.green }), lastYear))).toEqual([]);
    for (const stored of [null, "rød", { year: "2016" }, { year: 2016, categories: { indbrud: { rag: "purple" } } }]) {
      expect(alerts(run(tracker({ indbrud: indbrud.red, tyverier: tyverier.green }), { projection: stored }))).toEqual([]);
    }
  });

  it("observes with no subscription too, so a later change is measured from what was known", () => {
    const due = run(tracker({ indbrud: indbrud.green }), undefined, { subscriptions: [] });
    expect(due.post).toEqual([]);
    expect(due.observations.projection).toMatchObject({ year: 2016, categories: { indbrud: { rag: "green" } } });
  });
});
