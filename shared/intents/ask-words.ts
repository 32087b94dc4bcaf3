/** The agreement's names for entities, as the engine writes them in its own questions (suggestion buttons). */
import { categoryById } from "../agreement/lookup";
import { responsibleParty } from "../agreement/responsible-parties";
import type { Agreement } from "../agreement/schema";
import type { Lang } from "../format/lang";
import type { AskWords } from "./intent";

/** The shortest name of several, the first of them when two are as short. */
function shortest(names: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const n of names) if (best === undefined || n.length < best.length) best = n;
  return best;
}

const cache = new WeakMap<Agreement, Record<Lang, AskWords>>();

/** The agreement's names in `lang`, made once per agreement (answers ask for them every time). */
export function askWords(agreement: Agreement, lang: Lang): AskWords {
  let both = cache.get(agreement);
  if (!both) {
    both = { da: wordsIn(agreement, "da"), en: wordsIn(agreement, "en") };
    cache.set(agreement, both);
  }
  return both[lang];
}

function wordsIn(agreement: Agreement, lang: Lang): AskWords {
  return {
    category: (id) => (categoryById(agreement, id)?.name[lang] ?? id).toLocaleLowerCase(),
    focusArea: (id) => {
      const area = agreement.focusAreas.find((f) => f.id === id);
      if (!area) return id;
      return shortest(area.synonyms[lang]) ?? area.name[lang].toLocaleLowerCase();
    },
    party: (id) => {
      const party = responsibleParty(agreement, id);
      if (!party) return id;
      // A short form where there is one ("BUF", "SSP", "3B"), else the name.
      return party.words.find((w) => w.length <= 4 && w === w.toUpperCase()) ?? party.name[lang];
    },
  };
}
