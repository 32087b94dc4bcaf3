/**
 * The CLI's clock settings (--now, --today, PARTNERSKAB_NOW) are read as the bot reads its own:
 * Copenhagen time unless an offset is given, whatever time zone the machine is in; an impossible
 * date is one line naming the setting and exit 2, never a date rolled over.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliProcess, ROOT } from "../helpers/cli";

const SAMPLE = join(ROOT, "examples/amager-tracker.xlsx");
/** The sample's working-group meeting on 6 September 2016 is still marked planned. */
const PASSED = "The meeting on 6 September 2016 is still marked planned, but the date has passed";

async function validateWarnings(today: string): Promise<string[]> {
  const r = await cli("validate", SAMPLE, "--json", "--lang", "en", "--today", today);
  expect(r.code).toBe(0);
  return (JSON.parse(r.out) as { issues: { message: { en: string } }[] }).issues.map((i) => i.message.en);
}

describe("the CLI's clock settings", () => {
  it("--today with a time but no offset is Copenhagen time: 23.30 on 6 September is still that day", async () => {
    expect((await validateWarnings("2016-09-06T23:30")).some((m) => m.startsWith(PASSED))).toBe(false);
    expect((await validateWarnings("2016-09-07T00:30")).some((m) => m.startsWith(PASSED))).toBe(true);
    expect((await validateWarnings("2016-09-06T23:30Z")).some((m) => m.startsWith(PASSED))).toBe(true);
  });

  it("PARTNERSKAB_NOW without an offset is Copenhagen time on a machine in another time zone too", () => {
    // In New York 23.30 is already 7 September in Copenhagen: read as the machine's time, the meeting would have passed.
    const r = cliProcess(["validate", SAMPLE, "--json", "--lang", "en"], { PARTNERSKAB_NOW: "2016-09-06T23:30", TZ: "America/New_York" });
    expect(r.code).toBe(0);
    expect(r.out).not.toContain(PASSED);
  }, 60_000);

  it.each([
    [
      ["validate", SAMPLE, "--today", "2016-02-30"],
      /^partnerskab validate: --today must be a date \(YYYY-MM-DD\), not "2016-02-30": there is no 30 February 2016$/,
    ],
    [["validate", SAMPLE, "--today", "0000-01-01"], /^partnerskab validate: --today .*the year must be 1900–2100$/],
    [["status", "--tracker", SAMPLE, "--today", "i går"], /^partnerskab status: --today must be a date \(YYYY-MM-DD\), not "i går"$/],
    [
      ["ask", "indbrud 2015", "--now", "2015-02-29T10:00"],
      /^partnerskab ask: --now must be an ISO 8601 date or time .*: there is no 29 February 2015$/,
    ],
    [["ask", "indbrud 2015", "--now", "2016-09-01T25:00"], /^partnerskab ask: --now .*there is no 25:00 on a clock$/],
  ])("%j: one line naming the setting, exit 2", async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("a bad PARTNERSKAB_NOW is named as such, not as the option that was not given", () => {
    const r = cliProcess(["validate", SAMPLE], { PARTNERSKAB_NOW: "2101-01-01" });
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'partnerskab validate: PARTNERSKAB_NOW must be an ISO 8601 date or time (e.g. 2015-09-15 or 2015-09-15T10:00), not "2101-01-01": the year must be 1900–2100\n',
    );
  }, 60_000);
});
