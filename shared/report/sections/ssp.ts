/**
 * SSP's extraordinary activations against the 2012 baseline, year by year. Shown without a
 * verdict: the agreement names no level at which its objective is met.
 */
import { towardNormalIndicator } from "../../agreement/lookup";
import type { Agreement } from "../../agreement/schema";
import { type Lang, t } from "../../format/lang";
import { formatNumber, formatSigned } from "../../format/numbers";
import type { TrackerData } from "../../tracker/types";
import type { ReportBlock } from "../document";
import { numberCell, signedCell, textCell } from "../words";

export function sspSummary(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang): string | undefined {
  const ind = towardNormalIndicator(agreement);
  if (!ind) return undefined;
  const value = tracker.sspActivations.get(year) ?? null;
  if (value === null) return t(lang, `SSP-tallet for ${year} mangler i trackeren.`, `The ${year} SSP figure is missing from the tracker.`);
  const base = ind.baseline;
  return t(
    lang,
    `SSP-beredskabet blev aktiveret ekstraordinært ${formatNumber(value, "da")} gange i ${year} mod ${formatNumber(base.value, "da")} i ${base.year} (${formatSigned(value - base.value, "da")}).`,
    `The SSP emergency response had ${formatNumber(value, "en")} extraordinary activations in ${year} against ${formatNumber(base.value, "en")} in ${base.year} (${formatSigned(value - base.value, "en")}).`,
  );
}

export function sspBlocks(agreement: Agreement, tracker: TrackerData, year: number, lang: Lang): ReportBlock[] {
  const ind = towardNormalIndicator(agreement);
  if (!ind) return [];
  const years = [...tracker.sspActivations.entries()]
    .filter(([y, v]) => y <= year && v !== null && v !== undefined)
    .sort(([a], [b]) => a - b) as Array<[number, number]>;
  const blocks: ReportBlock[] = [
    { kind: "paragraph", text: sspSummary(agreement, tracker, year, lang) ?? "" },
    {
      kind: "paragraph",
      text: t(
        lang,
        `Aftalen sætter ikke tal på et normalt niveau, så tallene vises mod baseline fra ${ind.baseline.year} og vurderes ikke som nået eller ikke nået.`,
        `The agreement puts no number on a normal level, so the figures are shown against the ${ind.baseline.year} baseline and not judged met or missed.`,
      ),
    },
  ];
  if (years.length > 0) {
    blocks.push({
      kind: "table",
      table: {
        caption: t(lang, `${ind.name.da} år for år`, `${ind.name.en} year by year`),
        header: [
          t(lang, "År", "Year"),
          t(lang, "Aktiveringer", "Activations"),
          t(lang, `Ændring fra ${ind.baseline.year}`, `Change from ${ind.baseline.year}`),
        ],
        rows: years.map(([y, v]) => [textCell(String(y)), numberCell(v, lang), signedCell(v - ind.baseline.value, lang)]),
      },
    });
  }
  if (ind.source) blocks.push({ kind: "note", text: t(lang, `Kilde: ${ind.source.da}.`, `Source: ${ind.source.en}.`) });
  return blocks;
}
