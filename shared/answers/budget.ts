/**
 * The money: the amount set aside per year by the agreement, and the tracker's allocated and
 * spent. A line the agreement words for a span of years (Amager's secretariat) is quoted as
 * worded, beside the yearly amounts and never added to them.
 */

import type { Entities } from "../ask/types";
import { allocationForYear, budgetSummary, spanningBudgetText } from "../budget";
import { type Lang, t } from "../format/lang";
import { formatKr } from "../format/numbers";
import { type Cell, table, textBlock } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";

export function budgetAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const summary = budgetSummary(ctx.agreement);
  const trackerByYear = new Map(ctx.tracker.budget.map((b) => [b.year, b]));
  let years = [...new Set([...summary.byYear.map((y) => y.year), ...trackerByYear.keys()])].sort((a, b) => a - b);
  const lines: string[] = [];
  if (u.year !== undefined) {
    if (years.includes(u.year)) years = [u.year];
    else lines.push(t(lang, `Der er ingen bevilling for ${u.year}.`, `There is no allocation for ${u.year}.`));
  }
  const title = t(lang, `Økonomi – ${ctx.agreement.name.da}`, `Budget – ${ctx.agreement.name.en}`);
  lines.push(`${title}:`);
  const cells: Array<Array<string | Cell>> = [];
  let usesTracker = false;
  for (const year of years) {
    const row = trackerByYear.get(year);
    const fromAgreement = allocationForYear(ctx.agreement, year);
    const allocated = row?.allocatedKr ?? (fromAgreement > 0 ? fromAgreement : null);
    const spent = row?.spentKr ?? null;
    if (row) usesTracker = true;
    const remaining = allocated !== null && spent !== null ? allocated - spent : null;
    const parts = [
      allocated === null
        ? t(lang, "ingen bevilling", "no allocation")
        : t(lang, `bevilget ${formatKr(allocated, lang)}`, `allocated ${formatKr(allocated, lang)}`),
    ];
    if (spent !== null) parts.push(t(lang, `forbrugt ${formatKr(spent, lang)}`, `spent ${formatKr(spent, lang)}`));
    if (remaining !== null) {
      parts.push(
        remaining >= 0
          ? t(lang, `tilbage ${formatKr(remaining, lang)}`, `remaining ${formatKr(remaining, lang)}`)
          : t(lang, `overskredet med ${formatKr(-remaining, lang)}`, `overspent by ${formatKr(-remaining, lang)}`),
      );
    }
    lines.push(`${year}: ${parts.join(", ")}`);
    cells.push([
      String(year),
      allocated === null ? "–" : formatKr(allocated, lang),
      spent === null ? "–" : formatKr(spent, lang),
      remaining === null ? "–" : { text: formatKr(remaining, lang), color: remaining < 0 ? "Attention" : "Good" },
    ]);
  }
  const extra: string[] = [];
  if (years.length > 1) {
    const first = summary.byYear[0]?.year;
    const last = summary.byYear[summary.byYear.length - 1]?.year;
    const span = first !== undefined && last !== undefined && first !== last ? `, ${first}–${last}` : "";
    if (summary.totalKr > 0)
      extra.push(
        t(
          lang,
          `I alt ifølge aftalen${span}: ${formatKr(summary.totalKr, lang)}`,
          `Total under the agreement${span}: ${formatKr(summary.totalKr, lang)}`,
        ),
      );
    for (const line of summary.spanning) extra.push(spanningBudgetText(line, lang));
  }
  lines.push(...extra);
  const header = [t(lang, "År", "Year"), t(lang, "Bevilget", "Allocated"), t(lang, "Forbrugt", "Spent"), t(lang, "Tilbage", "Remaining")];
  const body = [...(cells.length ? [table(header, cells)] : []), ...extra.map((x) => textBlock(x))];
  // One year: its line is the answer; several: the title, with the table below.
  const only = years.length === 1 ? lines[lines.length - 1 - extra.length] : undefined;
  return { text: lines.join("\n"), summary: only ?? title, body, figures: usesTracker };
}
