/**
 * The safety plan's activities (the tracker's `Aktiviteter` sheet) picked by what a partner asks:
 * a focus area, a responsible party (matched in the `Ansvarlig` text by full name or short form,
 * so "SSP København" is SSP's and "TMF og politiet" is both), a status (read loosely from the
 * `Status` text) and a year (the activity ran at some time in it).
 */
import { responsibleParties } from "./agreement/responsible-parties";
import type { Agreement } from "./agreement/schema";
import type { ActivityStatus } from "./ask/types";
import { foldDanish } from "./text/normalize";
import type { ActivityEntry } from "./tracker/types";
import { activityStatusTerms, termMatcher } from "./tracker/vocabulary";

export interface ActivityFilter {
  focusArea?: string;
  party?: string;
  status?: ActivityStatus;
  year?: number;
}

const statusOf = termMatcher(activityStatusTerms);

/** Where an activity stands, from its `Status` text; undefined for a text none of the usual words fit. */
export function activityStatus(entry: ActivityEntry): ActivityStatus | undefined {
  return statusOf(entry.status)?.id;
}

/** Words as matched: folded, split on anything but letters and digits. */
function words(text: string): string[] {
  return foldDanish(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

const partyWords = new WeakMap<Agreement, ReadonlyMap<string, readonly (readonly string[])[]>>();

function wordsOfParties(agreement: Agreement): ReadonlyMap<string, readonly (readonly string[])[]> {
  let known = partyWords.get(agreement);
  if (!known) {
    known = new Map(responsibleParties(agreement).map((p) => [p.id, p.words.map(words)]));
    partyWords.set(agreement, known);
  }
  return known;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) if (needle.every((w, j) => haystack[i + j] === w)) return true;
  return false;
}

/** The activity names the party in its `Ansvarlig` text. */
export function isResponsible(entry: ActivityEntry, partyId: string, agreement: Agreement): boolean {
  const names = wordsOfParties(agreement).get(partyId) ?? [];
  const responsible = words(entry.responsible);
  return names.some((name) => containsRun(responsible, name));
}

/** The activity ran at some time in the year (an open start or end runs on). */
export function ranIn(entry: ActivityEntry, year: number): boolean {
  return (entry.start ?? "0000-00-00") <= `${year}-12-31` && (entry.end ?? "9999-12-31") >= `${year}-01-01`;
}

export function activitiesMatching(entries: readonly ActivityEntry[], filter: ActivityFilter, agreement: Agreement): ActivityEntry[] {
  // "i gang i 2014": running in that year, whatever its status is now.
  const status = filter.status === "running" && filter.year !== undefined ? undefined : filter.status;
  return entries.filter(
    (e) =>
      (filter.focusArea === undefined || e.focusAreaId === filter.focusArea) &&
      (filter.party === undefined || isResponsible(e, filter.party, agreement)) &&
      (status === undefined || activityStatus(e) === status) &&
      (filter.year === undefined || ranIn(e, filter.year)),
  );
}
