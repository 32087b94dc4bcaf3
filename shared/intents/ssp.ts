/** SSP's extraordinary activations against the baseline. */
import { sspAnswer } from "../answers/indicators";
import { t } from "../format/lang";
import { defineIntent } from "./intent";
import { yearOf } from "./suggestions";

export const ssp = defineIntent({
  about: "SSP's extraordinary activations: »Hvordan går det med SSP-aktiveringerne?«",
  // "Hvem skrev under for SSP?" asks for a signatory, not SSP's activations.
  recognise: [{ priority: 600, all: ["ssp"], none: ["facet:signatories"] }],
  keeps: ["year"],
  answer: ({ u, ctx, lang }) => sspAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ year }, lang) =>
    year === undefined
      ? t(lang, "Hvordan går det med SSP-aktiveringerne?", "How are the SSP activations?")
      : t(lang, `Hvor mange SSP-aktiveringer var der i ${year}?`, `How many SSP activations were there in ${year}?`),
  next: (named, lang) => [
    { title: t(lang, "Tryghedsindekset", "The safety index"), intent: "safety-index", named: {} },
    { title: t(lang, "Kriminaliteten", "Crime figures"), intent: "year-overview", named: yearOf(named) },
  ],
  help: [{ da: "Hvordan går det med SSP-aktiveringerne?", en: "How are the SSP activations?" }],
  examples: {
    da: [
      ["Hvordan går det med SSP-aktiveringerne?", {}],
      ["Hvor mange ekstraordinære aktiveringer af SSP-beredskabet var der i 2014?", { year: 2014 }],
    ],
    en: [["How many SSP activations were there in 2014?", { year: 2014 }]],
  },
});
