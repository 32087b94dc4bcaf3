/**
 * A per-conversation rate limit: at most `perMinute` messages in each conversation's one-minute
 * window. The first message over the limit gets one polite notice; the rest of that window is
 * dropped quietly, so a flood is never answered by a flood. Time comes from the injectable Clock.
 * Per process: with two instances behind a load balancer each counts its own share.
 */
import type { Clock } from "../core/ports";

export type RateDecision = "ok" | "notice" | "drop";

interface Window {
  startedAt: number;
  count: number;
  noticed: boolean;
}

const WINDOW_MS = 60_000;

export interface RateLimiterOptions {
  perMinute: number;
  clock: Clock;
  /** Conversations remembered at once; a stranger inventing conversation ids cannot grow memory past it. */
  maxTracked?: number;
}

export class ConversationRateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly maxTracked: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.maxTracked = options.maxTracked ?? 10_000;
  }

  /** Counts one message in `conversationId` and says what to do with it. */
  check(conversationId: string): RateDecision {
    const now = this.options.clock.now().getTime();
    let window = this.windows.get(conversationId);
    if (!window || now - window.startedAt >= WINDOW_MS || now < window.startedAt) {
      window = { startedAt: now, count: 0, noticed: false };
      this.windows.delete(conversationId);
      this.windows.set(conversationId, window);
      this.prune(now);
    }
    window.count++;
    if (window.count <= this.options.perMinute) return "ok";
    if (window.noticed) return "drop";
    window.noticed = true;
    return "notice";
  }

  /** How many conversations are remembered (for tests of the memory bound). */
  get tracked(): number {
    return this.windows.size;
  }

  private prune(now: number): void {
    if (this.windows.size <= this.maxTracked) return;
    for (const [id, window] of this.windows) {
      if (now - window.startedAt >= WINDOW_MS) this.windows.delete(id);
    }
    // Still too many live windows: forget the oldest (Map keeps insertion order).
    for (const id of this.windows.keys()) {
      if (this.windows.size <= this.maxTracked) break;
      this.windows.delete(id);
    }
  }
}
