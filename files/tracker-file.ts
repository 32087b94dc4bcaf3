/**
 * A tracker workbook on disk → the agreement it belongs to, its data and its issues (Node).
 * Which agreement: the one the tracker's `Aftale` sheet names; without it, the configured one
 * (options.agreement); else Amager. A name the sheet gives that cannot be resolved falls back
 * the same way, and readTracker reports the mismatch on the Aftale sheet.
 */
import { dirname, isAbsolute, resolve } from "node:path";
import {
  type Agreement,
  bundledAgreement,
  bundledAgreementIds,
  copenhagenDate,
  findSheet,
  normalizeName,
  readTracker,
  sheetSpec,
  type TrackerData,
  type TrackerIssue,
  trackerAgreementRef,
  trackerTemplate,
  type WorkbookGrids,
} from "../shared/index";
import { resolveAgreement } from "./agreement-file";
import { readWorkbookGrids } from "./xlsx-read";
import { templateWorkbookSheets, writeWorkbook } from "./xlsx-write";

export { TrackerFileError } from "./tracker-file-error";

export interface LoadedTracker {
  agreement: Agreement;
  data: TrackerData;
  issues: TrackerIssue[];
  grids: WorkbookGrids;
}

function looksLikePath(ref: string): boolean {
  return ref.includes("/") || ref.includes("\\") || ref.toLowerCase().endsWith(".json");
}

/**
 * The agreement a tracker's `Aftale` sheet names: a bundled id or name, or a JSON file beside the
 * tracker. `problem` says why a named file could not be used.
 */
export function agreementFromRef(ref: string, trackerPath: string): { agreement?: Agreement; problem?: string } {
  if (looksLikePath(ref)) {
    try {
      return { agreement: resolveAgreement(isAbsolute(ref) ? ref : resolve(dirname(trackerPath), ref)) };
    } catch (err) {
      return { problem: err instanceof Error ? err.message : String(err) };
    }
  }
  const wanted = normalizeName(ref);
  for (const id of bundledAgreementIds) {
    const a = bundledAgreement(id);
    if (a && (a.id === wanted || normalizeName(a.name.da) === wanted || normalizeName(a.name.en) === wanted)) return { agreement: a };
  }
  return {};
}

export async function loadTrackerFile(path: string, options: { agreement?: string; now?: Date } = {}): Promise<LoadedTracker> {
  const grids = await readWorkbookGrids(path);
  const ref = trackerAgreementRef(grids);
  const named = ref === undefined ? {} : agreementFromRef(ref, path);
  const agreement = named.agreement ?? resolveAgreement(options.agreement);
  const { data, issues } = readTracker(grids, agreement, { today: copenhagenDate(options.now ?? new Date()) });
  if (named.problem !== undefined) {
    // The Aftale sheet names an agreement file that cannot be used: the check ran on another one.
    issues.unshift({
      severity: "error",
      sheet: findSheet(grids, "agreement")?.name ?? sheetSpec("agreement").da,
      cell: "",
      code: "agreement-file",
      message: {
        da: `Aftalefilen, som arket Aftale nævner, kan ikke bruges (${named.problem}). Tjekket bruger i stedet »${agreement.id}«.`,
        en: `The agreement file the Agreement sheet names cannot be used (${named.problem}). The check uses "${agreement.id}" instead.`,
      },
    });
  }
  return { agreement, data, issues, grids };
}

export async function writeTemplateWorkbook(path: string, agreement: Agreement): Promise<void> {
  await writeWorkbook(path, templateWorkbookSheets(trackerTemplate(agreement)));
}
