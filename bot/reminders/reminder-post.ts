/**
 * A reminder as Teams shows it: the card alone, like an answer, so the partner reads its words
 * once (an activity's text would stand above the card, which repeats it). The kind's one-sentence
 * summary goes as the activity's summary, the line Teams shows in notifications and the feed.
 */
import type { ReminderMessage } from "../../shared/index";
import type { OutgoingMessage } from "../core/ports";

export function reminderPost(message: ReminderMessage): OutgoingMessage {
  return { text: message.summary, card: message.card, cardOnly: true };
}

/**
 * A post the ledger kept for another attempt. One kept before reminders went card-only has its
 * full text beside the card: sent card-only too, that text as its summary, so no partner gets
 * a reminder twice over after an upgrade.
 */
export function storedReminderPost(message: OutgoingMessage): OutgoingMessage {
  return message.card && !message.cardOnly ? { ...message, cardOnly: true } : message;
}
