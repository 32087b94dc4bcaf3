/**
 * The `Møder` (Meetings) sheet: one row per meeting of the steering group (styregruppe) or the
 * working group (arbejdsgruppe), with date, times, place, topic and status. Also checks each
 * finished year against the agreement's meeting cadence.
 */
import { illustrativeMark } from "../agreement/lookup";
import { groupWordAtStart } from "../agreement/meeting-groups";
import { firstAgreementYear, lastAgreementYear } from "../agreement/period";
import type { LocalizedText, MeetingGroup } from "../agreement/schema";
import { formatDate, formatTime } from "../format/dates";
import { meetingGroups } from "../meetings";
import { columnLetter } from "./a1";
import { cellText, isEmptyCell, memoizedCellParser, parseDateCell, parseTimeCell } from "./cells";
import { cellAt, type ReadContext, type Row, rowAt, rowIsEmpty } from "./context";
import type { SheetRef } from "./issues";
import * as msg from "./messages";
import { matchHeaders, type SheetLayout } from "./sheet-spec";
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

const GROUP_WORD: LocalizedText = { da: "gruppe", en: "group" };
const STATUS_WORD: LocalizedText = { da: "mødestatus", en: "meeting status" };

/** True when the cell has a value; otherwise reports it as missing. (A plain function, not a per-row closure: this runs for every row.) */
function present(ctx: ReadContext, sheet: SheetRef, row: Row, r: number, col: number, spec: SheetLayout, key: string): boolean {
  if (!isEmptyCell(row[col])) return true;
  const column = spec.columns.find((c) => c.key === key);
  if (column) ctx.issues.error(sheet, r, col, "missing-value", msg.missingValue(column));
  return false;
}

function meetingsWord(n: number, lang: "da" | "en"): string {
  if (lang === "da") return n === 1 ? "møde" : "møder";
  return n === 1 ? "meeting" : "meetings";
}

/** The year of a YYYY-MM-DD date, read from its digits without making a new string. */
function yearOf(date: string): number {
  return (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
}

/** Held meetings per year and group, counted in one pass (the list may be long). */
function heldByYear(meetings: readonly TrackerMeeting[]): Map<number, Record<MeetingGroup, number>> {
  const held = new Map<number, Record<MeetingGroup, number>>();
  for (const m of meetings) {
    if (m.status !== "held") continue;
    const year = yearOf(m.date);
    let counts = held.get(year);
    if (!counts) {
      counts = { steering: 0, working: 0 };
      held.set(year, counts);
    }
    counts[m.group]++;
  }
  return held;
}

/** Each finished year of the agreement against its cadence (as cadenceForYear counts held meetings). */
function checkCadence(ctx: ReadContext, sheet: SheetRef, meetings: readonly TrackerMeeting[]): void {
  if (meetings.length === 0) return;
  const held = heldByYear(meetings);
  const first = firstAgreementYear(ctx.agreement);
  const last = lastAgreementYear(ctx.agreement);
  for (let year = first; year <= last; year++) {
    if (ctx.today <= `${year}-12-31`) break;
    for (const group of meetingGroups) {
      const rule = ctx.agreement.cadence[group];
      const n = held.get(year)?.[group] ?? 0;
      const who = { da: groupWordAtStart(group, "definite", "da"), en: groupWordAtStart(group, "definite", "en") };
      const example = { da: illustrativeMark(ctx.agreement, "cadence", "da"), en: illustrativeMark(ctx.agreement, "cadence", "en") };
      if (n < rule.min) {
        ctx.issues.warning(sheet, undefined, undefined, "cadence-below-min", {
          da: `${who.da} afholdt ${n} ${meetingsWord(n, "da")} i ${year}; ifølge aftalen mindst ${rule.min} gange om året${example.da}.`,
          en: `${who.en} held ${n} ${meetingsWord(n, "en")} in ${year}; the agreement says at least ${rule.min} times a year${example.en}.`,
        });
      } else if (rule.max !== undefined && n > rule.max) {
        ctx.issues.warning(sheet, undefined, undefined, "cadence-above-max", {
          da: `${who.da} afholdt ${n} møder i ${year}; ifølge aftalen højst ${rule.max} gange om året${example.da}.`,
          en: `${who.en} held ${n} meetings in ${year}; the agreement says at most ${rule.max} times a year${example.en}.`,
        });
      }
    }
  }
}

export function readMeetings(ctx: ReadContext, sheet: SheetRef, grid: Grid, spec: SheetLayout): TrackerMeeting[] {
  const { columns, missing } = matchHeaders(spec, rowAt(grid, 0));
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
  const matchGroup = termMatcher(groupTerms);
  const matchStatus = termMatcher(meetingStatusTerms);
  const readDate = memoizedCellParser(parseDateCell);
  const readTime = memoizedCellParser(parseTimeCell);
  // Plain string comparison of YYYY-MM-DD dates: no per-row slicing.
  const firstDate = `${ctx.years.from}-01-01`;
  const lastDate = `${ctx.years.to + 1}-12-31`;
  const dateLetter = columnLetter(dateCol);
  const meetings: TrackerMeeting[] = [];

  for (let r = 1; r < grid.length; r++) {
    const row = rowAt(grid, r);
    if (!row || rowIsEmpty(row, used)) continue;
    let ok = true;

    let date: string | undefined;
    if (present(ctx, sheet, row, r, dateCol, spec, "date")) {
      date = readDate(row[dateCol]);
      if (date === undefined) ctx.issues.error(sheet, r, dateCol, "invalid-date", msg.invalidDate(cellText(row[dateCol])));
    }
    let start: string | undefined;
    if (present(ctx, sheet, row, r, startCol, spec, "start")) {
      start = readTime(row[startCol]);
      if (start === undefined) ctx.issues.error(sheet, r, startCol, "invalid-time", msg.invalidTime(cellText(row[startCol])));
    }
    let end: string | undefined;
    const endCell = cellAt(row, endCol);
    if (endCol !== undefined && !isEmptyCell(endCell)) {
      end = readTime(endCell);
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
    if (present(ctx, sheet, row, r, groupCol, spec, "group")) {
      const text = cellText(row[groupCol]);
      group = matchGroup(text);
      if (!group) ctx.issues.error(sheet, r, groupCol, "unknown-group", unknownTerm(groupTerms, text, GROUP_WORD));
    }
    let status: Term<"planned" | "held" | "cancelled"> | undefined;
    if (present(ctx, sheet, row, r, statusCol, spec, "status")) {
      const text = cellText(row[statusCol]);
      status = matchStatus(text);
      if (!status) ctx.issues.error(sheet, r, statusCol, "unknown-status", unknownTerm(meetingStatusTerms, text, STATUS_WORD));
    }
    if (!ok || date === undefined || start === undefined || !group || !status) continue;

    if (date < firstDate || date > lastDate) {
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
        da: `Mødet den ${formatDate(date, "da")} står stadig som planlagt, men datoen er passeret. Skriv »Afholdt« eller »Aflyst«.`,
        en: `The meeting on ${formatDate(date, "en")} is still marked planned, but the date has passed. Write "Held" or "Cancelled".`,
      });
    }
    const meeting: TrackerMeeting = {
      date,
      start,
      group: group.id,
      status: status.id,
      source: { sheet: sheet.name, cell: dateLetter + (r + 1) },
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
