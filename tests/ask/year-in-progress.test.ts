/**
 * Answers while a year is in progress, from the sample tracker's data (examples/amager-tracker.data.ts)
 * at the demo clock, 1 September 2016: a category's year to date and projection (the issue's
 * sentence, word for word), the year overview, "indtil nu" / "so far" questions, the card, and
 * how the projection was made – in Danish and English.
 */
import { describe, expect, it } from "vitest";
import * as sample from "../../examples/amager-tracker.data";
import {
  type AdaptiveCard,
  type AnswerContext,
  answerQuestion,
  emptyTrackerData,
  findCategory,
  fromCopenhagen,
  type TrackerData,
} from "../../shared/index";
import { expectValidCard } from "./card-shape";
import { amager } from "./fixtures";

const DEMO = fromCopenhagen({ year: 2016, month: 9, day: 1, hour: 10, minute: 0 });

function idOf(name: string): string {
  const c = findCategory(amager, name);
  if (!c) throw new Error(`no category ${name}`);
  return c.id;
}

/** The sample tracker's yearly and monthly figures, as readTracker would give them. */
function sampleTracker(keepMonths: (name: string, year: number) => boolean = () => true): TrackerData {
  const crime = new Map<string, Map<number, number | null>>();
  for (const [name, ...values] of sample.crime) {
    crime.set(idOf(name), new Map(values.map((v, i) => [sample.crimeYears[i] ?? 0, v ?? null])));
  }
  const crimeByMonth = new Map<string, Map<number, number[]>>();
  for (const [name, year, ...months] of sample.crimeByMonth) {
    if (!keepMonths(name, year)) continue;
    const id = idOf(name);
    const byYear = crimeByMonth.get(id) ?? new Map<number, number[]>();
    byYear.set(year, months);
    crimeByMonth.set(id, byYear);
  }
  return { ...emptyTrackerData(), crime, crimeByMonth };
}

const context = (overrides: Partial<AnswerContext> = {}): AnswerContext => ({
  agreement: amager,
  tracker: sampleTracker(),
  now: DEMO,
  ...overrides,
});

type Element = Record<string, unknown>;
const blocks = (card: AdaptiveCard | undefined, type: string): Element[] => (card?.body ?? []).filter((e) => e.type === type);
const facts = (card: AdaptiveCard | undefined) =>
  Object.fromEntries(((blocks(card, "FactSet")[0]?.facts ?? []) as Array<{ title: string; value: string }>).map((f) => [f.title, f.value]));

describe("a category's year in progress", () => {
  it("says the issue's Danish sentence word for word, and how it was projected", () => {
    const a = answerQuestion("Hvordan går det med indbrud i år?", context());
    expect(a.intent).toBe("category-status");
    expect(a.text).toBe(
      "Indbrud 2016 til og med august: 29 anmeldelser. Fremskrevet til hele året: 49 mod måltallet på højst 58 – på vej til at nå det.\n" +
        "Tallet er fremskrevet efter sæsonmønsteret i 2013–2015.",
    );
  });

  it("says it in English", () => {
    const a = answerQuestion("How are burglaries doing this year?", context());
    expect(a.text).toBe(
      "Burglary 2016 through August: 29 reports. Projected for the whole year: 49 against the target of at most 58 – on course to meet it.\n" +
        "The figure is projected from the seasonal pattern of 2013–2015.",
    );
  });

  it("carries a card with the year to date, the projection, the target, the projected status and the method", () => {
    const a = answerQuestion("Hvordan går det med indbrud i 2016?", context());
    expectValidCard(a.card);
    // One message: the card opens with the short answer (year to date, projection) in the projection's colour.
    expect(blocks(a.card, "TextBlock")[0]).toMatchObject({
      text: "Indbrud 2016 til og med august: 29 anmeldelser. Fremskrevet til hele året: 49 mod måltallet på højst 58 – på vej til at nå det.",
      weight: "Bolder",
      color: "Good",
    });
    expect(facts(a.card)).toEqual({
      "Anmeldelser til dato": "29 (januar–august)",
      Fremskrevet: "49 anmeldelser",
      Måltal: "højst 58 (−25 % fra 77 i 2012)",
      Afvigelse: "−9 (−15,5 %)",
      Status: "Nået (fremskrevet)",
      Fremskrivning: "Efter sæsonmønsteret i 2013–2015",
      Baseline: "77 (2012)",
    });
    const en = answerQuestion("burglary 2016", context());
    expect(facts(en.card)).toMatchObject({
      "Reports to date": "29 (January–August)",
      Status: "Met (projected)",
      Projection: "From the seasonal pattern of 2013–2015",
    });
  });

  it("says when a category is heading over its target, close (amber) or not (red), with the card's colour", () => {
    const amber = answerQuestion("tyverier 2016", context());
    expect(amber.text.split("\n")[0]).toBe(
      "Tyverier 2016 til og med august: 128 anmeldelser. Fremskrevet til hele året: 189 mod måltallet på højst 183 – tæt på, men på vej til at ende 6 over.",
    );
    expect(blocks(amber.card, "TextBlock")[0]?.color).toBe("Warning");
    const red = answerQuestion("violence 2016", context());
    expect(red.text.split("\n")[0]).toBe(
      "Violence/threats 2016 through August: 42 reports. Projected for the whole year: 63 against the target of at most 55 – on course to miss it: 8 over.",
    );
    expect(blocks(red.card, "TextBlock")[0]?.color).toBe("Attention");
  });

  it("runs at the same pace when no earlier year has all 12 months, and says so", () => {
    const ctx = context({ tracker: sampleTracker((_, year) => year === 2016) });
    // 29 in 8 months: 29 × 12 ÷ 8 = 43,5 → 44.
    const a = answerQuestion("Hvordan går det med indbrud i år?", ctx);
    expect(a.text).toBe(
      "Indbrud 2016 til og med august: 29 anmeldelser. Fremskrevet til hele året: 44 mod måltallet på højst 58 – på vej til at nå det.\n" +
        "Tallet er fremskrevet med samme tempo resten af året.",
    );
    expect(answerQuestion("burglary this year", ctx).text).toContain("The figure is projected at the same pace for the rest of the year.");
    // Only 2014 complete: "i 2014".
    const one = context({ tracker: sampleTracker((_, year) => year === 2014 || year === 2016) });
    expect(answerQuestion("indbrud i år", one).text).toContain("Tallet er fremskrevet efter sæsonmønsteret i 2014.");
  });

  it("answers 'indtil nu' and 'so far' questions with the year to date", () => {
    expect(answerQuestion("Hvor mange indbrud har vi haft indtil nu?", context()).text).toContain(
      "Indbrud 2016 til og med august: 29 anmeldelser.",
    );
    expect(answerQuestion("How many thefts so far?", context()).text).toContain("Theft 2016 through August: 128 reports.");
    expect(answerQuestion("indtil videre?", context()).text).toMatch(/^Overblik 2016 til og med august/);
  });

  it("answers a finished year as before, and counts 12 reported months as the year's figure", () => {
    expect(answerQuestion("indbrud 2015", context()).text).toBe(
      "Indbrud 2015: 58 anmeldelser mod måltallet på højst 62 (−20 % fra 77 i 2012). Måltallet er nået: 4 under.",
    );
    // Without Kriminalitet's 2015 column, 2015's twelve months (58) are the year's figure.
    const tracker = sampleTracker();
    for (const figures of tracker.crime.values()) (figures as Map<number, number | null>).delete(2015);
    expect(answerQuestion("indbrud 2015", context({ tracker })).text).toBe(
      "Indbrud 2015: 58 anmeldelser mod måltallet på højst 62 (−20 % fra 77 i 2012). Måltallet er nået: 4 under.",
    );
  });

  it("says when the figures come from a stale copy", () => {
    const staleSince = fromCopenhagen({ year: 2016, month: 8, day: 31, hour: 8, minute: 30 });
    expect(answerQuestion("indbrud i år", context({ staleSince })).text).toContain("læst 31. august 2016 kl. 8.30");
  });
});

describe("the year overview while the year is in progress", () => {
  it("lists each category's year to date, projection and verdict, and how they were projected (Danish)", () => {
    const a = answerQuestion("Hvordan går det i år?", context());
    expect(a.intent).toBe("year-overview");
    expect(a.text).toBe(
      [
        "Overblik 2016 til og med august (anmeldelser mod måltal, fremskrevet til hele året): 3 af 6 gerningstyper ser ud til at nå måltallet.",
        "Indbrud: 29 indtil nu, fremskrevet 49 mod højst 58 (−9) – på vej til at nå det",
        "Tyverier: 128 indtil nu, fremskrevet 189 mod højst 183 (+6) – tæt på, men på vej til at ende over",
        "Vold/Trusler: 42 indtil nu, fremskrevet 63 mod højst 55 (+8) – på vej til ikke at nå det",
        "Hærværk: 33 indtil nu, fremskrevet 50 mod højst 53 (−3) – på vej til at nå det",
        "Narkotika: 26 indtil nu, fremskrevet 40 mod højst 39 (+1) – tæt på, men på vej til at ende over",
        "Chikane: 34 indtil nu, fremskrevet 52 mod højst 54 (−2) – på vej til at nå det",
        "Tallene er fremskrevet efter sæsonmønsteret i 2013–2015.",
      ].join("\n"),
    );
  });

  it("says it in English, with a table of year to date, projection, target, deviation and colour", () => {
    const a = answerQuestion("How are we doing so far this year?", context());
    expect(a.text.split("\n")[0]).toBe(
      "Overview 2016 through August (reports against targets, projected for the whole year): 3 of 6 categories look set to meet the target.",
    );
    expect(a.text).toContain("Theft: 128 so far, projected 189 against at most 183 (+6) – close, but on course to end over");
    expect(a.text.split("\n").at(-1)).toBe("The figures are projected from the seasonal pattern of 2013–2015.");
    expectValidCard(a.card);
    const rows = (blocks(a.card, "Table")[0]?.rows ?? []) as Array<{ cells: Array<{ items: Array<{ text: string; color?: string }> }> }>;
    const row = (i: number) => rows[i]?.cells.map((c) => c.items[0]?.text);
    expect(row(0)).toEqual(["Category", "To date", "Projected", "Target", "Deviation", "Status"]);
    expect(row(1)).toEqual(["Burglary", "29", "49", "58", "−9", "Met"]);
    expect(row(3)).toEqual(["Violence/threats", "42", "63", "55", "+8", "Missed"]);
    expect(rows[2]?.cells[5]?.items[0]?.color).toBe("Warning");
  });

  it("names each way of projecting when the categories differ, and the month where one is behind", () => {
    // Indbrud without its earlier months (run rate), Chikane reported only to July.
    const tracker = sampleTracker((name, year) => name !== "Indbrud" || year === 2016);
    const chikane = tracker.crimeByMonth.get("chikane") as Map<number, number[]>;
    chikane.set(2016, (chikane.get(2016) ?? []).slice(0, 7));
    const a = answerQuestion("Hvordan går det i år?", context({ tracker }));
    // Chikane January–July: 30; in 2013–2015 37 + 34 + 32 = 103 of 181, so 30 × 181 ÷ 103 = 52,7 → 53.
    expect(a.text).toContain("Chikane: 30 til og med juli, fremskrevet 53 mod højst 54 (−1) – på vej til at nå det");
    expect(a.text).toContain("Indbrud: 29 indtil nu, fremskrevet 44 mod højst 58 (−14)");
    expect(a.text.split("\n").at(-1)).toBe(
      "Fremskrevet med samme tempo resten af året: Indbrud; efter sæsonmønsteret i 2013–2015: Tyverier, Vold/Trusler, Hærværk, Narkotika og Chikane.",
    );
  });

  it("asked for the total, sums the year to date and the projections, and sets it no target", () => {
    // The lines above: 29 + 128 + 42 + 33 + 26 + 34 = 292 to date; 49 + 189 + 63 + 50 + 40 + 52 = 443 projected.
    const a = answerQuestion("Hvor mange anmeldelser er der i alt i år?", context());
    expect(a.intent).toBe("year-overview");
    expect(a.summary).toBe(
      "I alt til og med august: 292 anmeldelser i de 6 gerningstyper, fremskrevet til hele året 443. Aftalen har intet måltal for summen.",
    );
    expect(a.text).toContain("Indbrud: 29 indtil nu, fremskrevet 49 mod højst 58 (−9)");
    expect(answerQuestion("How many reports in total so far this year?", context()).summary).toBe(
      "In total through August: 292 reports across the 6 categories, projected for the whole year 443. The agreement sets no target for the sum.",
    );
  });

  it("gives no total of unlike figures: one category reported only to July", () => {
    const tracker = sampleTracker();
    const chikane = tracker.crimeByMonth.get("chikane") as Map<number, number[]>;
    chikane.set(2016, (chikane.get(2016) ?? []).slice(0, 7));
    const a = answerQuestion("Hvor mange anmeldelser er der i alt i år?", context({ tracker }));
    expect(a.summary).toBe(
      "Et samlet tal for 2016 giver jeg, når alle gerningstyper har tal til og med samme måned; her er de hver for sig.",
    );
    expect(a.text).not.toMatch(/I alt \d/);
  });
});
