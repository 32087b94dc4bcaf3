/** The safety plan's activities asked for: how many, and which (name, focus area, responsible, status, period). */
import { activitiesMatching, activityStatus } from "../activities";
import { responsibleParty } from "../agreement/responsible-parties";
import type { Entities } from "../ask/types";
import { formatDate } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { plainText } from "../text/plain-text";
import type { ActivityEntry } from "../tracker/types";
import { activityStatusWord } from "../tracker/vocabulary";
import { type Cell, factSet, table } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";

function focusAreaName(ctx: AnswerContext, id: string, lang: Lang): string {
  return ctx.agreement.focusAreas.find((f) => f.id === id)?.name[lang] ?? id;
}

/** "… under indsatsområdet »Brobygning til et godt voksenliv«, med SSP København som ansvarlig, i 2015" */
function filterWords(u: Entities, ctx: AnswerContext, lang: Lang, count: number): string {
  const parts: string[] = [];
  if (u.focusArea !== undefined) {
    const name = focusAreaName(ctx, u.focusArea, lang);
    parts.push(t(lang, ` under indsatsområdet »${name}«`, ` under the focus area "${name}"`));
  }
  if (u.party !== undefined) {
    const name = responsibleParty(ctx.agreement, u.party)?.name[lang] ?? u.party;
    parts.push(t(lang, ` med ${name} som ansvarlig`, ` with ${name} responsible`));
  }
  if (u.activityStatus !== undefined && !(u.activityStatus === "running" && u.year !== undefined)) {
    const word = activityStatusWord(u.activityStatus, lang);
    parts.push(t(lang, `, der er ${word}`, count === 1 ? ` that is ${word}` : ` that are ${word}`));
  }
  if (u.year !== undefined) parts.push(t(lang, ` i ${u.year}`, ` in ${u.year}`));
  return parts.join("");
}

/** "1. august 2013–31. december 2016", "fra 1. august 2013", or nothing. */
function period(entry: ActivityEntry, lang: Lang): string {
  const start = entry.start ? formatDate(entry.start, lang) : undefined;
  const end = entry.end ? formatDate(entry.end, lang) : undefined;
  if (start && end) return `${start}–${end}`;
  if (start) return t(lang, `fra ${start}`, `from ${start}`);
  if (end) return t(lang, `til ${end}`, `until ${end}`);
  return "";
}

function statusText(entry: ActivityEntry, lang: Lang): string {
  const known = activityStatus(entry);
  return known ? activityStatusWord(known, lang) : plainText(entry.status);
}

/**
 * One activity asked for by name: what it is part of, who is responsible, where it stands and
 * when it runs, from each of its rows (an activity may have one per year).
 */
function namedActivityAnswer(name: string, ctx: AnswerContext, lang: Lang): Composed {
  const rows = ctx.tracker.activities.filter((e) => e.activity === name);
  const line = (e: ActivityEntry) => {
    const [area, status, runs] = [areaOf(ctx, e, lang), statusText(e, lang), period(e, lang)];
    const parts = [
      t(lang, `indsatsområde: ${area}`, `focus area: ${area}`),
      ...(e.responsible ? [t(lang, `ansvarlig: ${plainText(e.responsible)}`, `responsible: ${plainText(e.responsible)}`)] : []),
      ...(status ? [`status: ${status}`] : []),
      ...(runs ? [t(lang, `periode: ${runs}`, `period: ${runs}`)] : []),
    ];
    return `${plainText(e.activity)} – ${parts.join("; ")}.`;
  };
  const lines = rows.map(line);
  const summary =
    lines[0] ??
    t(lang, `Trackeren har ingen aktivitet ved navn »${plainText(name)}«.`, `The tracker has no activity named "${plainText(name)}".`);
  const facts = rows.flatMap((e) => [
    { title: t(lang, "Aktivitet", "Activity"), value: plainText(e.activity) },
    { title: t(lang, "Indsatsområde", "Focus area"), value: areaOf(ctx, e, lang) },
    { title: t(lang, "Ansvarlig", "Responsible"), value: e.responsible ? plainText(e.responsible) : "–" },
    { title: "Status", value: statusText(e, lang) || "–" },
    { title: t(lang, "Periode", "Period"), value: period(e, lang) || "–" },
  ]);
  return { text: lines.length > 0 ? lines.join("\n") : summary, summary, body: facts.length > 0 ? [factSet(facts)] : [], figures: true };
}

function areaOf(ctx: AnswerContext, e: ActivityEntry, lang: Lang): string {
  return e.focusAreaId ? focusAreaName(ctx, e.focusAreaId, lang) : plainText(e.focusArea);
}

export function activitiesAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  if (u.activity !== undefined) return namedActivityAnswer(u.activity, ctx, lang);
  const all = ctx.tracker.activities;
  if (all.length === 0) {
    const text = t(
      lang,
      "Trackeren har endnu ingen aktiviteter (arket »Aktiviteter«).",
      'The tracker has no activities yet (the "Activities" sheet).',
    );
    return { text, body: [], figures: true };
  }
  const found = activitiesMatching(
    all,
    {
      ...(u.focusArea !== undefined ? { focusArea: u.focusArea } : {}),
      ...(u.party !== undefined ? { party: u.party } : {}),
      ...(u.activityStatus !== undefined ? { status: u.activityStatus } : {}),
      ...(u.year !== undefined ? { year: u.year } : {}),
    },
    ctx.agreement,
  );
  const filter = filterWords(u, ctx, lang, found.length);
  const summary =
    found.length === 0
      ? t(lang, `Der er ingen aktiviteter${filter} i trackeren.`, `There are no activities${filter} in the tracker.`)
      : t(
          lang,
          `${found.length} ${found.length === 1 ? "aktivitet" : "aktiviteter"} i tryghedsplanen${filter}.`,
          `${found.length} ${found.length === 1 ? "activity" : "activities"} in the safety plan${filter}.`,
        );
  const showArea = u.focusArea === undefined;
  // »Er KFF med?«: no activities is not "not a partner"; a party the agreement names says so.
  const party = found.length === 0 && u.party !== undefined ? responsibleParty(ctx.agreement, u.party) : undefined;
  const partyNote = party
    ? [
        t(
          lang,
          `${party.name.da} er med i partnerskabet (aftalens parter).`,
          `${party.name.en} is part of the partnership (the agreement's parties).`,
        ),
      ]
    : [];
  const lines = [
    summary,
    ...partyNote,
    ...found.map((e) => {
      const details = [
        ...(showArea ? [areaOf(ctx, e, lang)] : []),
        ...(e.responsible ? [plainText(e.responsible)] : []),
        statusText(e, lang),
        period(e, lang),
      ].filter((d) => d !== "");
      return `- ${plainText(e.activity)} (${details.join("; ")})`;
    }),
  ];
  const header = [
    t(lang, "Aktivitet", "Activity"),
    ...(showArea ? [t(lang, "Indsatsområde", "Focus area")] : []),
    t(lang, "Ansvarlig", "Responsible"),
    "Status",
    t(lang, "Periode", "Period"),
  ];
  const rows: Array<Array<string | Cell>> = found.map((e) => [
    plainText(e.activity),
    ...(showArea ? [areaOf(ctx, e, lang)] : []),
    e.responsible ? plainText(e.responsible) : "–",
    statusText(e, lang) || "–",
    period(e, lang) || "–",
  ]);
  return { text: lines.join("\n"), summary, body: found.length > 0 ? [table(header, rows)] : [], figures: true };
}
