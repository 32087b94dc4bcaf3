/** A small timing helper: warm up, run in rounds, report medians side by side. */
export interface Measurement {
  name: string;
  /** median milliseconds per call */
  medianMs: number;
  p99Ms: number;
  calls: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

/**
 * The least warm-up, in time: V8 compiles a function's optimised code only after it has run for a
 * while, and a mix of twenty questions runs each answer path a twentieth of the calls. What the
 * bot serves, for hours on end, is the steady state, so that is what is measured.
 */
const WARM_UP_MS = 1_000;

/** Times `fn` `calls` times, after a warm-up of a tenth as many calls, and of at least WARM_UP_MS. */
export function measure(name: string, calls: number, fn: () => unknown): Measurement {
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let i = 0; i < Math.max(1, Math.floor(calls / 10)) || performance.now() < warmUntil; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: percentile(times, 50), p99Ms: percentile(times, 99), calls };
}

export async function measureAsync(name: string, calls: number, fn: () => Promise<unknown>): Promise<Measurement> {
  for (let i = 0; i < Math.max(1, Math.floor(calls / 10)); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: percentile(times, 50), p99Ms: percentile(times, 99), calls };
}

export { percentile };

/** Prints measurements as a table, with each median's ratio to the first. */
export function report(rows: Measurement[]): void {
  const base = rows[0]?.medianMs ?? 1;
  const lines = rows.map((r) => ({
    benchmark: r.name,
    "median ms": r.medianMs.toFixed(4),
    "p99 ms": r.p99Ms.toFixed(4),
    "per second": Math.round(1000 / r.medianMs).toLocaleString("en"),
    "× first": (r.medianMs / base).toFixed(2),
  }));
  console.table(lines);
}
