/** Answers on the two non-crime objectives: SSP activations and the safety index. */

import { safetyIndexIndicator, towardNormalIndicator } from "../agreement/lookup";
import type { ScaleLevelIndicator } from "../agreement/schema";
import type { Entities } from "../ask/types";
import { type Lang, t } from "../format/lang";
import { ragStatusWord } from "../format/rag-words";
import { latestFigureYear, scaleStatus, towardNormalStatus } from "../status";
import { foldDanish } from "../text/normalize";
import { factSet, heading, ragColor, textBlock } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";
import { n, signed } from "./wording";

function plain(text: string): Composed {
  return { text, body: [textBlock(text)], figures: false };
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
      t(
        lang,
        `Trackeren har endnu ingen tal for ${ind.name.da.toLowerCase()}.`,
        `The tracker has no figures yet for ${ind.name.en.toLowerCase()}.`,
      ),
    );
  const lines: string[] = [];
  let year = asked;
  if ((figures.get(asked) ?? null) === null) {
    lines.push(t(lang, `Der er endnu intet tal for ${asked}.`, `There is no figure for ${asked} yet.`));
    if (latest !== undefined) year = latestFigureYear(figures, asked) ?? latest;
  }
  const s = towardNormalStatus(ind, year, figures.get(year) ?? null);
  const unit = ind.unit[lang];
  if (s.actual !== null) {
    const normal = ind.normalLevel === undefined ? "" : ` (${n(ind.normalLevel, lang)})`;
    lines.push(
      t(
        lang,
        `${ind.name.da} ${year}: ${n(s.actual, lang)} ${unit} mod ${n(s.baseline, lang)} i ${s.baselineYear} (${signed(s.changeFromBaseline ?? 0, lang)}). Målet er et fald mod et normalt niveau${normal}: ${ragStatusWord(s.rag, lang).toLowerCase()}.`,
        `${ind.name.en} ${year}: ${n(s.actual, lang)} ${unit} against ${n(s.baseline, lang)} in ${s.baselineYear} (${signed(s.changeFromBaseline ?? 0, lang)}). The goal is a fall toward a normal level${normal}: ${ragStatusWord(s.rag, lang).toLowerCase()}.`,
      ),
    );
  }
  const byYear = [...figures.entries()].filter(([, v]) => v !== null && v !== undefined).sort(([a], [b]) => a - b);
  if (byYear.length > 1) lines.push(`${t(lang, "Pr. år", "By year")}: ${byYear.map(([y, v]) => `${y}: ${n(v ?? 0, lang)}`).join("; ")}.`);
  const body = [
    heading(`${ind.name[lang]} ${year}`),
    textBlock(ragStatusWord(s.rag, lang), { color: ragColor(s.rag), bold: true }),
    factSet([
      { title: t(lang, "Faktisk", "Actual"), value: s.actual === null ? "–" : `${n(s.actual, lang)} ${unit}` },
      { title: "Baseline", value: `${n(s.baseline, lang)} (${s.baselineYear})` },
      {
        title: t(lang, "Ændring siden baseline", "Change since baseline"),
        value: s.changeFromBaseline === null ? "–" : signed(s.changeFromBaseline, lang),
      },
      ...(ind.normalLevel === undefined ? [] : [{ title: t(lang, "Normalt niveau", "Normal level"), value: n(ind.normalLevel, lang) }]),
      { title: "Status", value: ragStatusWord(s.rag, lang) },
    ]),
    ...(byYear.length > 1 ? [factSet(byYear.map(([y, v]) => ({ title: String(y), value: n(v ?? 0, lang) })))] : []),
  ];
  return { text: lines.join("\n"), body, figures: true };
}

function levelId(ind: ScaleLevelIndicator, level: string): string | null {
  const folded = foldDanish(level);
  return (
    ind.scale.find((s) => foldDanish(s.id) === folded || foldDanish(s.name.da) === folded || foldDanish(s.name.en) === folded)?.id ?? null
  );
}

function levelName(ind: ScaleLevelIndicator, id: string | null, lang: Lang): string {
  return ind.scale.find((s) => s.id === id)?.name[lang] ?? t(lang, "ukendt", "unknown");
}

export function safetyIndexAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const ind = safetyIndexIndicator(ctx.agreement);
  if (!ind) return plain(t(lang, "Aftalen har ingen målsætning for tryghedsindekset.", "The agreement sets no safety-index objective."));
  const entries = ctx.tracker.safetyIndex;
  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
  const latest = years[years.length - 1];
  const goal = levelName(ind, ind.goal.atMost, lang);
  const goalLine = t(lang, `Målet er højst ${goal} senest i ${ind.goal.byYear}.`, `The goal is at most ${goal} by ${ind.goal.byYear}.`);
  if (latest === undefined)
    return plain(
      t(
        lang,
        `Trackeren har endnu ingen tal for ${ind.name.da.toLowerCase()}. ${goalLine}`,
        `The tracker has no ${ind.name.en.toLowerCase()} figures yet. ${goalLine}`,
      ),
    );
  const lines: string[] = [];
  let year = u.year ?? latest;
  if (!years.includes(year)) {
    lines.push(t(lang, `Der er endnu intet tal for ${year}.`, `There is no figure for ${year} yet.`));
    year = [...years].reverse().find((y) => y <= year) ?? latest;
  }
  const body = [heading(`${ind.name[lang]} ${year}`)];
  for (const entry of entries.filter((e) => e.year === year)) {
    const id = levelId(ind, entry.level);
    const s = scaleStatus(ind, year, id);
    const verdict =
      s.met === null
        ? t(lang, "ukendt niveau", "unknown level")
        : s.met
          ? t(lang, "nået", "met")
          : t(
              lang,
              `${s.stepsAboveGoal} ${s.stepsAboveGoal === 1 ? "niveau" : "niveauer"} over`,
              `${s.stepsAboveGoal} ${s.stepsAboveGoal === 1 ? "level" : "levels"} above`,
            );
    const area = entry.area ? ` (${entry.area})` : "";
    lines.push(
      t(
        lang,
        `${ind.name.da} ${year}${area}: behov for en ${levelName(ind, id, "da")} indsats. Målet er højst ${goal} senest i ${ind.goal.byYear}: ${verdict}.`,
        `${ind.name.en} ${year}${area}: need for ${levelName(ind, id, "en")} action. The goal is at most ${goal} by ${ind.goal.byYear}: ${verdict}.`,
      ),
    );
    body.push(
      textBlock(`${entry.area || ind.name[lang]}: ${ragStatusWord(s.rag, lang)}`, { color: ragColor(s.rag), bold: true }),
      factSet([
        { title: t(lang, "Behov for indsats", "Need for action"), value: levelName(ind, id, lang) },
        {
          title: t(lang, "Mål", "Goal"),
          value: t(lang, `højst ${goal} senest i ${ind.goal.byYear}`, `at most ${goal} by ${ind.goal.byYear}`),
        },
        { title: "Baseline", value: `${levelName(ind, ind.baseline.level, lang)} (${ind.baseline.year})` },
        { title: "Status", value: verdict },
      ]),
    );
  }
  return { text: lines.join("\n"), body, figures: true };
}
