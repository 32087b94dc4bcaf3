/**
 * Subscriptions to reminders, per conversation: "abonnér på påmindelser" / "subscribe to
 * reminders" (optionally one group), "afmeld påmindelser" / "unsubscribe", "hvilke påmindelser?"
 * / "which reminders?". Adding the bot to a team or chat stores the conversation and says hello;
 * removing it deletes the subscription and its ledger. Replies are in the user's language.
 */
import {
  agreementEndedText,
  agreementHasEnded,
  copenhagenDate,
  defaultReminderDates,
  formatDateTime,
  formatInstant,
  type Lang,
  type LeadTime,
  leadTimesText,
  type MeetingGroup,
  offerText,
  type ReminderDates,
  reminderAbout,
  t,
  timedItems,
  toCopenhagen,
} from "../../shared/index";
import type { Clock, ConversationAddress, Logger, OutgoingMessage, SubscriptionService, TrackerSource } from "../core/ports";
import { Ledger } from "./ledger";
import {
  CONVERSATIONS_KEY,
  type ConversationsDoc,
  type DocumentStore,
  type StoredSubscription,
  SUBSCRIPTIONS_KEY,
  type SubscriptionsDoc,
  subscriptionIdFor,
} from "./store";

export interface SubscriptionServiceOptions {
  docs: DocumentStore;
  clock: Clock;
  leadTimes: readonly LeadTime[];
  /** The yearly reminders' days; the defaults when not given. */
  dates?: ReminderDates;
  /** For naming the next reminder in the list; optional. */
  tracker?: TrackerSource;
  logger?: Logger;
}

export class ReminderSubscriptions implements SubscriptionService {
  private readonly ledger: Ledger;

  constructor(private readonly options: SubscriptionServiceOptions) {
    this.ledger = new Ledger(options.docs);
  }

  async subscribe(address: ConversationAddress, { group, lang }: { group?: MeetingGroup; lang: Lang }): Promise<OutgoingMessage> {
    const id = subscriptionIdFor(address);
    const now = this.options.clock.now();
    let existed = false;
    // The ledger first: a scheduler that sees the subscription must find its ledger to claim in.
    await this.ledger.ensure(id);
    await this.options.docs.update<SubscriptionsDoc>(SUBSCRIPTIONS_KEY, (doc) => {
      const subscriptions = doc?.subscriptions ?? {};
      const previous = subscriptions[id];
      existed = !!previous;
      const next: StoredSubscription = {
        id,
        address,
        lang,
        // Keep the original start: re-subscribing must not replay or skip anything.
        subscribedAt: previous?.subscribedAt ?? now.toISOString(),
        ...(group ? { group } : {}),
      };
      return { subscriptions: { ...subscriptions, [id]: next } };
    });
    const what = offerText(group, lang);
    const when = this.meetingLeadText(lang);
    // The projection alert goes to the steering group's subscribers (and every group's).
    const alert =
      group === "working"
        ? ""
        : t(
            lang,
            " Desuden en besked, når fremskrivningen for en gerningstype bliver dårligere i forhold til årets måltal.",
            " Also a message when a category's projection for the year turns worse against its target.",
          );
    const text = existed
      ? t(
          lang,
          `Opdateret: denne samtale får nu påmindelser om ${what}. ${when}`,
          `Updated: this conversation now gets reminders of ${what}. ${when}`,
        )
      : t(
          lang,
          `Abonneret: denne samtale får nu påmindelser om ${what}, og en advarsel, hvis årets møder ikke kan leve op til aftalen. ${when}${alert} Skriv »afmeld påmindelser« for at stoppe dem.`,
          `Subscribed: this conversation now gets reminders of ${what}, and a warning when the year's meetings cannot meet the agreement. ${when}${alert} Write "unsubscribe" to stop them.`,
        );
    return { text };
  }

  /** The lead times belong to meetings only: "Påmindelser om møder kommer 7 dage og 1 dag før." */
  private meetingLeadText(lang: Lang): string {
    const when = leadTimesText(this.options.leadTimes, lang);
    return t(lang, `Påmindelser om møder kommer ${when} før.`, `Meeting reminders come ${when} before.`);
  }

  async unsubscribe(address: ConversationAddress, lang: Lang): Promise<OutgoingMessage> {
    const id = subscriptionIdFor(address);
    const removed = await this.removeSubscription(id);
    return {
      text: removed
        ? t(lang, "Afmeldt: denne samtale får ikke flere påmindelser.", "Unsubscribed: this conversation gets no more reminders.")
        : t(
            lang,
            "Denne samtale abonnerer ikke på påmindelser. Skriv »abonnér på påmindelser« for at få dem.",
            'This conversation is not subscribed to reminders. Write "subscribe to reminders" to get them.',
          ),
    };
  }

  async list(address: ConversationAddress, lang: Lang): Promise<OutgoingMessage> {
    const id = subscriptionIdFor(address);
    const doc = await this.options.docs.get<SubscriptionsDoc>(SUBSCRIPTIONS_KEY);
    const sub = doc?.subscriptions?.[id];
    if (!sub) {
      return {
        text: t(
          lang,
          "Denne samtale får ingen påmindelser. Skriv »abonnér på påmindelser« (eller »abonnér på påmindelser kun styregruppen«).",
          'This conversation gets no reminders. Write "subscribe to reminders" (or "subscribe to reminders only the steering group").',
        ),
      };
    }
    const since = formatInstant(new Date(sub.subscribedAt), lang);
    const lines = [
      t(
        lang,
        `Denne samtale får påmindelser om ${offerText(sub.group, lang)} (siden ${since}). ${this.meetingLeadText(lang)}`,
        `This conversation gets reminders of ${offerText(sub.group, lang)} (since ${since}). ${this.meetingLeadText(lang)}`,
      ),
    ];
    const next = await this.nextReminder(sub, lang);
    if (next) lines.push(next);
    return { text: lines.join("\n\n") };
  }

  async botAdded(address: ConversationAddress, lang: Lang): Promise<OutgoingMessage> {
    const id = subscriptionIdFor(address);
    const now = this.options.clock.now().toISOString();
    await this.options.docs.update<ConversationsDoc>(CONVERSATIONS_KEY, (doc) => {
      const conversations = doc?.conversations ?? {};
      return { conversations: { ...conversations, [id]: { address, addedAt: conversations[id]?.addedAt ?? now } } };
    });
    const da =
      "Hej! Jeg er Partnerskab-botten. Spørg mig om måltal og anmeldelser pr. gerningstype, partnerskabets målsætninger, tryghedsindekset, SSP, møder og økonomi – fx »hvordan går det med indbrud i 2015?«. Skriv »abonnér på påmindelser« for at få påmindelser om styregruppens og arbejdsgruppens møder her.";
    const en =
      'Hello! I am the Partnerskab bot. Ask me about targets and reports per offence category, the partnership\'s objectives, the safety index, SSP, meetings and the budget – e.g. "how is burglary doing in 2015?". Write "subscribe to reminders" to get reminders of the steering and working groups\' meetings here.';
    return { text: lang === "da" ? `${da}\n\n${en}` : `${en}\n\n${da}` };
  }

  async botRemoved(address: ConversationAddress): Promise<void> {
    const id = subscriptionIdFor(address);
    await this.removeSubscription(id);
    await this.options.docs.update<ConversationsDoc>(CONVERSATIONS_KEY, (doc) => {
      if (!doc?.conversations[id]) return undefined;
      const { [id]: _removed, ...conversations } = doc.conversations;
      return { ...doc, conversations };
    });
  }

  private async removeSubscription(id: string): Promise<boolean> {
    let removed = false;
    await this.options.docs.update<SubscriptionsDoc>(SUBSCRIPTIONS_KEY, (doc) => {
      removed = !!doc?.subscriptions[id];
      if (!doc || !removed) return undefined;
      const { [id]: _removed, ...subscriptions } = doc.subscriptions;
      return { ...doc, subscriptions };
    });
    await this.ledger.remove(id);
    return removed;
  }

  /** "Næste påmindelse: …" from the tracker, if it can be read (a list must not fail on it). */
  private async nextReminder(sub: StoredSubscription, lang: Lang): Promise<string | undefined> {
    const { tracker, clock, leadTimes, dates = defaultReminderDates, logger } = this.options;
    if (!tracker) return undefined;
    try {
      const snapshot = await tracker.current();
      const now = clock.now();
      const horizon = new Date(now.getTime() + 400 * 86_400_000);
      const next = timedItems({ agreement: snapshot.agreement, tracker: snapshot.tracker, leadTimes, dates }, now, horizon).find(
        (x) => sub.group === undefined || x.item.group === sub.group,
      );
      const about = next && reminderAbout(next.item, lang);
      if (agreementHasEnded(snapshot.agreement, copenhagenDate(now)) && !next) return agreementEndedText(snapshot.agreement, lang);
      if (!next || !about) return undefined;
      const due = toCopenhagen(next.item.dueAt);
      const dueText = formatDateTime(
        `${due.year}-${String(due.month).padStart(2, "0")}-${String(due.day).padStart(2, "0")}`,
        `${due.hour}:${String(due.minute).padStart(2, "0")}`,
        lang,
        true,
      );
      return t(lang, `Næste påmindelse: ${dueText}, om ${about}.`, `Next reminder: ${dueText}, about ${about}.`);
    } catch (err) {
      logger?.warn({ err: err instanceof Error ? err.message : String(err) }, "next reminder unavailable for the list");
      return undefined;
    }
  }
}
