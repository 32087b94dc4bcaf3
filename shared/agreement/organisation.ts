/**
 * The partnership's organisation in words: who signed, who chairs the steering group and the
 * working group, who runs the secretariat. Only what the agreement says; a fact it does not
 * give is said to be missing, never filled in.
 */
import { type Lang, t } from "../format/lang";
import type { Agreement, Signatory } from "./schema";

/** A title inside a Danish sentence is written in lower case ("direktør Bjarne Winge"). */
function titleInSentence(s: Signatory, lang: Lang): string {
  const title = s.title[lang];
  return lang === "da" ? title.charAt(0).toLocaleLowerCase("da") + title.slice(1) : title;
}

/** "Bjarne Winge, direktør, Økonomiforvaltningen (formand)" / "Bjarne Winge, Director, Økonomiforvaltningen (chair)". */
export function signatoryText(s: Signatory, lang: Lang): string {
  const unit = s.unit ? `, ${s.unit}` : "";
  const chair = s.chair ? ` (${t(lang, "formand", "chair")})` : "";
  return `${s.name}, ${titleInSentence(s, lang)}${unit}${chair}`;
}

/** "direktør Bjarne Winge, Økonomiforvaltningen" / "Director Bjarne Winge, Økonomiforvaltningen". */
export function personText(s: Signatory, lang: Lang): string {
  return `${titleInSentence(s, lang)} ${s.name}${s.unit ? `, ${s.unit}` : ""}`;
}

/** The signatory marked "(formand)" on the signature page, if any. */
export function chairSignatory(agreement: Agreement): Signatory | undefined {
  return agreement.signatories.find((s) => s.chair);
}

/**
 * Who chairs the steering group, as the agreement gives it: its own words when it has them,
 * else the signatory marked "(formand)" on the signature page, saying that this is where it
 * comes from. Undefined when the agreement says neither.
 */
export function steeringChairText(agreement: Agreement, lang: Lang): string | undefined {
  const own = agreement.organisation?.steering.chair;
  if (own) return own[lang];
  const chair = chairSignatory(agreement);
  if (!chair) return undefined;
  return t(
    lang,
    `${personText(chair, "da")} (står som formand på aftalens underskriftsside)`,
    `${personText(chair, "en")} (named as chair on the agreement's signature page)`,
  );
}

/** Who chairs the working group, in the agreement's words. */
export function workingChairText(agreement: Agreement, lang: Lang): string | undefined {
  return agreement.organisation?.working.chair?.[lang];
}

/** "Økonomiforvaltningen, et halvt årsværk". */
export function secretariatText(agreement: Agreement, lang: Lang): string | undefined {
  const s = agreement.organisation?.secretariat;
  if (!s) return undefined;
  return s.staffing ? `${s.unit[lang]}, ${s.staffing[lang]}` : s.unit[lang];
}
