/**
 * One vocabulary for the two meeting groups (shared/agreement/meeting-groups.ts): the questions,
 * the tracker's Gruppe column and every answer and reminder take their words from it.
 */
import { describe, expect, it } from "vitest";
import {
  agreementFacts,
  answerQuestion,
  bundledAgreement,
  groupWord,
  groupWordAtStart,
  type MeetingGroup,
  meetingGroupWords,
  readTracker,
  understand,
} from "../../shared/index";
import { context, NOW } from "../ask/fixtures";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager");
const groups: MeetingGroup[] = ["steering", "working"];

describe("the meeting-group vocabulary", () => {
  it("gives each form its words", () => {
    expect(groups.map((g) => groupWord(g, "name", "da"))).toEqual(["Styregruppe", "Arbejdsgruppe"]);
    expect(groups.map((g) => groupWord(g, "title", "en"))).toEqual(["Steering group", "Working group"]);
    expect(groups.map((g) => groupWord(g, "definite", "en"))).toEqual(["the steering group", "the working group"]);
    expect(groups.map((g) => groupWordAtStart(g, "definite", "en"))).toEqual(["The steering group", "The working group"]);
    expect(groups.map((g) => groupWordAtStart(g, "genitive", "da"))).toEqual(["Styregruppens", "Arbejdsgruppens"]);
    expect(groups.map((g) => groupWord(g, "meeting", "da"))).toEqual(["styregruppemøde", "arbejdsgruppemøde"]);
  });

  it("is what each answer says: a title in the cadence table, the name among the agreement's facts", () => {
    expect(answerQuestion("Hvor mange møder har vi holdt i år?", context()).text).toMatch(/^Styregruppen: \d+ afholdt/m);
    expect(answerQuestion("How many meetings this year?", context()).text).toMatch(/^Working group: \d+ held/m);
    expect(agreementFacts(amager, "da").map((f) => f.label)).toEqual(expect.arrayContaining(["Styregruppe", "Arbejdsgruppe"]));
    expect(answerQuestion("næste arbejdsgruppemøde", context()).text).toMatch(/^Næste arbejdsgruppemøde: /);
  });

  it("reads every word for a group in a question as that group", () => {
    for (const group of groups) {
      for (const lang of ["da", "en"] as const) {
        for (const word of meetingGroupWords[group].words[lang]) {
          const question = lang === "da" ? `Hvornår mødes ${word} næste gang?` : `When does the ${word} meet next?`;
          expect(understand(question, { now: NOW, agreement: amager }), question).toMatchObject({ intent: "next-meeting", group });
        }
      }
    }
  });

  it("reads the tracker's short forms only in a cell: in a question they are ordinary words", () => {
    expect(understand("Is the plan working?", { now: NOW, agreement: amager }).group).toBeUndefined();
    const rows = groups.flatMap((group) =>
      [
        meetingGroupWords[group].name.da,
        meetingGroupWords[group].name.en,
        ...meetingGroupWords[group].words.da,
        ...meetingGroupWords[group].words.en,
        ...meetingGroupWords[group].cellOnly,
      ].map((word) => ({ group, word })),
    );
    const grid = [
      ["Dato", "Start", "Gruppe", "Status"],
      ...rows.map((r, i) => [`2014-0${1 + (i % 9)}-1${i % 10}`, "09:00", r.word, "Afholdt"]),
    ];
    const { data, issues } = readTracker({ Møder: grid }, amager, { today: "2014-12-01" });
    expect(issues.filter((i) => i.code === "unknown-group")).toEqual([]);
    expect(data.meetings.map((m) => m.group)).toEqual(rows.map((r) => r.group));
  });
});
