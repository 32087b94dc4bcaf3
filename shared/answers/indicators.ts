/**
 * SSP's extraordinary activations against the 2012 baseline. The agreement's objective is that
 * they "skal falde hen imod et normalt niveau" and names no number for normal, so the answer
 * gives the count, the baseline and the direction, and never calls the objective met or missed.
 */

import { towardNormalIndicator } from "../agreement/lookup";
import type { Agreement, CountTowardNormalIndicator } from "../agreement/schema";
import type { Entities } from "../ask/types";
import { capitalised } from "../format/capitalised";
import { type Lang, t } from "../format/lang";
import { type Direction, latestFigureYear, towardNormalStatus } from "../status";
import { factSet, textBlock } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";
import { n, signed } from "./wording";

function plain(text: string): Composed {
  return { text, body: [], figures: false, textOnly: true };
}

/** "færre end i 2012" / "fewer than in 2012". */
export function directionText(direction: Direction, baselineYear: number, lang: Lang): string {
  switch (direction) {
    case "down":
      return t(lang, `færre end i ${baselineYear}`, `fewer than in ${baselineYear}`);
    case "same":
      return t(lang, `lige så mange som i ${baselineYear}`, `as many as in ${baselineYear}`);
    case "up":
      return t(lang, `flere end i ${baselineYear}`, `more than in ${baselineYear}`);
  }
}

/** The objective the indicator follows, in the agreement's words, when the agreement states it. */
export function objectiveFor(agreement: Agreement, indicatorId: string) {
  return agreement.objectives.find((o) => o.indicators.includes(indicatorId));
}

/** What the objective asks, and that no figure says when it is reached (unless the agreement names one). */
function objectiveLine(agreement: Agreement, ind: CountTowardNormalIndicator, lang: Lang): string {
  const objective = objectiveFor(agreement, ind.id);
  const asked = objective
    ? t(lang, `Målsætningen: »${objective.text.da}«`, `The objective: "${objective.text.en}"`)
    : t(lang, "Målsætningen er et fald hen imod et normalt niveau.", "The objective is a fall toward a normal level.");
  const judged =
    ind.normalLevel === undefined
      ? t(
          lang,
          "Aftalen sætter ikke tal på et normalt niveau, så tallet vurderes ikke som nået eller ikke nået.",
          "The agreement puts no number on a normal level, so the figure is not judged met or missed.",
        )
      : t(lang, `Aftalens normale niveau er ${ind.normalLevel}.`, `The agreement's normal level is ${ind.normalLevel}.`);
  return `${asked} ${judged}`;
}

export function sspAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const ind = towardNormalIndicator(ctx.agreement);
  if (!ind)
    return plain(t(lang, "Aftalen har ingen målsætning for SSP-aktiveringer.", "The agreement sets no objective for SSP activations."));
  const figures = ctx.tracker.sspActivations;
  const latest = latestFigureYear(figures);
  const asked = u.year ?? latest;
  if (asked === undefined)
    return plain(
      `${t(lang, `Trackeren har endnu ingen tal for ${ind.name.da.toLowerCase()}.`, `The tracker has no figures yet for ${ind.name.en.toLowerCase()}.`)} ${objectiveLine(ctx.agreement, ind, lang)}`,
    );
  const lines: string[] = [];
  let year = asked;
  let note: string | undefined;
  if ((figures.get(asked) ?? null) === null) {
    note = t(lang, `Der er endnu intet tal for ${asked}.`, `There is no figure for ${asked} yet.`);
    lines.push(note);
    if (latest !== undefined) year = latestFigureYear(figures, asked) ?? latest;
  }
  const s = towardNormalStatus(ind, year, figures.get(year) ?? null);
  const unit = ind.unit[lang];
  const direction = s.direction === null ? "" : directionText(s.direction, s.baselineYear, lang);
  let main: string | undefined;
  if (s.actual !== null) {
    const change = year === s.baselineYear ? "" : ` (${signed(s.changeFromBaseline ?? 0, lang)}, ${direction})`;
    main = t(
      lang,
      `${ind.name.da} ${year}: ${n(s.actual, lang)} ${unit} mod ${n(s.baseline, lang)} i ${s.baselineYear}${change}.`,
      `${ind.name.en} ${year}: ${n(s.actual, lang)} ${unit} against ${n(s.baseline, lang)} in ${s.baselineYear}${change}.`,
    );
    lines.push(main);
    if (s.atOrBelowNormal !== null)
      lines.push(
        s.atOrBelowNormal
          ? t(
              lang,
              `Det er på eller under aftalens normale niveau (${ind.normalLevel}).`,
              `That is at or below the agreement's normal level (${ind.normalLevel}).`,
            )
          : t(
              lang,
              `Det er over aftalens normale niveau (${ind.normalLevel}).`,
              `That is above the agreement's normal level (${ind.normalLevel}).`,
            ),
      );
  }
  lines.push(objectiveLine(ctx.agreement, ind, lang));
  const byYear = [...figures.entries()].filter(([, v]) => v !== null && v !== undefined).sort(([a], [b]) => a - b);
  if (byYear.length > 1) lines.push(`${t(lang, "Pr. år", "By year")}: ${byYear.map(([y, v]) => `${y}: ${n(v ?? 0, lang)}`).join("; ")}.`);
  const unitTitle = capitalised(unit);
  // One message: the card opens with the count and its direction (no colour: the objective is not judged).
  const body = [
    ...(note && main ? [textBlock(note, { subtle: true })] : []),
    factSet([
      { title: unitTitle, value: s.actual === null ? "–" : n(s.actual, lang) },
      { title: "Baseline", value: `${n(s.baseline, lang)} (${s.baselineYear})` },
      {
        title: t(lang, "Ændring siden baseline", "Change since baseline"),
        value: s.changeFromBaseline === null ? "–" : signed(s.changeFromBaseline, lang),
      },
      ...(ind.normalLevel === undefined ? [] : [{ title: t(lang, "Normalt niveau", "Normal level"), value: n(ind.normalLevel, lang) }]),
      {
        title: t(lang, "Målsætning", "Objective"),
        value:
          ind.normalLevel === undefined
            ? t(lang, "fald hen imod et normalt niveau (intet tal i aftalen)", "a fall toward a normal level (no number in the agreement)")
            : t(lang, `fald hen imod ${ind.normalLevel}`, `a fall toward ${ind.normalLevel}`),
      },
    ]),
    textBlock(objectiveLine(ctx.agreement, ind, lang), { subtle: true }),
    ...(byYear.length > 1 ? [factSet(byYear.map(([y, v]) => ({ title: String(y), value: n(v ?? 0, lang) })))] : []),
  ];
  return { text: lines.join("\n"), summary: main ?? note ?? `${ind.name[lang]} ${year}`, body, figures: true };
}
