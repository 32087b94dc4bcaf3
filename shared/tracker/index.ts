/** The tracker workbook: format, reading and validation, template. See docs/tracker-format.md. */
export * from "./a1";
export {
  cellText,
  dateToExcelSerial,
  excelSerialToDate,
  excelSerialToTime,
  isEmptyCell,
  parseAmountCell,
  parseCountCell,
  parseDateCell,
  parseNumberText,
  parseTimeCell,
  parseYearCell,
  timeToExcelFraction,
} from "./cells";
export { countIssues, readTracker, trackerAgreementRef } from "./read";
export type { ColumnSpec, SheetSpec } from "./sheets";
export { canonicalSheet, findSheet, matchColumn, matchHeaders, sheetSpec, trackerSheets } from "./sheets";
export * from "./template";
export * from "./types";
export { activityStatusNames, defaultSafetyScale, groupTerms, meetingStatusTerms, safetyScale } from "./vocabulary";
