/**
 * Cadence warnings, for the current year (Copenhagen) and within the agreement's period: a group
 * whose minimum number of meetings can no longer be reached with the meetings held and planned,
 * or that has more than its maximum held or planned. Once per group, condition and year.
 */
import { isIllustrative } from "../../agreement/lookup";
import { groupWord, groupWordAtStart } from "../../agreement/meeting-groups";
import { firstAgreementYear, lastAgreementYear } from "../../agreement/period";
import { copenhagenDate, copenhagenYear } from "../../format/dates";
import { type Lang, t } from "../../format/lang";
import { cadenceForYear, type GroupCadence } from "../../meetings";
import { DAY_MS } from "../calendar";
import { entryKey, type ItemBase } from "../items";
import type { ReminderKind, ReminderSources } from "../kind";
import { reminderCard } from "../texts";

export interface CadenceWarning extends ItemBase {
  kind: "cadence";
  condition: "below-min" | "over-max";
  cadence: GroupCadence;
}

/** The cadence warnings that hold now. */
export function cadenceWarnings(
  { agreement, tracker }: { agreement: ReminderSources["agreement"]; tracker: Pick<ReminderSources["tracker"], "meetings"> },
  now: Date,
): CadenceWarning[] {
  const year = copenhagenYear(now);
  if (year < firstAgreementYear(agreement) || year > lastAgreementYear(agreement)) return [];
  const out: CadenceWarning[] = [];
  for (const cadence of cadenceForYear(agreement, tracker.meetings, year, copenhagenDate(now))) {
    const conditions: Array<CadenceWarning["condition"]> = [];
    if (!cadence.canReachMin && !cadence.finished) conditions.push("below-min");
    if (cadence.overMax) conditions.push("over-max");
    for (const condition of conditions) {
      const itemKey = `cadence|${year}|${cadence.group}|${condition}`;
      out.push({ kind: "cadence", itemKey, entryKey: entryKey(itemKey, "once"), dueAt: now, group: cadence.group, condition, cadence });
    }
  }
  return out;
}

/** The agreement's rule: "mindst 2" / "at least 2", "6–8" / "6 to 8". */
function ruleText(c: GroupCadence, lang: Lang): string {
  if (c.max === undefined) return t(lang, `mindst ${c.min}`, `at least ${c.min}`);
  return t(lang, `${c.min}–${c.max}`, `${c.min} to ${c.max}`);
}

/** The shortfall, then what to do about it. */
function belowMinSentences(c: GroupCadence, rule: string, lang: Lang): [shortfall: string, advice: string] {
  const group = groupWord(c.group, "definite", lang);
  const subject = groupWordAtStart(c.group, "definite", lang);
  // "1 afholdt møde og 0 planlagte" / "1 meeting held and 0 planned": the noun follows the count.
  const heldDa = c.held === 1 ? "1 afholdt møde" : `${c.held} afholdte møder`;
  const plannedDa = `${c.plannedAhead} ${c.plannedAhead === 1 ? "planlagt" : "planlagte"}`;
  const heldEn = `${c.held} ${c.held === 1 ? "meeting" : "meetings"} held`;
  return lang === "da"
    ? [
        `${subject} skal ifølge aftalen mødes ${rule} gange om året, men i ${c.year} er der kun ${heldDa} og ${plannedDa}.`,
        `Minimum på ${c.min} kan ikke nås med de planlagte møder – planlæg flere.`,
      ]
    : [
        `Under the agreement ${group} must meet ${rule} times a year, but ${c.year} has only ${heldEn} and ${c.plannedAhead} planned.`,
        `The minimum of ${c.min} can no longer be reached with the planned meetings – plan more.`,
      ];
}

function overMaxText(c: GroupCadence, lang: Lang): string {
  const subject = groupWordAtStart(c.group, "definite", lang);
  const count = c.held + c.plannedAhead + c.plannedPast;
  return t(
    lang,
    `${subject} har ${count} møder afholdt eller planlagt i ${c.year}, men ifølge aftalen højst ${c.max} gange om året.`,
    `${subject} has ${count} meetings held or planned in ${c.year}, but the agreement says at most ${c.max} times a year.`,
  );
}

export const cadenceKind: ReminderKind<CadenceWarning> = {
  schedule: { style: "condition", due: cadenceWarnings },

  message(item, { lang, agreement }) {
    const c = item.cadence;
    const da = lang === "da";
    const group = groupWord(c.group, "definite", lang);
    const title = da ? `Møder i forhold til aftalen ${c.year}: ${group}` : `Meetings against the agreement ${c.year}: ${group}`;
    const rule = ruleText(c, lang);
    // An agreement whose cadence is an example (Tingbjerg-Husum) says so.
    const example = isIllustrative(agreement, "cadence")
      ? t(lang, " Aftalens antal møder om året er her illustrativt.", " The agreement's number of meetings a year is illustrative here.")
      : "";
    // The shortfall or the excess is the notification line; the advice and the note follow on the card.
    const sentences: [string, ...string[]] = item.condition === "below-min" ? belowMinSentences(c, rule, lang) : [overMaxText(c, lang)];
    const text = sentences.join(" ") + example;
    return {
      text,
      summary: sentences[0],
      card: reminderCard(
        title,
        text,
        [
          [da ? "Gruppe" : "Group", groupWordAtStart(c.group, "definite", lang)],
          [da ? "År" : "Year", String(c.year)],
          [da ? "Afholdt" : "Held", String(c.held)],
          [da ? "Planlagt" : "Planned", String(c.plannedAhead)],
          [da ? "Aftalen" : "Agreement", da ? `${rule} om året` : `${rule} a year`],
        ],
        lang,
      ),
    };
  },

  json: (item) => ({ condition: item.condition, year: item.cadence.year, cadence: item.cadence }),
  // The subscribe greeting names it in a sentence of its own ("…, og en advarsel, hvis årets møder ikke kan leve op til aftalen").
  offer: () => undefined,
  retryUntil: (_item, now) => new Date(now.getTime() + DAY_MS),
};
