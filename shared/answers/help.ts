/** Help, "not understood", the length limit, and the reminder intents the bot carries out itself. */
import type { Agreement } from "../agreement/schema";
import { MAX_QUESTION_LENGTH } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { formatNumber } from "../format/numbers";
import { heading, textBlock } from "./card";
import type { Composed } from "./composed";

/** Example questions, with category names from the agreement so they work as typed. */
export function exampleQuestions(agreement: Agreement | undefined, lang: Lang): string[] {
  const cats = agreement?.categories ?? [];
  const name = (i: number, fallback: { da: string; en: string }) => (cats[i]?.name ?? fallback)[lang].toLocaleLowerCase();
  const first = name(0, { da: "indbrud", en: "burglary" });
  const second = name(1, { da: "tyverier", en: "theft" });
  const third = name(3, { da: "hærværk", en: "vandalism" });
  return lang === "da"
    ? [
        `Hvordan går det med ${first} i forhold til målet for 2015?`,
        "Hvordan går det i 2015?",
        `Hvad er målet for ${second} i 2016?`,
        `Hvordan har ${third} udviklet sig over årene?`,
        "Hvornår er næste styregruppemøde?",
        "Hvor mange møder har vi holdt i år?",
        "Hvordan går det med SSP-aktiveringerne?",
        "Hvad siger tryghedsindekset?",
        "Hvad er budgettet?",
        "Hvem er parterne i aftalen?",
        "Abonnér på påmindelser (kun styregruppen)",
      ]
    : [
        `How is ${first} doing against the 2015 target?`,
        "How are we doing in 2015?",
        `What is the 2016 target for ${second}?`,
        `How has ${third} developed over the years?`,
        "When is the next steering group meeting?",
        "How many meetings have we held this year?",
        "How are the SSP activations?",
        "What does the safety index say?",
        "What is the budget?",
        "Who are the parties to the agreement?",
        "Subscribe to reminders (only the steering group)",
      ];
}

function withExamples(agreement: Agreement | undefined, lead: string, examples: string[], lang: Lang): Composed {
  const text = [lead, ...examples.map((e) => `- ${e}`)].join("\n");
  const title = agreement?.name[lang] ?? "Partnerskab";
  return { text, body: [heading(title), textBlock(lead), ...examples.map((e) => textBlock(`• ${e}`))], figures: false };
}

export function helpAnswer(agreement: Agreement | undefined, lang: Lang): Composed {
  const lead = t(
    lang,
    "Jeg svarer på spørgsmål om partnerskabets tal, mål og møder, på dansk eller engelsk. Prøv fx:",
    "I answer questions about the partnership's figures, targets and meetings, in Danish or English. Try for example:",
  );
  return withExamples(agreement, lead, exampleQuestions(agreement, lang), lang);
}

export function unknownAnswer(agreement: Agreement | undefined, lang: Lang): Composed {
  const lead = t(lang, "Det forstod jeg ikke helt. Prøv fx:", "I did not quite understand that. Try for example:");
  const examples = exampleQuestions(agreement, lang).slice(0, 4);
  examples.push(t(lang, "Skriv »hjælp« for flere eksempler.", 'Type "help" for more examples.'));
  return withExamples(agreement, lead, examples, lang);
}

export function tooLongAnswer(lang: Lang): Composed {
  const text = t(
    lang,
    `Dit spørgsmål er for langt: jeg kan læse højst ${formatNumber(MAX_QUESTION_LENGTH, "da")} tegn. Stil det gerne kortere, fx »Hvordan går det i 2015?«.`,
    `Your question is too long: I can read at most ${formatNumber(MAX_QUESTION_LENGTH, "en")} characters. Please ask it more briefly, e.g. "How are we doing in 2015?".`,
  );
  return { text, body: [textBlock(text)], figures: false };
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
  return { text, body: [textBlock(text)], figures: false };
}
