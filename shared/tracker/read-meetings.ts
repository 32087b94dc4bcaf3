/**
 * The `Møder` (Meetings) sheet: one row per meeting of the steering group (styregruppe) or the
 * working group (arbejdsgruppe), with date, times, place, topic and status. Also checks each
 * finished year against the agreement's meeting cadence.
 */
import type { LocalizedText } from "../agreement/schema";
import { formatDate, formatTime } from "../format/dates";
import { cadenceForYear, type GroupCadence } from "../meetings";
import { toA1 } from "./a1";
import { cellText, isEmptyCell, parseDateCell, parseTimeCell } from "./cells";
import { cellAt, type ReadContext, rowAt, rowIsEmpty } from "./context";
import type { SheetRef } from "./issues";
import * as msg from "./messages";
import { matchHeaders, sheetSpec } from "./sheets";
import type { Grid, TrackerMeeting } from "./types";
import { groupTerms, meetingStatusTerms, suggestTerm, type Term, termMatcher } from "./vocabulary";

function unknownTerm<T extends string>(terms: readonly Term<T>[], text: string, what: LocalizedText): LocalizedText {
  const near = suggestTerm(terms, text);
  const listDa = terms.map((t) => t.name.da);
  const listEn = terms.map((t) => t.name.en);
  const orDa = `${listDa.slice(0, -1).join(", ")} eller ${listDa[listDa.length - 1]}`;
  const orEn = `${listEn.slice(0, -1).join(", ")} or ${listEn[listEn.length - 1]}`;
  return {
    da: `${msg.quote(text, "da")} er ikke en ${what.da}. Skriv ${orDa}.${near ? ` Mente du »${near.name.da}«?` : ""}`,
    en: `${msg.quote(text, "en")} is not a ${what.en}. Write ${orEn}.${near ? ` Did you mean "${near.name.en}"?` : ""}`,
  };
}

const groupNames: Record<GroupCadence["group"], { da: string; en: string }> = {
  steering: { da: "Styregruppen", en: "The steering group" },
  working: { da: "Arbejdsgruppen", en: "The working group" },
};

function meetingsWord(n: number, lang: "da" | "en"): string {
  if (lang === "da") return n === 1 ? "møde" : "møder";
  return n === 1 ? "meeting" : "meetings";
}

function checkCadence(ctx: ReadContext, sheet: SheetRef, meetings: readonly TrackerMeeting[]): void {
  if (meetings.length === 0) return;
  const first = Number(ctx.agreement.period.start.slice(0, 4));
  const last = Number(ctx.agreement.period.end.slice(0, 4));
  for (let year = first; year <= last; year++) {
    if (ctx.today <= `${year}-12-31`) break;
    for (const c of cadenceForYear(ctx.agreement, meetings, year, ctx.today)) {
      const who = groupNames[c.group];
      if (c.held < c.min) {
        ctx.issues.warning(sheet, undefined, undefined, "cadence-below-min", {
          da: `${who.da} holdt ${c.held} ${meetingsWord(c.held, "da")} i ${year}; aftalen siger mindst ${c.min} om året.`,
          en: `${who.en} held ${c.held} ${meetingsWord(c.held, "en")} in ${year}; the agreement says at least ${c.min} a year.`,
        });
      } else if (c.max !== undefined && c.held > c.max) {
        ctx.issues.warning(sheet, undefined, undefined, "cadence-above-max", {
          da: `${who.da} holdt ${c.held} møder i ${year}; aftalen siger højst ${c.max} om året.`,
          en: `${who.en} held ${c.held} meetings in ${year}; the agreement says at most ${c.max} a year.`,
        });
      }
    }
  }
}

export function readMeetings(ctx: ReadContext, sheet: SheetRef, grid: Grid): TrackerMeeting[] {
  const spec = sheetSpec("meetings");
  const { columns, missing } = matchHeaders("meetings", rowAt(grid, 0));
  for (const column of missing) {
    ctx.issues.error(sheet, 0, spec.columns.indexOf(column), "missing-header", msg.missingHeader(spec, column));
  }
  const dateCol = columns.get("date");
  const startCol = columns.get("start");
  const groupCol = columns.get("group");
  const statusCol = columns.get("status");
  if (dateCol === undefined || startCol === undefined || groupCol === undefined || statusCol === undefined) return [];
  const endCol = columns.get("end");
  const placeCol = columns.get("place");
  const topicCol = columns.get("topic");
  const used = [...columns.values()];
  const columnSpec = (key: string) => spec.columns.find((c) => c.key === key) ?? spec.columns[0];
  const matchGroup = termMatcher(groupTerms);
  const matchStatus = termMatcher(meetingStatusTerms);
  const groupWord = { da: "gruppe", en: "group" };
  const statusWord = { da: "mødestatus", en: "meeting status" };
  const lastYear = ctx.years.to + 1;
  const meetings: TrackerMeeting[] = [];

  for (let r = 1; r < grid.length; r++) {
    const row = rowAt(grid, r);
    if (!row || rowIsEmpty(row, used)) continue;
    let ok = true;
    const required = (col: number, key: string): boolean => {
      if (!isEmptyCell(row[col])) return true;
      const s = columnSpec(key);
      if (s) ctx.issues.error(sheet, r, col, "missing-value", msg.missingValue(s));
      ok = false;
      return false;
    };

    let date: string | undefined;
    if (required(dateCol, "date")) {
      date = parseDateCell(row[dateCol]);
      if (date === undefined) {
        ctx.issues.error(sheet, r, dateCol, "invalid-date", msg.invalidDate(cellText(row[dateCol])));
        ok = false;
      }
    }
    let start: string | undefined;
    if (required(startCol, "start")) {
      start = parseTimeCell(row[startCol]);
      if (start === undefined) {
        ctx.issues.error(sheet, r, startCol, "invalid-time", msg.invalidTime(cellText(row[startCol])));
        ok = false;
      }
    }
    let end: string | undefined;
    const endCell = cellAt(row, endCol);
    if (endCol !== undefined && !isEmptyCell(endCell)) {
      end = parseTimeCell(endCell);
      if (end === undefined) {
        ctx.issues.error(sheet, r, endCol, "invalid-time", msg.invalidTime(cellText(endCell)));
        ok = false;
      } else if (start !== undefined && end <= start) {
        ctx.issues.warning(sheet, r, endCol, "end-before-start", {
          da: `Mødet slutter kl. ${formatTime(end, "da")}, før eller samtidig med at det starter (kl. ${formatTime(start, "da")}).`,
          en: `The meeting ends at ${end}, not after it starts (${start}).`,
        });
      }
    }
    let group: Term<"steering" | "working"> | undefined;
    if (required(groupCol, "group")) {
      const text = cellText(row[groupCol]);
      group = matchGroup(text);
      if (!group) {
        ctx.issues.error(sheet, r, groupCol, "unknown-group", unknownTerm(groupTerms, text, groupWord));
        ok = false;
      }
    }
    let status: Term<"planned" | "held" | "cancelled"> | undefined;
    if (required(statusCol, "status")) {
      const text = cellText(row[statusCol]);
      status = matchStatus(text);
      if (!status) {
        ctx.issues.error(sheet, r, statusCol, "unknown-status", unknownTerm(meetingStatusTerms, text, statusWord));
        ok = false;
      }
    }
    if (!ok || date === undefined || start === undefined || !group || !status) continue;

    const year = Number(date.slice(0, 4));
    if (year < ctx.years.from || year > lastYear) {
      ctx.issues.warning(sheet, r, dateCol, "date-outside-period", {
        da: `${formatDate(date, "da")} ligger langt uden for aftalens periode (${ctx.years.from}–${ctx.years.to}). Er året skrevet rigtigt?`,
        en: `${formatDate(date, "en")} is far outside the agreement's period (${ctx.years.from}–${ctx.years.to}). Is the year right?`,
      });
    }
    if (status.id === "held" && date > ctx.today) {
      ctx.issues.warning(sheet, r, statusCol, "held-in-future", {
        da: `Mødet den ${formatDate(date, "da")} er markeret som afholdt, men datoen er ikke nået endnu (i dag er det ${formatDate(ctx.today, "da")}).`,
        en: `The meeting on ${formatDate(date, "en")} is marked held, but that date has not come yet (today is ${formatDate(ctx.today, "en")}).`,
      });
    } else if (status.id === "planned" && date < ctx.today) {
      ctx.issues.warning(sheet, r, statusCol, "planned-in-past", {
        da: `Mødet den ${formatDate(date, "da")} står stadig som planlagt, men datoen er passeret. Skriv Afholdt eller Aflyst.`,
        en: `The meeting on ${formatDate(date, "en")} is still marked planned, but the date has passed. Write Held or Cancelled.`,
      });
    }
    const meeting: TrackerMeeting = {
      date,
      start,
      group: group.id,
      status: status.id,
      source: { sheet: sheet.name, cell: toA1(r, dateCol) },
    };
    if (end !== undefined) meeting.end = end;
    const place = cellText(cellAt(row, placeCol));
    if (place) meeting.place = place;
    const topic = cellText(cellAt(row, topicCol));
    if (topic) meeting.topic = topic;
    meetings.push(meeting);
  }
  checkCadence(ctx, sheet, meetings);
  return meetings;
}
