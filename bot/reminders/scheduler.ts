/**
 * The reminder scheduler: every REMINDER_TICK_SECONDS it reads the tracker, works out what is
 * due (shared/reminders, pure), claims each post in the ledger, posts it proactively, and marks
 * it posted. Its last tick is stored, so after downtime the next tick covers the gap: items
 * still ahead are posted late, passed ones are skipped and logged.
 */
import { type Delivery, dueItems, type LeadTime, type LedgerFacts, type ReminderSubscriber, reminderMessage } from "../../shared/index";
import type { Clock, Logger, OutgoingMessage, ProactiveSender, TrackerSource } from "../core/ports";
import { Ledger } from "./ledger";
import { type DocumentStore, listSubscriptions, SCHEDULER_KEY, type StoredSubscription } from "./store";

/** Attempts at a post whose send failed (the connector was down, say) before giving up. */
export const MAX_SEND_ATTEMPTS = 3;
const RETRY_WINDOW_MS = 24 * 3_600_000;

export interface SchedulerOptions {
  docs: DocumentStore;
  tracker: TrackerSource;
  sender: ProactiveSender;
  clock: Clock;
  logger: Logger;
  leadTimes: readonly LeadTime[];
  tickSeconds: number;
}

export interface TickReport {
  at: string;
  posted: number;
  skipped: number;
  failed: number;
  /** Claims lost to another scheduler (or found already in the ledger). */
  alreadyClaimed: number;
}

interface SchedulerState {
  lastTick?: string;
}

export class Scheduler {
  private readonly ledger: Ledger;
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<TickReport | undefined> | undefined;
  /** Claims this scheduler made; any other entry still "claimed" was left by a stopped one. */
  private readonly ownClaims = new Set<string>();
  private readonly interruptedChecked = new Set<string>();

  constructor(private readonly options: SchedulerOptions) {
    this.ledger = new Ledger(options.docs);
  }

  /** Ticks now and then every tickSeconds; a tick still running makes the next one wait its turn. */
  start(): void {
    if (this.timer) return;
    void this.safeTick();
    this.timer = setInterval(() => void this.safeTick(), this.options.tickSeconds * 1000);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async safeTick(): Promise<void> {
    try {
      await this.tick();
    } catch (err) {
      this.options.logger.error({ err: err instanceof Error ? err.message : String(err) }, "reminder tick failed");
    }
  }

  /** One tick; overlapping calls share the tick in progress. */
  tick(): Promise<TickReport | undefined> {
    this.running ??= this.runTick().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runTick(): Promise<TickReport> {
    const { docs, tracker, clock, logger, leadTimes } = this.options;
    const now = clock.now();
    const report: TickReport = { at: now.toISOString(), posted: 0, skipped: 0, failed: 0, alreadyClaimed: 0 };
    const snapshot = await tracker.current();
    const stored = await listSubscriptions(docs);
    const state = await docs.get<SchedulerState>(SCHEDULER_KEY);
    const lastTick = state?.lastTick ? new Date(state.lastTick) : undefined;

    const byId = new Map(stored.map((s) => [s.id, s]));
    const subscribers: ReminderSubscriber[] = stored.map((s) => ({
      id: s.id,
      lang: s.lang,
      subscribedAt: new Date(s.subscribedAt),
      ...(s.group ? { group: s.group } : {}),
    }));
    const facts = new Map<string, Set<string>>();
    for (const s of stored) {
      const entries = await this.ledger.entries(s.id);
      facts.set(s.id, new Set(Object.keys(entries)));
      await this.reportInterrupted(s.id, entries);
    }

    const due = dueItems({
      now,
      ...(lastTick ? { lastTick } : {}),
      meetings: snapshot.tracker.meetings,
      agreement: snapshot.agreement,
      subscriptions: subscribers,
      ledger: facts as LedgerFacts,
      leadTimes,
    });
    for (const s of due.skip) {
      report.skipped++;
      logger.warn(
        { subscription: s.subscription.id, item: s.item.entryKey, dueAt: s.item.dueAt.toISOString() },
        "reminder skipped: it fell due while the bot was down and its moment has passed",
      );
    }

    const perSubscription = new Map<string, Delivery[]>();
    for (const d of due.post) {
      const list = perSubscription.get(d.subscription.id);
      if (list) list.push(d);
      else perSubscription.set(d.subscription.id, [d]);
    }
    for (const [id, deliveries] of perSubscription) {
      const subscription = byId.get(id);
      if (!subscription) continue;
      const won = await this.ledger.claim(
        id,
        deliveries.map((d) => ({ entryKey: d.item.entryKey, kind: d.item.kind, dueAt: d.item.dueAt })),
        now,
      );
      for (const key of won) this.ownClaims.add(`${id}#${key}`);
      for (const d of deliveries) {
        if (!won.has(d.item.entryKey)) {
          report.alreadyClaimed++;
          continue;
        }
        const message = reminderMessage(d.item, subscription.lang, now, snapshot.agreement);
        // A failed send is tried again while it still matters: until the meeting, or for a day.
        const retryUntil = d.item.kind === "meeting" ? d.item.startsAt : new Date(now.getTime() + RETRY_WINDOW_MS);
        const ok = await this.send(subscription, d.item.entryKey, message, 1, retryUntil);
        if (ok) report.posted++;
        else report.failed++;
      }
    }

    await this.retryFailed(stored, now, report);
    await docs.update<SchedulerState>(SCHEDULER_KEY, (current) => {
      const previous = current?.lastTick ? Date.parse(current.lastTick) : Number.NEGATIVE_INFINITY;
      // Never backwards: a clock set back (PARTNERSKAB_NOW on a restart) must not reopen the window.
      return previous >= now.getTime() ? undefined : { lastTick: now.toISOString() };
    });
    if (report.posted || report.failed || report.skipped) logger.info({ ...report }, "reminder tick");
    return report;
  }

  private async send(
    subscription: StoredSubscription,
    entryKey: string,
    message: OutgoingMessage,
    attempt: number,
    retryUntil: Date | undefined,
  ): Promise<boolean> {
    const { sender, clock, logger } = this.options;
    try {
      await sender.send(subscription.address, message);
      await this.ledger.mark(subscription.id, entryKey, { status: "posted", postedAt: clock.now().toISOString(), attempts: attempt });
      return true;
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      logger.error({ subscription: subscription.id, item: entryKey, attempt, err: error }, "reminder could not be posted");
      await this.ledger.mark(subscription.id, entryKey, {
        status: "failed",
        attempts: attempt,
        error,
        message,
        ...(retryUntil ? { retryUntil: retryUntil.toISOString() } : {}),
      });
      return false;
    }
  }

  /** Sends that failed get another go on later ticks, while their moment has not passed. */
  private async retryFailed(stored: readonly StoredSubscription[], now: Date, report: TickReport): Promise<void> {
    for (const s of stored) {
      const entries = await this.ledger.entries(s.id);
      for (const [key, entry] of Object.entries(entries)) {
        if (entry.status !== "failed" || !entry.message) continue;
        const attempts = entry.attempts ?? 1;
        if (attempts >= MAX_SEND_ATTEMPTS || (entry.retryUntil && Date.parse(entry.retryUntil) <= now.getTime())) continue;
        if (!(await this.ledger.claimRetry(s.id, key, attempts))) continue;
        this.ownClaims.add(`${s.id}#${key}`);
        const ok = await this.send(s, key, entry.message, attempts + 1, entry.retryUntil ? new Date(entry.retryUntil) : undefined);
        if (ok) report.posted++;
        else report.failed++;
      }
    }
  }

  /** Entries a crash left "claimed" are not posted again; say so once, and mark them. */
  private async reportInterrupted(id: string, entries: Record<string, { status: string; claimedAt: string }>): Promise<void> {
    if (this.interruptedChecked.has(id)) return;
    this.interruptedChecked.add(id);
    for (const [key, entry] of Object.entries(entries)) {
      if (entry.status !== "claimed" || this.ownClaims.has(`${id}#${key}`)) continue;
      this.options.logger.warn(
        { subscription: id, item: key, claimedAt: entry.claimedAt },
        "reminder was claimed but never marked posted (the bot stopped mid-post); it may not have arrived and is not posted again",
      );
      await this.ledger.mark(id, key, { status: "interrupted" });
    }
  }
}
