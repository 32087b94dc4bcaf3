/**
 * The questions partners ask, 140 of them, half Danish and half English, with inflections,
 * typos and short forms ("narko", "indbr.", "vold og trusler"): each with the intent and
 * entities it must be understood with, and the figures its answer must show on the fixture
 * tracker (tests/ask/fixtures.ts). The figures are worked out by hand from the fixture's numbers
 * (targets: the 2012 baseline less 10, 15, 20, 25 % for 2013–2016, rounded half up), never by
 * calling the product. The clock is 15 September 2015, so "i år" is 2015.
 *
 * The unsure rows also list figures that must NOT appear: an answer to another question.
 */
import { describe, expect, it } from "vitest";
import type { Entities, IntentKind, Lang } from "../../shared/index";
import { answerQuestion, understand } from "../../shared/index";
import { expectValidCard } from "./card-shape";
import { amager, context, NOW } from "./fixtures";

/** What the bot and the CLI understand with: the agreement, the clock and the tracker's activities. */
const options = { now: NOW, agreement: amager, activities: context().tracker.activities };

type Named = Omit<Entities, "lang">;

interface Row {
  q: string;
  intent: IntentKind;
  named: Named;
  /** What the answer's text must say. */
  shows: string[];
  /** What it must not say (figures of another question). */
  hides?: string[];
}

const da: Row[] = [
  // A category against a year's target (2015: indbrud 58 of at most 62; tyverier 190/195; vold 63/58; hærværk 54/56; chikane 57/58).
  {
    q: "Hvordan går det med indbrud i 2015?",
    intent: "category-status",
    named: { category: "indbrud", year: 2015 },
    shows: ["Indbrud 2015: 58 anmeldelser", "højst 62", "4 under"],
  },
  // "Do we reach it?", "how far from it?": how it stands against the target, not the target alone.
  {
    q: "Når vi målet for indbrud i år?",
    intent: "category-status",
    named: { category: "indbrud", year: 2015, yearOffset: 0 },
    shows: ["Indbrud 2015: 58 anmeldelser", "Måltallet er nået: 4 under"],
  },
  {
    q: "Hvor langt er vi fra målet for vold?",
    intent: "category-status",
    named: { category: "vold-trusler" },
    shows: ["Vold/Trusler 2015: 63 anmeldelser", "5 over"],
  },
  // The total asked for: the plain sum of the year's figures (58 + 190 + 63 + 54 + 57; Narkotika has none in 2015).
  {
    q: "Hvor mange anmeldelser var der i alt i 2015?",
    intent: "year-overview",
    named: { year: 2015, total: true },
    shows: [
      "I alt 422 anmeldelser i 2015 i de 5 gerningstyper med et tal (intet tal for Narkotika)",
      "intet måltal for summen",
      "Overblik 2015",
    ],
  },
  // The budget is by year only: a thing it does not know is unsure, not the whole budget.
  {
    q: "Hvad koster sommerfesten?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "budget" }, unknownWords: ["sommerfesten"] } },
    shows: ["»sommerfesten«"],
    hides: ["bevilget"],
  },
  { q: "Hvad koster partnerskabet?", intent: "budget", named: {}, shows: ["Økonomi", "bevilget 1.500.000 kr."], hides: ["Parter"] },
  { q: "Hvor tit skal styregruppen mødes?", intent: "cadence", named: { group: "steering" }, shows: ["Styregruppen"], hides: ["Næste"] },
  { q: "Hvornår startede partnerskabet?", intent: "agreement-facts", named: { facet: "period" }, shows: ["31. december 2016"] },
  // Asking to get reminders, in the words people use (they listed the subscriptions).
  { q: "Kan jeg få besked før møderne?", intent: "subscribe", named: {}, shows: ["abonnér på påmindelser"] },
  { q: "Jeg vil gerne have påmindelser", intent: "subscribe", named: {}, shows: ["abonnér på påmindelser"] },
  { q: "Er vi på sporet?", intent: "year-overview", named: {}, shows: ["Overblik 2015"], hides: ["»sporet«"] },
  { q: "Hvem er du?", intent: "help", named: {}, shows: ["Jeg svarer på spørgsmål"], hides: ["Parter"] },
  {
    q: "Kan du sende en påmindelse før møderne?",
    intent: "subscribe",
    named: {},
    shows: ["abonnér på påmindelser"],
  },
  // Compared with last year, and no other year named: with this year (it got last year's status alone).
  {
    q: "Er der flere indbrud end sidste år?",
    intent: "year-comparison",
    named: { category: "indbrud", years: [2014, 2015] },
    shows: ["Indbrud: fra 64 i 2014 til 58 i 2015 (−6, −9,4 %)"],
  },
  {
    q: "Sammenlign indbrud og hærværk sidste år",
    intent: "category-comparison",
    named: { categories: ["indbrud", "haervaerk"], year: 2014, yearOffset: -1 },
    shows: ["Sammenligning 2014"],
    hides: ["2015"],
  },
  // The baseline year is not a target year, but it has a figure: the agreement's own.
  {
    q: "Hvor mange indbrud var der i 2012?",
    intent: "category-status",
    named: { category: "indbrud", year: 2012 },
    shows: ["Indbrud 2012: 77 anmeldelser – aftalens baseline", "Det første år med måltal er 2013", "Indbrud 2013: 70 anmeldelser"],
  },
  {
    q: "hvordan ligger indbruddene i 2014",
    intent: "category-status",
    named: { category: "indbrud", year: 2014 },
    shows: ["64 anmeldelser", "højst 65", "1 under"],
  },
  {
    q: "indbr. 2013",
    intent: "category-status",
    named: { category: "indbrud", year: 2013 },
    shows: ["70 anmeldelser", "højst 69", "1 over"],
  },
  {
    q: "Hvordan går det med tyverierne i år?",
    intent: "category-status",
    named: { category: "tyverier", year: 2015, yearOffset: 0 },
    shows: ["190 anmeldelser", "højst 195", "5 under"],
  },
  {
    q: "tyveri sidste år",
    intent: "category-status",
    named: { category: "tyverier", year: 2014, yearOffset: -1 },
    shows: ["210 anmeldelser", "højst 207", "tæt på: 3 over"],
  },
  // The same year twice, once as digits and once relative to the clock, is one year: no comparison of one year (found by robustness.test.ts).
  {
    q: "indbrud 2015 i år",
    intent: "category-status",
    named: { category: "indbrud", year: 2015 },
    shows: ["Indbrud 2015: 58 anmeldelser", "højst 62"],
  },
  {
    q: "indbrud 2014 og i år",
    intent: "year-comparison",
    named: { category: "indbrud", years: [2014, 2015] },
    shows: ["fra 64 i 2014 til 58 i 2015", "Indbrud 2014: 64 mod", "Indbrud 2015: 58 mod"],
  },
  {
    q: "Hvordan går det med vold og trusler i 2015?",
    intent: "category-status",
    named: { category: "vold-trusler", year: 2015 },
    shows: ["63 anmeldelser", "højst 58", "5 over"],
  },
  {
    q: "voldsepisoder 2014",
    intent: "category-status",
    named: { category: "vold-trusler", year: 2014 },
    shows: ["60 anmeldelser", "højst 62", "2 under"],
  },
  {
    q: "Status på hærværket 2015",
    intent: "category-status",
    named: { category: "haervaerk", year: 2015 },
    shows: ["54 anmeldelser", "højst 56", "2 under"],
  },
  {
    q: "hærvæk i 2013",
    intent: "category-status",
    named: { category: "haervaerk", year: 2013 },
    shows: ["60 anmeldelser", "højst 63", "3 under"],
  },
  {
    q: "narko 2014",
    intent: "category-status",
    named: { category: "narkotika", year: 2014 },
    shows: ["44 anmeldelser", "højst 44", "præcis på måltallet"],
  },
  {
    q: "Hvordan går det med narkotikaen i 2015?",
    intent: "category-status",
    named: { category: "narkotika", year: 2015 },
    shows: ["intet tal for narkotika i 2015", "Seneste tal: Narkotika 2014: 44"],
  },
  {
    q: "chikane 2015",
    intent: "category-status",
    named: { category: "chikane", year: 2015 },
    shows: ["57 anmeldelser", "højst 58", "1 under"],
  },
  {
    q: "Er målet for boligindbrud nået i 2015?",
    intent: "category-status",
    named: { category: "indbrud", year: 2015 },
    shows: ["58 anmeldelser", "4 under"],
  },
  {
    q: "stoffer i 2013",
    intent: "category-status",
    named: { category: "narkotika", year: 2013 },
    shows: ["50 anmeldelser", "højst 47", "3 over"],
  },
  // Targets (tyverier: 244 less 15 % = 207.4 → 207; chikane 72: 65, 61, 58, 54).
  { q: "Hvad er målet for indbrud i 2016?", intent: "category-target", named: { category: "indbrud", year: 2016 }, shows: ["højst 58"] },
  {
    q: "måltallet for tyverier 2014",
    intent: "category-target",
    named: { category: "tyverier", year: 2014 },
    shows: ["højst 207", "Det faktiske tal er 210"],
  },
  {
    q: "Hvad er målene for chikane?",
    intent: "category-target",
    named: { category: "chikane" },
    shows: ["2013: højst 65", "2014: højst 61", "2015: højst 58", "2016: højst 54"],
  },
  {
    q: "Hvor højt er loftet for hærværk i 2015?",
    intent: "category-target",
    named: { category: "haervaerk", year: 2015 },
    shows: ["højst 56", "Det faktiske tal er 54"],
  },
  // Trends.
  {
    q: "Hvordan har indbrud udviklet sig over årene?",
    intent: "category-trend",
    named: { category: "indbrud" },
    shows: ["2012: 77", "2013: 70", "2014: 64", "2015: 58", "Fra 77 i 2012 til 58 i 2015 (−25 %)"],
  },
  {
    q: "udviklingen i tyverierne",
    intent: "category-trend",
    named: { category: "tyverier" },
    shows: ["2013: 215", "2014: 210", "2015: 190"],
  },
  // Several categories side by side, deviations in reports and per cent.
  {
    q: "Sammenlign indbrud og hærværk i 2015",
    intent: "category-comparison",
    named: { categories: ["indbrud", "haervaerk"], year: 2015 },
    shows: ["Indbrud 4 under måltallet (−6,5 %)", "Hærværk 2 under måltallet (−3,6 %)", "Bedst i forhold til måltallet: Indbrud"],
  },
  {
    q: "Går det bedre med hærværk end med chikane?",
    intent: "category-comparison",
    named: { categories: ["haervaerk", "chikane"] },
    shows: ["Hærværk 2 under måltallet (−3,6 %)", "Chikane 1 under måltallet (−1,7 %)"],
  },
  {
    q: "er volden værre end narkoen i 2014?",
    intent: "category-comparison",
    named: { categories: ["vold-trusler", "narkotika"], year: 2014 },
    shows: ["Vold/Trusler 2 under måltallet (−3,2 %)", "Narkotika præcis på måltallet"],
  },
  {
    q: "tyverier og chikane sidste år",
    intent: "category-comparison",
    named: { categories: ["tyverier", "chikane"], year: 2014, yearOffset: -1 },
    shows: ["Tyverier 3 over måltallet (+1,4 %)", "Chikane 3 under måltallet (−4,9 %)"],
  },
  {
    q: "indbrud, tyveri og vold 2013",
    intent: "category-comparison",
    named: { categories: ["indbrud", "tyverier", "vold-trusler"], year: 2013 },
    shows: ["Indbrud 1 over måltallet (+1,4 %)", "Tyverier 5 under måltallet (−2,3 %)", "Vold/Trusler 2 over måltallet (+3,0 %)"],
  },
  // Years side by side.
  {
    q: "tyverier 2014 sammenlignet med 2015",
    intent: "year-comparison",
    named: { category: "tyverier", years: [2014, 2015] },
    shows: ["fra 210 i 2014 til 190 i 2015 (−20, −9,5 %)"],
  },
  {
    q: "Sammenlign indbrud i 2013 og 2015",
    intent: "year-comparison",
    named: { category: "indbrud", years: [2013, 2015] },
    shows: ["fra 70 i 2013 til 58 i 2015 (−12, −17,1 %)"],
  },
  {
    q: "Sammenlign 2014 og 2015",
    intent: "year-comparison",
    named: { years: [2014, 2015] },
    shows: ["4 af 6 gerningstyper nåede måltallet i 2014", "4 af 5 gerningstyper nåede måltallet i 2015"],
  },
  // Rankings (2015 deviations: indbrud −6,5 %, hærværk −3,6 %, tyverier −2,6 %, chikane −1,7 %, vold +8,6 %).
  {
    q: "Hvilken gerningstype går det dårligst med?",
    intent: "ranking",
    named: { ranking: "worst" },
    shows: ["Dårligst i 2015 i forhold til måltallet: Vold/Trusler, 63 mod højst 58 (+5, +8,6 %)"],
  },
  {
    q: "Hvor går det bedst i 2014?",
    intent: "ranking",
    named: { ranking: "best", year: 2014 },
    shows: ["Bedst i 2014 i forhold til måltallet: Chikane, 58 mod højst 61 (−3, −4,9 %)"],
  },
  {
    q: "Hvilke gerningstyper har nået målet i 2015?",
    intent: "ranking",
    named: { ranking: "met", year: 2015 },
    shows: ["4 af 5 gerningstyper måltallet: Indbrud, Tyverier, Hærværk og Chikane"],
  },
  {
    q: "Hvilke gerningstyper har ikke nået måltallet i 2013?",
    intent: "ranking",
    named: { ranking: "missed", year: 2013 },
    shows: ["I 2013 nåede 4 af 6 gerningstyper ikke måltallet"],
  },
  {
    q: "Hvad er mest forbedret siden 2012?",
    intent: "ranking",
    named: { ranking: "improved", year: 2012 },
    shows: ["Mest forbedret siden 2012: Indbrud, fra 77 i 2012 til 58 i 2015 (−19, −24,7 %)"],
  },
  { q: "Hvor mange mål er nået i år?", intent: "ranking", named: { ranking: "met", year: 2015, yearOffset: 0 }, shows: ["4 af 5"] },
  // By count, not against the target (2015: tyverier 190 the most; 2014: narkotika 44 the fewest).
  {
    q: "Hvilken gerningstype har flest anmeldelser?",
    intent: "ranking",
    named: { ranking: "most" },
    shows: ["Flest anmeldelser i 2015: Tyverier, 190.", "1. Tyverier: 190, 5 under måltallet", "5. Hærværk: 54"],
    hides: ["Overblik 2015"],
  },
  {
    q: "Hvor var der færrest anmeldelser i 2014?",
    intent: "ranking",
    named: { ranking: "fewest", year: 2014 },
    shows: ["Færrest anmeldelser i 2014: Narkotika, 44.", "6. Tyverier: 210"],
  },
  {
    q: "Hvilken gerningstype er længst fra målet?",
    intent: "ranking",
    named: { ranking: "worst" },
    shows: ["Dårligst i 2015 i forhold til måltallet: Vold/Trusler, 63 mod højst 58"],
  },
  // The years side by side answer when there were the most; a month is not what they show.
  { q: "Hvornår var der flest indbrud?", intent: "category-trend", named: { category: "indbrud" }, shows: ["2012: 77", "2015: 58"] },
  {
    q: "Hvilken måned havde flest indbrud?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "category-trend", category: "indbrud" }, unknownWords: ["måned"] } },
    shows: ["»måned«"],
    hides: ["77", "58"],
  },
  // A compound is about its last part: »tryghedsvandring« is a walk (the tracker's activity), not the safety index.
  {
    q: "Hvad er en tryghedsvandring?",
    intent: "activities",
    named: { activity: "Tryghedsvandringer" },
    shows: [
      "Tryghedsvandringer – indsatsområde: Skabelse af et byrum, der opleves som trygt; ansvarlig: Københavns Politi og TMF; status: i gang; periode: fra 1. maj 2013.",
    ],
    hides: ["Tryghedsindeks", "reduceret"],
  },
  {
    q: "Hvad er en tryghedsmåling?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "unknown" }, unknownWords: ["tryghedsmåling"] } },
    shows: ["»tryghedsmåling«"],
    hides: ["Tryghedsindeks", "reduceret"],
  },
  {
    q: "Er der en indbrudsbølge?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "unknown" }, unknownWords: ["indbrudsbølge"] } },
    shows: ["»indbrudsbølge«"],
    hides: ["58"],
  },
  // … unless the last part only says how it stands.
  { q: "Hvordan er hærværkssituationen?", intent: "category-status", named: { category: "haervaerk" }, shows: ["Hærværk 2015: 54"] },
  { q: "Hvordan ser indbrudsstatistikken ud?", intent: "category-status", named: { category: "indbrud" }, shows: ["Indbrud 2015: 58"] },
  // What a group is for, not its next meeting.
  {
    q: "Hvad er styregruppens opgaver?",
    intent: "organisation",
    named: { facet: "tasks", group: "steering" },
    shows: ["Styregruppens opgave: det overordnede ansvar for, at aftalens målsætninger og formål efterleves."],
    hides: ["Næste styregruppemøde"],
  },
  {
    q: "Hvad laver arbejdsgruppen?",
    intent: "organisation",
    named: { facet: "tasks", group: "working" },
    shows: ["Arbejdsgruppens opgave: planlægning og organisering af indsatsområder"],
    hides: ["Næste arbejdsgruppemøde"],
  },
  // Up or down: this year against last year (tyverier 210 in 2014, 190 in 2015), not the year's status alone.
  {
    q: "Er tyverierne steget?",
    intent: "year-comparison",
    named: { category: "tyverier", years: [2014, 2015] },
    shows: ["Tyverier: fra 210 i 2014 til 190 i 2015 (−20, −9,5 %)."],
  },
  {
    q: "Er indbruddene faldet siden 2013?",
    intent: "year-comparison",
    named: { category: "indbrud", years: [2013, 2015] },
    shows: ["Indbrud: fra 70 i 2013 til 58 i 2015 (−12, −17,1 %)."],
  },
  // Found by a probe of 320 questions: "tilfælde" was corrected into "tilmeld" (a subscription).
  {
    q: "Hvor mange tilfælde af chikane har vi haft?",
    intent: "category-status",
    named: { category: "chikane" },
    shows: ["Chikane 2015: 57"],
  },
  // A case of it: "-sager" keeps the first part's meaning, even after a short first part ("vold").
  {
    q: "Hvor mange voldssager har vi haft i år?",
    intent: "category-status",
    named: { category: "vold-trusler", year: 2015, yearOffset: 0 },
    shows: ["Vold/Trusler 2015: 63"],
  },
  // … but "voldsom" (violent) is not about violence: a rise in theft, this year against last.
  {
    q: "Der er en voldsom stigning i tyverier",
    intent: "year-comparison",
    named: { category: "tyverier", years: [2014, 2015] },
    shows: ["Tyverier: fra 210 i 2014 til 190 i 2015"],
  },
  // When a group met in a year: that year's meetings; with no year, the last one. Never the next.
  {
    q: "Hvornår mødtes styregruppen i 2014?",
    intent: "meetings-list",
    named: { year: 2014, group: "steering" },
    shows: ["ingen møder i 2014 for styregruppen"],
    hides: ["6. oktober 2015"],
  },
  {
    q: "Hvornår mødtes arbejdsgruppen?",
    intent: "last-meeting",
    named: { group: "working" },
    shows: ["25. august 2015"],
    hides: ["22. september"],
  },
  // SSP's activations by the verb, and SSP's signatory (not its activations).
  {
    q: "Hvor mange gange blev SSP-beredskabet aktiveret sidste år?",
    intent: "ssp",
    named: { year: 2014, yearOffset: -1 },
    shows: ["SSP-beredskabet 2014: 6 aktiveringer"],
  },
  {
    q: "Hvem skrev under for SSP?",
    intent: "signatories",
    named: { facet: "signatories" },
    shows: ["Michael Melbye"],
    hides: ["aktiveringer"],
  },
  {
    q: "Hvilken type kriminalitet er der mest af?",
    intent: "ranking",
    named: { ranking: "most" },
    shows: ["Flest anmeldelser i 2015: Tyverier, 190."],
  },
  {
    q: "kommer vi under måltallet for tyveri?",
    intent: "category-status",
    named: { category: "tyverier" },
    shows: ["Tyverier 2015: 190", "Måltallet er nået"],
  },
  // What the report says: its draft, not what the tracker lacks for it.
  {
    q: "Hvad står der i statusrapporten for 2014?",
    intent: "status-report",
    named: { year: 2014 },
    shows: ["Statusrapport 2014 (udkast)"],
  },
  {
    q: "Hvor mange sidder i styregruppen?",
    intent: "organisation",
    named: { facet: "organisation", group: "steering" },
    shows: ["medlemmer: repræsentanter fra hver deltager"],
    hides: ["afholdt"],
  },
  // No activities is not "not a partner": a party of the agreement says it is one.
  { q: "Er KFF med?", intent: "activities", named: { party: "kff" }, shows: ["Kultur- og Fritidsforvaltningen er med i partnerskabet"] },
  // A comparison with nothing named to compare with is one with this year (2015 on the fixture's clock).
  {
    q: "er der mere vold end sidste år",
    intent: "year-comparison",
    named: { category: "vold-trusler", years: [2014, 2015] },
    shows: ["Vold/Trusler: fra 60 i 2014 til 63 i 2015 (+3, +5,0 %)."],
  },
  {
    q: "Har vi færre tyverier end i 2013?",
    intent: "year-comparison",
    named: { category: "tyverier", years: [2013, 2015] },
    shows: ["Tyverier: fra 215 i 2013 til 190 i 2015"],
  },
  {
    q: "Bliver det værre med tyverierne?",
    intent: "year-comparison",
    named: { category: "tyverier", years: [2014, 2015] },
    shows: ["fra 210 i 2014 til 190 i 2015"],
  },
  { q: "Fortæl mere om indbrud", intent: "category-status", named: { category: "indbrud" }, shows: ["Indbrud 2015: 58"] },
  {
    q: "Hvad var det bedste år for vold?",
    intent: "category-trend",
    named: { category: "vold-trusler" },
    shows: ["2014: 60 mod højst 62 – Nået"],
  },
  { q: "Hvad kan jeg spørge om?", intent: "help", named: {}, shows: ["Prøv fx"] },
  { q: "Hvilke boligafdelinger er med?", intent: "agreement-facts", named: { facet: "area" }, shows: ["Hørgården, Remisevænget Øst"] },
  // A part of the year is no year and no month: the year to date would answer another question.
  {
    q: "hvor mange tyverier i 2. kvartal?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "category-status", category: "tyverier" }, partOfYear: true } },
    shows: ["en del af året", "- Hvordan går det med tyverier?"],
    hides: ["190"],
  },
  // Both groups named is neither alone: the next meeting of any group (the working group's, 22 September).
  {
    q: "Er næste møde et styregruppemøde eller arbejdsgruppemøde?",
    intent: "next-meeting",
    named: {},
    shows: ["22. september 2015", "Arbejdsgruppen"],
    hides: ["6. oktober"],
  },
  // The baseline: the targets' answer opens with it (tyverier: 244 in 2012).
  { q: "Hvad er baseline for tyverier?", intent: "category-target", named: { category: "tyverier" }, shows: ["fra 244 i 2012"] },
  // Round two of the probe.
  {
    q: "hvornår holdt styregruppen møde i 2015?",
    intent: "meetings-list",
    named: { year: 2015, group: "steering" },
    shows: ["Styregruppens møder i 2015"],
  },
  // A direction within a year is that year against the one before.
  {
    q: "steg volden i 2014?",
    intent: "year-comparison",
    named: { category: "vold-trusler", years: [2013, 2014] },
    shows: ["fra 68 i 2013 til 60 i 2014"],
  },
  // One focus area by its number: its activities, not the list of areas.
  {
    q: "Hvad sker der i indsatsområde 3?",
    intent: "activities",
    named: { focusArea: "brobygning" },
    shows: ["2 aktiviteter i tryghedsplanen under indsatsområdet »Brobygning til et godt voksenliv«"],
  },
  // The targets of two years: every year's target (narkotika: 47 in 2013, 44 in 2014), not a comparison of counts.
  {
    q: "Hvad var målet for narko i 2013 og 2014?",
    intent: "category-target",
    named: { category: "narkotika", years: [2013, 2014] },
    shows: ["2013: højst 47", "2014: højst 44"],
    hides: ["Sammenligning", "fra 50 i 2013"],
  },
  // "Since January" is the year so far, not January.
  {
    q: "Hvor mange indbrud har der været siden januar?",
    intent: "category-status",
    named: { category: "indbrud", year: 2015, yearOffset: 0 },
    shows: ["Indbrud 2015: 58"],
  },
  // Dates in digits as Danes write them: "10.3.2015", "22/9".
  {
    q: "Var der møde d. 10.3.2015?",
    intent: "meeting-on-date",
    named: { year: 2015, date: { month: 3, day: 10 } },
    shows: ["tirsdag den 10. marts 2015", "Tryghedsplan 2015"],
  },
  {
    q: "Hvad skete der den 22/9?",
    intent: "meeting-on-date",
    named: { date: { month: 9, day: 22 } },
    shows: ["22. september 2015", "Belysning i stierne"],
  },
  // Cancelled meetings: the year's list says how many (the count against the cadence does not).
  { q: "Er der aflyst nogen møder?", intent: "meetings-list", named: {}, shows: ["Møder i 2015: 5 afholdt, 3 planlagt, 1 aflyst."] },
  { q: "Hvor mange møder er aflyst?", intent: "meetings-list", named: {}, shows: ["1 aflyst"] },
  // Who takes part in a group: its members (who came to a meeting, the tracker does not record).
  {
    q: "Hvem deltager i arbejdsgruppen?",
    intent: "organisation",
    named: { facet: "organisation", group: "working" },
    shows: ["Arbejdsgruppen"],
  },
  // "Hvor holdes …": where the next meeting is held, not how many were held.
  {
    q: "Hvor holdes næste møde?",
    intent: "next-meeting",
    named: {},
    shows: ["22. september 2015", "Remisevænget Nord"],
    hides: ["afholdt"],
  },
  // A period's verb with a subject the engine does not know is not the agreement's period.
  {
    q: "Hvornår slutter festugen?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "agreement-facts", facet: "period" }, unknownWords: ["festugen"] } },
    shows: ["»festugen«"],
    hides: ["31. december 2016"],
  },
  // One of the tracker's activities by its name, inflected as people write it.
  {
    q: "Hvornår slutter nyhedsbrevet?",
    intent: "activities",
    named: { activity: "Nyhedsbrev til beboerne" },
    shows: ["Nyhedsbrev til beboerne –", "ansvarlig: Boligforeningen 3B", "periode: 1. marts 2013–31. december 2016"],
    hides: ["Periode (Amager Partnerskab)"],
  },
  {
    q: "Hvad med lektiecaféen?",
    intent: "activities",
    named: { activity: "Lektiecafé i Kvarterhuset" },
    shows: ["Lektiecafé i Kvarterhuset –", "ansvarlig: BUF", "status: planlagt"],
  },
  // An activity's words are no subject of another answer: the budget is by year only.
  {
    q: "Hvad koster tryghedsvandringerne?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "budget" }, unknownWords: ["tryghedsvandringerne"] } },
    shows: ["»tryghedsvandringerne«"],
    hides: ["1.500.000"],
  },
  { q: "Hvor længe gælder den?", intent: "agreement-facts", named: { facet: "period" }, shows: ["til og med 31. december 2016"] },
  // A forecast is how the year stands (projected while it is in progress).
  { q: "Hvad forventer I for hele året?", intent: "year-overview", named: {}, shows: ["Overblik 2015"] },
  // The safety index improving is the index's own course, not the most improved crime category.
  {
    q: "Har tryghedsindekset forbedret sig?",
    intent: "safety-index",
    named: {},
    shows: ["Tryghedsindeks 2014"],
    hides: ["Mest forbedret"],
  },
  { q: "Hvad mangler vi at udfylde i trackeren?", intent: "report-readiness", named: {}, shows: ["statusrapporten for 2014"] },
  {
    q: "Hvilke forvaltninger er med?",
    intent: "agreement-facts",
    named: { facet: "parties" },
    shows: ["Økonomiforvaltningen", "Københavns Politi"],
  },
  // Reminders in the words people use: switched off and on, "mind mig om".
  { q: "Slå påmindelser fra", intent: "unsubscribe", named: {}, shows: ["afmeld"] },
  { q: "Slå påmindelser til", intent: "subscribe", named: {}, shows: ["abonnér"] },
  {
    q: "Kan du minde mig om arbejdsgruppemøderne?",
    intent: "subscribe",
    named: { group: "working" },
    shows: ["abonnér"],
    hides: ["22. september"],
  },
  // The signing date: Amager's agreement runs from it without giving it, and says so.
  {
    q: "Hvornår blev aftalen underskrevet?",
    intent: "agreement-facts",
    named: { facet: "signing" },
    shows: ["angiver ikke, hvilken dato den blev underskrevet", "fra underskriftsdatoen til og med 31. december 2016", "Bjarne Winge"],
  },
  // Meetings (the clock: Tuesday 15 September 2015, 10.00).
  {
    q: "Hvornår er næste styregruppemøde?",
    intent: "next-meeting",
    named: { group: "steering" },
    shows: ["tirsdag den 6. oktober 2015 kl. 9.00"],
  },
  {
    q: "Hvornår mødes arbejdsgruppen næste gang?",
    intent: "next-meeting",
    named: { group: "working" },
    shows: ["tirsdag den 22. september 2015 kl. 14.00"],
  },
  {
    q: "Hvornår var sidste styregruppemøde?",
    intent: "last-meeting",
    named: { group: "steering" },
    shows: ["tirsdag den 10. marts 2015", "Tryghedsplan 2015"],
  },
  { q: "sidste møde", intent: "last-meeting", named: {}, shows: ["tirsdag den 25. august 2015", "Sommerens aktiviteter"] },
  {
    q: "Hvad handlede forrige arbejdsgruppemøde om?",
    intent: "last-meeting",
    named: { group: "working" },
    shows: ["25. august 2015", "Sommerens aktiviteter"],
  },
  {
    q: "Hvad blev der drøftet på styregruppemødet i marts?",
    intent: "meeting-on-date",
    named: { group: "steering", date: { month: 3 } },
    shows: ["Tryghedsplan 2015"],
  },
  { q: "mødet den 17. marts", intent: "meeting-on-date", named: { date: { month: 3, day: 17 } }, shows: ["Tryghedsvandring"] },
  { q: "Var der møde i juni?", intent: "meeting-on-date", named: { date: { month: 6 } }, shows: ["Sommerferie", "aflyst"] },
  {
    q: "Hvilke møder har vi i år?",
    intent: "meetings-list",
    named: { year: 2015, yearOffset: 0 },
    shows: ["5 afholdt, 3 planlagt, 1 aflyst"],
  },
  {
    q: "Vis arbejdsgruppens møder",
    intent: "meetings-list",
    named: { group: "working" },
    shows: ["Arbejdsgruppens møder i 2015: 4 afholdt, 2 planlagt, 1 aflyst"],
  },
  {
    q: "Hvor mange møder har styregruppen holdt i år?",
    intent: "cadence",
    named: { group: "steering", year: 2015, yearOffset: 0 },
    shows: ["1 afholdt, 1 planlagt"],
  },
  // The safety plan's activities.
  {
    q: "Hvilke aktiviteter er der under brobygning?",
    intent: "activities",
    named: { focusArea: "brobygning" },
    shows: ["2 aktiviteter", "Fritidsjob til unge", "Lektiecafé i Kvarterhuset"],
  },
  {
    q: "Hvilke aktiviteter har SSP ansvar for?",
    intent: "activities",
    named: { party: "ssp" },
    shows: ["1 aktivitet", "Fritidsjob til unge"],
    hides: ["Tryghedsvandringer"],
  },
  {
    q: "Hvad står TMF for?",
    intent: "activities",
    named: { party: "tmf" },
    shows: ["2 aktiviteter", "Bedre belysning på stierne", "Tryghedsvandringer"],
  },
  {
    q: "aktiviteter under indsatsområde 2",
    intent: "activities",
    named: { focusArea: "trygt-byrum" },
    shows: ["2 aktiviteter", "Bedre belysning på stierne", "Tryghedsvandringer"],
  },
  {
    q: "Hvor mange aktiviteter er i gang?",
    intent: "activities",
    named: { activityStatus: "running" },
    shows: ["3 aktiviteter", "Fritidsjob til unge", "Tryghedsvandringer", "Nyhedsbrev til beboerne"],
    hides: ["Sommerfest"],
  },
  {
    q: "Hvilke aktiviteter er afsluttet?",
    intent: "activities",
    named: { activityStatus: "finished" },
    shows: ["1 aktivitet", "Bedre belysning på stierne"],
  },
  { q: "Hvad er politiet ansvarlig for?", intent: "activities", named: { party: "politi" }, shows: ["1 aktivitet", "Tryghedsvandringer"] },
  {
    q: "tryghedsplanens aktiviteter i 2014",
    intent: "activities",
    named: { year: 2014 },
    shows: ["4 aktiviteter"],
    hides: ["Lektiecafé", "Sommerfest"],
  },
  {
    q: "Hvad laver Børne- og Ungdomsforvaltningen?",
    intent: "activities",
    named: { party: "buf" },
    shows: ["1 aktivitet", "Lektiecafé i Kvarterhuset"],
  },
  { q: "hvad med byrummet", intent: "activities", named: { focusArea: "trygt-byrum" }, shows: ["2 aktiviteter"] },
  // SSP, safety index, budget, the agreement.
  { q: "Hvor mange SSP-aktiveringer var der i 2013?", intent: "ssp", named: { year: 2013 }, shows: ["2013: 5"] },
  { q: "Hvad siger tryghedsindekset for 2013?", intent: "safety-index", named: { year: 2013 }, shows: ["ordinær"] },
  {
    q: "Hvad er budgettet for 2015?",
    intent: "budget",
    named: { year: 2015 },
    shows: ["bevilget 1.500.000 kr.", "forbrugt 1.100.000 kr.", "tilbage 400.000 kr."],
  },
  {
    q: "Hvem er parterne i aftalen?",
    intent: "agreement-facts",
    named: { facet: "parties" },
    shows: ["Københavns Kommune", "Københavns Politi"],
  },
  // Unsure: no figures of another question.
  {
    q: "Hvordan går det med parkeringen?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "year-overview" }, unknownWords: ["parkeringen"] } },
    shows: ["»parkeringen«"],
    hides: ["58", "62", "Overblik"],
  },
  {
    q: "Hvordan går det efter 2016?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "year-overview", year: 2016 }, bound: "efter 2016" } },
    shows: ["»efter 2016«", "2013–2016"],
    hides: ["Overblik", "58"],
  },
  // A month for an answer of whole years: the year's target (62) would silently drop the month.
  {
    q: "måltallet for indbrud i marts 2015",
    intent: "unsure",
    named: { doubt: { instead: { intent: "category-target", category: "indbrud", year: 2015 }, date: { month: 3 } } },
    shows: ["»marts 2015«", "hele år", "- Hvad er måltallet for indbrud i 2015?"],
    hides: ["58", "62"],
  },
  // A category's month is the tracker's monthly figure: the fixture has none, and the answer says so.
  {
    q: "indbrud i marts 2015",
    intent: "category-month",
    named: { category: "indbrud", year: 2015, date: { month: 3 } },
    shows: ["Indbrud i marts 2015: intet tal.", "ingen månedstal", "kun hele året: 58 anmeldelser"],
  },
  // The agreement's own words (issue 16): objectives, organisation, after the period.
  {
    q: "Hvad er partnerskabets målsætninger?",
    intent: "objectives",
    named: { facet: "objectives" },
    shows: ["Tryghedssituationen", "4 aktiveringer mod 6 i 2012", "4 af 5 gerningstyper har nået måltallet"],
  },
  {
    q: "hvem er formand for styregruppen?",
    intent: "organisation",
    named: { facet: "chair", group: "steering" },
    shows: ["Formand for styregruppen", "Bjarne Winge"],
  },
  {
    q: "Hvem står for sekretariatet?",
    intent: "organisation",
    named: { facet: "secretariat" },
    shows: ["Økonomiforvaltningen"],
    hides: ["Sommerfest"],
  },
  // Who makes the report, or when: the agreement's duty, never the draft itself (another question's answer).
  {
    q: "Hvem skal lave statusrapporten?",
    intent: "organisation",
    named: { facet: "secretariat" },
    shows: ["Økonomiforvaltningen", "ansvarlig for udarbejdelse af en årlig statusrapport"],
    hides: ["udkast", "måltal nået"],
  },
  {
    q: "hvem udarbejder statusrapporten for 2014",
    intent: "organisation",
    named: { facet: "secretariat" },
    shows: ["Økonomiforvaltningen", "årlig statusrapport"],
    hides: ["udkast", "måltal nået"],
  },
  // What partners typed that got another question's answer: "tilbage" was corrected into "tiltag"
  // (the activities), "hvem" alone stood for the parties, "send mig" only switched reminders on.
  {
    q: "Hvor mange penge er der tilbage i år?",
    intent: "budget",
    named: { year: 2015, yearOffset: 0 },
    shows: ["tilbage 400.000 kr."],
    hides: ["aktivitet"],
  },
  {
    q: "Hvem er ansvarlig for sommerfesten?",
    intent: "activities",
    named: { activity: "Sommerfest" },
    shows: ["Sommerfest –", "ansvarlig: Sekretariatet", "status: aflyst"],
    hides: ["Københavns Politi"],
  },
  {
    q: "Hvem er ansvarlig for julefrokosten?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "agreement-facts", facet: "parties" }, unknownWords: ["julefrokosten"] } },
    shows: ["»julefrokosten«"],
    hides: ["Københavns Politi"],
  },
  {
    q: "Hvem indkalder til møderne?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "agreement-facts", facet: "parties" }, unknownWords: ["indkalder"] } },
    shows: ["»indkalder«"],
    hides: ["Næste møde"],
  },
  {
    q: "Hvem er med i styregruppen?",
    intent: "organisation",
    named: { facet: "organisation", group: "steering" },
    shows: ["Styregruppen", "repræsentanter fra hver deltager"],
  },
  {
    q: "Send mig statusrapporten",
    intent: "status-report",
    named: {},
    shows: ["Statusrapport 2014 (udkast)"],
  },
  {
    q: "Hvornår skal tryghedsplanen opdateres?",
    intent: "agreement-facts",
    named: { facet: "safety-plan" },
    shows: ["minimum en gang årligt", "ansvarlig for at udarbejde Tryghedsplan"],
    hides: ["aktiviteter i tryghedsplanen"],
  },
  {
    q: "Hvornår skal statusrapporten laves?",
    intent: "agreement-facts",
    named: { facet: "status-report" },
    shows: ["i maj efter tryghedsindeksets offentliggørelse"],
    hides: ["udkast", "måltal nået"],
  },
  {
    q: "Hvad sker der efter 2016?",
    intent: "after-end",
    named: { year: 2016 },
    shows: ["31. december 2016", "ingen forlængelse"],
    hides: ["Overblik", "58"],
  },
  {
    q: "Hvad er budgettet for 2014 og 2015?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "budget", year: 2014 }, years: [2014, 2015] } },
    shows: ["ét år ad gangen", "Hvad er budgettet for 2014?", "Hvad er budgettet for 2015?"],
    hides: ["750.000", "1.500.000"],
  },
  {
    q: "Hvad er der i kantinen i dag?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "unknown" }, unknownWords: ["kantinen"] } },
    shows: ["»kantinen«"],
  },
  // Small talk.
  { q: "tak", intent: "thanks", named: {}, shows: ["Selv tak!"], hides: ["Prøv fx"] },
  { q: "godmorgen", intent: "greeting", named: {}, shows: ["Hej!"], hides: ["Hvordan går det med indbrud i forhold til målet for 2015?"] },
];

const en: Row[] = [
  {
    q: "How is burglary doing in 2015?",
    intent: "category-status",
    named: { category: "indbrud", year: 2015 },
    shows: ["Burglary 2015: 58 reports", "at most 62", "4 under"],
  },
  {
    q: "Will we hit the theft target?",
    intent: "category-status",
    named: { category: "tyverier" },
    shows: ["Theft 2015: 190 reports", "Target met: 5 under"],
  },
  {
    q: "Is theft better than last year?",
    intent: "year-comparison",
    named: { category: "tyverier", years: [2014, 2015] },
    shows: ["Theft: from 210 in 2014 to 190 in 2015 (−20, −9.5%)"],
  },
  // "meet the targets" is about targets, never a meeting; "need" asks what is missing.
  {
    q: "did we meet the targets in 2015",
    intent: "year-overview",
    named: { year: 2015 },
    shows: ["Overview 2015", "4 of 5 categories met the target"],
    hides: ["Next meeting"],
  },
  {
    q: "what do we still need for the status report",
    intent: "report-readiness",
    named: {},
    shows: ["status report needs"],
    hides: ["published in May"],
  },
  {
    q: "Do we need more meetings?",
    intent: "cadence",
    named: {},
    shows: ["Steering group: 1 held, 1 planned"],
    hides: ["Next meeting"],
  },
  {
    // 64 + 210 + 60 + 61 + 44 + 58.
    q: "How many crimes in total in 2014?",
    intent: "year-overview",
    named: { year: 2014, total: true },
    shows: ["In total 497 reports in 2014 across the 6 categories", "Overview 2014"],
  },
  {
    q: "Remind me before the steering group meets",
    intent: "subscribe",
    named: { group: "steering" },
    shows: ["subscribe to reminders"],
    hides: ["Next steering group meeting"],
  },
  { q: "Who are you?", intent: "help", named: {}, shows: ["I answer questions"], hides: ["Parties"] },
  {
    q: "How many burglaries were there in 2012?",
    intent: "category-status",
    named: { category: "indbrud", year: 2012 },
    shows: ["Burglary 2012: 77 reports – the agreement's baseline", "The first year with targets is 2013"],
  },
  {
    q: "burglaries 2014",
    intent: "category-status",
    named: { category: "indbrud", year: 2014 },
    shows: ["64 reports", "at most 65", "1 under"],
  },
  {
    q: "break-ins last year",
    intent: "category-status",
    named: { category: "indbrud", year: 2014, yearOffset: -1 },
    shows: ["64 reports"],
  },
  {
    q: "How are thefts doing this year?",
    intent: "category-status",
    named: { category: "tyverier", year: 2015, yearOffset: 0 },
    shows: ["190 reports", "at most 195", "5 under"],
  },
  {
    q: "theft 2014",
    intent: "category-status",
    named: { category: "tyverier", year: 2014 },
    shows: ["210 reports", "at most 207", "3 over"],
  },
  {
    q: "violence and threats 2015",
    intent: "category-status",
    named: { category: "vold-trusler", year: 2015 },
    shows: ["63 reports", "at most 58", "5 over"],
  },
  {
    q: "assaults in 2013",
    intent: "category-status",
    named: { category: "vold-trusler", year: 2013 },
    shows: ["68 reports", "at most 66", "2 over"],
  },
  {
    q: "vandalism status 2015",
    intent: "category-status",
    named: { category: "haervaerk", year: 2015 },
    shows: ["54 reports", "at most 56", "2 under"],
  },
  {
    q: "vandalsim 2014",
    intent: "category-status",
    named: { category: "haervaerk", year: 2014 },
    shows: ["61 reports", "at most 60", "1 over"],
  },
  {
    q: "How are drugs doing in 2015?",
    intent: "category-status",
    named: { category: "narkotika", year: 2015 },
    shows: ["no figure for drugs in 2015", "Latest figure: Drugs 2014: 44"],
  },
  {
    q: "drug offences 2013",
    intent: "category-status",
    named: { category: "narkotika", year: 2013 },
    shows: ["50 reports", "at most 47", "3 over"],
  },
  { q: "harrassment 2015", intent: "category-status", named: { category: "chikane", year: 2015 }, shows: ["57 reports", "at most 58"] },
  {
    q: "Did we meet the burglary target in 2014?",
    intent: "category-status",
    named: { category: "indbrud", year: 2014 },
    shows: ["64 reports", "at most 65"],
  },
  {
    q: "criminal damage in 2013",
    intent: "category-status",
    named: { category: "haervaerk", year: 2013 },
    shows: ["60 reports", "at most 63"],
  },
  {
    q: "What is the 2016 target for theft?",
    intent: "category-target",
    named: { category: "tyverier", year: 2016 },
    shows: ["at most 183"],
  },
  {
    q: "What's the goal for harassment in 2014?",
    intent: "category-target",
    named: { category: "chikane", year: 2014 },
    shows: ["at most 61", "The actual figure is 58"],
  },
  {
    q: "What are the targets for vandalism?",
    intent: "category-target",
    named: { category: "haervaerk" },
    shows: ["2013: at most 63", "2014: at most 60", "2015: at most 56", "2016: at most 53"],
  },
  {
    q: "How has vandalism developed over the years?",
    intent: "category-trend",
    named: { category: "haervaerk" },
    shows: ["2012: 70", "2013: 60", "2014: 61", "2015: 54"],
  },
  { q: "history of harassment", intent: "category-trend", named: { category: "chikane" }, shows: ["2013: 66", "2014: 58", "2015: 57"] },
  {
    q: "Compare burglary and vandalism in 2015",
    intent: "category-comparison",
    named: { categories: ["indbrud", "haervaerk"], year: 2015 },
    shows: ["Burglary 4 under the target (−6.5%)", "Vandalism 2 under the target (−3.6%)"],
  },
  {
    q: "drugs and harassment 2014",
    intent: "category-comparison",
    named: { categories: ["narkotika", "chikane"], year: 2014 },
    shows: ["Drugs exactly on target", "Harassment 3 under the target (−4.9%)"],
  },
  {
    q: "Is theft doing better than violence this year?",
    intent: "category-comparison",
    named: { categories: ["tyverier", "vold-trusler"], year: 2015, yearOffset: 0 },
    shows: ["Theft 5 under the target (−2.6%)", "Violence/threats 5 over the target (+8.6%)"],
  },
  {
    q: "burglary vs theft vs drugs 2013",
    intent: "category-comparison",
    named: { categories: ["indbrud", "tyverier", "narkotika"], year: 2013 },
    shows: ["Drugs 3 over the target (+6.4%)"],
  },
  {
    q: "Compare theft in 2014 and 2015",
    intent: "year-comparison",
    named: { category: "tyverier", years: [2014, 2015] },
    shows: ["from 210 in 2014 to 190 in 2015 (−20, −9.5%)"],
  },
  {
    q: "burglary 2013 vs 2015",
    intent: "year-comparison",
    named: { category: "indbrud", years: [2013, 2015] },
    shows: ["from 70 in 2013 to 58 in 2015 (−12, −17.1%)"],
  },
  {
    q: "How did we do in 2014 compared with 2015?",
    intent: "year-comparison",
    named: { years: [2014, 2015] },
    shows: ["4 of 6 categories met the target in 2014", "4 of 5 categories met the target in 2015"],
  },
  {
    q: "Which category is doing worst?",
    intent: "ranking",
    named: { ranking: "worst" },
    shows: ["Worst in 2015 against its target: Violence/threats, 63 against at most 58 (+5, +8.6%)"],
  },
  {
    q: "Which category is doing best in 2014?",
    intent: "ranking",
    named: { ranking: "best", year: 2014 },
    shows: ["Best in 2014 against its target: Harassment, 58 against at most 61 (−3, −4.9%)"],
  },
  {
    q: "Most improved since 2012?",
    intent: "ranking",
    named: { ranking: "improved", year: 2012 },
    shows: ["Most improved since 2012: Burglary, from 77 in 2012 to 58 in 2015 (−19, −24.7%)"],
  },
  {
    q: "Which categories missed the target in 2014?",
    intent: "ranking",
    named: { ranking: "missed", year: 2014 },
    shows: ["In 2014, 2 of 6 categories missed the target: Theft 3 over the target (+1.4%) and Vandalism 1 over the target (+1.7%)"],
  },
  {
    q: "Which targets were met in 2013?",
    intent: "ranking",
    named: { ranking: "met", year: 2013 },
    shows: ["In 2013, 2 of 6 categories met the target: Theft and Vandalism"],
  },
  {
    q: "How many targets were missed last year?",
    intent: "ranking",
    named: { ranking: "missed", year: 2014, yearOffset: -1 },
    shows: ["2 of 6"],
  },
  {
    q: "When is the next steering group meeting?",
    intent: "next-meeting",
    named: { group: "steering" },
    shows: ["Tuesday 6 October 2015, 09:00–11:00"],
  },
  {
    q: "next working group meeting",
    intent: "next-meeting",
    named: { group: "working" },
    shows: ["Tuesday 22 September 2015, 14:00–16:00"],
  },
  {
    q: "When was the last steering group meeting?",
    intent: "last-meeting",
    named: { group: "steering" },
    shows: ["Tuesday 10 March 2015", "Tryghedsplan 2015"],
  },
  { q: "previous meeting", intent: "last-meeting", named: {}, shows: ["Tuesday 25 August 2015", "Sommerens aktiviteter"] },
  {
    q: "What was discussed at the latest working group meeting?",
    intent: "last-meeting",
    named: { group: "working" },
    shows: ["25 August 2015"],
  },
  {
    q: "What was the steering group meeting in March about?",
    intent: "meeting-on-date",
    named: { group: "steering", date: { month: 3 } },
    shows: ["Tryghedsplan 2015"],
  },
  { q: "the meeting on 19 May", intent: "meeting-on-date", named: { date: { month: 5, day: 19 } }, shows: ["Statusrapport"] },
  { q: "meetings in June 2015", intent: "meeting-on-date", named: { date: { month: 6 }, year: 2015 }, shows: ["Sommerferie", "cancelled"] },
  {
    q: "Which meetings do we have this year?",
    intent: "meetings-list",
    named: { year: 2015, yearOffset: 0 },
    shows: ["5 held, 3 planned, 1 cancelled"],
  },
  {
    q: "list the steering group meetings",
    intent: "meetings-list",
    named: { group: "steering" },
    shows: ["1 held, 1 planned, 0 cancelled"],
  },
  {
    q: "How many meetings has the working group held this year?",
    intent: "cadence",
    named: { group: "working", year: 2015, yearOffset: 0 },
    shows: ["4 held, 2 planned"],
  },
  {
    q: "Which activities are there under bridge-building?",
    intent: "activities",
    named: { focusArea: "brobygning" },
    shows: ["2 activities", "Fritidsjob til unge", "Lektiecafé i Kvarterhuset"],
  },
  {
    q: "What is the police responsible for?",
    intent: "activities",
    named: { party: "politi" },
    shows: ["1 activity", "Tryghedsvandringer"],
  },
  { q: "Which activities is TMF responsible for?", intent: "activities", named: { party: "tmf" }, shows: ["2 activities"] },
  { q: "activities in the urban space focus area", intent: "activities", named: { focusArea: "trygt-byrum" }, shows: ["2 activities"] },
  {
    q: "How many activities are finished?",
    intent: "activities",
    named: { activityStatus: "finished" },
    shows: ["1 activity", "Bedre belysning på stierne"],
  },
  {
    q: "planned activities",
    intent: "activities",
    named: { activityStatus: "planned" },
    shows: ["1 activity", "Lektiecafé i Kvarterhuset"],
  },
  {
    q: "Which activities does 3B run?",
    intent: "activities",
    named: { party: "bolig-1" },
    shows: ["1 activity", "Nyhedsbrev til beboerne"],
  },
  { q: "safety plan activities in 2015", intent: "activities", named: { year: 2015 }, shows: ["5 activities"], hides: ["Bedre belysning"] },
  { q: "cancelled activities", intent: "activities", named: { activityStatus: "cancelled" }, shows: ["1 activity", "Sommerfest"] },
  { q: "activities of the secretariat", intent: "activities", named: { party: "sekretariat" }, shows: ["1 activity", "Sommerfest"] },
  { q: "How many SSP activations were there in 2014?", intent: "ssp", named: { year: 2014 }, shows: ["2014: 6"] },
  { q: "safety index 2014", intent: "safety-index", named: { year: 2014 }, shows: ["reduced"] },
  {
    q: "What is the budget for 2014?",
    intent: "budget",
    named: { year: 2014 },
    shows: ["allocated DKK 750,000", "spent DKK 690,000", "remaining DKK 60,000"],
  },
  { q: "When does the agreement expire?", intent: "agreement-facts", named: { facet: "period" }, shows: ["31 December 2016"] },
  {
    q: "How is the parking doing?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "year-overview" }, unknownWords: ["parking"] } },
    shows: ['"parking"'],
    hides: ["58", "Overview"],
  },
  {
    q: "What is the safety index for 2013 and 2014?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "safety-index", year: 2013 }, years: [2013, 2014] } },
    shows: ["one year at a time"],
    hides: ["ordinary", "reduced"],
  },
  {
    q: "burglary target after 2016",
    intent: "unsure",
    named: { doubt: { instead: { intent: "category-target", category: "indbrud", year: 2016 }, bound: "after 2016" } },
    shows: ['"after 2016"'],
    hides: ["at most 58"],
  },
  {
    q: "What's for lunch in the canteen?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "unknown" }, unknownWords: ["lunch", "canteen"] } },
    shows: ['"lunch" and "canteen"'],
  },
  {
    q: "burglary target in March 2015",
    intent: "unsure",
    named: { doubt: { instead: { intent: "category-target", category: "indbrud", year: 2015 }, date: { month: 3 } } },
    shows: ['"March 2015"', "whole years"],
    hides: ["58", "62"],
  },
  {
    q: "burglaries in March 2015",
    intent: "category-month",
    named: { category: "indbrud", year: 2015, date: { month: 3 } },
    shows: ["Burglary in March 2015: no figure.", "only the whole year: 58 reports"],
  },
  {
    q: "What are the partnership's objectives?",
    intent: "objectives",
    named: { facet: "objectives" },
    shows: ["4 activations against 6 in 2012", "4 of 5 categories met the target"],
  },
  {
    q: "Who chairs the steering group?",
    intent: "organisation",
    named: { facet: "chair", group: "steering" },
    shows: ["Chair of the steering group", "Bjarne Winge"],
  },
  {
    q: "who runs the secretariat?",
    intent: "organisation",
    named: { facet: "secretariat" },
    shows: ["Økonomiforvaltningen", "half a full-time post"],
  },
  {
    q: "Who prepares the status report?",
    intent: "organisation",
    named: { facet: "secretariat" },
    shows: ["Økonomiforvaltningen", "responsible for writing a yearly status report"],
    hides: ["draft", "targets were met"],
  },
  {
    q: "Who is in charge of the tracker?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "agreement-facts", facet: "parties" }, unknownWords: ["tracker"] } },
    shows: ['"tracker"'],
    hides: ["Parties"],
  },
  {
    q: "Send me the status report",
    intent: "status-report",
    named: {},
    shows: ["Status report 2014 (draft)"],
  },
  {
    q: "Who is responsible for the safety plan?",
    intent: "agreement-facts",
    named: { facet: "safety-plan" },
    shows: ["at least once a year"],
    hides: ["activities in the safety plan"],
  },
  {
    q: "When do we have to write the status report?",
    intent: "agreement-facts",
    named: { facet: "status-report" },
    shows: ["published in May"],
    hides: ["draft", "targets were met"],
  },
  {
    q: "Who chairs the working group?",
    intent: "organisation",
    named: { facet: "chair", group: "working" },
    shows: ["Chair of the working group"],
  },
  {
    q: "Who signed the agreement?",
    intent: "signatories",
    named: { facet: "signatories" },
    shows: ["Bjarne Winge", "Peter Juul Andersen"],
  },
  { q: "What share of residents feel unsafe?", intent: "safety-survey", named: {}, shows: ["27%", "Lower is better"] },
  {
    q: "Which category has the most reports?",
    intent: "ranking",
    named: { ranking: "most" },
    shows: ["Most reports in 2015: Theft, 190.", "1. Theft: 190, 5 under the target"],
    hides: ["Overview 2015"],
  },
  {
    q: "Which category had the fewest reports in 2014?",
    intent: "ranking",
    named: { ranking: "fewest", year: 2014 },
    shows: ["Fewest reports in 2014: Drugs, 44."],
  },
  {
    q: "Which category is furthest from its target?",
    intent: "ranking",
    named: { ranking: "worst" },
    shows: ["Worst in 2015 against its target: Violence/threats, 63 against at most 58"],
  },
  { q: "Rank the categories", intent: "ranking", named: { ranking: "best" }, shows: ["Best in 2015 against its target: Burglary"] },
  {
    q: "What does the working group do?",
    intent: "organisation",
    named: { facet: "tasks", group: "working" },
    shows: ["The working group's role: planning and organising the focus areas"],
    hides: ["Next working group meeting"],
  },
  {
    q: "What is the steering group's role?",
    intent: "organisation",
    named: { facet: "tasks", group: "steering" },
    shows: ["The steering group's role: the overall responsibility"],
  },
  {
    q: "Is violence going up or down?",
    intent: "year-comparison",
    named: { category: "vold-trusler", years: [2014, 2015] },
    shows: ["Violence/threats: from 60 in 2014 to 63 in 2015 (+3, +5.0%)."],
  },
  {
    q: "Which targets did we miss last year?",
    intent: "ranking",
    named: { ranking: "missed", year: 2014, yearOffset: -1 },
    shows: ["In 2014"],
  },
  { q: "How safe do residents feel?", intent: "safety-survey", named: {}, shows: ["27%"] },
  {
    q: "burglaries in the first half of 2015?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "category-status", category: "indbrud", year: 2015 }, partOfYear: true } },
    shows: ["a part of the year"],
    hides: ["58"],
  },
  // Asking which reminders one has never switches them on.
  { q: "do I have any reminders?", intent: "list-subscriptions", named: {}, shows: ["which reminders"] },
  { q: "what reminders do I have?", intent: "list-subscriptions", named: {}, shows: ["which reminders"] },
  // Meeting targets is no meeting.
  { q: "are we meeting our targets?", intent: "year-overview", named: {}, shows: ["Overview 2015"], hides: ["Next meeting"] },
  // "safety" is a broad word: the safety walks are not the safety index.
  {
    q: "who is responsible for the safety walks?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "safety-index" }, unknownWords: ["walks"] } },
    shows: ['"walks"'],
    hides: ["Safety index 2014"],
  },
  {
    q: "violence in Q2",
    intent: "unsure",
    named: { doubt: { instead: { intent: "category-status", category: "vold-trusler" }, partOfYear: true } },
    shows: ["a part of the year"],
  },
  { q: "drugs for may", intent: "category-month", named: { category: "narkotika", date: { month: 5 } }, shows: ["Drugs in May 2015"] },
  {
    q: "is theft increasing this year?",
    intent: "year-comparison",
    named: { category: "tyverier", years: [2014, 2015] },
    shows: ["Theft: from 210 in 2014 to 190 in 2015"],
  },
  {
    q: "When did the steering group meet in 2015?",
    intent: "meetings-list",
    named: { year: 2015, group: "steering" },
    shows: ["The steering group's meetings in 2015: 1 held, 1 planned"],
  },
  {
    q: "When does the newsletter end?",
    intent: "unsure",
    named: { doubt: { instead: { intent: "agreement-facts", facet: "period" }, unknownWords: ["newsletter"] } },
    shows: ['"newsletter"'],
    hides: ["31 December 2016"],
  },
  { q: "What is the forecast for this year?", intent: "year-overview", named: { year: 2015, yearOffset: 0 }, shows: ["Overview 2015"] },
  {
    q: "Which organisations are part of the partnership?",
    intent: "agreement-facts",
    named: { facet: "parties" },
    shows: ["Økonomiforvaltningen", "Copenhagen Police"],
  },
  { q: "What do we still need to fill in in the tracker?", intent: "report-readiness", named: {}, shows: ["2014 status report"] },
  {
    q: "When was the agreement signed?",
    intent: "agreement-facts",
    named: { facet: "signing" },
    shows: ["does not give the date it was signed", "from the date of signing up to and including 31 December 2016"],
  },
  { q: "thanks", intent: "thanks", named: {}, shows: ["You're welcome!"] },
  { q: "Good morning", intent: "greeting", named: {}, shows: ["Hello!"] },
];

const table: Array<Row & { lang: Lang }> = [
  ...da.map((r) => ({ ...r, lang: "da" as const })),
  ...en.map((r) => ({ ...r, lang: "en" as const })),
];

describe("the questions partners ask", () => {
  it("has at least 120 questions, half in each language", () => {
    expect(table.length).toBeGreaterThanOrEqual(120);
    expect(da.length).toBeGreaterThanOrEqual(60);
    expect(en.length).toBeGreaterThanOrEqual(60);
    expect(new Set(table.map((r) => r.q)).size).toBe(table.length);
  });

  for (const row of table) {
    it(`${row.lang}: ${row.q} → ${row.intent}`, () => {
      const { followUp: _followUp, ...u } = understand(row.q, options);
      expect(u).toEqual({ intent: row.intent, lang: row.lang, ...row.named });
      const answer = answerQuestion(row.q, context());
      expect(answer.intent).toBe(row.intent);
      for (const part of row.shows) expect(answer.text).toContain(part);
      for (const part of row.hides ?? []) expect(answer.text).not.toContain(part);
      expectValidCard(answer.card);
    });
  }
});

/**
 * The questions the first trial got wrong, word for word as the issue quotes them: each
 * must now be understood as asked, and must not give the wrong answer it gave then (the next
 * meeting for the last, the first category only, SSP activations for SSP's activities, the
 * safety index for the safety plan, a crime overview for a subject outside the partnership, the
 * whole help text for a thank-you).
 */
const trialWrong: Array<Row & { lang: Lang }> = [
  {
    lang: "da",
    q: "Hvornår var sidste styregruppemøde?",
    intent: "last-meeting",
    named: { group: "steering" },
    shows: ["Seneste styregruppemøde"],
    hides: ["Næste"],
  },
  {
    lang: "en",
    q: "When was the last working group meeting?",
    intent: "last-meeting",
    named: { group: "working" },
    shows: ["Last working group meeting: Tuesday 25 August 2015"],
    hides: ["Next", "22 September"],
  },
  {
    lang: "da",
    q: "Hvad blev der drøftet på styregruppemødet i juni?",
    intent: "meeting-on-date",
    named: { group: "steering", date: { month: 6 } },
    shows: ["intet styregruppemøde i juni 2015"],
    hides: ["Næste", "22. september"],
  },
  {
    lang: "da",
    q: "Sammenlign tyverier i 2014 og 2015",
    intent: "year-comparison",
    named: { category: "tyverier", years: [2014, 2015] },
    shows: ["fra 210 i 2014 til 190 i 2015", "Tyverier 2014: 210", "Tyverier 2015: 190"],
  },
  {
    lang: "da",
    q: "Går det bedre med hærværk end med chikane?",
    intent: "category-comparison",
    named: { categories: ["haervaerk", "chikane"] },
    shows: ["Hærværk 2015: 54", "Chikane 2015: 57"],
  },
  {
    lang: "en",
    q: "drugs and harassment 2015",
    intent: "category-comparison",
    named: { categories: ["narkotika", "chikane"], year: 2015 },
    shows: ["Drugs 2015: no figure", "Harassment 2015: 57"],
  },
  {
    lang: "da",
    q: "Hvilke aktiviteter er der under brobygning?",
    intent: "activities",
    named: { focusArea: "brobygning" },
    shows: ["2 aktiviteter", "Fritidsjob til unge"],
  },
  {
    lang: "da",
    q: "Hvilke aktiviteter har SSP ansvar for?",
    intent: "activities",
    named: { party: "ssp" },
    shows: ["Fritidsjob til unge"],
    hides: ["aktiveringer"],
  },
  { lang: "da", q: "tryghedsplan", intent: "activities", named: {}, shows: ["aktiviteter i tryghedsplanen"], hides: ["tryghedsindeks"] },
  { lang: "en", q: "safety plan", intent: "activities", named: {}, shows: ["activities in the safety plan"], hides: ["safety index"] },
  {
    lang: "da",
    q: "Hvilken gerningstype går det dårligst med?",
    intent: "ranking",
    named: { ranking: "worst" },
    shows: ["Dårligst i 2015 i forhold til måltallet: Vold/Trusler"],
  },
  {
    lang: "en",
    q: "Most improved since 2012?",
    intent: "ranking",
    named: { ranking: "improved", year: 2012 },
    shows: ["Most improved since 2012"],
  },
  {
    lang: "da",
    q: "Hvordan går det med parkeringen?",
    intent: "unsure",
    named: {},
    shows: ["»parkeringen«"],
    hides: ["Overblik", "Indbrud", "190"],
  },
  // Once unsure (whole years only); since issue 16 the agreement's own answer: it ends, no extension named.
  {
    lang: "da",
    q: "Hvad sker der efter 2016?",
    intent: "after-end",
    named: { year: 2016 },
    shows: ["gælder til og med 31. december 2016", "ingen forlængelse"],
    hides: ["Overblik", "Indbrud", "190"],
  },
  { lang: "da", q: "tak", intent: "thanks", named: {}, shows: ["Selv tak!"], hides: ["Prøv fx"] },
  {
    lang: "en",
    q: "on 14 June",
    intent: "meeting-on-date",
    named: { date: { month: 6, day: 14 } },
    shows: ["no meeting on 14 June 2015", "In June 2015"],
  },
];

describe("the questions the issue's first trial got wrong", () => {
  for (const row of trialWrong) {
    it(`${row.lang}: ${row.q} → ${row.intent}`, () => {
      const { followUp: _followUp, doubt: _doubt, ...u } = understand(row.q, options);
      expect(u).toEqual({ intent: row.intent, lang: row.lang, ...row.named });
      const answer = answerQuestion(row.q, context());
      for (const part of row.shows) expect(answer.text).toContain(part);
      for (const part of row.hides ?? []) expect(answer.text).not.toContain(part);
      expectValidCard(answer.card);
    });
  }
});
