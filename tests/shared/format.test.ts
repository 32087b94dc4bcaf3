import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatKr,
  formatNumber,
  formatPercent,
  formatSigned,
  fromCopenhagen,
  toCopenhagen,
} from "../../shared/index";

describe("Danish and English number forms", () => {
  it("groups thousands with a point in Danish and a comma in English", () => {
    expect(formatKr(1_500_000, "da")).toBe("1.500.000 kr.");
    expect(formatKr(1_500_000, "en")).toBe("DKK 1,500,000");
    expect(formatNumber(-1234.5, "da", 1)).toBe("−1.234,5");
    expect(formatNumber(999, "da")).toBe("999");
  });
  it("writes percentages with a true minus and the Danish space", () => {
    expect(formatPercent(-20, "da")).toBe("−20 %");
    expect(formatPercent(-20, "en")).toBe("−20%");
    expect(formatPercent(4.2, "da", 1, true)).toBe("+4,2 %");
    expect(formatPercent(-0.04, "da", 0, true)).toBe("0 %");
  });
  it("writes every whole number as Intl's Danish and English forms do, with a true minus", () => {
    const da = new Intl.NumberFormat("da-DK");
    const en = new Intl.NumberFormat("en-GB");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -100_000, max: 100_000 }),
          fc.maxSafeInteger(),
          fc.integer().map((x) => x * 1_000),
        ),
        (x) => {
          expect(formatNumber(x, "da")).toBe(da.format(x).replace("-", "−"));
          expect(formatNumber(x, "en")).toBe(en.format(x).replace("-", "−"));
        },
      ),
      { numRuns: 2_000 },
    );
    expect(formatNumber(-0, "da")).toBe("0");
  });
  it("rounds half up to the places asked for, as Intl writes the rounded number", () => {
    const places = (d: number, locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        const f = 10 ** d;
        const rounded = (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
        const zero = rounded === 0;
        for (const [lang, locale] of [
          ["da", "da-DK"],
          ["en", "en-GB"],
        ] as const) {
          const written = places(d, locale).format(Math.abs(rounded));
          expect(formatNumber(x, lang, d)).toBe(x < 0 && !zero ? `−${written}` : written);
          expect(formatSigned(x, lang, d)).toBe(zero ? written : `${x < 0 ? "−" : "+"}${written}`);
        }
      }),
      { numRuns: 2_000 },
    );
    expect(formatSigned(0.04, "da", 1)).toBe("0,0");
    expect(formatSigned(-2.25, "en", 1)).toBe("−2.3");
  });
});

describe("dates in Europe/Copenhagen", () => {
  it("writes dates as people do", () => {
    expect(formatDateTime("2015-10-06", "09:00", "da")).toBe("6. oktober 2015 kl. 9.00");
    expect(formatDateTime("2015-10-06", "09:00", "en")).toBe("6 October 2015 at 09:00");
    expect(formatDate("2015-10-06", "da", true)).toBe("tirsdag den 6. oktober 2015");
  });
  it("converts wall-clock time to instants across daylight saving", () => {
    expect(fromCopenhagen({ year: 2015, month: 1, day: 10, hour: 9, minute: 0 }).toISOString()).toBe("2015-01-10T08:00:00.000Z");
    expect(fromCopenhagen({ year: 2015, month: 7, day: 10, hour: 9, minute: 0 }).toISOString()).toBe("2015-07-10T07:00:00.000Z");
    // 29 March 2015: 02:30 does not exist; it is taken as 03:30 summer time
    expect(fromCopenhagen({ year: 2015, month: 3, day: 29, hour: 2, minute: 30 }).toISOString()).toBe("2015-03-29T01:30:00.000Z");
    // 25 October 2015: 02:30 happens twice; the first (summer time) is chosen
    expect(fromCopenhagen({ year: 2015, month: 10, day: 25, hour: 2, minute: 30 }).toISOString()).toBe("2015-10-25T00:30:00.000Z");
    expect(toCopenhagen(new Date("2015-10-25T01:30:00Z"))).toMatchObject({ hour: 2, minute: 30 });
  });
});
