/** The sample tracker as the report tests read it, at the demo date (1 September 2016). */
import { resolve } from "node:path";
import { type LoadedTracker, loadTrackerFile } from "../../files/tracker-file";

export const SAMPLE_TRACKER = resolve(import.meta.dirname, "../../examples/amager-tracker.xlsx");
export const DEMO_NOW = new Date("2016-09-01T09:00:00+02:00");

let loaded: Promise<LoadedTracker> | undefined;
export function sampleTracker(): Promise<LoadedTracker> {
  loaded ??= loadTrackerFile(SAMPLE_TRACKER, { now: DEMO_NOW });
  return loaded;
}
