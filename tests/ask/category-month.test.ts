/**
 * A category in one month (the intent category-month), from monthly figures written here by
 * hand: the month's reports, the year up to and including it, the same month a year earlier;
 * a month not yet reported, a day, and two months at once each get an honest answer.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion, fromCopenhagen, type TrackerData } from "../../shared/index";
import { expectValidCard } from "./card-shape";
import { context, tracker } from "./fixtures";

// Indbrud: 2015 all twelve months (sum 58, as the fixture's yearly figure), 2016 January–August.
const BURGLARY_2015 = [5, 4, 6, 5, 3, 4, 6, 5, 4, 7, 5, 4];
const BURGLARY_2016 = [3, 2, 4, 5, 1, 2, 4, 8];
const withMonths: TrackerData = {
  ...tracker,
  crimeByMonth: new Map([
    [
      "indbrud",
      new Map([
        [2015, BURGLARY_2015],
        [2016, BURGLARY_2016],
      ]),
    ],
  ]),
};
/** Thursday 15 September 2016, 10.00 in Copenhagen: August is the last month reported. */
const now = fromCopenhagen({ year: 2016, month: 9, day: 15, hour: 10, minute: 0 });
const ask = (q: string) => answerQuestion(q, context({ tracker: withMonths, now }));

describe("a category in one month", () => {
  it("gives the month's reports, the year up to it and the same month a year earlier", () => {
    const a = ask("Hvor mange indbrud var der i juli?");
    expect(a.intent).toBe("category-month");
    // July 2016: 4; January–July 2016: 3+2+4+5+1+2+4 = 21; July 2015: 6.
    expect(a.text).toBe(
      ["Indbrud i juli 2016: 4 anmeldelser.", "2016 til og med juli: 21 anmeldelser.", "Juli 2015: 6 anmeldelser."].join("\n"),
    );
    expect(a.summary).toBe("Indbrud i juli 2016: 4 anmeldelser.");
    expectValidCard(a.card);
    expect(JSON.stringify(a.card)).toContain('"title":"Juli 2016","value":"4"');
  });

  it("says one report in the singular, in both languages", () => {
    expect(ask("indbrud i maj 2016").summary).toBe("Indbrud i maj 2016: 1 anmeldelse.");
    expect(ask("burglaries in May 2016").summary).toBe("Burglary in May 2016: 1 report.");
  });

  it("reads a month without a year as the last such month: November, asked in September, is last year's", () => {
    const a = ask("Hvor mange indbrud var der i november?");
    expect(a.summary).toBe("Indbrud i november 2015: 5 anmeldelser.");
    // The year before has no monthly figures: no line for it.
    expect(a.text).not.toContain("2014");
  });

  it("says which months the tracker has when the month asked is not reported yet", () => {
    const a = ask("Hvor mange indbrud var der i oktober 2016?");
    expect(a.summary).toBe("Indbrud i oktober 2016: intet tal.");
    expect(a.text).toContain("Trackeren har indbrud pr. måned i 2016 til og med august.");
    expect(a.text).not.toMatch(/\b(21|29)\b/);
  });

  it("answers a day for its month, and says so", () => {
    const a = ask("burglaries on 17 March 2016");
    expect(a.intent).toBe("category-month");
    expect(a.text.split("\n")[0]).toBe("The tracker has figures per month, not per day: this is the whole of March.");
    expect(a.summary).toBe("Burglary in March 2016: 4 reports.");
  });

  it("asks which one for two months, with a button each, and no figures", () => {
    const a = ask("indbrud i juni og juli");
    expect(a.intent).toBe("unsure");
    expect(a.summary).toBe("Jeg forstod spørgsmålet for juni og juli, men det kan jeg kun svare på for én måned ad gangen. Vælg en:");
    expect(a.suggestions.map((s) => s.title)).toEqual(["Juni", "Juli"]);
    expect(a.suggestions.map((s) => s.question)).toEqual([
      "Hvor mange anmeldelser af indbrud var der i juni?",
      "Hvor mange anmeldelser af indbrud var der i juli?",
    ]);
    expect(a.text).not.toMatch(/\b[2-8] anmeldelser/);
  });

  it("reads last month and this month from the Copenhagen clock, across a new year too", () => {
    expect(ask("indbrud i sidste måned").summary).toBe("Indbrud i august 2016: 8 anmeldelser.");
    expect(ask("How many burglaries this month?").summary).toBe("Burglary in September 2016: no figure.");
    // 1 January 2016 at 00:30 in Copenhagen (23:30 UTC the day before): last month is December 2015.
    const newYear = new Date("2015-12-31T23:30:00Z");
    const december = answerQuestion("indbrud sidste måned", context({ tracker: withMonths, now: newYear }));
    expect(december.summary).toBe("Indbrud i december 2015: 4 anmeldelser.");
  });

  it("gives every category in a month asked without one, with the sum only when each has a figure", () => {
    // Only indbrud has monthly figures: the others say they have none, and there is no sum.
    const some = ask("Hvor mange anmeldelser var der i juli?");
    expect(some.intent).toBe("category-month");
    expect(some.summary).toBe(
      "Anmeldelser i juli 2016: tal for 1 af 6 gerningstyper (intet tal for Tyverier, Vold/Trusler, Hærværk, Narkotika og Chikane).",
    );
    expect(some.text).toContain("Indbrud: 4");
    expect(some.text).not.toContain("i alt");
    // Every category with a figure for July 2016 (indbrud's 4, then 0–5 more): 4·6 + 0+1+…+5 = 39.
    const all: TrackerData = {
      ...withMonths,
      crimeByMonth: new Map(
        ["indbrud", "tyverier", "vold-trusler", "haervaerk", "narkotika", "chikane"].map((id, i) => [
          id,
          new Map([[2016, BURGLARY_2016.map((v) => v + i)]]),
        ]),
      ),
    };
    const every = answerQuestion("How many reports were there in July?", context({ tracker: all, now }));
    expect(every.summary).toBe("Reports in July 2016: 39 in total.");
    expect(every.text).toContain("Harassment: 9");
    expectValidCard(every.card);
  });

  it("keeps a category's month apart from a meeting's month and from a yearly target", () => {
    expect(ask("møder i juli 2016").intent).toBe("meeting-on-date");
    const target = ask("måltallet for indbrud i juli 2016");
    expect(target.intent).toBe("unsure");
    expect(target.text).toContain("kun på for hele år");
  });
});
