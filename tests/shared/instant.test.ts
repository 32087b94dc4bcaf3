/**
 * One reading of every clock setting (PARTNERSKAB_NOW, --now, --today): ISO 8601, Copenhagen
 * time unless an offset is given (summer and winter alike), no roll-over, years 1900–2100.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInstant, readInstant, toCopenhagen } from "../../shared/index";

const iso = (text: string) => parseInstant(text)?.toISOString();
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

describe("reading a clock setting", () => {
  it("takes a time without an offset as Copenhagen time, in summer (+02:00) and in winter (+01:00)", () => {
    expect(iso("2016-09-01T09:00")).toBe("2016-09-01T07:00:00.000Z");
    expect(iso("2016-01-15T09:00")).toBe("2016-01-15T08:00:00.000Z");
    expect(iso("2016-09-01 09:00:30")).toBe("2016-09-01T07:00:30.000Z");
    expect(iso("2016-09-01T09:00:30.25")).toBe("2016-09-01T07:00:30.250Z");
    // The last minute before and the first after the switch to winter time (30 October 2016, 03:00 → 02:00).
    expect(iso("2016-10-30T01:59")).toBe("2016-10-29T23:59:00.000Z");
    expect(iso("2016-10-30T03:00")).toBe("2016-10-30T02:00:00.000Z");
  });

  it("takes a date alone as that Copenhagen date, at noon", () => {
    expect(iso("2016-09-01")).toBe("2016-09-01T10:00:00.000Z");
    expect(iso("2016-12-31")).toBe("2016-12-31T11:00:00.000Z");
  });

  it("takes an offset or Z as exactly that instant", () => {
    expect(iso("2016-09-01T09:00:00+02:00")).toBe("2016-09-01T07:00:00.000Z");
    expect(iso("2016-09-01T09:00+0200")).toBe("2016-09-01T07:00:00.000Z");
    expect(iso("2016-09-01T09:00:00Z")).toBe("2016-09-01T09:00:00.000Z");
    expect(iso("2016-09-01T09:00:00-05:30")).toBe("2016-09-01T14:30:00.000Z");
    expect(iso(" 2016-09-01T09:00Z ")).toBe("2016-09-01T09:00:00.000Z");
  });

  it("refuses impossible dates and times instead of rolling them over, saying which", () => {
    expect(readInstant("2016-02-30")).toEqual({ ok: false, problem: "date", reason: "there is no 30 February 2016" });
    expect(readInstant("2015-02-29T10:00")).toMatchObject({ ok: false, reason: "there is no 29 February 2015" });
    expect(iso("2016-02-29T10:00")).toBe("2016-02-29T09:00:00.000Z");
    expect(readInstant("2016-04-31T09:00:00+02:00")).toMatchObject({ ok: false, reason: "there is no 31 April 2016" });
    expect(readInstant("2016-13-01")).toMatchObject({ ok: false, reason: "there is no month 13" });
    expect(readInstant("2016-00-10")).toMatchObject({ ok: false, reason: "there is no month 00" });
    expect(readInstant("2016-09-00")).toMatchObject({ ok: false, problem: "date" });
    expect(readInstant("2016-09-01T24:00")).toMatchObject({ ok: false, reason: "there is no 24:00 on a clock" });
    expect(readInstant("2016-09-01T23:60")).toMatchObject({ ok: false, problem: "date" });
    expect(readInstant("2016-09-01T23:59:60Z")).toMatchObject({ ok: false, problem: "date" });
    expect(readInstant("2016-09-01T09:00+25:00")).toMatchObject({ ok: false, reason: "+25:00 is not an offset from UTC" });
  });

  it("takes years from 1900 to 2100 only", () => {
    for (const text of ["0000-01-01T00:00:00Z", "1899-12-31", "2101-01-01", "9999-12-31T23:59Z"]) {
      expect(readInstant(text), text).toEqual({ ok: false, problem: "year", reason: "the year must be 1900–2100" });
    }
    expect(iso("1900-01-01T00:00Z")).toBe("1900-01-01T00:00:00.000Z");
    expect(iso("2100-12-31T23:59Z")).toBe("2100-12-31T23:59:00.000Z");
  });

  it("refuses what is not ISO 8601", () => {
    for (const text of [
      "",
      "yesterday",
      "1 September 2016",
      "2016-9-1",
      "2016-09-01T9:00",
      "2016-09-01T09",
      "20160901",
      "2016-09-01T09:00 CEST",
    ]) {
      expect(readInstant(text), text).toMatchObject({ ok: false, problem: "format" });
    }
  });

  it("reads any Copenhagen wall-clock time back as that wall-clock time", () => {
    fc.assert(
      fc.property(
        fc.record({
          // Since 1980 Copenhagen is +01:00 or +02:00 (the wartime years had odd offsets of their own).
          year: fc.integer({ min: 1980, max: 2100 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          // 02:xx is skipped: on the spring night it does not exist on Copenhagen's clocks.
          hour: fc.integer({ min: 0, max: 23 }).filter((h) => h !== 2),
          minute: fc.integer({ min: 0, max: 59 }),
        }),
        (t) => {
          const instant = parseInstant(`${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`);
          expect(instant).toBeDefined();
          expect(toCopenhagen(instant as Date)).toMatchObject(t);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads any instant written with Z as that instant, to the millisecond", () => {
    const first = Date.UTC(1900, 0, 1);
    const last = Date.UTC(2100, 11, 31, 23, 59, 59, 999);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (ms) => {
        expect(parseInstant(new Date(ms).toISOString())?.getTime()).toBe(ms);
      }),
      { numRuns: 500 },
    );
  });

  it("never rolls a day over into the next month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const reading = readInstant(`${y}-${pad(m)}-${pad(d)}`);
        const exists = d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(reading.ok).toBe(exists);
        if (reading.ok) expect(toCopenhagen(reading.instant)).toMatchObject({ year: y, month: m, day: d });
      }),
      { numRuns: 500 },
    );
  });
});
