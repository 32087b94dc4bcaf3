/**
 * Clocks. The bot's clock starts at PARTNERSKAB_NOW (for demos inside a past agreement period)
 * and runs on in real time from there; tests use a clock they move by hand.
 */
import type { Clock } from "./core/ports";

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that reads `startAt` at the moment it is made and runs on at real speed. */
export function offsetClock(startAt: Date, realNow: () => number = Date.now): Clock {
  const offset = startAt.getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
}

/** A clock that only moves when told to. */
export class ManualClock implements Clock {
  private ms: number;
  constructor(start: Date | string) {
    this.ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  set(instant: Date | string): void {
    this.ms = new Date(instant).getTime();
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** The clock the settings ask for. */
export function clockFor(startAt: Date | undefined): Clock {
  return startAt ? offsetClock(startAt) : systemClock;
}
