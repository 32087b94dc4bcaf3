/** What the tracker lacks for a year's status report, each with its sheet (and cell where one says it). */
import { describe, expect, it } from "vitest";
import { answerQuestion, reportReadiness, type TrackerData } from "../../shared/index";
import { cli } from "../helpers/cli";
import { SAMPLE_TRACKER, sampleTracker } from "./fixtures";

const TODAY = "2016-09-01";

describe("readiness for the status report", () => {
  it("finds nothing missing for 2015 in the sample", async () => {
    const { agreement, data } = await sampleTracker();
    expect(reportReadiness(agreement, data, 2015, TODAY)).toEqual([]);
  });

  it("for 2016 (January–August only), names each category and SSP, on their sheets", async () => {
    const { agreement, data } = await sampleTracker();
    const missing = reportReadiness(agreement, data, 2016, TODAY);
    expect(missing.map((m) => [m.sheetName.da, m.text.da])).toEqual([
      ["Kriminalitet", "Indbrud 2016: intet tal for hele året; »Måneder« har kun januar–august."],
      ["Kriminalitet", "Tyverier 2016: intet tal for hele året; »Måneder« har kun januar–august."],
      ["Kriminalitet", "Vold/Trusler 2016: intet tal for hele året; »Måneder« har kun januar–august."],
      ["Kriminalitet", "Hærværk 2016: intet tal for hele året; »Måneder« har kun januar–august."],
      ["Kriminalitet", "Narkotika 2016: intet tal for hele året; »Måneder« har kun januar–august."],
      ["Kriminalitet", "Chikane 2016: intet tal for hele året; »Måneder« har kun januar–august."],
      ["SSP", "Intet tal for SSP-aktiveringer i 2016."],
    ]);
  });

  it("asks for the safety index up to its last year (2014) and for the survey after it", async () => {
    const { agreement, data } = await sampleTracker();
    const tracker: TrackerData = { ...data, safetyIndex: data.safetyIndex.filter((e) => e.year !== 2014), safetySurvey: [] };
    const safety = (year: number) =>
      reportReadiness(agreement, tracker, year, TODAY)
        .filter((m) => m.sheet === "safetyIndex" || m.sheet === "safetySurvey")
        .map((m) => `${m.sheetName.da}: ${m.text.da}`);
    expect(safety(2014)).toEqual(["Tryghedsindeks: Intet tryghedsindeks for 2014."]);
    expect(safety(2015)).toEqual(["Tryghedsundersøgelse: Ingen andel utrygge for 2015."]);
    expect(safety(2013)).toEqual([]);
  });

  it("names spending, an activity without a status and a past meeting still marked planned (with its cell)", async () => {
    const { agreement, data } = await sampleTracker();
    const meetings = data.meetings.map((m) => (m.date === "2015-10-06" ? { ...m, status: "planned" as const } : m));
    const tracker: TrackerData = {
      ...data,
      meetings,
      budget: data.budget.map((b) => (b.year === 2015 ? { ...b, spentKr: null } : b)),
      activities: data.activities.map((a) => (a.activity.startsWith("Lektiecafé") ? { ...a, status: "" } : a)),
    };
    const cell = data.meetings.find((m) => m.date === "2015-10-06")?.source?.cell;
    expect(cell).toMatch(/^A\d+$/);
    const missing = reportReadiness(agreement, tracker, 2015, TODAY);
    expect(missing.map((m) => `${m.sheetName.en}${m.cell ? `!${m.cell}` : ""}: ${m.text.en}`)).toEqual([
      "Budget: No spending for 2015.",
      'Activities: The activity "Lektiecafé i Kvarterhuset" has no status.',
      `Meetings!${cell}: The meeting on 6 October 2015 is still marked planned; write "Held" or "Cancelled".`,
    ]);
    // A meeting planned ahead of today is not missing.
    expect(reportReadiness(agreement, tracker, 2015, "2015-10-01").some((m) => m.sheet === "meetings")).toBe(false);
  });

  it("in a chat, shows an activity's name as plain text, never as markdown or HTML", async () => {
    const { agreement, data } = await sampleTracker();
    const tracker: TrackerData = {
      ...data,
      activities: data.activities.map((a) =>
        a.activity.startsWith("Lektiecafé") ? { ...a, activity: "[klik](https://x.example) <b>", status: "" } : a,
      ),
    };
    const answer = answerQuestion("hvad mangler til statusrapporten for 2015?", {
      agreement,
      tracker,
      now: new Date("2016-09-01T09:00:00+02:00"),
    });
    expect(answer.intent).toBe("report-readiness");
    expect(answer.text).toContain("Aktiviteter: Aktiviteten »\\[klik\\](https://x.example) &lt;b&gt;« har ingen status.");
    expect(JSON.stringify(answer.card)).not.toContain("[klik](");
  });

  it("`report --check`: exit 0 when ready, 1 with the list when not, JSON on request", async () => {
    const ready = await cli("report", "--year", "2015", "--check", "--tracker", SAMPLE_TRACKER, "--today", TODAY);
    expect(ready).toMatchObject({ code: 0, err: "" });
    expect(ready.out).toBe("Trackeren har det, statusrapporten for 2015 skal bruge.\n");
    const missing = await cli("report", "--year", "2016", "--check", "--tracker", SAMPLE_TRACKER, "--today", TODAY, "--lang", "en");
    expect(missing.code).toBe(1);
    expect(missing.out).toContain("What the tracker lacks for the 2016 status report:");
    expect(missing.out).toContain("  SSP  No figure for SSP activations in 2016.");
    const json = await cli("report", "--year", "2016", "--check", "--json", "--today", TODAY);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.out) as { ready: boolean; missing: Array<{ sheet: string; text: string }> };
    expect(parsed.ready).toBe(false);
    expect(parsed.missing).toHaveLength(7);
    expect(parsed.missing[6]).toEqual({ sheet: "SSP", cell: null, text: "Intet tal for SSP-aktiveringer i 2016." });
  });
});
