/** One category in one month (the tracker's `Måneder` sheet): »Hvor mange indbrud var der i juli?« */
import { categoryMonthAnswer, monthOverviewAnswer } from "../answers/category-month";
import { yearOverviewAnswer } from "../answers/overview";
import { monthName } from "../format/dates";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { yearOf } from "./suggestions";

export const categoryMonth = defineIntent({
  about: "a category's reports in one month, from the tracker's monthly figures: »Hvor mange indbrud var der i juli?«",
  recognise: [
    // Above a category's year (680), which would drop the month. A target, a trend or a
    // comparison named beside it keeps its own intent (and is unsure of the month); a meeting's
    // month is the meetings'.
    {
      priority: 692,
      all: ["category", "date"],
      none: ["categories", "years", "target", "trend", "compare", "meeting", "group", "best", "worst", "most", "fewest"],
    },
    // Every category in a month: »Hvor mange anmeldelser var der i august?« (not a meeting's month).
    {
      priority: 692,
      all: ["overview", "date"],
      none: ["category", "years", "target", "trend", "compare", "meeting", "group", "best", "worst", "most", "fewest"],
    },
  ],
  keeps: ["category", "date", "year"],
  answer: ({ u, ctx, lang }) =>
    u.date === undefined
      ? yearOverviewAnswer(u, ctx, lang)
      : u.category !== undefined
        ? categoryMonthAnswer(u, ctx, lang, u.category, u.date)
        : monthOverviewAnswer(u, ctx, lang, u.date),
  botAction: "answer",
  ask: ({ category, date, year }, lang, words) => {
    const name = category === undefined ? t(lang, "alle gerningstyper", "all categories") : words.category(category);
    const month = `${monthName(date?.month ?? 1, lang)}${year === undefined ? "" : ` ${year}`}`;
    const when =
      date?.day === undefined ? t(lang, `i ${month}`, `in ${month}`) : t(lang, `den ${date.day}. ${month}`, `on ${date.day} ${month}`);
    return t(lang, `Hvor mange anmeldelser af ${name} var der ${when}?`, `How many reports of ${name} were there ${when}?`);
  },
  next: (named, lang) => [
    ...(named.category === undefined
      ? []
      : [
          {
            title: t(lang, "Hele året", "The whole year"),
            intent: "category-status" as const,
            named: { category: named.category, ...yearOf(named) },
          },
          { title: t(lang, "Se udviklingen", "See the trend"), intent: "category-trend" as const, named: { category: named.category } },
        ]),
  ],
  help: [
    {
      da: (w) => `Hvor mange anmeldelser af ${w.category(0)} var der i juli?`,
      en: (w) => `How many reports of ${w.category(0)} were there in July?`,
    },
  ],
  examples: {
    da: [
      ["Hvor mange indbrud var der i juli?", { category: "indbrud", date: { month: 7 } }],
      ["indbrud i marts 2015", { category: "indbrud", date: { month: 3 }, year: 2015 }],
      ["Hvor mange tyverier var der i august 2016?", { category: "tyverier", date: { month: 8 }, year: 2016 }],
    ],
    en: [
      ["How many burglaries were there in July?", { category: "indbrud", date: { month: 7 } }],
      ["thefts in March 2015", { category: "tyverier", date: { month: 3 }, year: 2015 }],
      ["burglaries on 17 March 2015", { category: "indbrud", date: { month: 3, day: 17 }, year: 2015 }],
    ],
  },
});
