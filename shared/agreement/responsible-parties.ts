/**
 * Who can be responsible for an activity in the safety plan (the tracker's `Ansvarlig` column),
 * and the names partners use for them: the City of Copenhagen's seven administrations by full
 * name or short form (BUF, TMF, SOF, BIF, KFF, SUF, ØKF), the police, SSP, the partnership's
 * secretariat, and the agreement's own housing associations (3B, fsb …). Questions
 * (shared/ask/vocabulary.ts) and the activities answer (shared/activities.ts) read them here.
 */
import type { Agreement, LocalizedText } from "./schema";

export interface ResponsibleParty {
  id: string;
  /** As an answer names it. */
  name: LocalizedText;
  /** What partners write for it, in a question or an `Ansvarlig` cell: full names and short forms. */
  words: readonly string[];
}

/** The City of Copenhagen's administrations (forvaltninger), the same in every partnership. */
const ADMINISTRATIONS: readonly ResponsibleParty[] = [
  {
    id: "okf",
    name: { da: "Økonomiforvaltningen", en: "the Finance Administration" },
    words: ["Økonomiforvaltningen", "ØKF", "Finance Administration"],
  },
  {
    id: "buf",
    name: { da: "Børne- og Ungdomsforvaltningen", en: "the Children and Youth Administration" },
    words: ["Børne- og Ungdomsforvaltningen", "Børne og Ungdomsforvaltningen", "BUF", "Children and Youth Administration"],
  },
  {
    id: "sof",
    name: { da: "Socialforvaltningen", en: "the Social Services Administration" },
    words: ["Socialforvaltningen", "SOF", "Social Services Administration"],
  },
  {
    id: "tmf",
    name: { da: "Teknik- og Miljøforvaltningen", en: "the Technical and Environmental Administration" },
    words: ["Teknik- og Miljøforvaltningen", "Teknik og Miljøforvaltningen", "TMF", "Technical and Environmental Administration"],
  },
  {
    id: "bif",
    name: { da: "Beskæftigelses- og Integrationsforvaltningen", en: "the Employment and Integration Administration" },
    words: ["Beskæftigelses- og Integrationsforvaltningen", "BIF", "Employment and Integration Administration"],
  },
  {
    id: "kff",
    name: { da: "Kultur- og Fritidsforvaltningen", en: "the Culture and Leisure Administration" },
    words: ["Kultur- og Fritidsforvaltningen", "Kultur og Fritidsforvaltningen", "KFF", "Culture and Leisure Administration"],
  },
  {
    id: "suf",
    name: { da: "Sundheds- og Omsorgsforvaltningen", en: "the Health and Care Administration" },
    words: ["Sundheds- og Omsorgsforvaltningen", "SUF", "Health and Care Administration"],
  },
];

const SECRETARIAT: ResponsibleParty = {
  id: "sekretariat",
  name: { da: "Sekretariatet", en: "the secretariat" },
  words: ["sekretariat", "sekretariatet", "secretariat"],
};

/** "fsb (housing association)" → "fsb": the name without an explanation in brackets. */
const withoutNote = (name: string) => name.replace(/\s*\(.*\)\s*$/, "");

/** Short, distinctive parts of a housing association's name: "3B", "SAB", "KAB", "AAB", "fsb". */
function shortForms(name: string): string[] {
  return name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && (w.length <= 4 || /\d/.test(w)));
}

const cache = new WeakMap<Agreement, readonly ResponsibleParty[]>();

/** Every party an activity may be the responsibility of, for this agreement. */
export function responsibleParties(agreement: Agreement): readonly ResponsibleParty[] {
  const known = cache.get(agreement);
  if (known) return known;
  const parties: ResponsibleParty[] = [...ADMINISTRATIONS];
  const police = agreement.parties.find((p) => p.kind === "police");
  parties.push({
    id: "politi",
    name: police?.name ?? { da: "Politiet", en: "the police" },
    words: ["politi", "politiet", "police", ...(police ? [police.name.da, police.name.en] : [])],
  });
  const ssp = agreement.parties.find((p) => p.kind === "ssp");
  parties.push({ id: "ssp", name: ssp?.name ?? { da: "SSP", en: "SSP" }, words: ["SSP", ...(ssp ? [ssp.name.da, ssp.name.en] : [])] });
  agreement.parties
    .filter((p) => p.kind === "housing")
    .forEach((p, i) => {
      const da = withoutNote(p.name.da);
      const en = withoutNote(p.name.en);
      parties.push({ id: `bolig-${i + 1}`, name: { da, en }, words: [...new Set([da, en, ...shortForms(da)])] });
    });
  parties.push(SECRETARIAT);
  cache.set(agreement, parties);
  return parties;
}

export function responsibleParty(agreement: Agreement, id: string): ResponsibleParty | undefined {
  return responsibleParties(agreement).find((p) => p.id === id);
}
