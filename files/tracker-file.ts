/**
 * A tracker workbook on disk → the agreement it belongs to, its data and its issues (Node).
 * Which agreement: the one the tracker's `Aftale` sheet names (a bundled one, or a .json file
 * in the tracker's own folder); without it, the configured one (options.agreement); else Amager.
 * A reference that cannot be used falls back the same way and is an `agreement-file` error at
 * its cell; a name that is no agreement is readTracker's `agreement-mismatch`. The workbook is
 * read within the caps of shared/tracker/limits.ts; a cap that cut a sheet is an error at it.
 */
import {
  type Agreement,
  agreementFileIssue,
  agreementReference,
  copenhagenDate,
  type LocalizedText,
  readTracker,
  type TrackerData,
  type TrackerIssue,
  trackerAgreementRefAt,
  trackerTemplate,
  type WorkbookGrids,
} from "../shared/index";
import { readAgreementBesideTracker, resolveAgreement } from "./agreement-file";
import { readTrackerWorkbook } from "./xlsx-read";
import { templateWorkbookSheets, writeWorkbook } from "./xlsx-write";

export { TrackerFileError } from "./tracker-file-error";

export interface LoadedTracker {
  agreement: Agreement;
  data: TrackerData;
  issues: TrackerIssue[];
  grids: WorkbookGrids;
}

/**
 * The agreement a tracker's `Aftale` sheet names: a bundled id or name, or a JSON file beside
 * the tracker. `problem` says why a named file cannot be used; neither means the name is unknown.
 */
export async function agreementFromRef(ref: string, trackerPath: string): Promise<{ agreement?: Agreement; problem?: LocalizedText }> {
  const reference = agreementReference(ref);
  switch (reference.kind) {
    case "bundled":
      return { agreement: reference.agreement };
    case "file":
      return readAgreementBesideTracker(trackerPath, reference.fileName);
    case "refused":
      return { problem: reference.problem };
    case "unknown":
      return {};
  }
}

export async function loadTrackerFile(path: string, options: { agreement?: string; now?: Date } = {}): Promise<LoadedTracker> {
  const { grids, limitIssues } = await readTrackerWorkbook(path);
  const at = trackerAgreementRefAt(grids);
  const named = at === undefined ? {} : await agreementFromRef(at.ref, path);
  const agreement = named.agreement ?? resolveAgreement(options.agreement);
  const { data, issues } = readTracker(grids, agreement, { today: copenhagenDate(options.now ?? new Date()) });
  // What the reader found before the check (caps, an unusable agreement file) comes first.
  const before = [...limitIssues];
  if (at && named.problem !== undefined) before.push(agreementFileIssue(at, named.problem, agreement.id));
  return { agreement, data, issues: [...before, ...issues], grids };
}

export async function writeTemplateWorkbook(path: string, agreement: Agreement): Promise<void> {
  await writeWorkbook(path, templateWorkbookSheets(trackerTemplate(agreement)));
}
