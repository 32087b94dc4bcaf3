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
export { type ColumnKind, type ColumnKindSpec, columnKind, columnKinds } from "./column-kinds";
export { countIssues } from "./issues";
export * from "./limits";
export { readTracker, trackerAgreementRef, trackerAgreementRefAt } from "./read";
export { agreementFileIssue } from "./read-agreement";
export type {
  ColumnSpec,
  HeaderMatch,
  OpenColumnsDoc,
  SheetLayout,
  SheetReader,
  SheetSpec,
  SheetTemplate,
  TemplateColumn,
  TemplateNote,
} from "./sheet-spec";
export { column, matchColumn, matchHeaders, templateColumn } from "./sheet-spec";
export {
  canonicalSheet,
  emptyTrackerData,
  findSheet,
  type SheetValue,
  sheetSpec,
  trackerSheetIds,
  trackerSheetSpecs,
  trackerSheets,
} from "./sheets/registry";
export * from "./template";
export * from "./types";
export { activityStatusNames, defaultSafetyScale, groupTerms, meetingStatusTerms, safetyScale } from "./vocabulary";
