/**
 * Agreements from files (Node only). Two doors, with different trust:
 * - the operator's choice (`--agreement`, AGREEMENT): a bundled id or a path to a JSON file;
 * - a tracker's `Aftale` sheet: a bundled agreement, or a JSON file in the tracker's own folder
 *   named by its bare name (shared/agreement/reference.ts decides what a cell may name).
 * Either way only an ordinary file of at most WORKBOOK_FILE_LIMITS.maxAgreementFileBytes is read,
 * and a problem is one readable line naming the field, never a stack trace or the file's content.
 */
import { dirname, join } from "node:path";
import {
  type Agreement,
  type AgreementParseResult,
  bundledAgreement,
  bundledAgreementIds,
  defaultAgreementId,
  describeProblems,
  type LocalizedText,
  megabytes,
  parseAgreementJson,
  WORKBOOK_FILE_LIMITS,
} from "../shared/index";
import { FileRefusedError, readRegularFile, readRegularFileSync } from "./regular-file";

export class AgreementLoadError extends Error {}

function looksLikePath(ref: string): boolean {
  return ref.includes("/") || ref.includes("\\") || ref.toLowerCase().endsWith(".json");
}

/** At most three of the schema's problems, so a line stays a line. */
function problemsLine(result: AgreementParseResult & { ok: false }): string {
  const shown = result.problems.slice(0, 3);
  const more = result.problems.length - shown.length;
  return `${describeProblems(shown)}${more > 0 ? ` (+${more} more)` : ""}`;
}

/** An agreement file the operator names (a path to JSON); AgreementLoadError with one line otherwise. */
export function loadAgreementFile(path: string): Agreement {
  let text: string;
  const maxBytes = WORKBOOK_FILE_LIMITS.maxAgreementFileBytes;
  try {
    text = readRegularFileSync(path, { maxBytes }).toString("utf8");
  } catch (err) {
    if (!(err instanceof FileRefusedError)) throw err;
    const why: Record<typeof err.reason, string> = {
      missing: `agreement file not found: ${path}`,
      folder: `cannot read agreement file ${path}: it is a folder`,
      "not-regular": `cannot read agreement file ${path}: not a regular file`,
      symlink: `cannot read agreement file ${path}: a symbolic link`,
      "too-large": `cannot read agreement file ${path}: larger than ${megabytes(maxBytes, "en")}`,
      unreadable: `cannot read agreement file ${path}: ${err.code}`,
    };
    throw new AgreementLoadError(why[err.reason]);
  }
  const parsed = parseAgreementJson(text);
  if (!parsed.ok) throw new AgreementLoadError(`invalid agreement in ${path}: ${problemsLine(parsed)}`);
  return parsed.agreement;
}

/** An id of a bundled agreement, or a path to a JSON file; the default is Amager. */
export function resolveAgreement(ref: string | undefined): Agreement {
  const wanted = ref?.trim() || defaultAgreementId;
  if (looksLikePath(wanted)) return loadAgreementFile(wanted);
  const found = bundledAgreement(wanted);
  if (!found) {
    throw new AgreementLoadError(
      `unknown agreement "${wanted}" (bundled: ${bundledAgreementIds.join(", ")}; or give a path to a .json file)`,
    );
  }
  return found;
}

/** Why an agreement file a tracker names cannot be used, in the sheet's words. */
export function agreementFileProblem(fileName: string, reason: FileRefusedError["reason"] | "invalid", detail = ""): LocalizedText {
  const size = WORKBOOK_FILE_LIMITS.maxAgreementFileBytes;
  switch (reason) {
    case "missing":
      return { da: `der er ingen fil »${fileName}« i trackerens mappe`, en: `there is no file "${fileName}" in the tracker's folder` };
    case "too-large":
      return { da: `»${fileName}« er større end ${megabytes(size, "da")}`, en: `"${fileName}" is larger than ${megabytes(size, "en")}` };
    case "invalid":
      return { da: `»${fileName}« er ikke en gyldig aftale (${detail})`, en: `"${fileName}" is not a valid agreement (${detail})` };
    case "unreadable":
      return { da: `»${fileName}« kan ikke læses (${detail})`, en: `"${fileName}" cannot be read (${detail})` };
    // Each refusal named, no default: a new reason is a compile error here until it has its words.
    case "folder":
    case "not-regular":
    case "symlink":
      return { da: `»${fileName}« er ikke en almindelig fil`, en: `"${fileName}" is not a regular file` };
  }
}

/** An agreement from JSON text a tracker's reference led to; the problem names the file, never its content. */
export function agreementFromJson(fileName: string, text: string): { agreement: Agreement } | { problem: LocalizedText } {
  const parsed = parseAgreementJson(text);
  return parsed.ok ? { agreement: parsed.agreement } : { problem: agreementFileProblem(fileName, "invalid", problemsLine(parsed)) };
}

/**
 * The agreement file `fileName` (a bare name, as agreementReference gives it) in the folder of
 * the tracker at trackerPath: an ordinary file, not a link, within the size cap.
 */
export async function readAgreementBesideTracker(
  trackerPath: string,
  fileName: string,
): Promise<{ agreement: Agreement } | { problem: LocalizedText }> {
  let text: string;
  try {
    const bytes = await readRegularFile(join(dirname(trackerPath), fileName), {
      maxBytes: WORKBOOK_FILE_LIMITS.maxAgreementFileBytes,
      noFollow: true,
    });
    text = bytes.toString("utf8");
  } catch (err) {
    if (!(err instanceof FileRefusedError)) throw err;
    return { problem: agreementFileProblem(fileName, err.reason, err.code ?? "") };
  }
  return agreementFromJson(fileName, text);
}
