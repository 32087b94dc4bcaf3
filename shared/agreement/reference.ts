/**
 * What a tracker's `Partnerskab | <ref>` cell may name: a bundled agreement (by id or name), or
 * an agreement file in the tracker's own folder, given by its bare name (`min-aftale.json`,
 * `./min-aftale.json`). Anything else (a folder, an absolute path, `..`, a device) is refused
 * here, before any reader looks for a file: a tracker is data, and whoever can edit it must not
 * be able to make the bot read a file of its choosing.
 */
import { normalizeName } from "../text/normalize";
import { bundledAgreement, bundledAgreementIds } from "./bundled/index";
import type { Agreement, LocalizedText } from "./schema";

export type AgreementReference =
  | { kind: "bundled"; agreement: Agreement }
  /** A JSON file beside the tracker (in its folder on disk, or its SharePoint folder). */
  | { kind: "file"; fileName: string }
  /** Looks like a path, but not one a tracker may name. */
  | { kind: "refused"; problem: LocalizedText }
  /** A name that is no bundled agreement: the check runs on another and says so. */
  | { kind: "unknown" };

/** The longest file name a reference may give (most file systems allow 255 bytes). */
const MAX_FILE_NAME = 200;

/** A bundled agreement named by its id or its Danish or English name, among the bundle's own ids only. */
export function bundledAgreementByRef(ref: string): Agreement | undefined {
  const wanted = normalizeName(ref);
  for (const id of bundledAgreementIds) {
    const a = bundledAgreement(id);
    if (a && (a.id === wanted || normalizeName(a.name.da) === wanted || normalizeName(a.name.en) === wanted)) return a;
  }
  return undefined;
}

function looksLikeFile(ref: string): boolean {
  return ref.includes("/") || ref.includes("\\") || /\.json$/i.test(ref.trim());
}

export function refusedReference(ref: string): LocalizedText {
  const shown = ref.length > 60 ? `${ref.slice(0, 57)}…` : ref;
  return {
    da: `»${shown}« kan ikke bruges: arket kan kun nævne en aftale, der følger med, eller en .json-fil i trackerens egen mappe, ved dens navn alene (fx min-aftale.json)`,
    en: `"${shown}" cannot be used: the sheet can only name a bundled agreement, or a .json file in the tracker's own folder by its name alone (e.g. my-agreement.json)`,
  };
}

/** What a reference names; no file is looked at. */
export function agreementReference(ref: string): AgreementReference {
  const text = ref.trim();
  if (!looksLikeFile(text)) {
    const agreement = bundledAgreementByRef(text);
    return agreement ? { kind: "bundled", agreement } : { kind: "unknown" };
  }
  const fileName = text.startsWith("./") ? text.slice(2) : text;
  const plain =
    /\.json$/i.test(fileName) &&
    fileName.length <= MAX_FILE_NAME &&
    !/[/\\:]/.test(fileName) &&
    ![...fileName].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) &&
    !fileName.startsWith(".") &&
    fileName.trim() === fileName;
  return plain ? { kind: "file", fileName } : { kind: "refused", problem: refusedReference(text) };
}
