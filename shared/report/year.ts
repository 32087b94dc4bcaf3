/** Which year a status report is about when none is named, and whether the agreement covers it. */
import { firstAgreementYear, lastAgreementYear } from "../agreement/period";
import type { Agreement } from "../agreement/schema";
import { copenhagenYear } from "../format/dates";

export interface ReportYear {
  year: number;
  /** Inside the agreement's period, so there is a report to write. */
  inPeriod: boolean;
  /** The agreement's first and last year. */
  first: number;
  last: number;
}

/**
 * The year asked for, else the year before now: the report published in May covers the year
 * before (»Statusrapport 2015« comes out in May 2016).
 */
export function reportYear(agreement: Agreement, asked: number | undefined, now: Date): ReportYear {
  const first = firstAgreementYear(agreement);
  const last = lastAgreementYear(agreement);
  const year = asked ?? copenhagenYear(now) - 1;
  return { year, inPeriod: year >= first && year <= last, first, last };
}

/** The report's file name: "statusrapport-2015.docx" / "status-report-2015.html". */
export function reportFileName(year: number, lang: "da" | "en", extension: "docx" | "html"): string {
  return `${lang === "da" ? "statusrapport" : "status-report"}-${year}.${extension}`;
}
