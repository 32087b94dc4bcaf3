/**
 * The words the tracker's drop-downs offer and the spellings people type instead: meeting
 * groups, meeting statuses and the safety index's levels of need.
 */
import { groupCellAliases, meetingGroupWords } from "../agreement/meeting-groups";
import type { Agreement, LocalizedText, MeetingGroup, ScaleLevelIndicator } from "../agreement/schema";
import type { ActivityStatus } from "../ask/types";
import { type MeetingStatus, meetingGroups } from "../meetings";
import { foldDanish, nearest } from "../text/normalize";

export interface Term<T extends string> {
  id: T;
  name: LocalizedText;
  aliases: readonly string[];
}

export const groupTerms: readonly Term<MeetingGroup>[] = meetingGroups.map((id) => ({
  id,
  name: meetingGroupWords[id].name,
  aliases: groupCellAliases(id),
}));

export const meetingStatusTerms: readonly Term<MeetingStatus>[] = [
  { id: "planned", name: { da: "Planlagt", en: "Planned" }, aliases: ["planlagte", "scheduled"] },
  { id: "held", name: { da: "Afholdt", en: "Held" }, aliases: ["gennemført", "done"] },
  { id: "cancelled", name: { da: "Aflyst", en: "Cancelled" }, aliases: ["canceled", "aflyses"] },
];

/** Statuses an activity in the safety plan (Aktiviteter) is usually given; the sheet accepts any text. */
export const activityStatusNames: readonly LocalizedText[] = [
  { da: "Planlagt", en: "Planned" },
  { da: "I gang", en: "In progress" },
  { da: "Afsluttet", en: "Completed" },
  { da: "Aflyst", en: "Cancelled" },
];

/** A status in a sentence: "i gang" / "in progress", "afsluttet" / "completed". */
export function activityStatusWord(status: ActivityStatus, lang: "da" | "en"): string {
  const term = activityStatusTerms.find((t) => t.id === status);
  return (term?.name[lang] ?? status).toLocaleLowerCase(lang);
}

/** The same statuses as terms, with the spellings people type instead, for reading a `Status` cell. */
export const activityStatusTerms: readonly Term<ActivityStatus>[] = [
  { id: "planned", name: { da: "Planlagt", en: "Planned" }, aliases: ["ikke startet", "not started", "scheduled"] },
  {
    id: "running",
    name: { da: "I gang", en: "In progress" },
    aliases: ["igang", "igangværende", "startet", "running", "ongoing", "started", "active", "aktiv"],
  },
  {
    id: "finished",
    name: { da: "Afsluttet", en: "Completed" },
    aliases: ["færdig", "gennemført", "slut", "finished", "done", "complete", "ended"],
  },
  { id: "cancelled", name: { da: "Aflyst", en: "Cancelled" }, aliases: ["droppet", "annulleret", "canceled", "dropped"] },
];

/** The Tryghedsindeks's five levels of need, used when an agreement names no scale of its own. */
export const defaultSafetyScale: ScaleLevelIndicator["scale"] = [
  { id: "minimal", name: { da: "minimal", en: "minimal" } },
  { id: "reduceret", name: { da: "reduceret", en: "reduced" } },
  { id: "ordinaer", name: { da: "ordinær", en: "ordinary" } },
  { id: "intensiveret", name: { da: "intensiveret", en: "intensified" } },
  { id: "markant", name: { da: "markant", en: "substantial" } },
];

export function safetyScale(agreement: Agreement): ScaleLevelIndicator["scale"] {
  const ind = agreement.indicators.find((i): i is ScaleLevelIndicator => i.kind === "scale-level");
  return ind?.scale ?? defaultSafetyScale;
}

export function termNames<T extends string>(term: Term<T>): string[] {
  return [term.name.da, term.name.en, term.id, ...term.aliases];
}

/**
 * A matcher that remembers each raw text it has seen: a tracker repeats "Arbejdsgruppe" and
 * "Afholdt" thousands of times, and folding each copy anew would dominate the validator's time.
 */
export function termMatcher<T extends string>(terms: readonly Term<T>[]): (text: string) => Term<T> | undefined {
  const byName = new Map<string, Term<T>>();
  for (const term of terms) for (const n of termNames(term)) byName.set(foldDanish(n), term);
  const memo = new Map<string, Term<T> | null>();
  return (text) => {
    const hit = memo.get(text);
    if (hit !== undefined) return hit ?? undefined;
    const found = byName.get(foldDanish(text)) ?? null;
    if (memo.size < 10_000) memo.set(text, found);
    return found ?? undefined;
  };
}

export function suggestTerm<T extends string>(terms: readonly Term<T>[], text: string): Term<T> | undefined {
  return nearest(text, terms, termNames, 3);
}

/** Levels of need as terms: "reduceret", "reduceret behov", "behov for en reduceret indsats", "reduced". */
export function levelTerms(agreement: Agreement): Term<string>[] {
  return safetyScale(agreement).map((level) => ({
    id: level.id,
    name: level.name,
    aliases: [
      `${level.name.da} behov`,
      `${level.name.da} indsats`,
      `behov for ${level.name.da} indsats`,
      `behov for en ${level.name.da} indsats`,
      `${level.name.en} need`,
    ],
  }));
}
