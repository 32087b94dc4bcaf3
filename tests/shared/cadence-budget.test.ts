import { describe, expect, it } from "vitest";
import { allocationForYear, budgetSummary, bundledAgreement, cadenceForYear, type Meeting } from "../../shared/index";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager missing");

function m(date: string, group: Meeting["group"], status: Meeting["status"]): Meeting {
  return { date, start: "09:00", group, status };
}

describe("meeting cadence", () => {
  const meetings: Meeting[] = [
    m("2015-02-10", "steering", "held"),
    m("2015-01-15", "working", "held"),
    m("2015-03-12", "working", "held"),
    m("2015-05-07", "working", "cancelled"),
    m("2015-06-04", "working", "planned"), // past, not updated
    m("2015-09-10", "working", "planned"),
    m("2015-11-05", "working", "planned"),
    m("2014-11-05", "working", "held"), // another year
  ];

  it("counts held, planned ahead, planned past and cancelled per group", () => {
    const [steering, working] = cadenceForYear(amager, meetings, 2015, "2015-08-01");
    expect(steering).toMatchObject({ group: "steering", held: 1, plannedAhead: 0, min: 2, canReachMin: false, overMax: false });
    expect(working).toMatchObject({ group: "working", held: 2, plannedAhead: 2, plannedPast: 1, cancelled: 1, min: 6, max: 8 });
    expect(working?.canReachMin).toBe(false); // 2 held + 2 ahead < 6
    expect(working?.finished).toBe(false);
  });

  it("reaches the minimum when enough are planned, and flags more than the maximum", () => {
    const many = Array.from({ length: 9 }, (_, i) => m(`2015-${String(i + 2).padStart(2, "0")}-01`, "working", i < 2 ? "held" : "planned"));
    const [, working] = cadenceForYear(amager, many, 2015, "2015-02-15");
    expect(working).toMatchObject({ held: 2, canReachMin: true, overMax: true });
    const [, eight] = cadenceForYear(amager, many.slice(0, 8), 2015, "2015-02-15");
    expect(eight?.overMax).toBe(false);
  });

  it("knows when the year is over", () => {
    const [steering] = cadenceForYear(amager, meetings, 2015, "2016-01-01");
    expect(steering?.finished).toBe(true);
  });
});

describe("budget", () => {
  it("Amager: 750.000 kr. in 2014, 1,5 mio. in 2015 and 2016 (3.750.000 in all), and the secretariat's 0,3 mio. beside them, never summed", () => {
    const s = budgetSummary(amager);
    expect(s.byYear.map((y) => [y.year, y.amountKr])).toEqual([
      [2014, 750_000],
      [2015, 1_500_000],
      [2016, 1_500_000],
    ]);
    expect(s.spanning.map((l) => [l.fromYear, l.toYear, l.amountKr])).toEqual([[2013, 2016, 300_000]]);
    // "0,3 mio. kr. … i perioden 2013 til 2016": per year or in all is not said, so it is in no total.
    expect(s.totalKr).toBe(3_750_000);
    expect(s.spanning[0]?.wording?.da).toBe(
      "Hertil kommer 0,3 mio. kr., svarende til et halvt årsværk til sekretariatsbetjening af Partnerskabet i perioden 2013 til 2016.",
    );
    expect(allocationForYear(amager, 2015)).toBe(1_500_000);
    expect(allocationForYear(amager, 2013)).toBe(0);
  });
});
