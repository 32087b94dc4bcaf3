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

/**
 * One message out: a text, or an Adaptive Card. A message with a card is sent as the card alone
 * (a text above it would repeat its words), and its text is the activity's summary: the line
 * Teams shows in notifications and the activity feed (an answer's short answer, a reminder's point).
 */
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
  /**
   * Calls `listener` whenever a read finds a new version of the tracker (a changed file, a new
   * eTag), so what watches it (the projection alert) can look at once rather than on its next tick.
   */
  onChange?(listener: () => void): void;
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

/** A download link to a year's status report: unguessable, and valid until `expiresAt` (bot/reports/). */
export interface ReportLink {
  url: string;
  expiresAt: Date;
}

/** Issues report links (implemented in bot/reports/). */
export interface ReportLinkIssuer {
  linkFor(year: number, lang: Lang): Promise<ReportLink>;
}

/** Posts proactively into a conversation the bot has been in (continueConversationAsync). */
export interface ProactiveSender {
  send(address: ConversationAddress, message: OutgoingMessage): Promise<void>;
}

/**
 * Structured logging; pino's logger fits this shape, and tests pass a recording one. What people
 * write (a message's text) goes only to debug: info and above carry what the bot made of it.
 */
export interface Logger {
  debug?(data: Record<string, unknown>, message: string): void;
  info(data: Record<string, unknown>, message: string): void;
  warn(data: Record<string, unknown>, message: string): void;
  error(data: Record<string, unknown>, message: string): void;
}

/**
 * Where the reminders keep their subscriptions and ledger: read / write / delete of JSON items
 * with optimistic concurrency by eTag, the shape of botbuilder's `Storage` without importing it
 * (nothing outside bot/teams/ imports botbuilder). botbuilder's own stores (MemoryStorage,
 * botbuilder-azure-blobs' BlobsStorage) fit it as they are, and so do FileStorage and
 * BlobKeyValueStorage.
 */
export interface KeyValueStorage {
  /**
   * The items that exist, by key; missing keys are simply absent. Each read returns fresh
   * objects that no one else holds (botbuilder's stores, FileStorage and BlobsStorage all parse
   * what they read), so DocumentStore need not copy them.
   */
  read(keys: string[]): Promise<StoreItems>;
  /**
   * Writes items. An item carrying an eTag other than "*" is written only if the stored item is
   * still at that version; otherwise the write fails (throws) and nothing of that item changes.
   */
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
  /**
   * Optional, beyond botbuilder's Storage: writes the item only if the key does not exist yet;
   * false if it did. botbuilder's stores have no such write, so creating a document there is
   * last-writer-wins; FileStorage has it, which makes the ledger's first claim race-free too.
   */
  createIfAbsent?(key: string, item: StoreItem): Promise<boolean>;
  /**
   * Optional, beyond botbuilder's Storage: writes one item exactly as `write` does (conditional
   * on its eTag unless that is absent or "*") and returns the eTag of the version written, so
   * the writer can change it again, conditionally, without reading it back first.
   */
  writeVersioned?(key: string, item: StoreItem): Promise<string>;
  /**
   * Optional: once, at start, makes sure the storage can be used at all, and tidies what a
   * crash left; throws when it cannot be used (FileStorage: STORAGE_DIR read-only, a file, full).
   */
  open?(): Promise<unknown>;
  /** Optional: whether the storage is sound now, for /healthz (FileStorage: no corrupt document set aside). */
  health?(): Promise<StorageHealth>;
}

export interface StorageHealth {
  ok: boolean;
  /** Why not, in a few words. */
  problem?: string;
}

/** A stored JSON object. `eTag` is the version it was read at; "*" on write means "any version". */
export interface StoreItem {
  eTag?: string;
  [field: string]: unknown;
}

export type StoreItems = Record<string, StoreItem>;
