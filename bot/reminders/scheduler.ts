/**
 * The reminder scheduler: every REMINDER_TICK_SECONDS it reads the tracker, works out what is
 * due (shared/reminders, pure), and per subscription claims the posts in the ledger, posts them
 * proactively, and records them posted (or failed, to be retried). Its last tick is stored, so
 * after downtime the next tick covers the gap: items still ahead are posted late, passed ones
 * are skipped and logged. What the observed kinds (the projection alert) saw is stored too,
 * after the tick's claims; and when a read of the tracker finds a new version, it ticks at once.
 */
import {
  type Agreement,
  type Delivery,
  defaultReminderDates,
  dueItems,
  kindOf,
  type Lang,
  type LeadTime,
  type LedgerFacts,
  languages,
  type Observations,
  observedKinds,
  type ReminderDates,
  type ReminderSubscriber,
  reminderMessage,
  reportYear,
} from "../../shared/index";
import type { Clock, Logger, OutgoingMessage, ProactiveSender, ReportLink, ReportLinkIssuer, TrackerSource } from "../core/ports";
import { Ledger, type LedgerEntry } from "./ledger";
import { reminderPost } from "./reminder-post";
import { type DocumentStore, listSubscriptions, type ObservedDoc, observedKey, SCHEDULER_KEY, type StoredSubscription } from "./store";

/** Attempts at a post whose send failed (the connector was down, say) before giving up. */
export const MAX_SEND_ATTEMPTS = 3;

export interface SchedulerOptions {
  docs: DocumentStore;
  tracker: TrackerSource;
  sender: ProactiveSender;
  clock: Clock;
  logger: Logger;
  leadTimes: readonly LeadTime[];
  /** The yearly reminders' days; the defaults when not given. */
  dates?: ReminderDates;
  tickSeconds: number;
  /** Links to the status report's draft for the yearly status-report reminder; none: it goes without. */
  reportLinks?: ReportLinkIssuer | undefined;
}

export interface TickReport {
  at: string;
  posted: number;
  skipped: number;
  failed: number;
  /** Claims lost to another scheduler (or found already in the ledger). */
  alreadyClaimed: number;
}

/** One post to make in this tick: a first attempt, or another attempt at a failed one. */
interface Post {
  entryKey: string;
  kind: string;
  dueAt: Date;
  message: OutgoingMessage;
  /** Which attempt this is (1 for the first). */
  attempt: number;
  retryUntil?: Date;
  /** For a retry: the attempts the ledger must still show as failed for this one to go ahead. */
  retryAfterAttempts?: number;
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

  /** The reason the last tick failed, while ticks keep failing. */
  private failing: string | undefined;

  /** New tracker versions found by reads (the listener counts them), and how many the last tick's read had seen. */
  private trackerChanges = 0;
  private changesSeen = 0;
  private listening = false;

  /**
   * Ticks now and then every tickSeconds; a tick still running makes the next one wait its turn.
   * A read of the tracker that finds a new version (a question's, say) brings the next tick
   * forward, so a projection that turned worse is told within moments, not at the next tick.
   */
  start(): void {
    if (this.timer) return;
    if (!this.listening) {
      this.listening = true;
      this.options.tracker.onChange?.(() => this.trackerChanged());
    }
    void this.tickSafely();
    this.timer = setInterval(() => void this.tickSafely(), this.options.tickSeconds * 1000);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** A new version of the tracker: tick now, or as soon as the tick in progress is done if it read the old one. */
  private trackerChanged(): void {
    this.trackerChanges++;
    if (!this.timer || this.running) return; // stopped, or the running tick looks again when it ends
    void this.tickSafely();
  }

  /**
   * A tick that never throws, for the timer. A failure that repeats tick after tick (the tracker
   * unreadable for an hour) is logged once, not every 30 s, and its end is logged too.
   */
  async tickSafely(): Promise<void> {
    try {
      await this.tick();
      if (this.failing !== undefined) this.options.logger.info({ was: this.failing }, "reminder ticks work again");
      this.failing = undefined;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (reason !== this.failing)
        this.options.logger.error({ err: reason }, "reminder tick failed (logged once until it changes or recovers)");
      this.failing = reason;
    }
  }

  /** One tick; overlapping calls share the tick in progress. */
  tick(): Promise<TickReport | undefined> {
    this.running ??= this.runTick().finally(() => {
      this.running = undefined;
      // The tracker changed after this tick read it: look again now.
      if (this.timer && this.trackerChanges !== this.changesSeen) void this.tickSafely();
    });
    return this.running;
  }

  private async runTick(): Promise<TickReport> {
    const { docs, tracker, clock, logger, leadTimes, dates = defaultReminderDates } = this.options;
    const now = clock.now();
    const report: TickReport = { at: now.toISOString(), posted: 0, skipped: 0, failed: 0, alreadyClaimed: 0 };
    const snapshot = await tracker.current();
    // A change found by this read (it tells the listener before it returns) is this tick's to handle.
    this.changesSeen = this.trackerChanges;
    const stored = await listSubscriptions(docs);
    const state = await docs.get<SchedulerState>(SCHEDULER_KEY);
    const lastTick = state?.lastTick ? new Date(state.lastTick) : undefined;
    const observed = await this.lastObservations();

    await this.ledger.load(stored.map((s) => s.id));
    const subscribers: ReminderSubscriber[] = stored.map((s) => ({
      id: s.id,
      lang: s.lang,
      subscribedAt: new Date(s.subscribedAt),
      ...(s.group ? { group: s.group } : {}),
    }));
    const facts = new Map<string, ReadonlySet<string>>();
    for (const s of stored) {
      await this.reportInterrupted(s.id);
      facts.set(s.id, this.ledger.keys(s.id));
    }

    const due = dueItems({
      now,
      ...(lastTick ? { lastTick } : {}),
      agreement: snapshot.agreement,
      tracker: snapshot.tracker,
      subscriptions: subscribers,
      ledger: facts as LedgerFacts,
      leadTimes,
      observed,
      dates,
    });
    for (const s of due.skip) {
      report.skipped++;
      logger.warn(
        { subscription: s.subscription.id, item: s.item.entryKey, dueAt: s.item.dueAt.toISOString() },
        "reminder skipped: it fell due while the bot was down and its moment has passed",
      );
    }

    const links = await this.draftLinks(due.post, snapshot.agreement, now);
    // The text depends on the item and the language only: worded once per tick, not per subscriber.
    const worded = new Map<string, OutgoingMessage>();
    const messages = (d: Delivery, lang: Lang): OutgoingMessage => {
      const key = `${lang}|${d.item.entryKey}`;
      let message = worded.get(key);
      if (!message) {
        const reportLink = (year: number) => links.get(`${lang}|${year}`);
        message = reminderPost(reminderMessage(d.item, { lang, now, agreement: snapshot.agreement, reportLink }));
        worded.set(key, message);
      }
      return message;
    };
    const newPosts = new Map<string, Delivery[]>();
    for (const d of due.post) {
      const list = newPosts.get(d.subscription.id);
      if (list) list.push(d);
      else newPosts.set(d.subscription.id, [d]);
    }
    // One subscription at a time, and within it claim, post, record: a post is only ever sent
    // right after its own claim, so a crash or a storage outage strands at most the posts of the
    // subscription in hand (left "claimed", never sent twice) and nothing claimed ahead of it.
    for (const subscription of stored) {
      const posts = [
        ...(newPosts.get(subscription.id) ?? []).map((d) => this.firstPost(d, subscription, now, messages)),
        ...this.retries(subscription.id, now),
      ];
      if (posts.length > 0) await this.deliver(subscription, posts, now, report);
    }
    // Only now, with this tick's alerts claimed: a crash before here finds the same change again,
    // and the ledger keeps it from being posted twice.
    await this.storeObservations(observed, due.observations, now);

    await docs.update<SchedulerState>(SCHEDULER_KEY, (current) => {
      const previous = current?.lastTick ? Date.parse(current.lastTick) : Number.NEGATIVE_INFINITY;
      // Never backwards: a clock set back (PARTNERSKAB_NOW on a restart) must not reopen the window.
      return previous >= now.getTime() ? undefined : { lastTick: now.toISOString() };
    });
    if (report.posted || report.failed || report.skipped) logger.info({ ...report }, "reminder tick");
    return report;
  }

  /** What each observed kind saw at the last tick (of any instance), as stored. */
  private async lastObservations(): Promise<Observations> {
    if (observedKinds.length === 0) return {};
    const docs = await this.options.docs.getMany<ObservedDoc>(observedKinds.map(observedKey));
    return Object.fromEntries(observedKinds.map((kind) => [kind, docs[observedKey(kind)]?.observation]));
  }

  /** Stores each observed kind's observation where it differs from the one stored. */
  private async storeObservations(previous: Observations, current: Observations, now: Date): Promise<void> {
    for (const kind of observedKinds) {
      const observation = current[kind];
      if (observation === undefined || JSON.stringify(observation) === JSON.stringify(previous[kind])) continue;
      await this.options.docs.update<ObservedDoc>(observedKey(kind), () => ({ observation, observedAt: now.toISOString() }));
    }
  }

  /**
   * The status report's draft links the due status-report reminders offer (the year before theirs),
   * made before the wording because signing may first read the key from storage. A link that
   * cannot be made is logged and the reminder goes without it.
   */
  private async draftLinks(post: readonly Delivery[], agreement: Agreement, now: Date): Promise<Map<string, ReportLink>> {
    const links = new Map<string, ReportLink>();
    const issuer = this.options.reportLinks;
    if (!issuer) return links;
    for (const d of post) {
      if (d.item.kind !== "status-report") continue;
      const { year, inPeriod } = reportYear(agreement, d.item.covers, now);
      if (!inPeriod) continue;
      for (const lang of languages) {
        const key = `${lang}|${year}`;
        if (links.has(key)) continue;
        try {
          links.set(key, await issuer.linkFor(year, lang));
        } catch (err) {
          this.options.logger.warn({ year, err: err instanceof Error ? err.message : String(err) }, "status report link: not made");
        }
      }
    }
    return links;
  }

  private firstPost(
    d: Delivery,
    subscription: StoredSubscription,
    now: Date,
    messages: (d: Delivery, lang: Lang) => OutgoingMessage,
  ): Post {
    return {
      entryKey: d.item.entryKey,
      kind: d.item.kind,
      dueAt: d.item.dueAt,
      message: messages(d, subscription.lang),
      attempt: 1,
      // A failed send is tried again while it still matters, as long as its kind says.
      retryUntil: kindOf(d.item).retryUntil(d.item, now),
    };
  }

  /** Sends that failed get another go on later ticks, while their moment has not passed. */
  private retries(subscriptionId: string, now: Date): Post[] {
    const posts: Post[] = [];
    for (const [entryKey, entry] of this.ledger.failed(subscriptionId)) {
      if (!entry.message) continue;
      const attempts = entry.attempts ?? 1;
      if (attempts >= MAX_SEND_ATTEMPTS || (entry.retryUntil && Date.parse(entry.retryUntil) <= now.getTime())) continue;
      posts.push({
        entryKey,
        kind: entry.kind,
        dueAt: new Date(entry.dueAt),
        // A copy: the ledger's own is read-only, and a sender may add to what it is given. One kept
        // before reminders went card-only (its full text beside the card) is sent as the card alone
        // too, like every card, that text as its summary.
        message: structuredClone(entry.message),
        attempt: attempts + 1,
        retryAfterAttempts: attempts,
        ...(entry.retryUntil ? { retryUntil: new Date(entry.retryUntil) } : {}),
      });
    }
    return posts;
  }

  /**
   * One subscription's posts: claimed together in one conditional write, sent one by one in
   * order, and recorded "posted" together in one more write. A failed send is recorded at once,
   * so that a crash later in the batch cannot cost it its retry. Only the sender decides whether
   * a post failed: if recording "posted" fails, the entry stays "claimed" and is never sent
   * again, rather than being mistaken for a failed send and retried into a second post.
   */
  private async deliver(subscription: StoredSubscription, posts: readonly Post[], now: Date, report: TickReport): Promise<void> {
    const { sender, clock, logger } = this.options;
    const won = await this.ledger.claim(
      subscription.id,
      posts.map((p) => ({
        entryKey: p.entryKey,
        kind: p.kind,
        dueAt: p.dueAt,
        ...(p.retryAfterAttempts !== undefined ? { retryAfterAttempts: p.retryAfterAttempts } : {}),
      })),
      now,
    );
    const posted = new Map<string, Partial<LedgerEntry>>();
    for (const post of posts) {
      if (!won.has(post.entryKey)) {
        if (post.retryAfterAttempts === undefined) report.alreadyClaimed++;
        continue;
      }
      this.ownClaims.add(`${subscription.id}#${post.entryKey}`);
      try {
        await sender.send(subscription.address, post.message);
        report.posted++;
        posted.set(post.entryKey, { status: "posted", postedAt: clock.now().toISOString(), attempts: post.attempt });
      } catch (err) {
        report.failed++;
        const error = err instanceof Error ? err.message : String(err);
        logger.error(
          { subscription: subscription.id, item: post.entryKey, attempt: post.attempt, err: error },
          "reminder could not be posted",
        );
        await this.ledger.mark(subscription.id, post.entryKey, {
          status: "failed",
          attempts: post.attempt,
          error,
          message: post.message,
          ...(post.retryUntil ? { retryUntil: post.retryUntil.toISOString() } : {}),
        });
      }
    }
    await this.ledger.record(subscription.id, posted);
  }

  /** Entries a crash left "claimed" are not posted again; say so once, and mark them. */
  private async reportInterrupted(id: string): Promise<void> {
    if (this.interruptedChecked.has(id)) return;
    this.interruptedChecked.add(id);
    const interrupted = new Map<string, Partial<LedgerEntry>>();
    for (const [key, entry] of Object.entries(this.ledger.loaded(id))) {
      if (entry.status !== "claimed" || this.ownClaims.has(`${id}#${key}`)) continue;
      this.options.logger.warn(
        { subscription: id, item: key, claimedAt: entry.claimedAt },
        "reminder was claimed but never marked posted (the bot stopped mid-post); it may not have arrived and is not posted again",
      );
      interrupted.set(key, { status: "interrupted" });
    }
    await this.ledger.record(id, interrupted);
  }
}
