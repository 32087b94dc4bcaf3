/**
 * A reminder as Teams shows it: the card alone, like an answer (every message with a card is,
 * see OutgoingMessage), so the partner reads its words once. The kind's one-sentence summary is
 * the message's text: the activity's summary, the line Teams shows in notifications and the feed.
 */
import type { ReminderMessage } from "../../shared/index";
import type { OutgoingMessage } from "../core/ports";

export function reminderPost(message: ReminderMessage): OutgoingMessage {
  return { text: message.summary, card: message.card };
}
