/** The yearly status report (pure): the document model, its charts' specs and the readiness list. */
export * from "./charts";
export * from "./document";
export { type ReadinessItem, reportReadiness } from "./readiness";
export { crimeRows } from "./sections/crime";
export { type StatusReportInput, statusReport } from "./status-report";
