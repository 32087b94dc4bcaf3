/**
 * The task pane's words in Danish and English. The language follows Office's display
 * language: "da-DK" (any "da…") gives Danish, everything else English.
 */
import type { Lang } from "../../shared/index";

export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("da") ? "da" : "en";
}

const strings = {
  title: { da: "Partnerskab", en: "Partnerskab" },
  subtitle: { da: "Tjek trackeren, og beregn måltal", en: "Check the tracker and calculate targets" },
  validate: { da: "Validér", en: "Validate" },
  clearHighlights: { da: "Ryd markeringer", en: "Clear highlights" },
  calculate: { da: "Beregn måltal", en: "Calculate targets" },
  createTracker: { da: "Opret tracker", en: "Create tracker" },
  autoValidate: { da: "Validér igen, når der ændres noget", en: "Validate again when something changes" },
  working: { da: "Arbejder …", en: "Working…" },
  noIssues: { da: "Ingen fejl eller advarsler. Trackeren er i orden.", en: "No errors or warnings. The tracker is in order." },
  error: { da: "Fejl", en: "Error" },
  warning: { da: "Advarsel", en: "Warning" },
  wholeSheet: { da: "hele arket", en: "whole sheet" },
  agreementFromWorkbook: { da: "Aftale fra arket »Aftale«: {name}", en: 'Agreement from the "Aftale" sheet: {name}' },
  agreementDefault: {
    da: "Ingen aftale angivet i arket »Aftale« – bruger {name}",
    en: 'No agreement named in the "Aftale" sheet – using {name}',
  },
  agreementUnknown: {
    da: "Aftalen »{ref}« i arket »Aftale« kendes ikke – bruger {name}",
    en: 'The agreement "{ref}" in the "Aftale" sheet is not known – using {name}',
  },
  cleared: {
    da: "Markeringerne er fjernet, og cellernes udseende er som før.",
    en: "Highlights removed; the cells look as they did before.",
  },
  nothingToClear: { da: "Der er ingen markeringer at fjerne.", en: "There are no highlights to remove." },
  targetsWritten: { da: "Arket »{sheet}« er opdateret ({rows} rækker).", en: 'The sheet "{sheet}" is updated ({rows} rows).' },
  targetsBlocked: {
    da: "Der findes allerede et ark »{sheet}«, som tilføjelsesprogrammet ikke har lavet. Omdøb det, og prøv igen.",
    en: 'A sheet "{sheet}" already exists that the add-in did not make. Rename it and try again.',
  },
  trackerCreated: { da: "Oprettet: {sheets}.", en: "Created: {sheets}." },
  trackerSkipped: { da: "Ark med indhold er ikke ændret: {sheets}.", en: "Sheets with data are not changed: {sheets}." },
  trackerNothing: { da: "Alle trackerens ark findes allerede.", en: "All the tracker's sheets exist already." },
  trackerProtected: {
    da: "Beskyttede ark er ikke ændret: {sheets}.",
    en: "Protected sheets are not changed: {sheets}.",
  },
  targetsProtected: {
    da: "Arket »{sheet}« er beskyttet, så det kan ikke skrives. Fjern arkbeskyttelsen (Gennemse → Fjern arkbeskyttelse), og prøv igen.",
    en: 'The sheet "{sheet}" is protected, so it cannot be written. Unprotect it (Review → Unprotect Sheet) and try again.',
  },
  protectedNotCleared: {
    da: "Markeringerne på beskyttede ark er ikke fjernet: {sheets}.",
    en: "Highlights on protected sheets were not removed: {sheets}.",
  },
  protectedNotHighlighted: {
    da: "Fejl på beskyttede ark er ikke markeret: {sheets}.",
    en: "Problems on protected sheets are not highlighted: {sheets}.",
  },
  failed: { da: "Det lykkedes ikke: {message}", en: "That did not work: {message}" },
  officeMissing: {
    da: "Åbn siden fra Excel (tilføjelsesprogrammet Partnerskab) – Office er ikke indlæst.",
    en: "Open this page from Excel (the Partnerskab add-in) – Office is not loaded.",
  },
} as const;

export type MessageKey = keyof typeof strings;

/** Texts with a count: one form for 1, another for any other number ("1 celle", "2 celler"). */
const counted = {
  highlighted: {
    da: ["1 celle er markeret.", "{n} celler er markeret."],
    en: ["1 cell is highlighted.", "{n} cells are highlighted."],
  },
  clearedKeptUser: {
    da: ["1 celle fik en ny farve efter markeringen og er bevaret.", "{n} celler fik en ny farve efter markeringen og er bevaret."],
    en: [
      "1 cell was recoloured after highlighting and is kept as it is.",
      "{n} cells were recoloured after highlighting and are kept as they are.",
    ],
  },
} as const;

export type CountedKey = keyof typeof counted;

/** A text with a count, in the form the number takes. */
export function countMsg(lang: Lang, key: CountedKey, n: number): string {
  const [one, other] = counted[key][lang];
  return (n === 1 ? one : other).replace("{n}", String(n));
}

/** A text in the language, with {placeholders} filled in. */
export function msg(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** "2 fejl og 1 advarsel" / "2 errors and 1 warning". */
export function summaryText(lang: Lang, errors: number, warnings: number): string {
  if (lang === "da") return `${errors} fejl og ${warnings} ${warnings === 1 ? "advarsel" : "advarsler"}`;
  return `${errors} ${errors === 1 ? "error" : "errors"} and ${warnings} ${warnings === 1 ? "warning" : "warnings"}`;
}
