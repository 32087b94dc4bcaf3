/**
 * The last good copy of the tracker, one piece for every tracker source. When a read fails (a
 * file half-written or broken, Microsoft 365 down), answers go on from the copy read last time
 * all went well, marked stale since then, so they can say how old their figures are; before any
 * good read there is nothing to answer from, and the failure is a TrackerUnavailableError the
 * bot answers politely. Whatever the source and whatever broke, the bot keeps running.
 */
import { TrackerUnavailableError } from "../core/errors";
import type { TrackerSnapshot } from "../core/ports";

export class LastGoodCopy {
  private good: TrackerSnapshot | undefined;
  private served: TrackerSnapshot | undefined;
  private readonly listeners: Array<() => void> = [];

  /** `listener` is called after each good read of a new version (TrackerSource.onChange). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** What the source answers with now: the good copy, or that copy marked stale; undefined before a good read. */
  get current(): TrackerSnapshot | undefined {
    return this.served;
  }

  /**
   * A good read (readAt: when the source confirmed these figures); `newVersion` when the source
   * saw the tracker change (a read that only confirms the same version says false). Returns the
   * fresh snapshot and, when the copy it replaces had gone stale, since when (worth a line in the log).
   */
  fresh(read: Omit<TrackerSnapshot, "staleSince">, newVersion = true): { snapshot: TrackerSnapshot; wasStaleSince: Date | undefined } {
    const wasStaleSince = this.served?.staleSince;
    this.good = { agreement: read.agreement, tracker: read.tracker, readAt: read.readAt };
    this.served = this.good;
    if (newVersion) for (const listener of this.listeners) listener();
    return { snapshot: this.good, wasStaleSince };
  }

  /**
   * A failed read: the last good copy, stale since it was read. With none yet, throws
   * TrackerUnavailableError(message for the person asking, reason for the log).
   */
  stale(message: string, reason: string): TrackerSnapshot {
    if (!this.good) throw new TrackerUnavailableError(message, reason);
    if (this.served?.staleSince === undefined) this.served = { ...this.good, staleSince: this.good.readAt };
    return this.served;
  }
}
