/** Answer composition: the exact sentences, the card's shape and colours, stale copies, years without targets. */
import { describe, expect, it } from "vitest";
import {
  type AdaptiveCard,
  answerQuestion,
  bundledAgreement,
  composeAnswer,
  countStatus,
  crimeIndicator,
  formatNumber,
  fromCopenhagen,
  type IntentKind,
  intentKinds,
  type Understanding,
} from "../../shared/index";
import { expectValidCard } from "./card-shape";
import { amager, context, tracker } from "./fixtures";

type Element = Record<string, unknown>;

function elements(card: AdaptiveCard | undefined, type: string): Element[] {
  return (card?.body ?? []).filter((e) => e.type === type);
}

function cellText(cell: unknown): { text: string; color?: string } {
  const item = ((cell as Element).items as Element[])[0] as Element;
  return { text: String(item.text), ...(item.color ? { color: String(item.color) } : {}) };
}

describe("the issue's example answers", () => {
  it("says the Danish sentence exactly, with a FactSet of the figures", () => {
    const a = answerQuestion("Hvordan går det med indbrud i forhold til målet for 2015?", context());
    expect(a.text).toBe("Indbrud 2015: 58 anmeldelser mod måltallet på højst 62 (−20 % fra 77 i 2012). Måltallet er nået: 4 under.");
    expectValidCard(a.card);
    const facts = (elements(a.card, "FactSet")[0]?.facts ?? []) as Array<{ title: string; value: string }>;
    expect(Object.fromEntries(facts.map((f) => [f.title, f.value]))).toEqual({
      Anmeldelser: "58",
      Måltal: "højst 62 (−20 % fra 77 i 2012)",
      Afvigelse: "−4 (−6,5 %)",
      Status: "Nået",
      Baseline: "77 (2012)",
      "Ændring siden baseline": "−19 (−25 %)",
    });
    expect(elements(a.card, "TextBlock").some((b) => b.color === "Good")).toBe(true);
  });

  it("says the English sentence exactly", () => {
    const a = answerQuestion("How are burglaries doing against the 2015 target?", context());
    expect(a.text).toBe("Burglary 2015: 58 reports against the target of at most 62 (−20% from 77 in 2012). Target met: 4 under.");
    expect(a.card?.lang).toBe("en");
  });

  it("answers in the language the context asks for, whatever the question's", () => {
    const a = answerQuestion("How are burglaries doing against the 2015 target?", context({ lang: "da" }));
    expect(a.lang).toBe("da");
    expect(a.text).toContain("Indbrud 2015: 58 anmeldelser");
    const b = answerQuestion("Hvordan går det med indbrud i 2015?", context({ lang: "en" }));
    expect(b.text).toContain("Burglary 2015: 58 reports");
  });
});

describe("status words and colours", () => {
  it("colours a missed target Attention, a near miss Warning and a met one Good in the overview table", () => {
    const a = answerQuestion("Hvordan går det i 2013?", context());
    expectValidCard(a.card);
    const rows = (elements(a.card, "Table")[0]?.rows ?? []) as Element[];
    const byName = new Map(rows.slice(1).map((r) => [cellText((r.cells as unknown[])[0]).text, (r.cells as unknown[]).map(cellText)]));
    // 2013: Narkotika 50 against 47 is +6.4 % (red), Indbrud 70 against 69 is +1.4 % (amber), Tyverier 215 against 220 (green).
    expect(byName.get("Narkotika")?.[4]).toEqual({ text: "Ikke nået", color: "Attention" });
    expect(byName.get("Indbrud")?.[4]).toEqual({ text: "Tæt på", color: "Warning" });
    expect(byName.get("Tyverier")?.[4]).toEqual({ text: "Nået", color: "Good" });
    expect(
      byName
        .get("Indbrud")
        ?.slice(1, 4)
        .map((c) => c.text),
    ).toEqual(["70", "69", "+1"]);
  });

  it("uses the English words Met, Close, Missed and No figure", () => {
    const a = answerQuestion("overview 2015", context());
    expect(a.text).toContain("Violence/threats: 63 against at most 58 – Missed (+5)");
    expect(a.text).toContain("Drugs: no figure (target at most 42)");
    const b = answerQuestion("overview 2014", context());
    expect(b.text).toContain("Theft: 210 against at most 207 – Close (+3)");
    expect(b.text).toContain("Vandalism: 61 against at most 60 – Close (+1)");
  });

  it("shows a year without a figure as Intet tal in the table", () => {
    const a = answerQuestion("Hvordan går det i 2015?", context());
    const rows = (elements(a.card, "Table")[0]?.rows ?? []) as Element[];
    const drugs = rows.map((r) => (r.cells as unknown[]).map(cellText)).find((cells) => cells[0]?.text === "Narkotika");
    expect(drugs?.[4]?.text).toBe("Intet tal");
  });
});

describe("years without a figure or without a target", () => {
  it("says when the asked year has no figure yet and gives the latest year's figure against that year's target", () => {
    const ind = crimeIndicator(amager, "narkotika");
    if (!ind) throw new Error("no indicator");
    const { latest } = countStatus(ind, tracker.crime.get("narkotika") ?? new Map(), 2015);
    const a = answerQuestion("narkotika 2015", context());
    expect(a.text).toContain("Der er endnu intet tal for narkotika i 2015 (måltallet er højst 42).");
    expect(a.text).toContain(
      `Seneste tal: Narkotika ${latest?.year}: ${latest?.actual} anmeldelser mod måltallet på højst ${latest?.target}`,
    );
  });

  it("says plainly that a year after the agreement has no targets and offers the last year with targets", () => {
    const now = fromCopenhagen({ year: 2026, month: 3, day: 2, hour: 9, minute: 0 });
    const a = answerQuestion("Hvordan går det med indbrud i år?", context({ now }));
    expect(a.text).toContain(
      "Aftalen har ingen måltal for 2026 (i år): den løb til og med 31. december 2016. Det sidste år med måltal er 2016:",
    );
    expect(a.text).toContain("Der er endnu intet tal for indbrud i 2016 (måltallet er højst 58).");
    expect(a.text).toContain("Indbrud 2015: 58 anmeldelser");
    const en = answerQuestion("How are we doing this year?", context({ now }));
    expect(en.text).toContain(
      "The agreement has no targets for 2026 (this year): it ran until 31 December 2016. The last year with targets is 2016:",
    );
  });

  it("names the first year with targets for a year before them", () => {
    const a = answerQuestion("What is the 2010 target for theft?", context());
    expect(a.text).toContain("The agreement has no targets for 2010");
    expect(a.text).toContain(
      "The first year with targets is 2013:\nThe 2013 target for theft is at most 220 reports (−10% from 244 in 2012).",
    );
  });
});

describe("a stale tracker copy", () => {
  const staleSince = fromCopenhagen({ year: 2015, month: 9, day: 14, hour: 8, minute: 30 });

  it("adds a line with the time the last good copy was read to every answer with figures", () => {
    for (const q of ["indbrud 2015", "Hvordan går det i 2015?", "næste møde", "budget", "ssp", "hærværk over årene"]) {
      const a = answerQuestion(q, context({ staleSince }));
      expect(a.text, q).toContain("Bemærk: tallene er fra den seneste gode kopi af trackeren, læst 14. september 2015 kl. 8.30.");
      expect(
        elements(a.card, "TextBlock").some((b) => String(b.text).includes("14. september 2015 kl. 8.30")),
        q,
      ).toBe(true);
    }
    const en = answerQuestion("burglary 2015", context({ staleSince }));
    expect(en.text).toContain("Note: the figures are from the last good copy of the tracker, read 14 September 2015 at 08:30.");
  });

  it("leaves it out where no figures are shown", () => {
    for (const q of ["hjælp", "Hvem er parterne?", "fisk og chips"])
      expect(answerQuestion(q, context({ staleSince })).text).not.toContain("Bemærk");
  });
});

describe("other answers", () => {
  it("gives the next steering group meeting in Danish date form", () => {
    const a = answerQuestion("Hvornår er næste styregruppemøde?", context());
    expect(a.text).toBe(
      "Næste styregruppemøde: tirsdag den 6. oktober 2015 kl. 9.00–11.00. Sted: Københavns Rådhus, værelse 52. Emne: Status på tryghedsplanen.",
    );
  });

  it("does not count a meeting that started earlier today as the next one", () => {
    const now = fromCopenhagen({ year: 2015, month: 9, day: 22, hour: 14, minute: 1 });
    const a = answerQuestion("next working group meeting", context({ now }));
    // A range reads "Tuesday 17 November 2015, 14:00–16:00": no "at" before it.
    expect(a.text).toContain("Tuesday 17 November 2015, 14:00–16:00.");
  });

  it("says so when nothing is planned", () => {
    const now = fromCopenhagen({ year: 2016, month: 1, day: 1, hour: 0, minute: 0 });
    expect(answerQuestion("næste møde", context({ now })).text).toBe("Der er intet planlagt møde fra nu af i trackeren.");
  });

  it("counts meetings against the cadence with a table of one row per group", () => {
    const a = answerQuestion("How many meetings this year?", context());
    expect(a.text).toContain("Steering group: 1 held, 1 planned (agreement: at least 2 times a year) – the minimum can be reached.");
    expect(a.text).toContain("Working group: 4 held, 2 planned (agreement: 6 to 8 times a year) – the minimum can be reached.");
    const da = answerQuestion("Hvor mange møder har vi holdt i år?", context());
    expect(da.text).toContain("Styregruppen: 1 afholdt, 1 planlagt (aftalen: mindst 2 gange årligt) – minimum kan nås.");
    expect(da.text).toContain("Arbejdsgruppen: 4 afholdt, 2 planlagt (aftalen: 6–8 gange årligt) – minimum kan nås.");
    expectValidCard(a.card);
    expect((elements(a.card, "Table")[0]?.rows as unknown[] | undefined)?.length).toBe(3);
  });

  it("says the minimum is reached once it is, not that it can be reached", () => {
    const extra = { date: "2015-06-02", start: "09:00", group: "steering", status: "held" } as const;
    const withTwo = { ...tracker, meetings: [...tracker.meetings, extra] };
    const da = answerQuestion("Hvor mange møder har vi holdt i år?", context({ tracker: withTwo }));
    expect(da.text).toContain("Styregruppen: 2 afholdt, 1 planlagt (aftalen: mindst 2 gange årligt) – minimum er nået.");
    expect(da.text).toContain("Arbejdsgruppen: 4 afholdt, 2 planlagt (aftalen: 6–8 gange årligt) – minimum kan nås.");
    const en = answerQuestion("How many meetings this year?", context({ tracker: withTwo }));
    expect(en.text).toContain("Steering group: 2 held, 1 planned (agreement: at least 2 times a year) – the minimum is reached.");
  });

  it("gives the budget per year with allocated, spent and remaining in kroner", () => {
    const a = answerQuestion("Hvad er budgettet?", context());
    expect(a.text).toContain("2015: bevilget 1.500.000 kr., forbrugt 1.100.000 kr., tilbage 400.000 kr.");
    // The yearly amounts add up; the secretariat's "0,3 mio. kr. … i perioden 2013 til 2016" is quoted, never added.
    expect(a.text).toContain(`I alt ifølge aftalen, 2014–2016: ${formatNumber(3_750_000, "da")} kr.`);
    expect(a.text).toContain(
      "»Hertil kommer 0,3 mio. kr., svarende til et halvt årsværk til sekretariatsbetjening af Partnerskabet i perioden 2013 til 2016.«",
    );
    expect(a.text).not.toContain(formatNumber(4_050_000, "da"));
    expect(a.text).not.toContain("300.000");
    expectValidCard(a.card);
  });

  it("says so wherever an answer uses one of Tingbjerg-Husum's illustrative facts, and never for Amager's own", () => {
    const tingbjerg = bundledAgreement("tingbjerg-husum");
    if (!tingbjerg) throw new Error("missing agreement");
    const ask = (q: string, agreement = tingbjerg) =>
      answerQuestion(q, context({ agreement, tracker: { ...tracker, crime: new Map() } })).text;
    // Baselines and targets.
    for (const q of [
      "Hvad er målet for indbrud i 2015?",
      "Hvordan går det med indbrud?",
      "Hvordan går det i 2015?",
      "Hvordan har indbrud udviklet sig?",
    ])
      expect(ask(q), q).toContain("Bemærk: baseline og måltal for Tingbjerg-Husum Partnerskab er illustrative, ikke aftalens egne.");
    expect(ask("How is burglary doing?")).toContain("Note: the baselines and targets for Tingbjerg-Husum Partnership are illustrative");
    // The start date, the area's wording, the cadence and the status report's month.
    const facts = ask("Fortæl om aftalen");
    expect(facts).toContain("Periode: 1. januar 2013 (illustrativ) til og med 31. december 2016");
    expect(facts).toContain("Den del af Husum, der omfatter Voldparken og Gadelandet (illustrativ).");
    expect(facts).toContain("Styregruppe: mødes mindst 2 gange årligt (illustrativ)");
    expect(facts).toContain("Statusrapport: hvert år i maj (illustrativ)");
    expect(ask("Hvor mange møder har vi holdt i år?")).toContain("(aftalen: mindst 2 gange årligt (illustrativ))");
    // Amager's facts are its own: nothing is marked.
    for (const q of ["Fortæl om aftalen", "Hvad er målet for indbrud i 2015?", "Hvor mange møder har vi holdt i år?"])
      expect(ask(q, amager), q).not.toMatch(/illustrativ/);
  });

  it("answers for another agreement with its own categories", () => {
    const tingbjerg = bundledAgreement("tingbjerg-husum");
    if (!tingbjerg) throw new Error("missing agreement");
    const a = answerQuestion("Hvem er parterne?", context({ agreement: tingbjerg }));
    expect(a.text).toContain("fsb");
  });
});

describe("every intent, and faults that are not hidden", () => {
  const kinds: readonly IntentKind[] = intentKinds;

  it("composes every intent for both languages with a valid card, even without entities", () => {
    for (const intent of kinds) {
      for (const lang of ["da", "en"] as const) {
        const a = composeAnswer({ intent, lang }, context());
        expect(a.intent).toBe(intent);
        expect(a.text.length, intent).toBeGreaterThan(0);
        expectValidCard(a.card);
      }
    }
  });

  it("answers an unknown category id with text that names it", () => {
    expect(composeAnswer({ intent: "category-status", lang: "da", category: "ukendt" }, context()).text).toContain("ukendt");
  });

  it("throws a fault instead of passing it off as help: a broken tracker, an intent the registry lacks", () => {
    // shared/ does not swallow errors; the faces' boundaries catch, log and apologise (tests/bot/fault-boundary.test.ts).
    const broken = { ...tracker, crime: undefined, meetings: undefined } as unknown as typeof tracker;
    expect(() =>
      composeAnswer({ intent: "category-status", lang: "en", category: "indbrud", year: 2015 }, context({ tracker: broken })),
    ).toThrow(TypeError);
    expect(() => composeAnswer({ intent: "no-such-intent", lang: "da" } as unknown as Understanding, context())).toThrow(
      '"no-such-intent" is not an intent in shared/intents/registry.ts',
    );
    expect(() => composeAnswer({ intent: "constructor", lang: "da" } as unknown as Understanding, context())).toThrow(/not an intent/);
  });
});

describe("one message, not the same facts twice", () => {
  it("opens every card with the short answer, which is the answer's summary", () => {
    for (const q of [
      "indbrud 2015",
      "Hvordan går det i 2015?",
      "næste møde",
      "Hvad er budgettet?",
      "Sammenlign indbrud og hærværk",
      "sidste møde",
    ]) {
      const a = answerQuestion(q, context());
      expect(a.card?.body[0]?.text, q).toBe(a.summary);
      expect(a.textOnly, q).toBe(false);
      // The short answer is not repeated below it.
      expect(
        a.card?.body.slice(1).some((b) => b.text === a.summary),
        q,
      ).toBe(false);
    }
    const status = answerQuestion("Hvordan går det med indbrud i forhold til målet for 2015?", context());
    expect(status.summary).toBe(
      "Indbrud 2015: 58 anmeldelser mod måltallet på højst 62 (−20 % fra 77 i 2012). Måltallet er nået: 4 under.",
    );
    const meeting = answerQuestion("Hvornår er næste styregruppemøde?", context());
    expect(meeting.summary).toBe("Næste styregruppemøde: tirsdag den 6. oktober 2015 kl. 9.00–11.00.");
    expect(meeting.text).toContain("Sted: Københavns Rådhus, værelse 52.");
  });

  it("sends a plain sentence as text alone", () => {
    for (const q of ["tak", "x".repeat(2_100)]) expect(answerQuestion(q, context()).textOnly, q.slice(0, 10)).toBe(true);
  });
});

describe("never another question's answer", () => {
  const unsure = [
    "Hvordan går det med parkeringen?",
    "Hvordan går det efter 2016?",
    "SSP-aktiveringer i marts 2015",
    "Hvad er der til frokost i kantinen?",
    "SSP i 2014 og 2015",
    "How is the parking doing?",
    "What is the budget for 2014 and 2015?",
    "burglary target after 2016",
    "burglary target in March 2015",
    "hej, hvordan går det med kantinen?",
  ];

  it("says what it understood and offers two or three questions as buttons, with no figures", () => {
    for (const q of unsure) {
      const a = answerQuestion(q, context());
      expect(a.intent, q).toBe("unsure");
      expectValidCard(a.card);
      expect(a.suggestions.length, q).toBeGreaterThanOrEqual(2);
      expect(a.card?.actions?.length, q).toBe(a.suggestions.length);
      // Only years (of the question or the agreement's period) as numbers: no counts, targets or kroner.
      const words = (a.card?.body ?? []).map((b) => String(b.text)).join(" ");
      for (const number of words.match(/\d+(?:[.,]\d+)*/g) ?? [])
        expect(["2013", "2014", "2015", "2016"], `${q}: ${number}`).toContain(number);
      for (const line of a.text.split("\n").slice(1)) expect(line, q).toMatch(/^- /);
    }
  });

  it("names the word it does not know and what it can answer", () => {
    expect(answerQuestion("Hvordan går det med parkeringen?", context()).summary).toBe(
      "Jeg ved ikke noget om »parkeringen« i partnerskabet, så det kan jeg ikke svare på. Jeg kan svare på anmeldelser mod måltallene (også året indtil nu, sammenligninger og rangeringer), møder, tryghedsplanens aktiviteter, målsætningerne, aftalen og organisationen, SSP, tryghedsindekset og tryghedsundersøgelsen, økonomien og statusrapporten. Prøv fx:",
    );
    expect(answerQuestion("How is the parking doing?", context()).summary).toMatch(/^I know nothing about "parking" in the partnership/);
  });

  it("can answer each thing it says it can answer", () => {
    // One question per subject the unsure reply names, in its words: none may be unsure or unknown.
    const named = [
      "Hvordan går det med anmeldelserne mod måltallene?",
      "Hvordan går det med indbrud indtil nu i år?",
      "Sammenlign indbrud og tyverier",
      "Hvilken gerningstype går det bedst med?",
      "Hvornår er næste møde?",
      "Hvilke aktiviteter er der i tryghedsplanen?",
      "Hvad er målsætningerne?",
      "Fortæl om aftalen",
      "Hvordan er organisationen?",
      "Hvordan går det med SSP?",
      "Hvad siger tryghedsindekset?",
      "Hvad siger tryghedsundersøgelsen?",
      "Hvordan ser økonomien ud?",
      "Er vi klar til statusrapporten?",
      "the objectives",
      "the safety survey",
      "the status report",
    ];
    for (const q of named) expect(["unsure", "unknown", "help"], q).not.toContain(answerQuestion(q, context()).intent);
  });

  it("offers one question per year when it answers one year at a time", () => {
    const a = answerQuestion("SSP i 2014 og 2015", context());
    expect(a.summary).toBe("Jeg forstod spørgsmålet for 2014 og 2015, men det kan jeg kun svare på for ét år ad gangen. Vælg et år:");
    expect(a.suggestions).toEqual([
      { title: "2014", question: "Hvor mange SSP-aktiveringer var der i 2014?" },
      { title: "2015", question: "Hvor mange SSP-aktiveringer var der i 2015?" },
    ]);
  });

  it("never answers a month with its whole year's figure: says so, and offers the year", () => {
    // SSP activations are counted per year only.
    const a = answerQuestion("SSP-aktiveringer i marts 2015", context());
    expect(a.intent).toBe("unsure");
    expect(a.summary).toBe("Jeg forstod »marts 2015«, men det spørgsmål svarer jeg kun på for hele år, ikke for en enkelt måned. Prøv fx:");
    expect(a.text).not.toMatch(/\b4\b/);
    expect(a.suggestions[0]).toEqual({
      title: "Hvor mange SSP-aktiveringer var der i 2015?",
      question: "Hvor mange SSP-aktiveringer var der i 2015?",
    });
    const en = answerQuestion("SSP activations on 17 March 2015", context());
    expect(en.summary).toBe(
      'I understood "17 March 2015", but I only answer that question for whole years, not for a single day. Try for example:',
    );
    // A category's month is the tracker's monthly figure; without one (the fixture has none) it
    // says so, and gives the whole year as the whole year.
    const month = answerQuestion("indbrud i marts 2015", context());
    expect(month.intent).toBe("category-month");
    expect(month.summary).toBe("Indbrud i marts 2015: intet tal.");
    expect(month.text).toContain("kun hele året: 58 anmeldelser");
    // A meeting's month is still a meeting's month.
    expect(answerQuestion("møder i marts 2015", context()).intent).toBe("meeting-on-date");
  });

  it("answers small talk briefly, never with the whole help", () => {
    const help = composeAnswer({ intent: "help", lang: "da" }, context()).text;
    for (const [q, expected] of [
      ["tak", "Selv tak! Spørg bare igen, når du vil vide mere."],
      ["Tusind tak for hjælpen!", "Selv tak! Spørg bare igen, når du vil vide mere."],
      ["thanks", "You're welcome! Just ask again whenever you want to know more."],
      ["hej", "Hej! Spørg mig om partnerskabets tal, møder og aktiviteter, eller skriv »hjælp« for flere eksempler."],
      ["godmorgen", "Hej! Spørg mig om partnerskabets tal, møder og aktiviteter, eller skriv »hjælp« for flere eksempler."],
      ["Good morning", 'Hello! Ask me about the partnership\'s figures, meetings and activities, or type "help" for more examples.'],
    ] as const) {
      const a = answerQuestion(q, context());
      expect(a.text, q).toBe(expected);
      expect(a.text, q).not.toBe(help);
    }
    expect(answerQuestion("hej", context()).suggestions.map((s) => s.title)).toEqual(["Overblik i år", "Næste møde", "Aktiviteterne"]);
  });
});
