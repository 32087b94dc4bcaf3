/**
 * Validating a big tracker: 100,000 meeting rows and 1,000 category-year cells (100 categories
 * × 10 years), as Office.js hands them over (serial dates, time fractions); then the same with a
 * 10,000-row `Måneder` sheet (an agreement of 1,000 categories × 10 years, 12 months a row, the
 * first 100 categories' totals checked against Kriminalitet). Prints ms and ms per 1,000 rows,
 * checks that the cost grows linearly (100k rows ≤ 12 × 10k rows) and the goal of 100k rows
 * under 300 ms, with and without the monthly sheet. Printed, not asserted: speed is never a test.
 */
import amagerJson from "../shared/agreement/bundled/amager.json";
import { type Agreement, type CellValue, dateToExcelSerial, type Grid, parseAgreement, readTracker } from "../shared/index";
import { percentile, report } from "./measure";

const CATEGORIES = 100;
/** Categories in the variant with a `Måneder` sheet: × 10 years = 10,000 rows. */
const MONTHLY_CATEGORIES = 1_000;
const YEARS = 10; // 2012 (baseline) … 2021
const TODAY = "2021-06-01";
const GOAL_MS = 300;

function bigAgreement(count = CATEGORIES): Agreement {
  const categories = Array.from({ length: count }, (_, i) => ({
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

/** Category i's reports in a year: its baseline in 2012, then 90–109. */
function yearlyFigure(i: number, year: number): number {
  return year === 2012 ? 100 + i : 90 + ((i + year - 2013) % 20);
}

function crimeGrid(): Grid {
  const header: CellValue[] = ["Gerningstype", ...Array.from({ length: YEARS }, (_, y) => 2012 + y)];
  const rows = Array.from({ length: CATEGORIES }, (_, i): CellValue[] => [
    `Kategori ${i}`,
    ...Array.from({ length: YEARS }, (_, y) => yearlyFigure(i, 2012 + y)),
  ]);
  return [header, ...rows];
}

/** A year's reports spread over 12 months (the first months get the remainder). */
function spread(total: number): number[] {
  return Array.from({ length: 12 }, (_, m) => Math.floor(total / 12) + (m < total % 12 ? 1 : 0));
}

/**
 * The `Måneder` sheet: a row per category and year, 12 months adding up to the year's figure;
 * 2021 runs January–May (today is 1 June), so nothing is reported but what a clean tracker has
 * (and the 900 categories without a Kriminalitet row).
 */
function monthsGrid(): Grid {
  const months: CellValue[][] = [
    ["Gerningstype", "År", "Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"],
  ];
  for (let i = 0; i < MONTHLY_CATEGORIES; i++) {
    for (let y = 2012; y < 2012 + YEARS; y++) {
      const twelve = spread(yearlyFigure(i, y));
      months.push([`Kategori ${i}`, y, ...(y === 2021 ? twelve.slice(0, 5) : twelve)]);
    }
  }
  return months;
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
const monthlyAgreement = bigAgreement(MONTHLY_CATEGORIES);
const crime = crimeGrid();
const months = monthsGrid();
const grids = (rows: number) => ({ Kriminalitet: crime, Møder: meetingsGrid(rows) });
const withMonths = (rows: number) => ({ Kriminalitet: crime, Måneder: months, Møder: meetingsGrid(rows) });
const cases = [
  { key: "small", name: "validate 10k meeting rows + 1,000 cells", grids: grids(10_000), agreement },
  { key: "big", name: "validate 100k meeting rows + 1,000 cells", grids: grids(100_000), agreement },
  { key: "smallMonths", name: "validate 10k meeting rows + 10k Måneder rows", grids: withMonths(10_000), agreement: monthlyAgreement },
  { key: "bigMonths", name: "validate 100k meeting rows + 10k Måneder rows", grids: withMonths(100_000), agreement: monthlyAgreement },
] as const;

for (const c of cases.filter((x) => x.key.startsWith("big"))) {
  const check = readTracker(c.grids, c.agreement, { today: TODAY });
  // A fault caught inside readTracker would make the timing meaningless: stop loudly instead.
  const faults = check.issues.filter((i) => i.code === "internal-error" || i.severity === "error");
  if (faults.length > 0 || check.data.meetings.length !== 100_000)
    throw new Error(`the benchmark tracker does not read cleanly: ${JSON.stringify(faults[0])}`);
  const cells = [...check.data.crime.values()].reduce((n, m) => n + m.size, 0);
  const monthRows = [...check.data.crimeByMonth.values()].reduce((n, m) => n + m.size, 0);
  console.log(
    `read ${check.data.meetings.length} meetings, ${cells} category-year cells, ${monthRows} Måneder rows, ${check.issues.length} issues (warnings: cadence, categories without a Kriminalitet row)`,
  );
}

// The sizes alternate round by round, so a busy moment on this shared machine hits all alike
// and the growth ratio compares like with like.
const ROUNDS = 12;
const times: Record<(typeof cases)[number]["key"], number[]> = { small: [], big: [], smallMonths: [], bigMonths: [] };
for (let i = 0; i < 3; i++) for (const c of cases) if (c.key.startsWith("small")) readTracker(c.grids, c.agreement, { today: TODAY }); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) {
    const t0 = performance.now();
    readTracker(c.grids, c.agreement, { today: TODAY });
    times[c.key].push(performance.now() - t0);
  }
}
const summary = (name: string, xs: number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  return { name, medianMs: percentile(sorted, 50), p99Ms: percentile(sorted, 99), calls: xs.length };
};
const [m10, m100, m10Months, m100Months] = cases.map((c) => summary(c.name, times[c.key])) as [
  ReturnType<typeof summary>,
  ReturnType<typeof summary>,
  ReturnType<typeof summary>,
  ReturnType<typeof summary>,
];
report([m10, m100, m10Months, m100Months]);

for (const [label, small, big] of [
  ["", m10, m100],
  [" with a 10k-row Måneder sheet", m10Months, m100Months],
] as const) {
  const ratio = big.medianMs / small.medianMs;
  console.log(`10k rows${label}: ${small.medianMs.toFixed(1)} ms (${(small.medianMs / 10).toFixed(2)} ms per 1,000 rows)`);
  console.log(`100k rows${label}: ${big.medianMs.toFixed(1)} ms (${(big.medianMs / 100).toFixed(2)} ms per 1,000 rows)`);
  console.log(`growth 100k/10k${label}: ${ratio.toFixed(2)}× — ${ratio <= 12 ? "linear (≤ 12×): OK" : "MORE than 12×: not linear"}`);
  console.log(`goal 100k rows < ${GOAL_MS} ms${label}: ${big.medianMs < GOAL_MS ? "met" : "NOT met"}`);
}
