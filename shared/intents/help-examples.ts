/** The help's example questions: every intent's help examples, in registry order, with the agreement's words. */
import type { Agreement, LocalizedText } from "../agreement/schema";
import type { Lang } from "../format/lang";
import type { ExampleWords } from "./intent";
import { intentKinds, intentRegistry } from "./registry";

/** Category names for an agreement with fewer categories than an example needs (none: no agreement at hand). */
const STAND_INS: readonly LocalizedText[] = [
  { da: "indbrud", en: "burglary" },
  { da: "tyverier", en: "theft" },
  { da: "vold", en: "violence" },
  { da: "hærværk", en: "vandalism" },
];

function exampleWords(agreement: Agreement | undefined, lang: Lang): ExampleWords {
  const categories = agreement?.categories ?? [];
  return {
    category: (index) => (categories[index]?.name ?? STAND_INS[index] ?? STAND_INS[0] ?? { da: "", en: "" })[lang].toLocaleLowerCase(),
  };
}

/** Example questions that work as typed, in the language asked. */
export function exampleQuestions(agreement: Agreement | undefined, lang: Lang): string[] {
  const words = exampleWords(agreement, lang);
  return intentKinds.flatMap((kind) =>
    intentRegistry[kind].help.map((example) => {
      const text = example[lang];
      return typeof text === "string" ? text : text(words);
    }),
  );
}
