/** `Økonomi` (Budget), optional: allocated and spent per year, in kroner. */
import { figureYears } from "../../agreement/lookup";
import { allocationForYear } from "../../budget";
import { readBudget } from "../read-tables";
import { column, type SheetSpec, type TemplateCell } from "../sheet-spec";
import type { BudgetEntry } from "../types";
import { yearColumn } from "./year-column";

export const budgetSheet: SheetSpec<"budget", "budget", readonly BudgetEntry[]> = {
  id: "budget",
  da: "Økonomi",
  en: "Budget",
  aliases: ["oekonomi", "budget", "finances"],
  required: false,
  columns: [
    yearColumn,
    column({
      key: "allocated",
      da: "Bevilget",
      en: "Allocated",
      aliases: ["bevilling", "allocation"],
      required: true,
      kind: "kr",
      width: 16,
    }),
    column({ key: "spent", da: "Forbrugt", en: "Spent", aliases: ["forbrug", "spending"], required: true, kind: "kr", width: 16 }),
  ],
  slot: "budget",
  read: readBudget,
  empty: () => [],
  template: {
    // The agreement's allocation for each year it grants one; spending is the working group's.
    rows: (agreement) => {
      const { from, to } = figureYears(agreement);
      const rows: TemplateCell[][] = [];
      for (let y = from; y <= to; y++) {
        const kr = allocationForYear(agreement, y);
        if (kr > 0) rows.push([y, kr, null]);
      }
      return rows;
    },
  },
};
