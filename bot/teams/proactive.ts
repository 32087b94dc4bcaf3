/** Posting into a conversation the bot has been in, outside any turn (reminders). */
import type { CloudAdapter, ConversationReference } from "botbuilder";
import type { ConversationAddress, OutgoingMessage, ProactiveSender } from "../core/ports";
import { activityFor, referenceOf } from "./address";

export class TeamsProactiveSender implements ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    /** The bot's app id; empty when running unauthenticated. */
    private readonly appId: string,
  ) {}

  async send(address: ConversationAddress, message: OutgoingMessage): Promise<void> {
    await this.adapter.continueConversationAsync(this.appId, referenceOf(address) as ConversationReference, async (context) => {
      await context.sendActivity(activityFor(message));
    });
  }
}
