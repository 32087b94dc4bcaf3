/**
 * The agreement's facts as short labelled lines, in Danish or English: parties, area,
 * period, focus areas, cadence, status report and budget. Used by the CLI and the bot.
 */
import { budgetSummary } from "../budget";
import { formatDate, monthName } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { formatKr } from "../format/numbers";
import { groupWord } from "./meeting-groups";
import type { Agreement } from "./schema";

export interface Fact {
  label: string;
  value: string;
}

export function cadenceText(rule: { min: number; max?: number | undefined }, lang: Lang): string {
  if (rule.max === undefined) return t(lang, `mindst ${rule.min} gange årligt`, `at least ${rule.min} times a year`);
  if (rule.max === rule.min) return t(lang, `${rule.min} gange årligt`, `${rule.min} times a year`);
  return t(lang, `${rule.min}-${rule.max} gange årligt`, `${rule.min} to ${rule.max} times a year`);
}

export function partiesText(agreement: Agreement, lang: Lang): string {
  return agreement.parties.map((p) => (p.units.length ? `${p.name[lang]} (${p.units.join(", ")})` : p.name[lang])).join("; ");
}

export function periodText(agreement: Agreement, lang: Lang): string {
  const range = t(
    lang,
    `${formatDate(agreement.period.start, "da")} til og med ${formatDate(agreement.period.end, "da")}`,
    `${formatDate(agreement.period.start, "en")} to ${formatDate(agreement.period.end, "en")} inclusive`,
  );
  return agreement.period.note ? `${range} (${agreement.period.note[lang]})` : range;
}

export function budgetText(agreement: Agreement, lang: Lang): string {
  const summary = budgetSummary(agreement);
  const parts = summary.byYear.map((y) => `${y.year}: ${formatKr(y.amountKr, lang)}`);
  for (const line of summary.spanning) {
    parts.push(`${line.label[lang]} ${line.fromYear}–${line.toYear}: ${formatKr(line.amountKr, lang)}`);
  }
  parts.push(t(lang, `i alt ${formatKr(summary.totalKr, lang)}`, `total ${formatKr(summary.totalKr, lang)}`));
  return parts.join("; ");
}

export function agreementFacts(agreement: Agreement, lang: Lang): Fact[] {
  const facts: Fact[] = [
    { label: t(lang, "Parter", "Parties"), value: partiesText(agreement, lang) },
    {
      label: t(lang, "Område", "Area"),
      value: `${agreement.area.name[lang]}: ${agreement.area.estates.join(", ")}${agreement.area.note ? `. ${agreement.area.note[lang]}` : ""}`,
    },
    { label: t(lang, "Periode", "Period"), value: periodText(agreement, lang) },
    {
      label: t(lang, "Indsatsområder", "Focus areas"),
      value: agreement.focusAreas.map((f, i) => `${i + 1}. ${f.name[lang]}`).join(" "),
    },
    { label: groupWord("steering", "name", lang), value: cadenceText(agreement.cadence.steering, lang) },
    { label: groupWord("working", "name", lang), value: cadenceText(agreement.cadence.working, lang) },
    {
      label: t(lang, "Statusrapport", "Status report"),
      value: t(
        lang,
        `hvert år i ${monthName(agreement.statusReportMonth, "da")}`,
        `every year in ${monthName(agreement.statusReportMonth, "en")}`,
      ),
    },
  ];
  if (agreement.budget.length) facts.push({ label: t(lang, "Økonomi", "Budget"), value: budgetText(agreement, lang) });
  for (const note of agreement.notes) facts.push({ label: t(lang, "Bemærk", "Note"), value: note[lang] });
  return facts;
}
