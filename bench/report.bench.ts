/**
 * How long the sample tracker's status report takes: the Word document for 2015 (model, seven
 * charts drawn to SVG and PNG, docx packed), the HTML page, and the model alone. The goal is
 * under 2 s for the Word document; the tracker is read once, as the CLI reads it before writing.
 */
import { resolve } from "node:path";
import { writeStatusReport } from "../documents/status-report/index";
import { loadTrackerFile } from "../files/tracker-file";
import { statusReport } from "../shared/index";
import { measureAsync, report } from "./measure";

const now = new Date("2016-09-01T09:00:00+02:00");
const { agreement, data } = await loadTrackerFile(resolve(import.meta.dirname, "../examples/amager-tracker.xlsx"), { now });
const input = { agreement, tracker: data, year: 2015, lang: "da" as const, dataAsOf: now, source: "amager-tracker.xlsx", now };

const docx = await measureAsync("status report 2015, Word (.docx)", 20, () => writeStatusReport(input, "docx"));
const html = await measureAsync("status report 2015, HTML", 20, () => writeStatusReport(input, "html"));
const model = await measureAsync("the report's model alone", 200, async () => statusReport(input));
report([docx, html, model]);
console.log(`Word document: median ${docx.medianMs.toFixed(0)} ms (goal < 2000 ms) ${docx.medianMs < 2000 ? "✓" : "✗"}`);
