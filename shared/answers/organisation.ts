/**
 * Who is who in the partnership: the steering group's and the working group's chairs and
 * members, the secretariat, the signatories. Only what the agreement says; where it says nothing,
 * the answer says so rather than guess.
 */
import { groupFact } from "../agreement/facts";
import { groupWord } from "../agreement/meeting-groups";
import { secretariatText, signatoryText, steeringChairText, workingChairText } from "../agreement/organisation";
import type { Agreement, MeetingGroup } from "../agreement/schema";
import type { Entities } from "../ask/types";
import { capitalised } from "../format/capitalised";
import { type Lang, t } from "../format/lang";
import { meetingGroups } from "../meetings";
import { factSet, textBlock } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";

function notSaid(agreement: Agreement, what: { da: string; en: string }, lang: Lang): string {
  return t(
    lang,
    `Partnerskabsaftalen for ${agreement.name.da} nævner ikke ${what.da}.`,
    `The ${agreement.name.en} agreement does not name ${what.en}.`,
  );
}

function chairLine(agreement: Agreement, group: MeetingGroup, lang: Lang): string {
  const chair = group === "steering" ? steeringChairText(agreement, lang) : workingChairText(agreement, lang);
  const of = groupWord(group, "definite", lang);
  if (!chair)
    return notSaid(
      agreement,
      { da: `formanden for ${groupWord(group, "definite", "da")}`, en: `the chair of ${groupWord(group, "definite", "en")}` },
      lang,
    );
  return t(lang, `Formand for ${of}: ${chair}.`, `Chair of ${of}: ${chair}.`);
}

function secretariatLine(agreement: Agreement, lang: Lang): string {
  const s = agreement.organisation?.secretariat;
  if (!s) return notSaid(agreement, { da: "sekretariatet", en: "the secretariat" }, lang);
  return t(
    lang,
    `Sekretariatet: ${secretariatText(agreement, "da")}; opgave: ${s.tasks.da}.`,
    `The secretariat: ${secretariatText(agreement, "en")}; task: ${s.tasks.en}.`,
  );
}

function groupLine(agreement: Agreement, group: MeetingGroup, lang: Lang): string {
  const fact = groupFact(agreement, group, lang);
  return `${groupWord(group, "title", lang)}: ${fact.value}.`;
}

/** "Styregruppens opgave: …", then the group as groupLine gives it; where the agreement says no task, that it does not. */
function taskLines(agreement: Agreement, group: MeetingGroup, lang: Lang): string[] {
  const tasks = agreement.organisation?.[group]?.tasks;
  const whose = groupWord(group, "genitive", lang);
  const first = tasks
    ? t(lang, `${capitalised(whose)} opgave: ${tasks.da}.`, `${capitalised(whose)} role: ${tasks.en}.`)
    : notSaid(agreement, { da: `${groupWord(group, "genitive", "da")} opgave`, en: `${groupWord(group, "genitive", "en")} role` }, lang);
  return [first, groupLine(agreement, group, lang)];
}

function answerWith(agreement: Agreement, lines: string[], lang: Lang): Composed {
  // One message: a single line is the short answer itself; several are listed under the title.
  if (lines.length === 1) return { text: lines.join("\n"), body: [], figures: false };
  const title = t(lang, `Organisering – ${agreement.name.da}`, `Organisation – ${agreement.name.en}`);
  return { text: lines.join("\n"), summary: title, body: lines.map((l) => textBlock(l)), figures: false };
}

/** "hvem er formand for styregruppen?", "who runs the secretariat?", "hvem sidder i arbejdsgruppen?". */
export function organisationAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const a = ctx.agreement;
  const groups: readonly MeetingGroup[] = u.group ? [u.group] : meetingGroups;
  switch (u.facet) {
    case "chair":
      return answerWith(
        a,
        groups.map((g) => chairLine(a, g, lang)),
        lang,
      );
    case "secretariat":
      return answerWith(a, [secretariatLine(a, lang)], lang);
    case "tasks":
      return answerWith(
        a,
        groups.flatMap((g) => taskLines(a, g, lang)),
        lang,
      );
    default: {
      const lines = groups.map((g) => groupLine(a, g, lang));
      if (!u.group) lines.push(secretariatLine(a, lang));
      return answerWith(a, lines, lang);
    }
  }
}

/** "hvem har skrevet under?": the signatories in the signature page's order. */
export function signatoriesAnswer(ctx: AnswerContext, lang: Lang): Composed {
  const a = ctx.agreement;
  if (a.signatories.length === 0) {
    const text = notSaid(a, { da: "sine underskrivere i Partnerskabs data", en: "its signatories in Partnerskab's data" }, lang);
    return { text, body: [], figures: false, textOnly: true };
  }
  const items = a.signatories.map((s) => signatoryText(s, lang));
  const lead = t(lang, `Partnerskabsaftalen for ${a.name.da} er underskrevet af:`, `The ${a.name.en} agreement was signed by:`);
  return {
    text: [lead, ...items.map((i) => `- ${i}`)].join("\n"),
    summary: lead,
    body: [factSet(a.signatories.map((s, i) => ({ title: String(i + 1), value: items[i] ?? s.name })))],
    figures: false,
  };
}
