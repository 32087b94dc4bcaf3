/** Which reminders this conversation gets (the bot carries it out). */
import { reminderAnswer } from "../answers/help";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

export const listSubscriptions = defineIntent({
  about: "the reminders this conversation gets: »hvilke påmindelser?«",
  recognise: [
    // "Which reminders?" asks for a list, even beside words of subscribing.
    { priority: 890, all: ["reminder", "listing"] },
    // "påmindelser" alone: show what there is.
    { priority: 870, all: ["reminder"] },
  ],
  keeps: [],
  answer: ({ lang }) => reminderAnswer("list-subscriptions", lang),
  botAction: "list-subscriptions",
  ask: (_named, lang) => t(lang, "Hvilke påmindelser har jeg?", "Which reminders do I have?"),
  next: () => [],
  help: [],
  examples: {
    da: [["hvilke påmindelser har jeg?", {}]],
    en: [["Which reminders do I have?", {}]],
  },
});
