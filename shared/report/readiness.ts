/**
 * What the tracker lacks for a year's status report, each with the sheet to fill it in: crime
 * figures, SSP, the safety index (or, after it, the safety survey), spending, activities without a status, and meetings still
 * marked planned though their date has passed. Asked by `partnerskab report --check` and by
 * "hvad mangler til statusrapporten?".
 */
import { categoryById, crimeIndicators, safetyIndexIndicator, towardNormalIndicator } from "../agreement/lookup";
import type { Agreement, LocalizedText } from "../agreement/schema";
import { allocationForYear } from "../budget";
import { formatDate, monthName } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { monthsOf, yearlyFigures } from "../progress/index";
import { safetySurvey } from "../safety-survey";
import { sheetSpec, type TrackerSheet } from "../tracker/sheets/registry";
import type { TrackerData } from "../tracker/types";
import { activeInYear } from "./sections/activities";

export interface ReadinessItem {
  sheet: TrackerSheet;
  /** The sheet's name in each language, as the template writes it. */
  sheetName: LocalizedText;
  /** The cell, where one cell says it (a meeting's date); empty otherwise. */
  cell: string;
  /** What is missing. */
  text: LocalizedText;
}

function item(sheet: TrackerSheet, text: LocalizedText, cell = ""): ReadinessItem {
  const spec = sheetSpec(sheet);
  return { sheet, sheetName: { da: spec.da, en: spec.en }, cell, text };
}

/**
 * The sentence before the list (or instead of it), the same in Teams and on the command line:
 * "Trackeren mangler dette til statusrapporten for 2016:" / "Trackeren har det, … skal bruge."
 */
export function readinessHeadline(year: number, missing: number, lang: Lang): string {
  if (missing === 0)
    return t(lang, `Trackeren har det, statusrapporten for ${year} skal bruge.`, `The tracker has what the ${year} status report needs.`);
  return t(lang, `Trackeren mangler dette til statusrapporten for ${year}:`, `What the tracker lacks for the ${year} status report:`);
}

/** `today`: the Copenhagen date (YYYY-MM-DD) by which a planned meeting is in the past. */
export function reportReadiness(agreement: Agreement, tracker: TrackerData, year: number, today: string): ReadinessItem[] {
  const out: ReadinessItem[] = [];

  for (const ind of crimeIndicators(agreement)) {
    if ((yearlyFigures(tracker, ind.category).get(year) ?? null) !== null) continue;
    const name = categoryById(agreement, ind.category)?.name ?? { da: ind.category, en: ind.category };
    const months = monthsOf(tracker, ind.category).get(year)?.length ?? 0;
    out.push(
      item(
        "crime",
        months > 0
          ? {
              da: `${name.da} ${year}: intet tal for hele året; »${sheetSpec("months").da}« har kun januar–${monthName(months, "da")}.`,
              en: `${name.en} ${year}: no figure for the year; "${sheetSpec("months").en}" has only January–${monthName(months, "en")}.`,
            }
          : { da: `${name.da} ${year}: intet tal for anmeldelser.`, en: `${name.en} ${year}: no figure for reports.` },
      ),
    );
  }

  const ssp = towardNormalIndicator(agreement);
  if (ssp && (tracker.sspActivations.get(year) ?? null) === null) {
    out.push(item("ssp", { da: `Intet tal for SSP-aktiveringer i ${year}.`, en: `No figure for SSP activations in ${year}.` }));
  }

  // The safety index was published until its last year; after it the safety survey measures safety.
  const index = safetyIndexIndicator(agreement);
  if (index) {
    const surveyYear = index.lastYear !== undefined ? year > index.lastYear : year >= safetySurvey.firstYear;
    if (surveyYear && !tracker.safetySurvey.some((e) => e.year === year)) {
      out.push(item("safetySurvey", { da: `Ingen andel utrygge for ${year}.`, en: `No share of residents feeling unsafe for ${year}.` }));
    } else if (!surveyYear && !tracker.safetyIndex.some((e) => e.year === year)) {
      out.push(item("safetyIndex", { da: `Intet tryghedsindeks for ${year}.`, en: `No safety index for ${year}.` }));
    }
  }

  const budget = tracker.budget.find((b) => b.year === year);
  if (budget ? budget.spentKr === null : allocationForYear(agreement, year) > 0) {
    out.push(item("budget", { da: `Intet forbrug for ${year}.`, en: `No spending for ${year}.` }));
  }

  for (const a of tracker.activities) {
    if (!activeInYear(a, year) || a.status.trim() !== "") continue;
    out.push(
      item("activities", { da: `Aktiviteten »${a.activity}« har ingen status.`, en: `The activity "${a.activity}" has no status.` }),
    );
  }

  for (const m of tracker.meetings) {
    if (m.status !== "planned" || !m.date.startsWith(`${year}-`) || m.date >= today) continue;
    out.push(
      item(
        "meetings",
        {
          da: `Mødet ${formatDate(m.date, "da")} står stadig som planlagt; skriv »Afholdt« eller »Aflyst«.`,
          en: `The meeting on ${formatDate(m.date, "en")} is still marked planned; write "Held" or "Cancelled".`,
        },
        m.source?.cell ?? "",
      ),
    );
  }
  return out;
}
