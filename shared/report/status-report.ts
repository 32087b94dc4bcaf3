/**
 * The yearly status report (statusrapport) as a document, written from the agreement and the
 * tracker: a front page, a one-paragraph summary, one section per objective, meetings, the
 * safety plan's activities, the money, and a note on the figures. Renderers in
 * documents/status-report/ lay it out as Word or HTML.
 */
import type { Agreement } from "../agreement/schema";
import { copenhagenDate, formatInstant } from "../format/dates";
import { type Lang, t } from "../format/lang";
import type { GroupCadence } from "../meetings";
import type { TrackerData } from "../tracker/types";
import type { ReportChart } from "./charts";
import type { ReportBlock, ReportDocument, ReportSection } from "./document";
import { activitiesSections } from "./sections/activities";
import { type CrimeRow, crimeBlocks, crimeRows, crimeSummary, largestMovements } from "./sections/crime";
import { meetingCadence, meetingsBlocks, meetingsSummary } from "./sections/meetings";
import { type MoneyYear, moneyBlocks, moneySummary, moneyYears } from "./sections/money";
import { objectiveOutline, objectiveSections } from "./sections/objectives";
import { safetyBlocks, safetySummary } from "./sections/safety";
import { sspBlocks, sspSummary } from "./sections/ssp";

export interface StatusReportInput {
  agreement: Agreement;
  tracker: TrackerData;
  year: number;
  lang: Lang;
  /** When the figures were last saved or read: the front page's date of the data. */
  dataAsOf: Date;
  /** Where the figures came from, as the reader knows it: a file name, "the tracker in Microsoft 365". */
  source: string;
  /** Now: meetings ahead and behind are judged by today's Copenhagen date. */
  now: Date;
  /** The crime charts (made from shared/charts by reportCharts); none leaves them out. */
  charts?: readonly ReportChart[];
}

interface SummaryParts {
  agreement: Agreement;
  tracker: TrackerData;
  year: number;
  lang: Lang;
  crime: CrimeRow[];
  cadence: GroupCadence[];
  money: MoneyYear[];
}

/** The one-paragraph summary: targets met, the largest movements, then safety, SSP, meetings and money. */
function summaryText({ agreement, tracker, year, lang, crime, cadence, money }: SummaryParts): string {
  return [
    crimeSummary(crime, year, lang),
    largestMovements(crime, year, lang),
    safetySummary(agreement, tracker, year, lang),
    sspSummary(agreement, tracker, year, lang),
    meetingsSummary(agreement, cadence, lang),
    moneySummary(money, year, lang),
  ]
    .filter((s): s is string => s !== undefined && s !== "")
    .join(" ");
}

export interface ReportSummary {
  year: number;
  /** The summary paragraph, as the report's first section has it. */
  text: string;
  crime: CrimeRow[];
}

/** The report's summary without the rest of the report: what the bot's card shows. */
export function statusReportSummary(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang, now: Date): ReportSummary {
  const crime = crimeRows(agreement, tracker, year, lang);
  const cadence = meetingCadence(agreement, tracker, year, copenhagenDate(now));
  const money = moneyYears(agreement, tracker, year);
  return { year, crime, text: summaryText({ agreement, tracker, year, lang, crime, cadence, money }) };
}

export function statusReport(input: StatusReportInput): ReportDocument {
  const { agreement, tracker, year, lang } = input;
  const crime = crimeRows(agreement, tracker, year, lang);
  const cadence = meetingCadence(agreement, tracker, year, copenhagenDate(input.now));
  const money = moneyYears(agreement, tracker, year);
  const dataDate = formatInstant(input.dataAsOf, lang);

  const summary = summaryText({ agreement, tracker, year, lang, crime, cadence, money });

  const charts = (input.charts ?? []).map((chart): ReportBlock => ({ kind: "chart", chart }));
  const blocksFor = (part: "safety-index" | "ssp" | "crime"): ReportBlock[] => {
    switch (part) {
      case "safety-index":
        return safetyBlocks(agreement, tracker, year, lang);
      case "ssp":
        return sspBlocks(agreement, tracker, year, lang);
      case "crime":
        return [...crimeBlocks(crime, year, lang), ...charts];
    }
  };

  const sections: ReportSection[] = [
    {
      level: 1,
      heading: t(lang, "Sammenfatning", "Summary"),
      blocks: [
        { kind: "paragraph", text: summary },
        {
          kind: "placeholder",
          text: t(
            lang,
            `Skriv partnerskabets fortælling om ${year}: hvad der er sket, hvad der har virket, og hvad der skal ske.`,
            `Write the partnership's account of ${year}: what happened, what worked and what comes next.`,
          ),
        },
      ],
    },
    ...objectiveSections(objectiveOutline(agreement, lang), blocksFor),
    { level: 1, heading: t(lang, "Møder", "Meetings"), blocks: meetingsBlocks(agreement, cadence, lang) },
    {
      level: 1,
      heading: t(lang, "Tryghedsplanens aktiviteter", "The safety plan's activities"),
      blocks: [
        {
          kind: "paragraph",
          text: t(
            lang,
            `Aktiviteterne i ${year} pr. indsatsområde, med den status, de har i trackeren.`,
            `The activities in ${year} per focus area, with their status in the tracker.`,
          ),
        },
      ],
    },
    ...activitiesSections(agreement, tracker, year, lang),
    { level: 1, heading: t(lang, "Økonomi", "Money"), blocks: moneyBlocks(agreement, money, year, lang) },
    {
      level: 1,
      heading: t(lang, "Om tallene", "About the figures"),
      blocks: [
        {
          kind: "paragraph",
          text: t(
            lang,
            `Tallene kommer fra arbejdsgruppens tracker (${input.source}) pr. ${dataDate}, og måltallene fra partnerskabsaftalen. Udkastet er skrevet af Partnerskab; tekst markeret med »Skriv« udfyldes af partnerskabet, før rapporten offentliggøres.`,
            `The figures come from the working group's tracker (${input.source}) as of ${dataDate}, and the targets from the partnership agreement. This draft was written by Partnerskab; text marked "Write" is filled in by the partnership before the report is published.`,
          ),
        },
        ...agreement.notes.map((note): ReportBlock => ({ kind: "note", text: note[lang] })),
      ],
    },
  ];

  return {
    lang,
    title: t(lang, `Statusrapport ${year}`, `Status report ${year}`),
    subtitle: `${agreement.name[lang]} – ${agreement.area.name[lang]}`,
    front: [
      { label: t(lang, "Partnerskab", "Partnership"), value: agreement.name[lang] },
      { label: t(lang, "Område", "Area"), value: agreement.area.name[lang] },
      { label: t(lang, "År", "Year"), value: String(year) },
      { label: t(lang, "Data pr.", "Data as of"), value: dataDate },
      { label: t(lang, "Kilde", "Source"), value: input.source },
    ],
    frontNote: t(
      lang,
      "Udkast skrevet ud fra trackeren. Tekst markeret med »Skriv« udfyldes af partnerskabet.",
      'Draft written from the tracker. Text marked "Write" is filled in by the partnership.',
    ),
    runningHead: t(lang, `${agreement.name.da} – statusrapport ${year}`, `${agreement.name.en} – status report ${year}`),
    pageWord: t(lang, "Side", "Page"),
    contentsHeading: t(lang, "Indhold", "Contents"),
    sections,
  };
}
