/** How fast the target table and a status computation are: the floor every other answer stands on. */
import { bundledAgreement, countStatusForFigure, crimeIndicators, targetTable } from "../shared/index";
import { measure, report } from "./measure";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager missing");
const indicators = crimeIndicators(amager);

const table = measure("target table (24 targets)", 2_000, () => targetTable(amager));
const status = measure("status for 6 categories", 2_000, () => {
  for (const ind of indicators) countStatusForFigure(ind, 2015, 60);
});
report([table, status]);
