/** Help, "not understood", the length limit, and the reminder intents the bot carries out itself. */
import { MAX_QUESTION_LENGTH } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { formatNumber } from "../format/numbers";
import { textBlock } from "./card";
import type { Composed } from "./composed";

function withExamples(lead: string, examples: readonly string[]): Composed {
  const text = [lead, ...examples.map((e) => `- ${e}`)].join("\n");
  return { text, summary: lead, body: examples.map((e) => textBlock(`• ${e}`)), figures: false };
}

/** The help: a lead and the example questions (every intent's, from shared/intents/help-examples.ts). */
export function helpAnswer(lang: Lang, examples: readonly string[]): Composed {
  const lead = t(
    lang,
    "Jeg svarer på spørgsmål om partnerskabets tal, måltal, målsætninger og møder, på dansk eller engelsk. Prøv fx:",
    "I answer questions about the partnership's figures, targets, objectives and meetings, in Danish or English. Try for example:",
  );
  return withExamples(lead, examples);
}

/** Not understood: the first four example questions and a pointer to the help. */
export function unknownAnswer(lang: Lang, examples: readonly string[]): Composed {
  const lead = t(lang, "Det forstod jeg ikke helt. Prøv fx:", "I did not quite understand that. Try for example:");
  const some = [...examples.slice(0, 4), t(lang, "Skriv »hjælp« for flere eksempler.", 'Type "help" for more examples.')];
  return withExamples(lead, some);
}

export function tooLongAnswer(lang: Lang): Composed {
  const text = t(
    lang,
    `Dit spørgsmål er for langt: jeg kan læse højst ${formatNumber(MAX_QUESTION_LENGTH, "da")} tegn. Stil det gerne kortere, fx »Hvordan går det i 2015?«.`,
    `Your question is too long: I can read at most ${formatNumber(MAX_QUESTION_LENGTH, "en")} characters. Please ask it more briefly, e.g. "How are we doing in 2015?".`,
  );
  return { text, body: [], figures: false, textOnly: true };
}

/** The bot stores subscriptions itself; elsewhere (the CLI) these get a pointer to Teams. */
export function reminderAnswer(kind: "subscribe" | "unsubscribe" | "list-subscriptions", lang: Lang): Composed {
  const text =
    kind === "subscribe"
      ? t(
          lang,
          "Påmindelser om møder sættes op i Teams: skriv »abonnér på påmindelser« til botten.",
          'Meeting reminders are set up in Teams: write "subscribe to reminders" to the bot.',
        )
      : kind === "unsubscribe"
        ? t(
            lang,
            "Påmindelser afmeldes i Teams: skriv »afmeld påmindelser« til botten.",
            'Reminders are turned off in Teams: write "unsubscribe" to the bot.',
          )
        : t(
            lang,
            "Påmindelserne ses i Teams: skriv »hvilke påmindelser?« til botten.",
            'Reminders are listed in Teams: write "which reminders?" to the bot.',
          );
  return { text, body: [], figures: false, textOnly: true };
}
