/** No more reminders in this conversation (the bot carries it out). */
import { reminderAnswer } from "../answers/help";
import { t } from "../format/lang";
import { defineIntent } from "./intent";

export const unsubscribe = defineIntent({
  about: "no more reminders here: »afmeld påmindelser«",
  recognise: [
    // Above the list: "stop mine påmindelser" holds "mine", a listing word, as well.
    { priority: 900, any: ["unsubscribe"] },
    { priority: 900, all: ["disable", "reminder"] },
  ],
  keeps: [],
  answer: ({ lang }) => reminderAnswer("unsubscribe", lang),
  botAction: "unsubscribe",
  ask: (_named, lang) => t(lang, "Afmeld påmindelser", "Unsubscribe from reminders"),
  next: () => [],
  help: [],
  examples: {
    da: [["afmeld påmindelser", {}]],
    en: [["unsubscribe from reminders", {}]],
  },
});
