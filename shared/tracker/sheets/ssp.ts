/** `SSP`, optional: extraordinary activations of the SSP emergency response per year. */
import { towardNormalIndicator } from "../../agreement/lookup";
import type { YearFigures } from "../../status";
import { toA1 } from "../a1";
import { readSsp } from "../read-tables";
import { column, type SheetSpec } from "../sheet-spec";
import { yearColumn } from "./year-column";

const activations = column({
  key: "activations",
  da: "Ekstraordinære aktiveringer",
  en: "Extraordinary activations",
  aliases: ["aktiveringer", "activations"],
  required: true,
  kind: "count",
  width: 30,
});
const columns = [yearColumn, activations];

export const sspSheet: SheetSpec<"ssp", "sspActivations", YearFigures> = {
  id: "ssp",
  da: "SSP",
  en: "SSP",
  aliases: ["ssp-aktiveringer", "ssp activations"],
  required: false,
  columns,
  slot: "sspActivations",
  read: readSsp,
  empty: () => new Map(),
  template: {
    rows: (agreement) => {
      const ind = towardNormalIndicator(agreement);
      return ind ? [[ind.baseline.year, ind.baseline.value]] : [];
    },
    notes: (agreement) => {
      const ind = towardNormalIndicator(agreement);
      return ind ? [{ cell: toA1(1, columns.indexOf(activations)), text: `Baseline ${ind.baseline.year} fra partnerskabsaftalen.` }] : [];
    },
  },
};
