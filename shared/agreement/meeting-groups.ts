/**
 * The words for the agreement's two meeting groups, the steering group (styregruppe) and the
 * working group (arbejdsgruppe): the one home of their names, their forms in a sentence, and
 * the spellings people use for them. Questions (shared/ask/lexicon.ts), the tracker's `Gruppe`
 * column (shared/tracker/vocabulary.ts) and every answer and reminder take their words from here.
 */

import { capitalised } from "../format/capitalised";
import type { Lang } from "../format/lang";
import type { LocalizedText, MeetingGroup } from "./schema";

/** How a group is named where it stands; each answer or reminder asks for the form it needs. */
export interface MeetingGroupForms {
  /** The tracker's drop-down word and the agreement's label: "Styregruppe" / "Steering group". */
  name: LocalizedText;
  /** As a table cell or a line's subject in an answer: "Styregruppen" / "Steering group". */
  title: LocalizedText;
  /** Inside a sentence: "styregruppen" / "the steering group". */
  definite: LocalizedText;
  /** Whose: "styregruppens" / "the steering group's". */
  genitive: LocalizedText;
  /** One of its meetings: "styregruppemøde" / "steering group meeting". */
  meeting: LocalizedText;
}

export type MeetingGroupForm = keyof MeetingGroupForms;

export interface MeetingGroupWords extends MeetingGroupForms {
  /**
   * What partners write for the group, in a question or a tracker cell (the reader of
   * questions also finds compounds such as "styregruppemødet" from these).
   */
  words: { da: readonly string[]; en: readonly string[] };
  /**
   * Short forms read only alone in a tracker cell: in a question "ag" or "working" is an
   * ordinary word, in the `Gruppe` column it can only mean the group.
   */
  cellOnly: readonly string[];
}

export const meetingGroupWords: Readonly<Record<MeetingGroup, MeetingGroupWords>> = {
  steering: {
    name: { da: "Styregruppe", en: "Steering group" },
    title: { da: "Styregruppen", en: "Steering group" },
    definite: { da: "styregruppen", en: "the steering group" },
    genitive: { da: "styregruppens", en: "the steering group's" },
    meeting: { da: "styregruppemøde", en: "steering group meeting" },
    words: {
      da: ["styregruppe", "styregruppen", "styregruppens", "styregrupper"],
      en: ["steering group", "steering committee", "steering"],
    },
    cellOnly: ["styregruppemøde", "sg"],
  },
  working: {
    name: { da: "Arbejdsgruppe", en: "Working group" },
    title: { da: "Arbejdsgruppen", en: "Working group" },
    definite: { da: "arbejdsgruppen", en: "the working group" },
    genitive: { da: "arbejdsgruppens", en: "the working group's" },
    meeting: { da: "arbejdsgruppemøde", en: "working group meeting" },
    words: {
      da: ["arbejdsgruppe", "arbejdsgruppen", "arbejdsgruppens", "arbejdsgrupper"],
      en: ["working group", "work group", "workgroup"],
    },
    cellOnly: ["arbejdsgruppemøde", "ag", "working"],
  },
};

/** A group's word in the form and language asked for: groupWord("steering", "definite", "en") = "the steering group". */
export function groupWord(group: MeetingGroup, form: MeetingGroupForm, lang: Lang): string {
  return meetingGroupWords[group][form][lang];
}

/** The same at the start of a sentence: "Styregruppen" / "The steering group". */
export function groupWordAtStart(group: MeetingGroup, form: MeetingGroupForm, lang: Lang): string {
  return capitalised(groupWord(group, form, lang));
}

/** Every spelling a tracker cell may hold for the group, besides its names and id. */
export function groupCellAliases(group: MeetingGroup): string[] {
  const { words, cellOnly } = meetingGroupWords[group];
  return [...words.da, ...words.en, ...cellOnly];
}
