/**
 * Safety in the report's year: the safety index against the agreement's målsætning (published
 * until 2014), and from 2015 the safety survey's share of residents who feel unsafe, with its
 * direction and judged only against a ceiling the agreement sets. The sentences are the answers'
 * own (shared/answers/safety.ts), so Teams and the report say the same.
 */
import { safetyIndexIndicator } from "../../agreement/lookup";
import type { Agreement, ScaleLevelIndicator } from "../../agreement/schema";
import { goalText, indexEndedText, levelName, needText, shareText, surveyObjectiveText } from "../../answers/safety";
import { type Lang, t } from "../../format/lang";
import { ragStatusWord } from "../../format/rag-words";
import { safetySurvey, surveyShares } from "../../safety-survey";
import { scaleStatus } from "../../status";
import type { SafetyIndexEntry, TrackerData } from "../../tracker/types";
import type { ReportBlock } from "../document";
import { textCell } from "../words";

/** The model keeps tracker text as typed: Word and the HTML page escape it themselves, the chat answer with plainText. */
const asTyped = (text: string) => text;

/** "Målsætningen er højst behov for en reduceret indsats ved udgangen af 2016." */
function safetyGoalText(ind: ScaleLevelIndicator, lang: Lang): string {
  return `${goalText(ind, lang)}.`;
}

function indexText(ind: ScaleLevelIndicator, entry: SafetyIndexEntry, lang: Lang): string {
  const s = scaleStatus(ind, entry.year, entry.level);
  const area = entry.area ? ` (${entry.area})` : "";
  return t(
    lang,
    `${ind.name.da} ${entry.year}${area}: ${needText(ind, entry.level, "da")} – ${ragStatusWord(s.rag, "da").toLowerCase()}.`,
    `${ind.name.en} ${entry.year}${area}: ${needText(ind, entry.level, "en")} – ${ragStatusWord(s.rag, "en").toLowerCase()}.`,
  );
}

/** "Andel utrygge 2015 (Københavns Tryghedsundersøgelse): 15 % i Amager Vest; 27 % i …. Lavere er bedre." */
function surveyText(tracker: TrackerData, year: number, lang: Lang): string | undefined {
  const shares = surveyShares(tracker.safetySurvey, year);
  if (shares.length === 0) return undefined;
  return t(
    lang,
    `${safetySurvey.name.da} ${year} (${safetySurvey.source.da}): ${shares.map((s) => shareText(s, "da", asTyped)).join("; ")}. Lavere er bedre.`,
    `${safetySurvey.name.en} ${year} (${safetySurvey.source.en}): ${shares.map((s) => shareText(s, "en", asTyped)).join("; ")}. Lower is better.`,
  );
}

/** The year's safety in sentences: its index entries, else its survey shares; undefined without a safety objective. */
export function safetySummary(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang): string | undefined {
  const ind = safetyIndexIndicator(agreement);
  if (!ind) return undefined;
  const entries = tracker.safetyIndex.filter((e) => e.year === year);
  if (entries.length > 0) return entries.map((e) => indexText(ind, e, lang)).join(" ");
  return (
    surveyText(tracker, year, lang) ??
    t(lang, `Tallene for trygheden i ${year} mangler i trackeren.`, `The ${year} safety figures are missing from the tracker.`)
  );
}

export function safetyBlocks(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang): ReportBlock[] {
  const ind = safetyIndexIndicator(agreement);
  if (!ind) return [];
  const blocks: ReportBlock[] = [{ kind: "paragraph", text: safetyGoalText(ind, lang) }];
  const upTo = tracker.safetyIndex.filter((e) => e.year <= year).sort((a, b) => a.year - b.year || a.area.localeCompare(b.area));
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
  const entries = tracker.safetyIndex.filter((e) => e.year === year);
  if (entries.length > 0) blocks.push({ kind: "paragraph", text: entries.map((e) => indexText(ind, e, lang)).join(" ") });
  if (ind.lastYear !== undefined && year > ind.lastYear) blocks.push({ kind: "paragraph", text: indexEndedText(ind, lang) });
  const survey = surveyText(tracker, year, lang);
  if (survey) {
    blocks.push({ kind: "paragraph", text: survey }, { kind: "paragraph", text: surveyObjectiveText(agreement, lang) });
  } else if (entries.length === 0) {
    blocks.push({ kind: "paragraph", text: safetySummary(agreement, tracker, year, lang) ?? "" });
  }
  if (ind.source) blocks.push({ kind: "note", text: t(lang, `Kilde: ${ind.source.da}.`, `Source: ${ind.source.en}.`) });
  return blocks;
}
