/**
 * What the bot says about the agreement itself: its objectives, its organisation and signatories,
 * what happens after it, SSP against the baseline (never met or missed), and safety after the
 * index stopped (the survey's share of residents who feel unsafe, with its direction only).
 */
import { describe, expect, it } from "vitest";
import { type AdaptiveCard, answerQuestion, fromCopenhagen } from "../../shared/index";
import { amager, context, tracker } from "./fixtures";

const ask = (q: string, over: Parameters<typeof context>[0] = {}) => answerQuestion(q, context(over));
const cardText = (card: AdaptiveCard | undefined) => JSON.stringify(card?.body ?? []);

describe("the objectives (målsætninger)", () => {
  it("gives the three in the agreement's words, how each is measured, and the target figures the third refers to", () => {
    const a = ask("Hvad er partnerskabets målsætninger?");
    expect(a.intent).toBe("objectives");
    expect(a.text).toContain(
      "Amager Partnerskab har som sine overordnede målsætninger at øge den oplevede tryghed og begrænse kriminaliteten i partnerskabsområdet.",
    );
    expect(a.text).toContain(
      "1. Tryghedssituationen, som målt gennem tryghedsindekset, skal fastholdes på et reduceret niveau med udgangen af 2016.",
    );
    expect(a.text).toContain("Københavns Kommunes Tryghedsindeks, som årligt udkommer i maj");
    expect(a.text).toContain("distrikt 29");
    expect(a.text).toContain("særanalyse");
    expect(a.text).toContain(
      "2. SSP Københavns ressourceforbrug i distrikt 15 Sundbyvester (Amager Vest) skal falde hen imod et normalt niveau.",
    );
    expect(a.text).toContain("Baseline for 2012 var 6 ekstraordinære aktiveringer.");
    expect(a.text).toContain("3. Kriminaliteten i partnerskabsområdet skal nedbringes, i overensstemmelse med nedenstående måltal.");
    expect(a.text).toContain("Måltal for 2013/2014/2015/2016: Indbrud 69/65/62/58; Tyverier 220/207/195/183");
    // How they stand: SSP as a direction, never a verdict.
    expect(a.text).toContain(
      "Seneste tal, 2015: 4 aktiveringer mod 6 i 2012 (færre end i 2012); aftalen sætter ikke tal på et normalt niveau.",
    );
    expect(a.text).not.toMatch(/SSP[^\n]*(Nået|Ikke nået|Tæt på)/);
  });

  it("answers in English, and for an agreement whose objectives Partnerskab does not hold, says so", () => {
    expect(ask("What are the partnership's objectives?").text).toContain(
      "SSP Copenhagen's use of resources in district 15 Sundbyvester (Amager Vest) is to fall toward a normal level.",
    );
    const { objectives: _none, aim: _aim, ...rest } = amager;
    const a = ask("Hvad er målsætningerne?", { agreement: { ...rest, objectives: [] } });
    expect(a.text).toMatch(/^Partnerskab har ikke de overordnede målsætninger for Amager Partnerskab\./);
  });
});

describe("SSP activations", () => {
  it("gives the count against the 2012 baseline and its direction, and never calls the objective met or missed", () => {
    const a = ask("Hvordan går det med SSP-aktiveringerne?");
    expect(a.text).toContain("Ekstraordinære aktiveringer af SSP-beredskabet 2015: 4 aktiveringer mod 6 i 2012 (−2, færre end i 2012).");
    expect(a.text).toContain("Aftalen sætter ikke tal på et normalt niveau, så tallet vurderes ikke som nået eller ikke nået.");
    for (const text of [a.text, cardText(a.card)]) {
      expect(text).not.toMatch(/\b(Nået|Tæt på|Ikke nået)\b/);
      expect(text).not.toMatch(/"color":"(Good|Warning|Attention)"/);
    }
    // At or above the baseline it still only says which way it went.
    const up = ask("SSP 2014", {
      tracker: {
        ...tracker,
        sspActivations: new Map([
          [2012, 6],
          [2014, 9],
        ]),
      },
    });
    expect(up.text).toContain("9 aktiveringer mod 6 i 2012 (+3, flere end i 2012)");
    expect(up.text).not.toMatch(/Ikke nået|\brød\b|\bred\b/);
    expect(ask("How are the SSP activations?").text).toContain(
      "The agreement puts no number on a normal level, so the figure is not judged met or missed.",
    );
  });
});

describe("safety after the index", () => {
  it("for a year after 2014 says the index stopped and gives the survey's share, without a verdict", () => {
    const a = ask("Hvordan var trygheden i 2015?");
    expect(a.intent).toBe("safety-index");
    expect(a.text).toContain("Tryghedsindekset udkom sidst for 2014; fra 2015 måles trygheden i Københavns Tryghedsundersøgelse.");
    expect(a.text).toContain(
      "Andel utrygge 2015 (Københavns Tryghedsundersøgelse): 27 % i Særanalyse for Amager Partnerskab. Lavere er bedre.",
    );
    expect(a.text).toContain("Aftalen sætter ingen målsætning for andelen");
    expect(a.text).not.toMatch(/\b(nået|Nået)\b.*andel/);
  });

  it("answers the share of residents who feel unsafe, with the change in percentage points from the year before", () => {
    const survey = [
      { year: 2015, area: "Amager Vest", sharePercent: 15 },
      { year: 2016, area: "Amager Vest", sharePercent: 13.5 },
    ];
    const a = ask("Hvor mange føler sig utrygge?", { tracker: { ...tracker, safetySurvey: survey } });
    expect(a.intent).toBe("safety-survey");
    expect(a.text).toContain(
      "Andel utrygge 2016 (Københavns Tryghedsundersøgelse): 13,5 % i Amager Vest (−1,5 procentpoint fra 2015). Lavere er bedre.",
    );
    const en = ask("What share of residents feel unsafe?", { tracker: { ...tracker, safetySurvey: survey } });
    expect(en.text).toContain("13.5% in Amager Vest (−1.5 percentage points from 2015). Lower is better.");
    expect(ask("Hvor stor er andelen af utrygge?", { tracker: { ...tracker, safetySurvey: [] } }).text).toMatch(
      /^Trackeren har endnu ingen tal fra Københavns Tryghedsundersøgelse \(arket »Tryghedsundersøgelse«\)\./,
    );
  });

  it("judges the share only against a ceiling an agreement itself sets", () => {
    const withCeiling = {
      ...amager,
      indicators: [
        ...amager.indicators,
        {
          kind: "percentage-ceiling" as const,
          id: "andel-utrygge",
          name: { da: "Andel utrygge", en: "Share feeling unsafe" },
          synonyms: { da: [], en: [] },
          illustrative: false,
          ceiling: 20,
          byYear: 2016,
        },
      ],
    };
    const a = ask("Hvor stor er andelen af utrygge?", { agreement: withCeiling });
    expect(a.text).toContain("27 % i Særanalyse for Amager Partnerskab – ikke nået");
    expect(a.text).toContain("Målsætningen er højst 20 % i 2016.");
  });
});

describe("organisation and signatories", () => {
  it("names the steering group's chair as signed, and says where that comes from", () => {
    const a = ask("hvem er formand for styregruppen?");
    expect(a.intent).toBe("organisation");
    expect(a.text).toBe(
      "Formand for styregruppen: direktør Bjarne Winge, Økonomiforvaltningen (står som formand på aftalens underskriftsside).",
    );
    expect(ask("Who chairs the working group?").text).toBe(
      "Chair of the working group: a project leader appointed by Økonomiforvaltningen.",
    );
  });

  it("says who runs the secretariat, its staffing and its tasks", () => {
    const a = ask("who runs the secretariat?");
    expect(a.text).toContain("The secretariat: Økonomiforvaltningen (the City's Finance Administration), half a full-time post;");
    expect(a.text).toContain("writing a yearly status report");
    expect(ask("Hvem står for sekretariatet?").text).toMatch(
      /^Sekretariatet: Økonomiforvaltningen, et halvt årsværk; opgave: det administrative ansvar/,
    );
  });

  it("lists who signed, in the signature page's order, the chair marked", () => {
    const a = ask("hvem har skrevet under?");
    expect(a.intent).toBe("signatories");
    const lines = a.text.split("\n");
    expect(lines[0]).toBe("Partnerskabsaftalen for Amager Partnerskab er underskrevet af:");
    expect(lines[1]).toBe("- Bjarne Winge, direktør, Økonomiforvaltningen (formand)");
    expect(lines[4]).toBe("- Kirsten Egebo, leder af Solvang og Ørestad Biblioteker");
    expect(lines.at(-1)).toBe("- Mogens Kjærgaard Møller, vicepolitidirektør, Københavns Politi");
    expect(lines).toHaveLength(11);
  });

  it("says what it does not know rather than guess", () => {
    const { organisation: _o, ...rest } = amager;
    const a = ask("hvem er formand for arbejdsgruppen?", { agreement: { ...rest, signatories: [] } });
    expect(a.text).toBe("Partnerskabsaftalen for Amager Partnerskab nævner ikke formanden for arbejdsgruppen.");
  });
});

describe("after the agreement's period", () => {
  it("says the agreement ends and names no extension, in the tense the clock calls for", () => {
    expect(ask("Hvad sker der efter 2016?").text).toBe(
      "Partnerskabsaftalen for Amager Partnerskab gælder til og med 31. december 2016 og slutter da. Den nævner ingen forlængelse; et partnerskab derefter kræver en ny aftale. Styregruppen bør drøfte forlængelse eller en ny aftale i god tid inden.",
    );
    const later = ask("What happens after 2016?", { now: fromCopenhagen({ year: 2017, month: 2, day: 1, hour: 10, minute: 0 }) });
    expect(later.text).toMatch(
      /^The Amager Partnership agreement applied up to and including 31 December 2016 and has ended\. It names no extension;/,
    );
  });
});
