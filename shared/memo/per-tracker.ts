/**
 * Figures derived from a tracker, computed once per tracker. A tracker's maps are never changed
 * once read (a new read, of the file or from Graph, makes new maps), and what is derived from them
 * (a category's year in progress, its trend, a year's overview) depends on nothing else but the
 * agreement. One answer asks for the same ones several times (the text, the table and the chart),
 * and every answer until the next read asks again; so each is kept, weakly, for as long as the
 * agreement and the tracker's maps live.
 *
 * What is kept is frozen: a caller that changed a shared result would change every later answer,
 * and a frozen one fails loudly instead.
 */
import type { TrackerData } from "../tracker/types";
import { entryOf } from "./map-entry";

/** The parts of a tracker the derived figures read. */
type Sources = Pick<TrackerData, "crime" | "crimeByMonth">;

const caches = new WeakMap<object, WeakMap<object, WeakMap<object, Map<string, unknown>>>>();

/**
 * The cache used last: answers come one tracker at a time, and the weak maps' lookups are not
 * free. (It holds the last tracker alive until another is used: one tracker, no more.)
 */
let last: { crime: object; crimeByMonth: object; agreement: object; cache: Map<string, unknown> } | undefined;

function cacheFor(tracker: Sources, agreement: object): Map<string, unknown> {
  if (last && last.crime === tracker.crime && last.crimeByMonth === tracker.crimeByMonth && last.agreement === agreement) return last.cache;
  const cache = lookUp(tracker, agreement);
  last = { crime: tracker.crime, crimeByMonth: tracker.crimeByMonth, agreement, cache };
  return cache;
}

function lookUp(tracker: Sources, agreement: object): Map<string, unknown> {
  const byMonths = entryOf(caches, tracker.crime, () => new WeakMap<object, WeakMap<object, Map<string, unknown>>>());
  const byAgreement = entryOf(byMonths, tracker.crimeByMonth, () => new WeakMap<object, Map<string, unknown>>());
  return entryOf(byAgreement, agreement, () => new Map<string, unknown>());
}

/** Freezes plain objects and arrays all the way down (maps are left as they are: they are the tracker's own). */
function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value) || value instanceof Map) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

/** `compute()` once per tracker, agreement and `key`, which names what is computed and for which category and year. */
export function perTracker<R>(tracker: Sources, agreement: object, key: string, compute: () => R): R {
  const cache = cacheFor(tracker, agreement);
  if (cache.has(key)) return cache.get(key) as R;
  const value = deepFreeze(compute());
  cache.set(key, value);
  return value;
}
