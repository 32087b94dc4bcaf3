/**
 * Which agreement the add-in checks against: the one the workbook's `Aftale` sheet names
 * (`Partnerskab | amager`) when it is a bundled agreement, otherwise Amager, the default.
 * An agreement loaded from a JSON file (as the CLI allows) is not reachable from the browser,
 * so such a reference also falls back to the default, and the task pane says so.
 */
import {
  type Agreement,
  bundledAgreement,
  bundledAgreementIds,
  defaultAgreementId,
  type Lang,
  normalizeName,
  trackerAgreementRef,
  type WorkbookGrids,
} from "../../shared/index";
import { msg } from "./i18n";

export interface AgreementChoice {
  agreement: Agreement;
  source: "workbook" | "default" | "unknown-ref";
  ref: string | undefined;
}

/** The bundled agreement a reference names, by id or by its Danish or English name. */
export function findBundledAgreement(ref: string): Agreement | undefined {
  const wanted = normalizeName(ref);
  const id = bundledAgreementIds.find((candidate) => {
    const a = bundledAgreement(candidate);
    return candidate === wanted || (a !== undefined && (normalizeName(a.name.da) === wanted || normalizeName(a.name.en) === wanted));
  });
  return id === undefined ? undefined : bundledAgreement(id);
}

export function chooseAgreement(grids: WorkbookGrids): AgreementChoice {
  const ref = trackerAgreementRef(grids);
  const fallback = bundledAgreement(defaultAgreementId);
  if (!fallback) throw new Error(`the default agreement "${defaultAgreementId}" is not bundled`);
  if (ref === undefined) return { agreement: fallback, source: "default", ref };
  const named = findBundledAgreement(ref);
  return named ? { agreement: named, source: "workbook", ref } : { agreement: fallback, source: "unknown-ref", ref };
}

export function describeChoice(choice: AgreementChoice, lang: Lang): string {
  const name = choice.agreement.name[lang];
  if (choice.source === "workbook") return msg(lang, "agreementFromWorkbook", { name });
  if (choice.source === "default") return msg(lang, "agreementDefault", { name });
  return msg(lang, "agreementUnknown", { name, ref: choice.ref ?? "" });
}
