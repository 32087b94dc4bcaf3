/**
 * Validating a big tracker: 100,000 meeting rows and 1,000 category-year cells (100 categories
 * × 10 years), as Office.js hands them over (serial dates, time fractions). Prints ms and ms per
 * 1,000 rows, checks that the cost grows linearly (100k rows ≤ 12 × 10k rows) and the goal of
 * 100k rows under 300 ms. Printed, not asserted: speed is never a test.
 */
import amagerJson from "../shared/agreement/bundled/amager.json";
import { type Agreement, type CellValue, dateToExcelSerial, type Grid, parseAgreement, readTracker } from "../shared/index";
import { percentile, report } from "./measure";

const CATEGORIES = 100;
const YEARS = 10; // 2012 (baseline) … 2021
const TODAY = "2021-06-01";
const GOAL_MS = 300;

function bigAgreement(): Agreement {
  const categories = Array.from({ length: CATEGORIES }, (_, i) => ({
    id: `kategori-${i}`,
    name: { da: `Kategori ${i}`, en: `Category ${i}` },
    synonyms: { da: [], en: [] },
  }));
  const indicators = categories.map((c, i) => ({
    kind: "count-reduction" as const,
    category: c.id,
    unit: { da: "anmeldelser", en: "reports" },
    baseline: { year: 2012, value: 100 + i },
    targets: [{ year: 2016, reductionPercent: 20 }],
  }));
  const parsed = parseAgreement({
    ...amagerJson,
    id: "bench",
    period: { start: "2013-01-01", end: "2021-12-31" },
    categories,
    indicators: [...indicators, ...amagerJson.indicators.filter((i) => i.kind !== "count-reduction")],
  });
  if (!parsed.ok) throw new Error("bench agreement is invalid");
  return parsed.agreement;
}

function crimeGrid(): Grid {
  const header: CellValue[] = ["Gerningstype", ...Array.from({ length: YEARS }, (_, y) => 2012 + y)];
  const rows = Array.from({ length: CATEGORIES }, (_, i): CellValue[] => [
    `Kategori ${i}`,
    100 + i,
    ...Array.from({ length: YEARS - 1 }, (_, y) => 90 + ((i + y) % 20)),
  ]);
  return [header, ...rows];
}

const PLACES = ["Hørgården, beboerhuset", "Urbanplanen, Kvarterhuset", "Økonomiforvaltningen, Rådhuset"];
const FIRST_DAY = dateToExcelSerial("2013-01-01") ?? 41275;
const DAYS = 9 * 365;
const TODAY_SERIAL = dateToExcelSerial(TODAY) ?? 0;

function meetingsGrid(rows: number): Grid {
  const grid: CellValue[][] = [["Dato", "Start", "Slut", "Gruppe", "Sted", "Emne", "Status"]];
  for (let i = 0; i < rows; i++) {
    const serial = FIRST_DAY + ((i * 7919) % DAYS);
    const morning = i % 2 === 0;
    grid.push([
      serial,
      morning ? 0.375 : 0.5833333333333334,
      morning ? 0.4583333333333333 : 0.6666666666666666,
      i % 5 === 0 ? "Styregruppe" : "Arbejdsgruppe",
      PLACES[i % PLACES.length] ?? "",
      `Møde nr. ${i}`,
      serial < TODAY_SERIAL ? (i % 50 === 0 ? "Aflyst" : "Afholdt") : "Planlagt",
    ]);
  }
  return grid;
}

const agreement = bigAgreement();
const crime = crimeGrid();
const grids = (rows: number) => ({ Kriminalitet: crime, Møder: meetingsGrid(rows) });
const small = grids(10_000);
const big = grids(100_000);

const check = readTracker(big, agreement, { today: TODAY });
// A fault caught inside readTracker would make the timing meaningless: stop loudly instead.
const faults = check.issues.filter((i) => i.code === "internal-error" || i.severity === "error");
if (faults.length > 0 || check.data.meetings.length !== 100_000)
  throw new Error(`the benchmark tracker does not read cleanly: ${JSON.stringify(faults[0])}`);
const cells = [...check.data.crime.values()].reduce((n, m) => n + m.size, 0);
console.log(`read ${check.data.meetings.length} meetings, ${cells} category-year cells, ${check.issues.length} issues (cadence warnings)`);

// The two sizes alternate round by round, so a busy moment on this shared machine hits both
// alike and the growth ratio compares like with like.
const ROUNDS = 12;
const times = { small: [] as number[], big: [] as number[] };
for (let i = 0; i < 3; i++) readTracker(small, agreement, { today: TODAY }); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const [key, g] of [
    ["small", small],
    ["big", big],
  ] as const) {
    const t0 = performance.now();
    readTracker(g, agreement, { today: TODAY });
    times[key].push(performance.now() - t0);
  }
}
const summary = (name: string, xs: number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  return { name, medianMs: percentile(sorted, 50), p99Ms: percentile(sorted, 99), calls: xs.length };
};
const m10 = summary("validate 10k meeting rows + 1,000 cells", times.small);
const m100 = summary("validate 100k meeting rows + 1,000 cells", times.big);
report([m10, m100]);

const ratio = m100.medianMs / m10.medianMs;
console.log(`10k rows: ${m10.medianMs.toFixed(1)} ms (${(m10.medianMs / 10).toFixed(2)} ms per 1,000 rows)`);
console.log(`100k rows: ${m100.medianMs.toFixed(1)} ms (${(m100.medianMs / 100).toFixed(2)} ms per 1,000 rows)`);
console.log(`growth 100k/10k: ${ratio.toFixed(2)}× — ${ratio <= 12 ? "linear (≤ 12×): OK" : "MORE than 12×: not linear"}`);
console.log(`goal 100k rows < ${GOAL_MS} ms: ${m100.medianMs < GOAL_MS ? "met" : "NOT met"}`);
