/** SSP's extraordinary activations against the baseline. */
import { sspAnswer } from "../answers/indicators";
import { defineIntent } from "./intent";

export const ssp = defineIntent({
  about: "SSP's extraordinary activations: »Hvordan går det med SSP-aktiveringerne?«",
  recognise: [{ priority: 600, all: ["ssp"] }],
  keeps: ["category", "year", "group"],
  answer: ({ u, ctx, lang }) => sspAnswer(u, ctx, lang),
  botAction: "answer",
  help: [{ da: "Hvordan går det med SSP-aktiveringerne?", en: "How are the SSP activations?" }],
  examples: {
    da: [
      ["Hvordan går det med SSP-aktiveringerne?", {}],
      ["Hvor mange ekstraordinære aktiveringer af SSP-beredskabet var der i 2014?", { year: 2014 }],
    ],
    en: [["How many SSP activations were there in 2014?", { year: 2014 }]],
  },
});
