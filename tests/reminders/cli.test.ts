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
      "Styregruppen afholdt 0 møder i 2013; ifølge aftalen mindst 2 gange om året.",
    );
  });

  it("brings the meetings sheet's findings under any name the reader knows it by (here »Moeder«, typed without ø)", async () => {
    const renamed = join(dir, "tracker-moeder.xlsx");
    await writeWorkbook(
      renamed,
      trackerSheets().map((sheet) => (sheet.name === "Møder" ? { ...sheet, name: "Moeder" } : sheet)),
    );
    const r = await cli("reminders", "--tracker", renamed, "--now", "2016-08-25T12:00:00+02:00", "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { reminders: unknown[]; warnings: Array<{ code: string }> };
    expect(out.reminders).toHaveLength(2);
    expect(out.warnings.map((w) => w.code)).toEqual(Array(6).fill("cadence-below-min"));
  });

  it("--days widens the window: the adjustments (1 October), the agreement's end (90 days before 31 December 2016), the safety plan (1 November) and the November meetings", async () => {
    const r = await cli("reminders", "--tracker", tracker, "--now", "2016-09-10T12:00:00+02:00", "--days", "60", "--json");
    const out = JSON.parse(r.out) as { reminders: Array<{ dueAt: string; kind: string }> };
    expect(out.reminders.map((x) => `${x.dueAt} ${x.kind}`)).toEqual([
      "2016-10-01T07:00:00.000Z adjustments",
      "2016-10-02T07:00:00.000Z agreement-end",
      "2016-11-01T08:00:00.000Z meeting",
      "2016-11-01T08:00:00.000Z safety-plan",
      "2016-11-07T08:00:00.000Z meeting",
    ]);
  });

  it("takes the yearly days from its options, or from the bot's variables, read as the bot reads them", async () => {
    const r = await cli(
      "reminders",
      "--tracker",
      tracker,
      "--now",
      "2016-04-25T12:00:00+02:00",
      "--days",
      "60",
      "--adjustments-date",
      "06-15",
      "--status-report-due",
      "06-10",
      "--json",
    );
    const out = JSON.parse(r.out) as { reminders: Array<{ dueAt: string; kind: string; dueDate?: string }> };
    // The report is reminded of on the 1st of its due date's month; the adjustments on their day.
    expect(out.reminders.filter((x) => x.kind !== "meeting").map((x) => `${x.dueAt} ${x.kind} ${x.dueDate ?? ""}`.trim())).toEqual([
      "2016-06-01T07:00:00.000Z status-report 2016-06-10",
      "2016-06-15T07:00:00.000Z adjustments",
    ]);
    const saved = process.env.SAFETY_PLAN_UPDATE_DATE;
    process.env.SAFETY_PLAN_UPDATE_DATE = "05-02";
    try {
      const fromEnv = await cli("reminders", "--tracker", tracker, "--now", "2016-04-25T12:00:00+02:00", "--days", "14", "--json");
      const kinds = (JSON.parse(fromEnv.out) as { reminders: Array<{ dueAt: string; kind: string }> }).reminders.map(
        (x) => `${x.dueAt} ${x.kind}`,
      );
      expect(kinds).toContain("2016-05-02T07:00:00.000Z safety-plan");
      process.env.SAFETY_PLAN_UPDATE_DATE = "31-12";
      const bad = await cli("reminders", "--tracker", tracker, "--now", "2016-04-25");
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/^partnerskab reminders: SAFETY_PLAN_UPDATE_DATE: "31-12" is not a day in the year/);
    } finally {
      if (saved === undefined) delete process.env.SAFETY_PLAN_UPDATE_DATE;
      else process.env.SAFETY_PLAN_UPDATE_DATE = saved;
    }
  });

  it("after the agreement's end, says that it ended instead of listing reminders", async () => {
    const r = await cli("reminders", "--tracker", tracker, "--now", "2017-01-10T12:00:00+01:00", "--days", "60");
    expect(r.code).toBe(0);
    expect(r.out).toContain("møderne:\n(ingen)\n");
    expect(r.out).toContain(
      "Partnerskabsaftalen for Amager Partnerskab udløb 31. december 2016. Påmindelser om statusrapporten, justeringerne, tryghedsplanen og antallet af møder hører til aftalens periode og kommer ikke længere.",
    );
    const json = JSON.parse((await cli("reminders", "--tracker", tracker, "--now", "2017-01-10", "--json")).out) as {
      agreementEnded: boolean;
      reminders: unknown[];
    };
    expect(json).toMatchObject({ agreementEnded: true, reminders: [] });
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
        covers: 2015,
        dueDate: "2016-05-31",
        text: "Ifølge partnerskabsaftalen for Amager Partnerskab: »En kort statusrapport udarbejdes og offentliggøres i maj efter tryghedsindeksets offentliggørelse.« Statusrapporten for 2015 skal være offentliggjort senest tirsdag den 31. maj 2016. Husk at gøre status over målopfyldelsen og forelægge den for styregruppen.",
      }),
      JSON.stringify({
        dueAt: "2016-10-01T07:00:00.000Z",
        kind: "adjustments",
        group: "steering",
        year: 2016,
        nextMeeting: { date: "2016-11-08", start: "09:00" },
        text: "Ifølge partnerskabsaftalen for Amager Partnerskab: »Parterne er enige om løbende at følge udviklingen af partnerskabet og implementeringen af de tryghedsskabende aktiviteter og årligt drøfte behovet for eventuelle justeringer.« Sæt drøftelsen på dagsordenen for styregruppens næste møde, tirsdag den 8. november 2016 kl. 9.00.",
      }),
      JSON.stringify({
        dueAt: "2016-10-02T07:00:00.000Z",
        kind: "agreement-end",
        group: "steering",
        endDate: "2016-12-31",
        text: "Partnerskabsaftalen for Amager Partnerskab udløber lørdag den 31. december 2016 (om 90 dage). Den nævner ingen forlængelse. Styregruppen bør drøfte forlængelse eller en ny aftale.",
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
        "Påmindelser i de næste 3 dage (fra 4. september 2016 kl. 12.00), 7 dage og 1 dag før møderne:\n" +
          "- 5. september 2016 kl. 9.00: Arbejdsgruppen mødes tirsdag den 6. september 2016 kl. 9.00 (i morgen). Sted: Hørgården, beboerhuset. Emne: Anmeldelser 1. halvår 2016.\n\n" +
          "Bemærk i trackeren:\n- Møder: Styregruppen afholdt 0 møder i 2013; ifølge aftalen mindst 2 gange om året.\n",
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
