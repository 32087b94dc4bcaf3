/** `Aftale` (Agreement), optional: which agreement the tracker belongs to. Rows, not columns. */

import { periodText } from "../../agreement/facts";
import { readAgreement } from "../read-agreement";
import type { SheetSpec, TemplateCell } from "../sheet-spec";

export const agreementSheet: SheetSpec<"agreement", "agreementRef", string | undefined> = {
  id: "agreement",
  da: "Aftale",
  en: "Agreement",
  aliases: ["partnerskab", "partnership"],
  required: false,
  columns: [],
  slot: "agreementRef",
  read: readAgreement,
  empty: () => undefined,
  template: {
    columns: (agreement) => [
      { header: "Partnerskab", width: 18, kind: "text" },
      { header: agreement.id, width: 70, kind: "text" },
    ],
    rows: (agreement) => [
      ["Navn", agreement.name.da],
      ["Periode", periodText(agreement, "da")],
      ...agreement.focusAreas.map((f, i): TemplateCell[] => [`Indsatsområde ${i + 1}`, f.name.da]),
      [],
      ["Note", "Rækken »Partnerskab« fortæller Partnerskab, hvilken aftale trackeren hører til. Ret den ikke."],
    ],
  },
};
