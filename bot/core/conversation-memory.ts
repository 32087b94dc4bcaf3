/**
 * The previous question of each conversation, so that a follow-up ("og hærværk?", "and last
 * year?") can take what it leaves out from it; what it takes is the pure rule in
 * shared/ask/follow-up.ts. Kept in the bot's storage through the KeyValueStorage port (files, or
 * Azure Blob Storage shared by every bot instance), one item per conversation under a key of its
 * own, so that two conversations never share one, and forgotten after 30 minutes.
 */
import { type Remembered, rememberable, rememberedFrom, type Understanding } from "../../shared/index";
import { faultForLog } from "./faults";
import type { KeyValueStorage, Logger } from "./ports";

/** A follow-up continues a question asked at most this long before. */
export const MEMORY_MINUTES = 30;
const MEMORY_MS = MEMORY_MINUTES * 60_000;

/** The storage key of a conversation's previous question. */
export function memoryKey(conversationId: string): string {
  return `conversation-memory/${conversationId}`;
}

export class ConversationMemory {
  /** `storage` gives the bot's storage, opened on first use (shared with the reminders and the report links). */
  constructor(
    private readonly storage: () => Promise<KeyValueStorage>,
    private readonly logger: Logger,
  ) {}

  /** The conversation's previous question, if it was asked in the last 30 minutes. Never throws: a storage fault is logged and means no memory. */
  async recall(conversationId: string, now: Date): Promise<Remembered | undefined> {
    const key = memoryKey(conversationId);
    let item: unknown;
    try {
      item = (await (await this.storage()).read([key]))[key];
    } catch (err) {
      this.logger.warn({ err: faultForLog(err), conversationId }, "conversation memory: could not read the previous question");
      return undefined;
    }
    if (item === undefined) return undefined;
    const askedAt = Date.parse(String((item as { askedAt?: unknown }).askedAt));
    if (!Number.isFinite(askedAt) || now.getTime() - askedAt > MEMORY_MS) return undefined;
    return rememberedFrom(item);
  }

  /** Keeps an answered question for the conversation's next message. Never throws: a storage fault is logged. */
  async remember(conversationId: string, understanding: Understanding, now: Date): Promise<void> {
    const remembered = rememberable(understanding);
    if (!remembered) return;
    try {
      await (await this.storage()).write({ [memoryKey(conversationId)]: { ...remembered, askedAt: now.toISOString(), eTag: "*" } });
    } catch (err) {
      this.logger.warn({ err: faultForLog(err), conversationId }, "conversation memory: could not keep the question");
    }
  }
}
