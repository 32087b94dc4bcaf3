/**
 * "i dag", "i morgen", "i går" / "today", "tomorrow", "yesterday" beside a meeting name a date,
 * read on the Copenhagen calendar of the clock: the meetings of that day, or that there are none
 * (before, the words were ignored and the next meeting or the year's count answered instead).
 * Beside anything else they only set the scene. Dates worked out by hand from the fixture's meetings.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion, fromCopenhagen, understand } from "../../shared/index";
import { amager, context } from "./fixtures";

const at = (year: number, month: number, day: number, hour = 10) => fromCopenhagen({ year, month, day, hour, minute: 0 });

describe("a meeting on a day said relative to the clock", () => {
  it("»i morgen« on 21 September 2015 is the working group's meeting on the 22nd", () => {
    const now = at(2015, 9, 21);
    const u = understand("Er der møde i morgen?", { agreement: amager, now });
    expect(u).toMatchObject({ intent: "meeting-on-date", date: { month: 9, day: 22 }, year: 2015 });
    const a = answerQuestion("Er der møde i morgen?", context({ now }));
    expect(a.text).toContain("22. september 2015");
    expect(a.text).toContain("Belysning i stierne");
  });

  it('»i dag« and "today" name the clock\'s own Copenhagen date, also late in the evening in summer time', () => {
    // 23:30 in Copenhagen on 22 September is 21:30 UTC: still the 22nd here.
    const now = fromCopenhagen({ year: 2015, month: 9, day: 22, hour: 23, minute: 30 });
    expect(understand("Er der møde i dag?", { agreement: amager, now })).toMatchObject({ date: { month: 9, day: 22 }, year: 2015 });
    expect(understand("Is there a meeting today?", { agreement: amager, now })).toMatchObject({ date: { month: 9, day: 22 } });
  });

  it("a day without meetings says so, and names that day", () => {
    const a = answerQuestion("Is there a meeting tomorrow?", context({ now: at(2015, 9, 15) }));
    expect(a.intent).toBe("meeting-on-date");
    expect(a.text).toContain("no meeting on 16 September 2015");
    expect(a.text).not.toContain("Next meeting");
  });

  it("»i går« is the day before; a cancelled meeting is shown as cancelled", () => {
    const u = understand("Hvad blev der drøftet på mødet i går?", { agreement: amager, now: at(2015, 8, 26) });
    expect(u).toMatchObject({ intent: "meeting-on-date", date: { month: 8, day: 25 }, year: 2015 });
    expect(answerQuestion("Hvad blev der drøftet på mødet i går?", context({ now: at(2015, 8, 26) })).text).toContain(
      "Sommerens aktiviteter",
    );
    // »Var mødet i går aflyst?«: "aflyst" once counted the year's meetings instead.
    const cancelled = answerQuestion("Var mødet i går aflyst?", context({ now: at(2015, 6, 17) }));
    expect(cancelled.intent).toBe("meeting-on-date");
    expect(cancelled.text).toContain("16. juni 2015");
    expect(cancelled.text).toContain("»Sommerferie« (aflyst)");
  });

  it("»i morgen« on 31 December is 1 January of the next year", () => {
    const u = understand("Er der styregruppemøde i morgen?", { agreement: amager, now: at(2015, 12, 31) });
    expect(u).toMatchObject({ intent: "meeting-on-date", group: "steering", date: { month: 1, day: 1 }, year: 2016 });
  });

  it("beside anything but a meeting the words only set the scene", () => {
    const now = at(2015, 9, 21);
    expect(understand("Hvordan går det i dag?", { agreement: amager, now })).toMatchObject({ intent: "year-overview" });
    expect(understand("How are burglaries doing today?", { agreement: amager, now })).toMatchObject({
      intent: "category-status",
      category: "indbrud",
    });
  });
});
