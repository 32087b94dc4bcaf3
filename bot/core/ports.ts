/**
 * The bot's ports: what the SDK-independent core needs from the outside world, and what the
 * Teams layer (bot/teams/, the only code that imports botbuilder or teams-ai) provides.
 * A move to the Microsoft 365 Agents SDK replaces bot/teams/ and nothing below these interfaces.
 */
import type { AdaptiveCard, Agreement, Lang, MeetingGroup, TrackerData } from "../../shared/index";

/** Where to post in Teams: enough to reply later, proactively. */
export interface ConversationAddress {
  conversationId: string;
  channelId: string;
  serviceUrl: string;
  tenantId?: string;
  conversationType?: "personal" | "groupChat" | "channel";
  /** The SDK's full conversation reference, stored as it came; only bot/teams/ reads inside it. */
  reference: Record<string, unknown>;
}

/** One message out: a text and, where it helps, an Adaptive Card. */
export interface OutgoingMessage {
  text: string;
  card?: AdaptiveCard;
}

/** The clock; PARTNERSKAB_NOW sets where it starts, and it runs on from there. */
export interface Clock {
  now(): Date;
}

/** The tracker and agreement the answers are computed from, as of now. */
export interface TrackerSnapshot {
  agreement: Agreement;
  tracker: TrackerData;
  /** When this copy was read from its source. */
  readAt: Date;
  /** Set when the source is unreachable and this is the last good copy. */
  staleSince?: Date;
}

export interface TrackerSource {
  current(): Promise<TrackerSnapshot>;
}

/** Reminder subscriptions, per conversation (implemented in bot/reminders/). */
export interface SubscriptionService {
  subscribe(address: ConversationAddress, options: { group?: MeetingGroup; lang: Lang }): Promise<OutgoingMessage>;
  unsubscribe(address: ConversationAddress, lang: Lang): Promise<OutgoingMessage>;
  list(address: ConversationAddress, lang: Lang): Promise<OutgoingMessage>;
  /** The bot was added to a team, channel or chat: remember it; the hello text comes back. */
  botAdded(address: ConversationAddress, lang: Lang): Promise<OutgoingMessage>;
  /** The bot was removed: its subscription goes. */
  botRemoved(address: ConversationAddress): Promise<void>;
}

/** Posts proactively into a conversation the bot has been in (continueConversationAsync). */
export interface ProactiveSender {
  send(address: ConversationAddress, message: OutgoingMessage): Promise<void>;
}

/** Structured logging; pino's logger fits this shape, and tests pass a recording one. */
export interface Logger {
  info(data: Record<string, unknown>, message: string): void;
  warn(data: Record<string, unknown>, message: string): void;
  error(data: Record<string, unknown>, message: string): void;
}

/**
 * A key/value store for the SDK's conversation state, shaped like botbuilder's `Storage`
 * (MemoryStorage, BlobsStorage and the reminders' file store all fit) without importing it.
 */
export interface KeyValueStorage {
  read(keys: string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, unknown>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}
