/** The yearly status report (pure): the document model, its charts' specs, the readiness list. */
export * from "./charts";
export * from "./document";
export { type ReadinessItem, readinessHeadline, reportReadiness } from "./readiness";
export { type CrimeRow, crimeRows } from "./sections/crime";
export { type ReportSummary, type StatusReportInput, statusReport, statusReportSummary } from "./status-report";
export { type ReportYear, reportFileName, reportYear } from "./year";
