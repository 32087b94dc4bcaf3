/** `partnerskab reminders`: what will be posted in the next days, from a tracker .xlsx written here. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeWorkbook } from "../../files/xlsx-write";
import { cli } from "../helpers/cli";
import { trackerSheets } from "./tracker-xlsx";

let dir: string;
let tracker: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "partnerskab-cli-reminders-"));
  tracker = join(dir, "tracker.xlsx");
  await writeWorkbook(tracker, trackerSheets());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("partnerskab reminders", () => {
  it("--json lists the reminders due in the next 14 days, with exact instants", async () => {
    const r = await cli("reminders", "--tracker", tracker, "--now", "2016-08-25T12:00:00+02:00", "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { now: string; reminders: Array<Record<string, unknown>>; warnings: unknown[] };
    expect(out.now).toBe("2016-08-25T10:00:00.000Z");
    expect(out.reminders.map((x) => [x.dueAt, x.kind, x.group, (x.meeting as { date: string } | undefined)?.date, x.lead])).toEqual([
      ["2016-08-30T07:00:00.000Z", "meeting", "working", "2016-09-06", "7d"],
      ["2016-09-05T07:00:00.000Z", "meeting", "working", "2016-09-06", "1d"],
    ]);
    // The tracker's own findings about meetings come along: this plan has no meetings before 2016.
    expect((out.warnings as Array<{ code: string; message: string }>).map((w) => w.code)).toEqual(Array(6).fill("cadence-below-min"));
    expect((out.warnings as Array<{ message: string }>)[0]?.message).toBe(
      "Styregruppen holdt 0 møder i 2013; aftalen siger mindst 2 om året.",
    );
  });

  it("--days widens the window: the agreement's end (90 days before 31 December 2016) and the November meetings", async () => {
    const r = await cli("reminders", "--tracker", tracker, "--now", "2016-09-10T12:00:00+02:00", "--days", "60", "--json");
    const out = JSON.parse(r.out) as { reminders: Array<{ dueAt: string; kind: string }> };
    expect(out.reminders.map((x) => `${x.dueAt} ${x.kind}`)).toEqual([
      "2016-10-02T07:00:00.000Z agreement-end",
      "2016-11-01T08:00:00.000Z meeting",
      "2016-11-07T08:00:00.000Z meeting",
    ]);
  });

  it("--json prints each kind's own fields, then its text", async () => {
    const r = await cli("reminders", "--tracker", tracker, "--now", "2016-04-25T12:00:00+02:00", "--days", "170", "--json");
    const out = JSON.parse(r.out) as { reminders: Array<{ kind: string }> };
    // Whole entries, key order included: what a script reading this output sees.
    expect(out.reminders.filter((x) => x.kind !== "meeting").map((x) => JSON.stringify(x))).toEqual([
      JSON.stringify({
        dueAt: "2016-05-01T07:00:00.000Z",
        kind: "status-report",
        group: "steering",
        year: 2016,
        month: 5,
        text: "Den årlige statusrapport for Amager Partnerskab skal udgives i maj 2016. Husk at gøre status på indsatsområderne og måltallene til styregruppen.",
      }),
      JSON.stringify({
        dueAt: "2016-10-02T07:00:00.000Z",
        kind: "agreement-end",
        group: "steering",
        endDate: "2016-12-31",
        text: "Partnerskabsaftalen for Amager Partnerskab udløber lørdag den 31. december 2016 (om 90 dage). Tid til at drøfte en forlængelse i styregruppen.",
      }),
    ]);
  });

  it("shows a cadence warning as due now", async () => {
    const r = await cli("reminders", "--tracker", tracker, "--now", "2016-11-30T12:00:00+01:00", "--json", "--lang", "en");
    const out = JSON.parse(r.out) as { reminders: Array<{ kind: string; group: string; text: string }> };
    // Held rows count as held; planned rows in the past do not count toward the minimum.
    expect(out.reminders.filter((x) => x.kind === "cadence").map((x) => x.group)).toEqual(["steering", "working"]);
    expect(out.reminders[0]?.text).toMatch(/^Under the agreement the steering group must meet at least 2 times a year/);
  });

  it("prints Danish by default", async () => {
    const r = await cli("reminders", "--tracker", tracker, "--now", "2016-09-04T12:00:00+02:00", "--days", "3");
    expect(r.code).toBe(0);
    expect(
      r.out.startsWith(
        "Påmindelser de næste 3 dage (fra 4. september 2016 kl. 12.00), 7 dage og 1 dag før møderne:\n" +
          "- 5. september 2016 kl. 9.00: Arbejdsgruppen mødes tirsdag den 6. september 2016 kl. 9.00 (om 1 dag). Sted: Hørgården, beboerhuset. Emne: Anmeldelser 1. halvår 2016.\n\n" +
          "Bemærk i trackeren:\n- Møder: Styregruppen holdt 0 møder i 2013; aftalen siger mindst 2 om året.\n",
      ),
    ).toBe(true);
  });

  it.each([
    [["--now", "i morgen"], /--now must be an ISO 8601/],
    [["--now", "2016-09-01", "--days", "zwei"], /--days must be a whole number/],
    [["--now", "2016-09-01", "--lead-times", "1w"], /--lead-times: "1w" is not a lead time/],
  ])("a bad option %j gives one line and exit 2", async (args, message) => {
    const r = await cli("reminders", "--tracker", tracker, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("a missing tracker file gives one line and exit 2", async () => {
    const r = await cli("reminders", "--tracker", join(dir, "nope.xlsx"), "--now", "2016-09-01");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nope\.xlsx/);
  });
});
