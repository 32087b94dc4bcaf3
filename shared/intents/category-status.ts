/** How one offence category is doing against a year's target. */
import { categoryStatusAnswer } from "../answers/category";
import { yearOverviewAnswer } from "../answers/overview";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { inYear, nextMeetingQuestion, yearOf } from "./suggestions";

export const categoryStatus = defineIntent({
  about: "a category's figure against a year's target: »Hvordan går det med indbrud i forhold til måltallet for 2015?«",
  recognise: [{ priority: 680, all: ["category"] }],
  keeps: ["category", "year"],
  answer: ({ u, ctx, lang }) => (u.category ? categoryStatusAnswer(u, ctx, lang, u.category) : yearOverviewAnswer(u, ctx, lang)),
  botAction: "answer",
  ask: ({ category, year }, lang, words) => {
    const name = category === undefined ? "" : words.category(category);
    return t(lang, `Hvordan går det med ${name}${inYear(lang, year)}?`, `How is ${name} doing${inYear(lang, year)}?`);
  },
  next: (named, lang) => [
    ...(named.category === undefined
      ? []
      : [{ title: t(lang, "Se udviklingen", "See the trend"), intent: "category-trend" as const, named: { category: named.category } }]),
    {
      title:
        named.year === undefined
          ? t(lang, "Alle gerningstyper i år", "All categories this year")
          : t(lang, `Alle gerningstyper i ${named.year}`, `All categories in ${named.year}`),
      intent: "year-overview",
      named: yearOf(named),
    },
    nextMeetingQuestion(lang, "steering"),
  ],
  help: [
    {
      da: (w) => `Hvordan går det med ${w.category(0)} i forhold til måltallet for 2015?`,
      en: (w) => `How is ${w.category(0)} doing against the 2015 target?`,
    },
  ],
  examples: {
    da: [
      ["Hvordan går det med indbrud i forhold til målet for 2015?", { category: "indbrud", year: 2015 }],
      ["Hvordan ligger indbruddene i år?", { category: "indbrud", year: 2015, yearOffset: 0 }],
      ["Er målet for tyverierne nået i 2014?", { category: "tyverier", year: 2014 }],
      ["Hvad med hærværket sidste år?", { category: "haervaerk", year: 2014, yearOffset: -1, followUp: true }],
      ["Hvordan går det med volden?", { category: "vold-trusler" }],
      ["narkotikaen 2016", { category: "narkotika", year: 2016, followUp: true }],
      ["Status på chikanen 2013", { category: "chikane", year: 2013 }],
      ["indbrd 2014", { category: "indbrud", year: 2014, followUp: true }],
      ["Hvordan går det med tyverirne?", { category: "tyverier" }],
      ["haervaerk 2015", { category: "haervaerk", year: 2015, followUp: true }],
      ["<at>Partnerskab</at>&nbsp;Hvordan går det med indbrud i 2015?</p>", { category: "indbrud", year: 2015 }],
      ["Hvor mange indbrud har vi haft indtil nu?", { category: "indbrud", year: 2015, yearOffset: 0 }],
      ["Tyverierne år til dato", { category: "tyverier", year: 2015, yearOffset: 0, followUp: true }],
    ],
    en: [
      ["How are burglaries doing against the 2015 target?", { category: "indbrud", year: 2015 }],
      ["How is burglary doing this year?", { category: "indbrud", year: 2015, yearOffset: 0 }],
      ["Did we meet the theft target last year?", { category: "tyverier", year: 2014, yearOffset: -1 }],
      ["What about vandalism in 2014?", { category: "haervaerk", year: 2014, followUp: true }],
      ["violence and threats 2013", { category: "vold-trusler", year: 2013, followUp: true }],
      ["Drug offences next year", { category: "narkotika", year: 2016, yearOffset: 1, followUp: true }],
      ["harassment status 2013", { category: "chikane", year: 2013 }],
      ["How are burglarys doing?", { category: "indbrud" }],
      ["vandalsim in 2015", { category: "haervaerk", year: 2015 }],
      ["How many assaults were reported in 2014?", { category: "vold-trusler", year: 2014 }],
      ["<at>Partnerskab</at> how is vandalism doing in 2014?", { category: "haervaerk", year: 2014 }],
      ["How many thefts so far this year?", { category: "tyverier", year: 2015, yearOffset: 0 }],
      ["burglaries year to date", { category: "indbrud", year: 2015, yearOffset: 0, followUp: true }],
    ],
  },
});
