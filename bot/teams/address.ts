/** Between the SDK's activities and the core's ConversationAddress / OutgoingMessage. */
import { type Activity, CardFactory, type ConversationReference, TurnContext } from "botbuilder";
import type { ConversationAddress, OutgoingMessage } from "../core/ports";

const CONVERSATION_TYPES = new Set(["personal", "groupChat", "channel"]);

export function addressFromActivity(activity: Partial<Activity>): ConversationAddress {
  const reference = TurnContext.getConversationReference(activity);
  const type = activity.conversation?.conversationType;
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  const tenantId = channelData?.tenant?.id ?? activity.conversation?.tenantId;
  return {
    conversationId: activity.conversation?.id ?? "",
    channelId: activity.channelId ?? "",
    serviceUrl: activity.serviceUrl ?? "",
    ...(tenantId ? { tenantId } : {}),
    ...(type && CONVERSATION_TYPES.has(type) ? { conversationType: type as ConversationAddress["conversationType"] } : {}),
    // A plain JSON copy, so whoever stores it (the reminders' file store) can write it as is.
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
  };
}

export function referenceOf(address: ConversationAddress): Partial<ConversationReference> {
  return address.reference as Partial<ConversationReference>;
}

/** A text, or the Adaptive Card alone with the text as the activity's summary (see OutgoingMessage). */
export function activityFor(message: OutgoingMessage): Partial<Activity> {
  if (!message.card) return { type: "message", text: message.text };
  return { type: "message", summary: message.text, attachments: [CardFactory.adaptiveCard(message.card)] };
}
