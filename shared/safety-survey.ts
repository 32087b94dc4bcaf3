/**
 * Københavns Tryghedsundersøgelse (the city's safety survey): from 2015 it reports the share of
 * residents who feel unsafe (andel utrygge), by area. It followed the safety index
 * (Tryghedsindekset, published until 2014). Lower is better. An agreement that sets a ceiling on
 * the share (a `percentage-ceiling` indicator) is judged against it; one that does not, such as
 * Amager's, gets the share and its direction only, never a verdict.
 */
import type { LocalizedText } from "./agreement/schema";
import { type Direction, directionOf } from "./status";
import { foldDanish } from "./text/normalize";
import type { SafetySurveyEntry } from "./tracker/types";

export const safetySurvey: { name: LocalizedText; source: LocalizedText; firstYear: number } = {
  name: { da: "Andel utrygge", en: "Share of residents who feel unsafe" },
  source: { da: "Københavns Tryghedsundersøgelse", en: "Copenhagen's safety survey (Københavns Tryghedsundersøgelse)" },
  firstYear: 2015,
};

export interface SurveyShare {
  year: number;
  area: string;
  sharePercent: number;
  /** The same area's share in the latest earlier year, if the tracker has one. */
  previous?: { year: number; sharePercent: number };
  /** Percentage points since `previous`. */
  changePoints?: number;
  /** Since `previous`: down is better. */
  direction?: Direction;
}

/** The years the tracker has survey shares for, oldest first. */
export function surveyYears(entries: readonly SafetySurveyEntry[]): number[] {
  return [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
}

/** Each area's share in a year, with the change since the area's previous share. */
export function surveyShares(entries: readonly SafetySurveyEntry[], year: number): SurveyShare[] {
  return entries
    .filter((e) => e.year === year)
    .map((e) => {
      const earlier = entries.filter((x) => x.year < year && foldDanish(x.area) === foldDanish(e.area)).sort((a, b) => b.year - a.year)[0];
      const share: SurveyShare = { year, area: e.area, sharePercent: e.sharePercent };
      if (earlier) {
        const change = Math.round((e.sharePercent - earlier.sharePercent) * 10) / 10;
        share.previous = { year: earlier.year, sharePercent: earlier.sharePercent };
        share.changePoints = change;
        share.direction = directionOf(change);
      }
      return share;
    });
}
