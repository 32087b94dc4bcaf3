/** The safety index (Tryghedsindeks) in the report's year, against the agreement's målsætning. */
import { safetyIndexIndicator } from "../../agreement/lookup";
import type { Agreement, ScaleLevelIndicator } from "../../agreement/schema";
import { type Lang, t } from "../../format/lang";
import { ragStatusWord } from "../../format/rag-words";
import { scaleStatus } from "../../status";
import type { SafetyIndexEntry, TrackerData } from "../../tracker/types";
import type { ReportBlock } from "../document";
import { textCell } from "../words";

function levelName(ind: ScaleLevelIndicator, id: string, lang: Lang): string {
  return ind.scale.find((s) => s.id === id)?.name[lang] ?? id;
}

/** "Målsætningen er højst behov for en reduceret indsats ved udgangen af 2016." */
export function safetyGoalText(ind: ScaleLevelIndicator, lang: Lang): string {
  return t(
    lang,
    `Målsætningen er højst behov for en ${levelName(ind, ind.goal.atMost, "da")} indsats ved udgangen af ${ind.goal.byYear}.`,
    `The objective is at most a ${levelName(ind, ind.goal.atMost, "en")} need for action by the end of ${ind.goal.byYear}.`,
  );
}

function entryText(ind: ScaleLevelIndicator, entry: SafetyIndexEntry, lang: Lang): string {
  const s = scaleStatus(ind, entry.year, entry.level);
  const area = entry.area ? ` (${entry.area})` : "";
  return t(
    lang,
    `${ind.name.da} ${entry.year}${area}: behov for en ${levelName(ind, entry.level, "da")} indsats – ${ragStatusWord(s.rag, "da").toLowerCase()}.`,
    `${ind.name.en} ${entry.year}${area}: a ${levelName(ind, entry.level, "en")} need for action – ${ragStatusWord(s.rag, "en").toLowerCase()}.`,
  );
}

/** One sentence for the summary; undefined when the agreement has no safety index objective. */
export function safetyIndexSummary(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang): string | undefined {
  const ind = safetyIndexIndicator(agreement);
  if (!ind) return undefined;
  const entries = tracker.safetyIndex.filter((e) => e.year === year);
  if (entries.length === 0)
    return t(lang, `Tryghedsindekset for ${year} mangler i trackeren.`, `The ${year} safety index is missing from the tracker.`);
  return entries.map((e) => entryText(ind, e, lang)).join(" ");
}

export function safetyIndexBlocks(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang): ReportBlock[] {
  const ind = safetyIndexIndicator(agreement);
  if (!ind) return [];
  const upTo = tracker.safetyIndex.filter((e) => e.year <= year).sort((a, b) => a.year - b.year || a.area.localeCompare(b.area));
  const blocks: ReportBlock[] = [{ kind: "paragraph", text: safetyGoalText(ind, lang) }];
  blocks.push({ kind: "paragraph", text: safetyIndexSummary(agreement, tracker, year, lang) ?? "" });
  if (upTo.length > 0) {
    blocks.push({
      kind: "table",
      table: {
        caption: t(lang, `${ind.name.da} år for år`, `${ind.name.en} year by year`),
        header: [t(lang, "År", "Year"), t(lang, "Område", "Area"), t(lang, "Behov for indsats", "Need for action"), "Status"],
        rows: upTo.map((e) => {
          const s = scaleStatus(ind, e.year, e.level);
          return [
            textCell(String(e.year)),
            textCell(e.area),
            textCell(levelName(ind, e.level, lang)),
            { text: ragStatusWord(s.rag, lang), rag: s.rag },
          ];
        }),
      },
    });
  }
  if (ind.source) blocks.push({ kind: "note", text: t(lang, `Kilde: ${ind.source.da}.`, `Source: ${ind.source.en}.`) });
  return blocks;
}
