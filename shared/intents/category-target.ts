/** A category's targets: one year's, or all of them. */
import { categoryTargetAnswer } from "../answers/category";
import { yearOverviewAnswer } from "../answers/overview";
import { t } from "../format/lang";
import { listText } from "../format/list";
import { defineIntent } from "./intent";
import { yearOf } from "./suggestions";

export const categoryTarget = defineIntent({
  about: "a category's target (one year or all): »Hvad er måltallet for tyverier i 2016?«",
  // "Did we meet the theft target?" asks whether it was met (status); "meet" is no meeting here.
  recognise: [
    { priority: 690, all: ["category", "target"], none: ["status", "meeting"] },
    // "Hvad var målet for narko i 2013 og 2014?": the targets of those years (all of them are
    // listed), not a comparison of the counts.
    { priority: 709, all: ["category", "target", "years"], none: ["status", "meeting", "compare", "direction"] },
  ],
  // Several years are answered with every year's target, theirs among them.
  keeps: ["category", "year", "years"],
  answer: ({ u, ctx, lang }) => (u.category ? categoryTargetAnswer(u, ctx, lang, u.category) : yearOverviewAnswer(u, ctx, lang)),
  botAction: "answer",
  ask: ({ category, year, years }, lang, words) => {
    const name = category === undefined ? "" : words.category(category);
    if (years !== undefined) {
      const those = listText(years.map(String), lang);
      return t(lang, `Hvad er måltallene for ${name} i ${those}?`, `What are the targets for ${name} in ${those}?`);
    }
    if (year === undefined) return t(lang, `Hvad er måltallet for ${name}?`, `What is the target for ${name}?`);
    return t(lang, `Hvad er måltallet for ${name} i ${year}?`, `What is the ${year} target for ${name}?`);
  },
  next: (named, lang) =>
    named.category === undefined
      ? []
      : [
          {
            title: t(lang, "Hvordan går det?", "How is it doing?"),
            intent: "category-status",
            named: { category: named.category, ...yearOf(named) },
          },
          { title: t(lang, "Se udviklingen", "See the trend"), intent: "category-trend", named: { category: named.category } },
        ],
  help: [{ da: (w) => `Hvad er måltallet for ${w.category(1)} i 2016?`, en: (w) => `What is the 2016 target for ${w.category(1)}?` }],
  examples: {
    da: [
      ["Hvad er målet for tyveri i 2016?", { category: "tyverier", year: 2016 }],
      ["Hvad er måltallet for hærværk?", { category: "haervaerk" }],
      ["Hvor højt er målet for boligindbrud i 2013?", { category: "indbrud", year: 2013 }],
      ["Hvad var målet for narko i 2013 og 2014?", { category: "narkotika", years: [2013, 2014] }],
    ],
    en: [
      ["What is the 2016 target for theft?", { category: "tyverier", year: 2016 }],
      ["What are the targets for drugs?", { category: "narkotika" }],
      ["What's the goal for break-ins in 2014?", { category: "indbrud", year: 2014 }],
    ],
  },
});
