/**
 * The agreement's facts as labelled lines, in Danish or English: parties, area, period, focus
 * areas, objectives, organisation, duties, money and signatories. Used by `partnerskab agreement`
 * and the bot. Each line says only what the agreement says; a fact that is an example
 * (Tingbjerg-Husum's cadence …) is marked so where it is shown.
 */
import { budgetTexts } from "../budget";
import { formatDate, monthName } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { formatNumber } from "../format/numbers";
import { entryOf } from "../memo/map-entry";
import { targetTable } from "../targets";
import { crimeIndicators, illustrativeMark } from "./lookup";
import { groupWord } from "./meeting-groups";
import { secretariatText, signatoryText, steeringChairText, workingChairText } from "./organisation";
import type { Agreement } from "./schema";

/** Which fact a line is, so a question can ask for one. */
export type FactId =
  | "parties"
  | "area"
  | "period"
  | "after-end"
  | "focus-areas"
  | "objectives"
  | "steering"
  | "working"
  | "secretariat"
  | "status-report"
  | "safety-plan"
  | "adjustments"
  | "budget"
  | "signatories"
  | "note";

export interface Fact {
  id: FactId;
  label: string;
  /** The whole fact on one line. */
  value: string;
  /** A list fact's items, for a display that puts each on a line of its own (the CLI). */
  items?: string[];
}

export function cadenceText(rule: { min: number; max?: number | undefined }, lang: Lang): string {
  if (rule.max === undefined) return t(lang, `mindst ${rule.min} gange årligt`, `at least ${rule.min} times a year`);
  if (rule.max === rule.min) return t(lang, `${rule.min} gange årligt`, `${rule.min} times a year`);
  return t(lang, `${rule.min}–${rule.max} gange årligt`, `${rule.min} to ${rule.max} times a year`);
}

export function partiesText(agreement: Agreement, lang: Lang): string {
  return agreement.parties.map((p) => (p.units.length ? `${p.name[lang]} (${p.units.join(", ")})` : p.name[lang])).join("; ");
}

/** "fra underskriftsdatoen til og med 31. december 2016", or from a date when the agreement gives one. */
export function periodText(agreement: Agreement, lang: Lang): string {
  const end = formatDate(agreement.period.end, lang);
  const { start, signedOn } = agreement.period;
  let range: string;
  if (start === "signing") {
    const signed = signedOn ? t(lang, ` (${formatDate(signedOn, "da")})`, ` (${formatDate(signedOn, "en")})`) : "";
    range = t(lang, `fra underskriftsdatoen${signed} til og med ${end}`, `from the date of signing${signed} up to and including ${end}`);
  } else {
    const from = `${formatDate(start, lang)}${illustrativeMark(agreement, "period.start", lang)}`;
    range = t(lang, `${from} til og med ${end}`, `${from} up to and including ${end}`);
  }
  return agreement.period.note ? `${range} (${agreement.period.note[lang]})` : range;
}

/** What the agreement says about after its end: that it ends, and that it names no extension. */
export function afterEndText(agreement: Agreement, lang: Lang): string {
  const end = formatDate(agreement.period.end, lang);
  return t(
    lang,
    `Aftalen gælder til og med ${end} og slutter da. Den nævner ingen forlængelse; et partnerskab derefter kræver en ny aftale.`,
    `The agreement applies up to and including ${end} and ends then. It names no extension; a partnership after that needs a new agreement.`,
  );
}

/** The target figures in one line: "Måltal for 2013/2014/2015/2016: Indbrud 69/65/62/58; …". */
export function targetFiguresLine(agreement: Agreement, lang: Lang): string | undefined {
  const rows = targetTable(agreement);
  const years = rows[0]?.targets.map((x) => x.year);
  if (!years) return undefined;
  const name = (id: string) => agreement.categories.find((c) => c.id === id)?.name[lang] ?? id;
  const list = rows.map((r) => `${name(r.category)} ${r.targets.map((x) => formatNumber(x.target, lang)).join("/")}`).join("; ");
  return t(lang, `Måltal for ${years.join("/")}: ${list}`, `Target figures for ${years.join("/")}: ${list}`);
}

/**
 * "1. Tryghedssituationen …" per objective, in the agreement's words; after an objective that
 * the crime targets follow (Amager's "i overensstemmelse med nedenstående måltal"), the targets.
 */
export function objectiveItems(agreement: Agreement, lang: Lang): string[] {
  const crime = new Set(crimeIndicators(agreement).map((i) => i.category));
  return agreement.objectives.flatMap((o, i) => {
    const item = `${i + 1}. ${o.text[lang]}`;
    const targets = o.indicators.some((id) => crime.has(id)) ? targetFiguresLine(agreement, lang) : undefined;
    return targets ? [item, `   ${targets}.`] : [item];
  });
}

/** A group's line: how often it meets, who sits in it, who chairs it, what it does. */
export function groupFact(agreement: Agreement, group: "steering" | "working", lang: Lang): Fact {
  const parts = [
    t(lang, `mødes ${cadenceText(agreement.cadence[group], lang)}`, `meets ${cadenceText(agreement.cadence[group], lang)}`) +
      illustrativeMark(agreement, "cadence", lang),
  ];
  const described = agreement.organisation?.[group];
  if (described) parts.push(t(lang, `medlemmer: ${described.members.da}`, `members: ${described.members.en}`));
  const chair = group === "steering" ? steeringChairText(agreement, lang) : workingChairText(agreement, lang);
  if (chair) parts.push(t(lang, `formand: ${chair}`, `chair: ${chair}`));
  if (described?.tasks) parts.push(t(lang, `opgave: ${described.tasks.da}`, `task: ${described.tasks.en}`));
  return { id: group, label: groupWord(group, "name", lang), value: parts.join("; ") };
}

function statusReportText(agreement: Agreement, lang: Lang): string {
  const own = agreement.duties.statusReport;
  if (own) return own[lang];
  const month = monthName(agreement.statusReportMonth, lang);
  return t(lang, `hvert år i ${month}`, `every year in ${month}`) + illustrativeMark(agreement, "statusReportMonth", lang);
}

/** An agreement is never changed once read: its facts are written once per language. */
const factsOf = new WeakMap<Agreement, Partial<Record<Lang, readonly Fact[]>>>();

export function agreementFacts(agreement: Agreement, lang: Lang): readonly Fact[] {
  const byLang = entryOf(factsOf, agreement, (): Partial<Record<Lang, readonly Fact[]>> => ({}));
  let facts = byLang[lang];
  if (!facts) {
    facts = Object.freeze(writeFacts(agreement, lang).map((f) => Object.freeze(f)));
    byLang[lang] = facts;
  }
  return facts;
}

function writeFacts(agreement: Agreement, lang: Lang): Fact[] {
  const area = `${agreement.area.name[lang]}: ${agreement.area.estates.join(", ")}`;
  const note = agreement.area.note?.[lang].replace(/\.$/, "");
  const areaNote = note ? `. ${note}${illustrativeMark(agreement, "area.note", lang)}.` : "";
  const facts: Fact[] = [
    { id: "parties", label: t(lang, "Parter", "Parties"), value: partiesText(agreement, lang) },
    { id: "area", label: t(lang, "Område", "Area"), value: `${area}${areaNote}` },
    { id: "period", label: t(lang, "Periode", "Period"), value: periodText(agreement, lang) },
    { id: "after-end", label: t(lang, "Efter perioden", "After the period"), value: afterEndText(agreement, lang) },
    {
      id: "focus-areas",
      label: t(lang, "Indsatsområder", "Focus areas"),
      value: agreement.focusAreas.map((f, i) => `${i + 1}. ${f.name[lang]}`).join("; "),
    },
  ];
  if (agreement.objectives.length > 0) {
    const items = objectiveItems(agreement, lang);
    facts.push({
      id: "objectives",
      label: t(lang, "Overordnede målsætninger", "Overall objectives"),
      value: items.map((x) => x.trim()).join(" "),
      items,
    });
  }
  facts.push(groupFact(agreement, "steering", lang), groupFact(agreement, "working", lang));
  const secretariat = agreement.organisation?.secretariat;
  if (secretariat) {
    facts.push({
      id: "secretariat",
      label: t(lang, "Sekretariat", "Secretariat"),
      value: `${secretariatText(agreement, lang)}; ${t(lang, "opgave", "task")}: ${secretariat.tasks[lang]}`,
    });
  }
  facts.push({ id: "status-report", label: t(lang, "Statusrapport", "Status report"), value: statusReportText(agreement, lang) });
  if (agreement.duties.safetyPlan)
    facts.push({ id: "safety-plan", label: t(lang, "Tryghedsplan", "Safety plan"), value: agreement.duties.safetyPlan[lang] });
  if (agreement.duties.adjustments)
    facts.push({ id: "adjustments", label: t(lang, "Justeringer", "Adjustments"), value: agreement.duties.adjustments[lang] });
  if (agreement.budget.length) {
    const items = budgetTexts(agreement, lang);
    facts.push({ id: "budget", label: t(lang, "Økonomi", "Budget"), value: items.join("; "), items });
  }
  if (agreement.signatories.length) {
    const items = agreement.signatories.map((s) => signatoryText(s, lang));
    facts.push({ id: "signatories", label: t(lang, "Underskrevet af", "Signed by"), value: items.join("; "), items });
  }
  for (const note of agreement.notes) facts.push({ id: "note", label: t(lang, "Bemærk", "Note"), value: note[lang] });
  return facts;
}
