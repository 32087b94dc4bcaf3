/**
 * A tracker built directly as data, with the sample workbook's figure Indbrud 2015 = 58;
 * the other figures are chosen so that every RAG colour and the "no figure yet" case occur.
 * The activities name their focus areas and responsible parties in the ways a tracker does
 * (by name, id or number; full name, short form, or two parties in one cell).
 */
import type { AnswerContext, TrackerData, TrackerMeeting, YearFigures } from "../../shared/index";
import { bundledAgreement, fromCopenhagen } from "../../shared/index";

export const amager = (() => {
  const a = bundledAgreement("amager");
  if (!a) throw new Error("the bundled amager agreement is missing");
  return a;
})();

function years(values: Record<number, number | null>): YearFigures {
  return new Map(Object.entries(values).map(([y, v]) => [Number(y), v]));
}

export const crimeFigures: Record<string, Record<number, number | null>> = {
  indbrud: { 2012: 77, 2013: 70, 2014: 64, 2015: 58, 2016: null },
  tyverier: { 2012: 244, 2013: 215, 2014: 210, 2015: 190, 2016: null },
  "vold-trusler": { 2012: 73, 2013: 68, 2014: 60, 2015: 63, 2016: null },
  haervaerk: { 2012: 70, 2013: 60, 2014: 61, 2015: 54, 2016: null },
  narkotika: { 2012: 52, 2013: 50, 2014: 44, 2015: null, 2016: null },
  chikane: { 2012: 72, 2013: 66, 2014: 58, 2015: 57, 2016: null },
};

const meeting = (m: TrackerMeeting): TrackerMeeting => m;

export const meetings: TrackerMeeting[] = [
  meeting({
    date: "2015-03-10",
    start: "09:00",
    end: "11:00",
    group: "steering",
    place: "Københavns Rådhus",
    topic: "Tryghedsplan 2015",
    status: "held",
  }),
  meeting({
    date: "2015-10-06",
    start: "09:00",
    end: "11:00",
    group: "steering",
    place: "Københavns Rådhus, værelse 52",
    topic: "Status på tryghedsplanen",
    status: "planned",
  }),
  meeting({
    date: "2015-01-20",
    start: "14:00",
    end: "16:00",
    group: "working",
    place: "Hørgården beboerhus",
    topic: "Årsplan",
    status: "held",
  }),
  meeting({
    date: "2015-03-17",
    start: "14:00",
    end: "16:00",
    group: "working",
    place: "Hørgården beboerhus",
    topic: "Tryghedsvandring",
    status: "held",
  }),
  meeting({
    date: "2015-05-19",
    start: "14:00",
    end: "16:00",
    group: "working",
    place: "Hørgården beboerhus",
    topic: "Statusrapport",
    status: "held",
  }),
  meeting({
    date: "2015-06-16",
    start: "14:00",
    end: "16:00",
    group: "working",
    place: "Hørgården beboerhus",
    topic: "Sommerferie",
    status: "cancelled",
  }),
  meeting({
    date: "2015-08-25",
    start: "14:00",
    end: "16:00",
    group: "working",
    place: "Hørgården beboerhus",
    topic: "Sommerens aktiviteter",
    status: "held",
  }),
  meeting({
    date: "2015-09-22",
    start: "14:00",
    end: "16:00",
    group: "working",
    place: "Remisevænget Nord, fælleshuset",
    topic: "Belysning i stierne",
    status: "planned",
  }),
  meeting({
    date: "2015-11-17",
    start: "14:00",
    end: "16:00",
    group: "working",
    place: "Hørgården beboerhus",
    topic: "Budget 2016",
    status: "planned",
  }),
];

export const tracker: TrackerData = {
  agreementRef: "amager",
  crime: new Map(Object.entries(crimeFigures).map(([id, v]) => [id, years(v)])),
  crimeByMonth: new Map(),
  meetings,
  sspActivations: years({ 2012: 6, 2013: 5, 2014: 6, 2015: 4 }),
  safetyIndex: [
    { year: 2012, area: "Distrikt 29", level: "reduceret" },
    { year: 2013, area: "Distrikt 29", level: "ordinaer" },
    { year: 2014, area: "Distrikt 29", level: "reduceret" },
  ],
  safetySurvey: [{ year: 2015, area: "Særanalyse for Amager Partnerskab", sharePercent: 27 }],
  budget: [
    { year: 2014, allocatedKr: 750_000, spentKr: 690_000 },
    { year: 2015, allocatedKr: 1_500_000, spentKr: 1_100_000 },
    { year: 2016, allocatedKr: 1_500_000, spentKr: null },
  ],
  activities: [
    {
      focusArea: "Brobygning",
      focusAreaId: "brobygning",
      activity: "Fritidsjob til unge",
      responsible: "SSP København",
      start: "2013-08-01",
      end: "2016-12-31",
      status: "I gang",
    },
    {
      focusArea: "brobygning",
      focusAreaId: "brobygning",
      activity: "Lektiecafé i Kvarterhuset",
      responsible: "BUF",
      start: "2015-09-01",
      end: "2016-06-30",
      status: "Planlagt",
    },
    {
      focusArea: "2",
      focusAreaId: "trygt-byrum",
      activity: "Bedre belysning på stierne",
      responsible: "Teknik- og Miljøforvaltningen",
      start: "2014-03-01",
      end: "2014-11-30",
      status: "Afsluttet",
    },
    {
      focusArea: "trygt-byrum",
      focusAreaId: "trygt-byrum",
      activity: "Tryghedsvandringer",
      responsible: "Københavns Politi og TMF",
      start: "2013-05-01",
      end: null,
      status: "I gang",
    },
    {
      focusArea: "omdoemme",
      focusAreaId: "omdoemme",
      activity: "Nyhedsbrev til beboerne",
      responsible: "Boligforeningen 3B",
      start: "2013-03-01",
      end: "2016-12-31",
      status: "igangværende",
    },
    {
      focusArea: "omdoemme",
      focusAreaId: "omdoemme",
      activity: "Sommerfest",
      responsible: "Sekretariatet",
      start: "2015-06-01",
      end: "2015-06-30",
      status: "Aflyst",
    },
  ],
};

/** Tuesday 15 September 2015, 10.00 in Copenhagen. */
export const NOW = fromCopenhagen({ year: 2015, month: 9, day: 15, hour: 10, minute: 0 });

export function context(overrides: Partial<AnswerContext> = {}): AnswerContext {
  return { agreement: amager, tracker, now: NOW, ...overrides };
}
