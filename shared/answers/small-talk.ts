/** Small talk: a short, friendly reply to a greeting or a thank-you, never the whole help. */
import { type Lang, t } from "../format/lang";
import type { Composed } from "./composed";

export function greetingAnswer(lang: Lang): Composed {
  const text = t(
    lang,
    "Hej! Spørg mig om partnerskabets tal, møder og aktiviteter, eller skriv »hjælp« for flere eksempler.",
    'Hello! Ask me about the partnership\'s figures, meetings and activities, or type "help" for more examples.',
  );
  return { text, body: [], figures: false };
}

export function thanksAnswer(lang: Lang): Composed {
  const text = t(
    lang,
    "Selv tak! Spørg bare igen, når du vil vide mere.",
    "You're welcome! Just ask again whenever you want to know more.",
  );
  return { text, body: [], figures: false, textOnly: true };
}
