/**
 * The data behind examples/amager-tracker.xlsx (written by `npm run examples`).
 * The 2012 figures are the Amager agreement's real baselines; everything for 2013–2016
 * (reports, monthly reports, meetings, SSP activations, safety index, survey shares, spending,
 * activities) is ILLUSTRATIVE, chosen so that the 2015 overview shows green, amber and red, and the
 * 2016 projections (January–August) a mix of them too; the workbook says so.
 * Indbrud 2015 = 58 is relied on by other tests and demos ("58 anmeldelser mod målet på højst 62").
 */

export const illustrativeNote = {
  da: "Eksempeldata: 2012 er aftalens baseline. Tallene for 2013–2016 (også månedstallene), møderne, SSP, tryghedsindeks, andelen af utrygge, forbrug og aktiviteter er illustrative, ikke virkelige.",
  en: "Sample data: 2012 is the agreement's baseline. The figures for 2013–2016 (the monthly ones too), the meetings, SSP, safety index, share feeling unsafe, spending and activities are illustrative, not real.",
};

/** Reports to the police per category (Danish name) and year; null = not known yet. */
export const crime: ReadonlyArray<readonly [string, ...(number | null)[]]> = [
  // Gerningstype     2012  2013  2014  2015  2016
  ["Indbrud", 77, 71, 63, 58, null], // 2015: target 62 → green, 4 under
  ["Tyverier", 244, 226, 212, 201, null], // 2015: target 195 → amber (+3 %)
  ["Vold/Trusler", 73, 70, 66, 65, null], // 2015: target 58 → red (+12 %)
  ["Hærværk", 70, 61, 57, 52, null], // 2015: target 56 → green
  ["Narkotika", 52, 50, 47, 45, null], // 2015: target 42 → red (+7 %)
  ["Chikane", 72, 64, 60, 57, null], // 2015: target 58 → green
];
export const crimeYears = [2012, 2013, 2014, 2015, 2016] as const;

/**
 * Reports per category (Danish name), year and month, January first (Måneder). ILLUSTRATIVE:
 * 2013–2015 add up to the yearly figures above; 2016 runs January–August (the demo date is
 * 1 September 2016), so the bot projects each category's year from the 2013–2015 seasonal
 * pattern: Indbrud 29 → 49 (green, the example), Tyverier → 189 (amber), Vold/Trusler
 * → 63 (red), Hærværk → 50 (green), Narkotika → 40 (amber), Chikane → 52 (green).
 */
export const crimeByMonth: ReadonlyArray<readonly [string, number, ...number[]]> = [
  // Gerningstype  År   Jan … Dec
  ["Indbrud", 2013, 7, 6, 6, 5, 4, 4, 4, 5, 7, 7, 8, 8],
  ["Indbrud", 2014, 6, 5, 5, 4, 4, 4, 4, 5, 6, 6, 7, 7],
  ["Indbrud", 2015, 6, 5, 5, 4, 3, 4, 4, 4, 5, 5, 6, 7],
  ["Indbrud", 2016, 5, 4, 4, 3, 3, 3, 3, 4],
  ["Tyverier", 2013, 15, 16, 19, 17, 20, 24, 22, 20, 21, 17, 16, 19],
  ["Tyverier", 2014, 14, 15, 18, 16, 19, 22, 20, 19, 20, 16, 15, 18],
  ["Tyverier", 2015, 13, 14, 17, 15, 18, 22, 19, 18, 19, 15, 14, 17],
  ["Tyverier", 2016, 12, 14, 15, 14, 18, 19, 18, 18],
  ["Vold/Trusler", 2013, 4, 5, 6, 5, 6, 7, 7, 7, 6, 5, 6, 6],
  ["Vold/Trusler", 2014, 4, 5, 6, 5, 6, 6, 6, 6, 6, 5, 5, 6],
  ["Vold/Trusler", 2015, 4, 5, 6, 5, 6, 6, 6, 6, 6, 5, 5, 5],
  ["Vold/Trusler", 2016, 4, 5, 5, 5, 6, 5, 6, 6],
  ["Hærværk", 2013, 4, 4, 5, 5, 5, 6, 5, 6, 6, 5, 5, 5],
  ["Hærværk", 2014, 4, 4, 5, 4, 5, 5, 5, 6, 5, 4, 5, 5],
  ["Hærværk", 2015, 3, 4, 5, 4, 5, 5, 4, 5, 5, 4, 4, 4],
  ["Hærværk", 2016, 3, 4, 4, 4, 5, 4, 4, 5],
  ["Narkotika", 2013, 4, 4, 4, 4, 4, 5, 4, 4, 5, 4, 4, 4],
  ["Narkotika", 2014, 4, 4, 4, 4, 4, 4, 3, 4, 4, 4, 4, 4],
  ["Narkotika", 2015, 3, 4, 4, 3, 4, 4, 3, 4, 4, 4, 4, 4],
  ["Narkotika", 2016, 3, 3, 3, 3, 4, 4, 3, 3],
  ["Chikane", 2013, 5, 5, 6, 5, 5, 6, 5, 5, 6, 5, 6, 5],
  ["Chikane", 2014, 5, 5, 6, 4, 5, 5, 4, 5, 6, 5, 5, 5],
  ["Chikane", 2015, 4, 5, 5, 4, 5, 5, 4, 5, 5, 5, 5, 5],
  ["Chikane", 2016, 4, 5, 5, 4, 4, 4, 4, 4],
];

const H = "Hørgården, beboerhuset";
const U = "Urbanplanen, Kvarterhuset";
const R = "Økonomiforvaltningen, Rådhuset";
const V = "Remisevænget, fælleshuset";
const S = "Styregruppe";
const A = "Arbejdsgruppe";

/** Dato, Start, Slut, Gruppe, Sted, Emne, Status. Held up to the demo date 2016-09-01, planned after. */
export const meetings: ReadonlyArray<readonly [string, string, string, string, string, string, string]> = [
  ["2013-02-05", "9:00", "11:00", A, H, "Kommissorium og mødeplan for 2013", "Afholdt"],
  ["2013-03-14", "14:00", "16:00", S, R, "Opstart: partnerskabsaftalen og tryghedsplanen", "Afholdt"],
  ["2013-04-04", "14:00", "16:00", A, U, "Tryghedsplanen: aktiviteter pr. indsatsområde", "Afholdt"],
  ["2013-05-21", "9:00", "11:00", A, H, "Tryghedsvandring i Hørgården", "Afholdt"],
  ["2013-06-20", "14:00", "16:00", A, U, "Sommeraktiviteter for unge", "Afholdt"],
  ["2013-08-27", "9:00", "11:00", A, V, "Opfølgning på sommeren", "Afholdt"],
  ["2013-10-03", "14:00", "16:00", A, H, "Anmeldelser fra Københavns Politi, 1.–3. kvartal", "Afholdt"],
  ["2013-11-12", "9:00", "11:00", S, R, "Status på måltal og tryghedsplan for 2014", "Afholdt"],
  ["2013-12-03", "9:00", "11:00", A, U, "Årsopfølgning og plan for 2014", "Afholdt"],
  ["2014-01-21", "9:00", "11:00", A, H, "Tryghedsplan 2014", "Afholdt"],
  ["2014-03-04", "9:00", "11:00", A, U, "Belysning og byrum", "Afholdt"],
  ["2014-03-13", "14:00", "16:00", S, R, "Statusrapport 2013 og måltal", "Afholdt"],
  ["2014-04-24", "14:00", "16:00", A, H, "Brobygning: fritidsjob og uddannelse", "Afholdt"],
  ["2014-06-05", "14:00", "16:00", A, U, "Sommeraktiviteter", "Aflyst"],
  ["2014-06-17", "9:00", "11:00", A, U, "Sommeraktiviteter (flyttet fra 5. juni)", "Afholdt"],
  ["2014-08-26", "9:00", "11:00", A, V, "Opfølgning på sommeren", "Afholdt"],
  ["2014-10-07", "9:00", "11:00", S, R, "Budget 2015 og tryghedsplan", "Afholdt"],
  ["2014-10-23", "14:00", "16:00", A, H, "Anmeldelser og SSP-aktiveringer", "Afholdt"],
  ["2014-12-02", "9:00", "11:00", A, U, "Årsopfølgning og plan for 2015", "Afholdt"],
  ["2015-01-20", "9:00", "11:00", A, H, "Tryghedsplan 2015", "Afholdt"],
  ["2015-03-05", "14:00", "16:00", A, U, "Kommunikation og omdømme", "Afholdt"],
  ["2015-03-12", "14:00", "16:00", S, R, "Statusrapport 2014", "Afholdt"],
  ["2015-04-21", "9:00", "11:00", A, H, "Tryghedsvandring i Urbanplanen", "Afholdt"],
  ["2015-06-04", "14:00", "16:00", A, V, "Sommeraktiviteter", "Afholdt"],
  ["2015-06-09", "9:00", "11:00", S, R, "Tryghedsindeks og budget", "Afholdt"],
  ["2015-08-25", "9:00", "11:00", A, U, "Opfølgning på sommeren", "Afholdt"],
  ["2015-10-06", "9:00", "11:00", S, R, "Status på måltal og budget 2016", "Afholdt"],
  ["2015-10-22", "14:00", "16:00", A, H, "Anmeldelser fra Københavns Politi, 1.–3. kvartal", "Afholdt"],
  ["2015-12-01", "9:00", "11:00", A, U, "Årsopfølgning og plan for 2016", "Afholdt"],
  ["2016-01-19", "9:00", "11:00", A, H, "Tryghedsplan 2016", "Afholdt"],
  ["2016-03-01", "9:00", "11:00", A, U, "Statusrapport 2015: bidrag", "Afholdt"],
  ["2016-03-10", "14:00", "16:00", S, R, "Statusrapport 2015", "Afholdt"],
  ["2016-04-21", "14:00", "16:00", A, H, "Brobygning: lektiecafé og fritidsjob", "Afholdt"],
  ["2016-06-02", "14:00", "16:00", A, V, "Sommeraktiviteter", "Afholdt"],
  ["2016-06-14", "9:00", "11:00", S, R, "Midtvejsstatus 2016", "Afholdt"],
  ["2016-08-23", "9:00", "11:00", A, U, "Opfølgning på sommeren", "Afholdt"],
  ["2016-09-06", "9:00", "11:00", A, H, "Anmeldelser fra Københavns Politi, 1. halvår 2016", "Planlagt"],
  ["2016-10-20", "14:00", "16:00", A, U, "Evaluering af aftaleperioden", "Planlagt"],
  ["2016-11-08", "9:00", "11:00", S, R, "Afslutning af aftaleperioden og ny aftale", "Planlagt"],
  ["2016-12-06", "9:00", "11:00", A, H, "Årsopfølgning og overdragelse", "Planlagt"],
];

/** År, Ekstraordinære aktiveringer (2012 = the agreement's baseline 6). */
export const ssp: ReadonlyArray<readonly [number, number]> = [
  [2012, 6],
  [2013, 7],
  [2014, 5],
  [2015, 4],
];

/**
 * År, Område, Behov: the safety index, published until 2014, so no level for 2015 or later.
 * 2012 district 29 = the agreement's "reduceret"; the rest (and the special analysis rows) are illustrative.
 */
export const safetyIndex: ReadonlyArray<readonly [number, string, string]> = [
  [2012, "Distrikt 29", "reduceret"],
  [2013, "Distrikt 29", "reduceret"],
  [2013, "Særanalyse for Amager Partnerskab", "ordinær"],
  [2014, "Distrikt 29", "reduceret"],
  [2014, "Særanalyse for Amager Partnerskab", "ordinær"],
];

/** År, Område, Andel utrygge (%): Københavns Tryghedsundersøgelse from 2015, illustrative. */
export const safetySurvey: ReadonlyArray<readonly [number, string, number]> = [
  [2015, "Amager Vest", 15],
  [2015, "Særanalyse for Amager Partnerskab", 27],
  [2016, "Amager Vest", 14],
  [2016, "Særanalyse for Amager Partnerskab", 24],
];

/** År, Forbrugt (kr.); Bevilget comes from the agreement. */
export const spending: ReadonlyArray<readonly [number, number]> = [
  [2014, 712_500],
  [2015, 1_462_300],
  [2016, 640_000],
];

/** Indsatsområde (the agreement's focus area id), Aktivitet, Ansvarlig, Start, Slut, Status. */
export const activities: ReadonlyArray<readonly [string, string, string, string, string, string]> = [
  ["omdoemme", "Nyhedsbrev til beboerne hvert kvartal", "Boligforeningen 3B", "2013-03-01", "2016-12-31", "I gang"],
  ["omdoemme", "Gode historier fra området i lokalavisen", "Sekretariatet", "2014-01-01", "2016-12-31", "I gang"],
  ["trygt-byrum", "Bedre belysning på stierne i Urbanplanen", "Teknik- og Miljøforvaltningen", "2014-03-01", "2014-11-30", "Afsluttet"],
  ["trygt-byrum", "Tryghedsvandringer to gange om året", "Københavns Politi", "2013-05-01", "2016-12-31", "I gang"],
  ["brobygning", "Fritidsjob til unge på 13–17 år", "SSP København", "2013-08-01", "2016-12-31", "I gang"],
  ["brobygning", "Lektiecafé i Kvarterhuset", "Børne- og Ungdomsforvaltningen", "2015-09-01", "2016-06-30", "Afsluttet"],
];
