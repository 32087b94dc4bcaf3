/**
 * The tracker's activities by the words of their names (shared/ask/activity-names.ts): inflected
 * as people write them, one activity only when it is the best match, never a word too common to
 * name one.
 */
import { describe, expect, it } from "vitest";
import { namedActivity } from "../../shared/ask/activity-names";
import type { ActivityEntry } from "../../shared/index";

function activity(name: string): ActivityEntry {
  return { focusArea: "", activity: name, responsible: "", start: null, end: null, status: "" };
}

const plan = [
  activity("Tryghedsvandringer to gange om året"),
  activity("Nyhedsbrev til beboerne hvert kvartal"),
  activity("Fritidsjob til unge på 13–17 år"),
  activity("Bedre belysning på stierne i Urbanplanen"),
  activity("Lektiecafé i Kvarterhuset"),
];

describe("activities named in a question", () => {
  it("finds an activity by an inflected word of its name", () => {
    expect(namedActivity(["tryghedsvandringerne"], plan)?.name).toBe("Tryghedsvandringer to gange om året");
    expect(namedActivity(["tryghedsvandring"], plan)?.name).toBe("Tryghedsvandringer to gange om året");
    expect(namedActivity(["nyhedsbrevet"], plan)?.name).toBe("Nyhedsbrev til beboerne hvert kvartal");
    expect(namedActivity(["belysningen"], plan)?.name).toBe("Bedre belysning på stierne i Urbanplanen");
    // A doubled consonant before the ending, and æ/ø/å and accents folded.
    expect(namedActivity(["fritidsjobbene"], plan)?.name).toBe("Fritidsjob til unge på 13–17 år");
    expect(namedActivity(["lektiecaféen"], plan)?.name).toBe("Lektiecafé i Kvarterhuset");
    expect(namedActivity(["LEKTIECAFEEN"], plan)?.name).toBe("Lektiecafé i Kvarterhuset");
  });

  it("says which of the message's words named it", () => {
    expect(namedActivity(["frokost", "nyhedsbrevet"], plan)).toEqual({
      name: "Nyhedsbrev til beboerne hvert kvartal",
      words: ["nyhedsbrevet"],
    });
  });

  it("names none for a word no activity has, or one too short or too common to name one", () => {
    expect(namedActivity(["sommerfesten"], plan)).toBeUndefined();
    expect(namedActivity(["beboerne"], plan)).toBeUndefined();
    expect(namedActivity(["unge"], plan)).toBeUndefined();
    expect(namedActivity(["kvartal"], plan)).toBeUndefined();
    expect(namedActivity([], plan)).toBeUndefined();
    expect(namedActivity(["nyhedsbrevet"], [])).toBeUndefined();
  });

  it("names none when two activities match equally well, and the better one when one matches more words", () => {
    const two = [activity("Nyhedsbrev om belysning"), activity("Nyhedsbrev om fritidsjob")];
    expect(namedActivity(["nyhedsbrevet"], two)).toBeUndefined();
    expect(namedActivity(["nyhedsbrevet", "belysningen"], two)?.name).toBe("Nyhedsbrev om belysning");
  });

  it("looks in the first 500 names only, and for the first 8 unknown words only: a bounded time whatever the workbook holds", () => {
    const filler = Array.from({ length: 500 }, (_, i) => activity(`Aktivitet ${i}`));
    expect(namedActivity(["nyhedsbrevet"], [...filler.slice(1), activity("Nyhedsbrev")])?.name).toBe("Nyhedsbrev");
    expect(namedActivity(["nyhedsbrevet"], [...filler, activity("Nyhedsbrev")])).toBeUndefined();
    const eight = Array.from({ length: 8 }, (_, i) => `ukendtord${"x".repeat(i)}`);
    expect(namedActivity([...eight.slice(1), "nyhedsbrevet"], plan)?.name).toBe("Nyhedsbrev til beboerne hvert kvartal");
    expect(namedActivity([...eight, "nyhedsbrevet"], plan)).toBeUndefined();
  });

  it("counts an activity with a row for each year once", () => {
    expect(namedActivity(["nyhedsbrevet"], [activity("Nyhedsbrev"), activity("Nyhedsbrev")])?.name).toBe("Nyhedsbrev");
  });
});
