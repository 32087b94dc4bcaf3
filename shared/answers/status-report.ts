/**
 * The yearly status report in a chat: its summary with the crime figures ("lav statusrapport for
 * 2015"), and what the tracker still lacks for it ("hvad mangler til statusrapporten?"). The
 * Teams bot adds the download link to the first itself (bot/reports/), since only it serves files.
 */
import type { Entities } from "../ask/types";
import { copenhagenDate, formatInstant } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { formatNumber } from "../format/numbers";
import { readinessHeadline, reportReadiness } from "../report/readiness";
import { statusReportSummary } from "../report/status-report";
import { reportYear } from "../report/year";
import { plainText } from "../text/plain-text";
import { table } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";
import { ragCell } from "./wording";

function outsidePeriod(year: number, first: number, last: number, lang: Lang): Composed {
  const text = t(
    lang,
    `Aftalen løber ${first}–${last}, så der er ingen statusrapport for ${year}.`,
    `The agreement runs ${first}–${last}, so there is no status report for ${year}.`,
  );
  return { text, body: [], figures: false, textOnly: true };
}

export function statusReportAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const { year, inPeriod, first, last } = reportYear(ctx.agreement, u.year, ctx.now);
  if (!inPeriod) return outsidePeriod(year, first, last, lang);
  const summary = statusReportSummary(ctx.agreement, ctx.tracker, year, lang, ctx.now);
  const title = t(lang, `Statusrapport ${year} (udkast)`, `Status report ${year} (draft)`);
  // The summary holds tracker text (areas as typed): in a chat it is plain text, never markdown.
  const text = plainText(summary.text);
  const rows = summary.crime.map((r) => [
    r.name,
    r.value === null ? "–" : formatNumber(r.value, lang),
    r.target === undefined ? "–" : formatNumber(r.target, lang),
    ragCell(r.rag, lang),
  ]);
  // One message: the card opens with the summary (the short answer), the figures below it.
  return {
    text: `${title}: ${text}`,
    summary: `${title}: ${text}`,
    body: [
      table([t(lang, "Gerningstype", "Offence category"), t(lang, "Anmeldelser", "Reports"), t(lang, "Måltal", "Target"), "Status"], rows),
    ],
    figures: true,
  };
}

export function reportReadinessAnswer(u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const { year, inPeriod, first, last } = reportYear(ctx.agreement, u.year, ctx.now);
  if (!inPeriod) return outsidePeriod(year, first, last, lang);
  const missing = reportReadiness(ctx.agreement, ctx.tracker, year, copenhagenDate(ctx.now));
  const intro = readinessHeadline(year, missing.length, lang);
  if (missing.length === 0) return { text: intro, color: "Good", body: [], figures: true };
  const place = (m: (typeof missing)[number]) => `${m.sheetName[lang]}${m.cell ? `!${m.cell}` : ""}`;
  return {
    // An activity's name is tracker text: plain text in a chat.
    text: [intro, ...missing.map((m) => `- ${place(m)}: ${plainText(m.text[lang])}`)].join("\n"),
    summary: intro,
    body: [
      table(
        [t(lang, "Ark", "Sheet"), t(lang, "Hvad mangler", "What is missing")],
        missing.map((m) => [place(m), plainText(m.text[lang])]),
      ),
    ],
    figures: true,
  };
}

/** The words beside a download link to the report's Word document, in a reply or a reminder. */
export function reportLinkWords(year: number, expiresAt: Date, lang: Lang): { line: string; button: string } {
  const until = formatInstant(expiresAt, lang);
  return {
    line: t(
      lang,
      `Hent udkastet som Word-dokument (linket virker til ${until}):`,
      `Download the draft as a Word document (the link works until ${until}):`,
    ),
    button: t(lang, `Hent statusrapport ${year} (Word)`, `Download status report ${year} (Word)`),
  };
}
