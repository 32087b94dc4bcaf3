/** `partnerskab ask` on the sample tracker and on a tracker file the test writes itself. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliProcess } from "../helpers/cli";

const EXAMPLE = "Indbrud 2015: 58 anmeldelser mod måltallet på højst 62 (−20 % fra 77 i 2012). Måltallet er nået: 4 under.";

describe("partnerskab ask", () => {
  it("answers the Danish example question from the sample tracker", async () => {
    const r = await cli("ask", "Hvordan går det med indbrud i forhold til målet for 2015?", "--now", "2016-09-01");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${EXAMPLE}\n`);
  });

  it("answers in the question's language, or in the one --lang names", async () => {
    const en = await cli("ask", "How are burglaries doing against the 2015 target?", "--now", "2016-09-01");
    expect(en.out).toBe("Burglary 2015: 58 reports against the target of at most 62 (−20% from 77 in 2012). Target met: 4 under.\n");
    const forced = await cli("ask", "How are burglaries doing against the 2015 target?", "--lang", "da", "--now", "2016-09-01");
    expect(forced.out).toBe(`${EXAMPLE}\n`);
  });

  it("names the command that writes the status report's Word document, where the bot would link it", async () => {
    const da = await cli("ask", "lav statusrapport for 2015", "--now", "2016-09-01");
    expect(da.code).toBe(0);
    expect(da.out).toMatch(/^Statusrapport 2015 \(udkast\): /);
    expect(da.out.trimEnd().split("\n").at(-1)).toBe("Word-dokumentet: partnerskab report --year 2015 --out statusrapport-2015.docx");
    const en = await cli("ask", "make the status report for 2014", "--now", "2016-09-01");
    // The English level names take their article: "an ordinary need for action", never "a ordinary".
    expect(en.out).toContain("an ordinary need for action");
    expect(en.out).not.toMatch(/\ba [aeiou]/);
    expect(en.out.trimEnd().split("\n").at(-1)).toBe("The Word document: partnerskab report --year 2014 --out statusrapport-2014.docx");
    const plain = await cli("ask", "Hvornår er næste møde?", "--now", "2016-09-01");
    expect(plain.out).not.toContain("partnerskab report");
  });

  it("prints question, language, intent, text and the card with --json", async () => {
    const r = await cli("ask", "Hvornår er næste styregruppemøde?", "--now", "2016-09-01T08:00", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ question: "Hvornår er næste styregruppemøde?", lang: "da", intent: "next-meeting" });
    expect(json.text).toContain("tirsdag den 8. november 2016 kl. 9.00");
    expect(json.card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
  });

  it("takes the clock from --now: a time without offset is Copenhagen time", async () => {
    // The sample's working-group meeting on 6 September 2016 starts at 9.00 Copenhagen time (7.00 UTC).
    const before = await cli("ask", "next working group meeting", "--now", "2016-09-06T08:59");
    expect(before.out).toContain("Tuesday 6 September 2016, 09:00–");
    const after = await cli("ask", "next working group meeting", "--now", "2016-09-06T07:01Z");
    expect(after.out).not.toContain("6 September 2016");
  });

  it("gives exit 2 and one line for a bad --now, no question, or a missing tracker", async () => {
    const badNow = await cli("ask", "indbrud 2015", "--now", "2015-02-30");
    expect(badNow.code).toBe(2);
    expect(badNow.err).toContain("--now must be an ISO 8601 date or time");
    expect((await cli("ask", "indbrud", "--now", "tomorrow")).code).toBe(2);
    const none = await cli("ask");
    expect(none.code).toBe(2);
    expect(none.err).toContain("a question is needed");
    const dir = mkdtempSync(join(tmpdir(), "ask-"));
    const missing = await cli("ask", "indbrud 2015", "--tracker", join(dir, "nope.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split("\n")).toHaveLength(1);
    const notXlsx = join(dir, "text.xlsx");
    writeFileSync(notXlsx, "this is no workbook");
    expect((await cli("ask", "indbrud 2015", "--tracker", notXlsx)).code).toBe(2);
  });

  it("runs as a real process with the installed bin", () => {
    const r = cliProcess(["ask", "Hvordan går det med indbrud i forhold til målet for 2015?"], { PARTNERSKAB_NOW: "2016-09-01T10:00" });
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${EXAMPLE}\n`);
  });
});
