/**
 * Graph's throttling contract: 429 (and 503/504 when a service is busy) come with Retry-After,
 * in seconds or as an HTTP date. We wait exactly that long, a bounded number of times; a wait
 * longer than we are willing to keep a person waiting is not taken (the caller falls back).
 */

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

export interface RetryPolicy {
  maxRetries: number;
  /** Longest single wait we accept, in seconds. */
  maxWaitSeconds: number;
}

/** Seconds to wait from a Retry-After value; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, (at - now.getTime()) / 1000);
}

/** Without Retry-After: 1 s, 2 s, 4 s … */
export function backoffSeconds(attempt: number): number {
  return 2 ** attempt;
}

/**
 * How long to wait before retry number `attempt` (0-based), or undefined when we should not
 * retry: not a throttling status, out of attempts, or asked to wait longer than we will.
 */
export function retryDelaySeconds(
  status: number,
  retryAfter: string | null | undefined,
  attempt: number,
  policy: RetryPolicy,
): number | undefined {
  if (!RETRYABLE_STATUSES.has(status) || attempt >= policy.maxRetries) return undefined;
  const wait = parseRetryAfter(retryAfter) ?? backoffSeconds(attempt);
  return wait <= policy.maxWaitSeconds ? wait : undefined;
}

/** At least `seconds` (timers may fire a millisecond early; a retry must never come before Retry-After). */
export async function sleep(seconds: number): Promise<void> {
  const until = performance.now() + seconds * 1000;
  for (let left = seconds * 1000; left > 0; left = until - performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(left)));
  }
}
