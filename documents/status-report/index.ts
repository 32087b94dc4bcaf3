/**
 * The status report written out: the model from shared/report, its charts drawn, laid out as a
 * Word document or an HTML page. What the CLI's `report` and the bot's download link both call.
 */
import { type ReportDocument, reportCharts, reportFileName, type StatusReportInput, statusReport } from "../../shared/index";
import { chartSvgs, drawCharts } from "./chart-pictures";
import { statusReportDocx } from "./docx";
import { statusReportHtml } from "./html";

export type ReportFormat = "docx" | "html";
export const reportFormats: readonly ReportFormat[] = ["docx", "html"];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
};

export interface WrittenReport {
  bytes: Buffer;
  format: ReportFormat;
  contentType: string;
  /** "statusrapport-2015.docx" / "status-report-2015.docx". */
  fileName: string;
  document: ReportDocument;
  /** What could not be done but did not stop the report (no font for the chart pictures). */
  warnings: string[];
}

export async function writeStatusReport(input: Omit<StatusReportInput, "charts">, format: ReportFormat): Promise<WrittenReport> {
  const charts = reportCharts(input.agreement, input.tracker, input.year, input.lang);
  const document = statusReport({ ...input, charts });
  const warnings: string[] = [];
  let bytes: Buffer;
  if (format === "docx") {
    const drawn = await drawCharts(charts);
    if (drawn.problem) warnings.push(drawn.problem);
    bytes = await statusReportDocx(document, drawn.pictures);
  } else {
    bytes = Buffer.from(statusReportHtml(document, chartSvgs(charts)), "utf8");
  }
  return {
    bytes,
    format,
    contentType: REPORT_CONTENT_TYPES[format],
    fileName: reportFileName(input.year, input.lang, format),
    document,
    warnings,
  };
}
