/**
 * The agreement's period as the rest of the product needs it. An agreement may run "fra
 * underskriftsdatoen" (from the date of signing) without giving that date: then its first day
 * is unknown, and nothing here makes one up. Where a year is needed (cadence, status reports,
 * the tracker's years), the first year is the one the agreement itself starts counting from.
 */
import type { Agreement } from "./schema";

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The first day when the agreement gives it: its start date, or the signing date when known. */
export function knownStartDate(agreement: Agreement): string | undefined {
  const { start, signedOn } = agreement.period;
  return start === "signing" ? signedOn : start;
}

/**
 * The first year the agreement covers: the year of its first day when known; otherwise the
 * first year it sets a target or money for (Amager: "i perioden 2013 til 2016", targets from
 * 2013); the end year when it sets neither.
 */
export function firstAgreementYear(agreement: Agreement): number {
  const start = knownStartDate(agreement);
  if (start !== undefined) return yearOf(start);
  const years: number[] = [];
  for (const ind of agreement.indicators) if (ind.kind === "count-reduction") for (const t of ind.targets) years.push(t.year);
  for (const line of agreement.budget) {
    const y = line.year ?? line.fromYear;
    if (y !== undefined) years.push(y);
  }
  return years.length > 0 ? Math.min(...years, lastAgreementYear(agreement)) : lastAgreementYear(agreement);
}

export function lastAgreementYear(agreement: Agreement): number {
  return yearOf(agreement.period.end);
}

/** Is a calendar date (YYYY-MM-DD) past the agreement's last day? */
export function agreementHasEnded(agreement: Agreement, date: string): boolean {
  return date > agreement.period.end;
}

/** Is a calendar date (YYYY-MM-DD) inside the period, as far as the agreement says when it starts? */
export function withinPeriod(agreement: Agreement, date: string): boolean {
  const start = knownStartDate(agreement) ?? `${firstAgreementYear(agreement)}-01-01`;
  return date >= start && date <= agreement.period.end;
}
