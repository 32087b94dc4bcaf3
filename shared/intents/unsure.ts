/**
 * Unsure: the message holds something the intent it matched would drop or ignore (a second
 * year, a bound such as "efter 2016", a month for a yearly figure such as "SSP i marts 2015", a subject the engine does not know such as "parkeringen").
 * The reply says what it understood and what it can answer, with two or three questions as
 * buttons, and no figures. Never recognised by a rule: understand() turns a doubtful
 * understanding into this one (shared/ask/doubt.ts).
 */
import { unsureAnswer } from "../answers/unsure";
import { capitalised } from "../format/capitalised";
import { monthName } from "../format/dates";
import { t } from "../format/lang";
import { defineIntent, type NextQuestion } from "./intent";
import { everydayQuestions } from "./suggestions";

const MAX_CHOICES = 3;

export const unsure = defineIntent({
  about: "a message the engine would answer only in part or not at all: what it understood, and questions it can answer",
  recognise: [],
  keeps: ["doubt"],
  answer: ({ u, ctx, lang }) => unsureAnswer(u, ctx, lang),
  botAction: "answer",
  ask: null,
  next: ({ doubt }, lang, words) => {
    if (!doubt) return everydayQuestions(lang);
    const { intent, ...named } = doubt.instead;
    const choices: NextQuestion[] = [];
    // One question per year or category it could not take at once.
    for (const year of doubt.years ?? []) {
      const { yearOffset: _offset, ...rest } = named;
      choices.push({ title: String(year), intent, named: { ...rest, year } });
    }
    for (const date of doubt.dates ?? []) {
      const month = monthName(date.month, lang);
      const title = date.day === undefined ? month : t(lang, `${date.day}. ${month}`, `${date.day} ${month}`);
      choices.push({ title: capitalised(title), intent, named: { ...named, date } });
    }
    for (const category of doubt.categories ?? []) {
      const name = words.category(category);
      choices.push({ title: capitalised(name), intent, named: { ...named, category } });
    }
    if (choices.length > 0) return choices.slice(0, MAX_CHOICES);
    // The question as far as it was understood, when it was about something it knows, then the everyday ones.
    const asked: NextQuestion[] =
      (doubt.bound !== undefined || doubt.date !== undefined || doubt.partOfYear) && intent !== "unknown" ? [{ intent, named }] : [];
    return [...asked, ...everydayQuestions(lang)].slice(0, MAX_CHOICES);
  },
  help: [],
  examples: {
    da: [
      ["Hvordan går det med parkeringen?", { doubt: { instead: { intent: "year-overview" }, unknownWords: ["parkeringen"] } }],
      ["Hvordan går det efter 2016?", { doubt: { instead: { intent: "year-overview", year: 2016 }, bound: "efter 2016" } }],
      ["SSP-aktiveringer i marts 2015", { doubt: { instead: { intent: "ssp", year: 2015 }, date: { month: 3 } } }],
      [
        "Hvor mange indbrud har vi haft i sommer?",
        { doubt: { instead: { intent: "category-status", category: "indbrud" }, partOfYear: true } },
      ],
      ["Hvad er der til frokost i kantinen?", { doubt: { instead: { intent: "unknown" }, unknownWords: ["frokost", "kantinen"] } }],
      ["SSP-aktiveringer i 2014 og 2015", { doubt: { instead: { intent: "ssp", year: 2014 }, years: [2014, 2015] } }],
      ["hej, hvordan går det med kantinen?", { doubt: { instead: { intent: "year-overview" }, unknownWords: ["kantinen"] } }],
    ],
    en: [
      ["How is the parking doing?", { doubt: { instead: { intent: "year-overview" }, unknownWords: ["parking"] } }],
      ["What is the budget for 2014 and 2015?", { doubt: { instead: { intent: "budget", year: 2014 }, years: [2014, 2015] } }],
      ["What's the weather like tomorrow?", { doubt: { instead: { intent: "unknown" }, unknownWords: ["weather"] } }],
      [
        "burglary target after 2016",
        { doubt: { instead: { intent: "category-target", category: "indbrud", year: 2016 }, bound: "after 2016" } },
      ],
      ["SSP activations on 17 March 2015", { doubt: { instead: { intent: "ssp", year: 2015 }, date: { month: 3, day: 17 } } }],
    ],
  },
});
