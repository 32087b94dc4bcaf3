/** The cached Copenhagen clock must read exactly like Intl's conversion, across daylight saving. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copenhagenNow } from "../../shared/format/copenhagen-clock";
import { isoDate, toCopenhagen } from "../../shared/index";

function viaIntl(instant: Date) {
  const l = toCopenhagen(instant);
  return { year: l.year, month: l.month, day: l.day, hour: l.hour, minute: l.minute, date: isoDate(l) };
}

describe("copenhagenNow", () => {
  it("matches Intl on both sides of the 2015 switches to and from summer time", () => {
    for (const iso of [
      "2015-03-29T00:59:59Z",
      "2015-03-29T01:00:00Z",
      "2015-10-25T00:59:59Z",
      "2015-10-25T01:00:00Z",
      "2016-12-31T22:59:00Z",
      "2016-12-31T23:00:00Z",
    ]) {
      const instant = new Date(iso);
      expect(copenhagenNow(instant), iso).toMatchObject(viaIntl(instant));
    }
    expect(copenhagenNow(new Date("2015-10-25T00:30:00Z")).minuteKey).toBe("2015-10-25 02:30");
    expect(copenhagenNow(new Date("2015-10-25T01:30:00Z")).minuteKey).toBe("2015-10-25 02:30");
  });

  it("matches Intl for any instant from 1990 to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const instant = new Date(ms);
        expect(copenhagenNow(instant)).toMatchObject(viaIntl(instant));
      }),
      { numRuns: 500 },
    );
  });
});
