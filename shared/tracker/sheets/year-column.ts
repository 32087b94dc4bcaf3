/** The `År` (Year) column the yearly sheets share: SSP, Tryghedsindeks, Økonomi. */
import { column } from "../sheet-spec";

export const yearColumn = column({ key: "year", da: "År", en: "Year", aliases: ["aar", "årstal"], required: true, kind: "year", width: 8 });
