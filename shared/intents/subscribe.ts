/** Meeting reminders in this conversation, optionally for one group (the bot carries it out). */
import { reminderAnswer } from "../answers/help";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

export const subscribe = defineIntent({
  about: "reminders in this conversation, optionally one group's: »abonnér på påmindelser (kun styregruppen)«",
  recognise: [
    { priority: 880, any: ["subscribe"] },
    // "slå til", "send mig" only with "påmindelser": alone they mean something else.
    { priority: 880, all: ["enable", "reminder"] },
  ],
  keeps: ["group"],
  answer: ({ lang }) => reminderAnswer("subscribe", lang),
  botAction: "subscribe",
  ask: ({ group }, lang) =>
    group === "steering"
      ? t(lang, "Abonnér på påmindelser kun styregruppen", "Subscribe to reminders only for the steering group")
      : group === "working"
        ? t(lang, "Abonnér på påmindelser kun arbejdsgruppen", "Subscribe to reminders only for the working group")
        : t(lang, "Abonnér på påmindelser", "Subscribe to reminders"),
  // The bot carries it out: nothing to suggest after it.
  next: () => [],
  help: [{ da: "Abonnér på påmindelser (kun styregruppen)", en: "Subscribe to reminders (only the steering group)" }],
  examples: {
    da: [["abonnér på påmindelser kun styregruppen", { group: "steering" }]],
    en: [["Subscribe to reminders only for the steering group", { group: "steering" }]],
  },
});
