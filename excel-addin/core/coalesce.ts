/**
 * Many calls, one round trip: calls made while a batch is pending are collected and answered
 * by a single call of `batch` on the next turn of the event loop. Excel recalculates many cells
 * at once, and each Excel round trip is a network call on the web.
 */
export function coalesce<K, V>(batch: (keys: K[]) => Promise<V[]>): (key: K) => Promise<V> {
  let pending: Array<{ key: K; resolve: (v: V) => void; reject: (e: unknown) => void }> = [];
  const flush = () => {
    const calls = pending;
    pending = [];
    batch(calls.map((c) => c.key)).then(
      (values) => {
        calls.forEach((c, i) => {
          c.resolve(values[i] as V);
        });
      },
      (err: unknown) => {
        for (const c of calls) c.reject(err);
      },
    );
  };
  return (key) =>
    new Promise<V>((resolve, reject) => {
      if (pending.length === 0) setTimeout(flush, 0);
      pending.push({ key, resolve, reject });
    });
}
