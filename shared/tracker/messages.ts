/** The validator's recurring messages, in the working group's words, Danish and English. */
import { suggestCategory } from "../agreement/categories";
import type { Agreement, LocalizedText } from "../agreement/schema";
import { formatNumber } from "../format/numbers";
import type { ColumnSpec, SheetLayout } from "./sheet-spec";

/** A cell's content quoted for a message, cut short so a pasted paragraph stays readable. */
export function quote(text: string, lang: "da" | "en"): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return lang === "da" ? `»${short}«` : `"${short}"`;
}

export function missingSheet(spec: SheetLayout): LocalizedText {
  return {
    da: `Arket »${spec.da}« mangler. Tilføj et ark med det navn (eller »${spec.en}«).`,
    en: `The sheet "${spec.en}" is missing. Add a sheet with that name (or "${spec.da}").`,
  };
}

export function missingHeader(spec: SheetLayout, column: ColumnSpec): LocalizedText {
  return {
    da: `Kolonnen »${column.da}« mangler i arket »${spec.da}«. Skriv overskriften i række 1.`,
    en: `The column "${column.en}" is missing on the "${spec.en}" sheet. Put the header in row 1.`,
  };
}

/** A category name the agreement does not know, with the nearest one and the known ones. */
export function unknownCategory(agreement: Agreement, name: string): LocalizedText {
  const near = suggestCategory(agreement, name);
  const known = agreement.categories.map((c) => c.name.da).join(", ");
  const knownEn = agreement.categories.map((c) => c.name.en).join(", ");
  return {
    da: `${quote(name, "da")} er ikke en gerningstype i aftalen.${near ? ` Mente du »${near.name.da}«?` : ""} Kendte gerningstyper: ${known}.`,
    en: `${quote(name, "en")} is not an offence category in the agreement.${near ? ` Did you mean "${near.name.en}"?` : ""} Known categories: ${knownEn}.`,
  };
}

export function notANumber(text: string, unit: LocalizedText): LocalizedText {
  return {
    da: `${quote(text, "da")} er ikke et tal. Skriv antal ${unit.da} som et helt tal, eller lad cellen stå tom, hvis tallet ikke kendes endnu.`,
    en: `${quote(text, "en")} is not a number. Enter the number of ${unit.en} as a whole number, or leave the cell empty if it is not known yet.`,
  };
}

export function notAPercentage(text: string): LocalizedText {
  return {
    da: `${quote(text, "da")} er ikke en procentsats. Skriv andelen i procent som et tal mellem 0 og 100, fx 27 eller 27,5.`,
    en: `${quote(text, "en")} is not a percentage. Enter the share in per cent as a number from 0 to 100, e.g. 27 or 27.5.`,
  };
}

export function over100(value: number): LocalizedText {
  return {
    da: `${plainNumber(value, "da")} % er over 100 %. En andel kan højst være 100 %.`,
    en: `${plainNumber(value, "en")}% is over 100%. A share can be at most 100%.`,
  };
}

export function notAnAmount(text: string): LocalizedText {
  return {
    da: `${quote(text, "da")} er ikke et beløb. Skriv beløbet i kroner som et tal, fx 1500000.`,
    en: `${quote(text, "en")} is not an amount. Enter the amount in kroner as a number, e.g. 1500000.`,
  };
}

/** A number as typed: whole numbers plain, fractions with up to two decimals ("2,5"). */
function plainNumber(value: number, lang: "da" | "en"): string {
  if (Number.isInteger(value)) return formatNumber(value, lang);
  const text = formatNumber(value, lang, 2);
  return text.endsWith("0") ? text.slice(0, -1) : text;
}

export function negative(value: number): LocalizedText {
  return {
    da: `${plainNumber(value, "da")} er negativt. Et antal eller et beløb kan ikke være under 0.`,
    en: `${plainNumber(value, "en")} is negative. A count or an amount cannot be below 0.`,
  };
}

export function fractional(value: number, unit: LocalizedText): LocalizedText {
  return {
    da: `${plainNumber(value, "da")} er ikke et helt tal. Antal ${unit.da} tælles i hele tal.`,
    en: `${plainNumber(value, "en")} is not a whole number. ${unit.en.charAt(0).toUpperCase()}${unit.en.slice(1)} are counted in whole numbers.`,
  };
}

export function invalidDate(text: string): LocalizedText {
  return {
    da: `${quote(text, "da")} er ikke en gyldig dato. Brug en Excel-dato eller skriv ÅÅÅÅ-MM-DD, fx 2015-10-06.`,
    en: `${quote(text, "en")} is not a valid date. Use an Excel date or write YYYY-MM-DD, e.g. 2015-10-06.`,
  };
}

export function invalidTime(text: string): LocalizedText {
  return {
    da: `${quote(text, "da")} er ikke et gyldigt tidspunkt. Brug et Excel-klokkeslæt eller skriv TT:MM, fx 9:00.`,
    en: `${quote(text, "en")} is not a valid time. Use an Excel time or write HH:MM, e.g. 09:00.`,
  };
}

export function invalidYear(text: string): LocalizedText {
  return {
    da: `${quote(text, "da")} er ikke et årstal. Skriv året med fire cifre, fx 2015.`,
    en: `${quote(text, "en")} is not a year. Write the year with four digits, e.g. 2015.`,
  };
}

export function yearOutsidePeriod(year: number, from: number, to: number): LocalizedText {
  return {
    da: `${year} ligger uden for aftalens periode. Tallene skal dække ${from}–${to}.`,
    en: `${year} is outside the agreement's period. The figures cover ${from}–${to}.`,
  };
}

export function duplicateYear(year: number, firstCell: string): LocalizedText {
  return {
    da: `${year} står her to gange; første gang i ${firstCell}. Slet den ene række.`,
    en: `${year} appears twice; first in ${firstCell}. Delete one of the rows.`,
  };
}

export function missingValue(column: ColumnSpec): LocalizedText {
  return {
    da: `Cellen i kolonnen »${column.da}« er tom. Rækken mangler en værdi her.`,
    en: `The cell in the "${column.en}" column is empty. The row needs a value here.`,
  };
}

export function unexpectedFault(detail: string): LocalizedText {
  return {
    da: `Arket kunne ikke læses helt (intern fejl: ${detail}). Kontrollér arket, og giv besked, hvis fejlen bliver ved.`,
    en: `The sheet could not be read completely (internal error: ${detail}). Check the sheet, and report it if the problem persists.`,
  };
}
