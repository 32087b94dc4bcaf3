/** The `Gerningstype` (Category) column the crime sheets share: Kriminalitet and Måneder. */
import { column } from "../sheet-spec";

export const categoryColumn = column({
  key: "category",
  da: "Gerningstype",
  en: "Category",
  aliases: ["kategori", "offence category", "offense category"],
  required: true,
  kind: "text",
  width: 22,
  dropDown: (agreement) => agreement.categories.map((c) => c.name.da),
});
