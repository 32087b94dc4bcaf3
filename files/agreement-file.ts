/**
 * Choosing an agreement by a bundled id or a JSON file on disk (Node only).
 * Problems come back as one readable line naming the field, never a stack trace.
 */
import { readFileSync } from "node:fs";
import {
  type Agreement,
  bundledAgreement,
  bundledAgreementIds,
  defaultAgreementId,
  describeProblems,
  parseAgreementJson,
} from "../shared/index";

export class AgreementLoadError extends Error {}

function looksLikePath(ref: string): boolean {
  return ref.includes("/") || ref.includes("\\") || ref.toLowerCase().endsWith(".json");
}

export function loadAgreementFile(path: string): Agreement {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AgreementLoadError(
      code === "ENOENT" ? `agreement file not found: ${path}` : `cannot read agreement file ${path}: ${code ?? String(err)}`,
    );
  }
  const parsed = parseAgreementJson(text);
  if (!parsed.ok) throw new AgreementLoadError(`invalid agreement in ${path}: ${describeProblems(parsed.problems)}`);
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
