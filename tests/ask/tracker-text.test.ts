/**
 * Text from a tracker is text in Teams (issue 15): a meeting topic such as
 * `[klik](https://…) <img src=x onerror=…>` reaches an answer's text and card, and a reminder,
 * escaped (plainText), never as a link or a tag; ordinary text is unchanged. An agreement file
 * (which a tracker may name) cannot carry markup in what the answers show.
 */
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import { recordingLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import {
  answerQuestion,
  defaultReminderDates,
  fromCopenhagen,
  parseAgreement,
  parseLeadTimes,
  plainText,
  reminderMessage,
  type TrackerData,
  timedItems,
} from "../../shared/index";
import { copySampleTracker, DEMO_NOW, setCell } from "../bot/bot-fixtures";
import { askOverHttp, cardOf } from "../helpers/activities";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestBot } from "../helpers/test-bot";
import { amager, tracker } from "./fixtures";

const HOSTILE = "[klik](https://evil.example/login) <img src=x onerror=alert(document.cookie)>";
const ESCAPED = "\\[klik\\](https://evil.example/login) &lt;img src=x onerror=alert(document.cookie)&gt;";

/** Markup that would act in Teams: a markdown link or image, or an HTML tag. */
const ACTIVE = /(?<!\\)\[[^\]]*(?<!\\)\]\(|<img|<a\b|<script/i;

describe("plainText", () => {
  it("escapes the issue's example so it shows as typed", () => {
    expect(plainText(HOSTILE)).toBe(ESCAPED);
    expect(plainText(HOSTILE)).not.toMatch(ACTIVE);
  });

  it("leaves ordinary tracker text alone", () => {
    for (const text of [
      "Københavns Rådhus, værelse 52",
      "Status på tryghedsplanen",
      "Budget 2016 (udkast)",
      "Hørgården 1. sal – mødelokale 3",
      "50 % færre indbrud!",
      "Q&A med politiet",
    ]) {
      expect(plainText(text)).toBe(text);
    }
  });

  it("makes one line of it, and starts no list or heading", () => {
    expect(plainText("Budget\n# Overskrift\r\n- punkt")).toBe("Budget # Overskrift  - punkt");
    expect(plainText("- punkt")).toBe("\\- punkt");
    expect(plainText("1. punkt")).toBe("1\\. punkt");
    expect(plainText("## stor")).toBe("\\## stor");
    expect(plainText("**fed** _kursiv_ ~streg~ `kode` \\")).toBe("\\*\\*fed\\*\\* \\_kursiv\\_ \\~streg\\~ \\`kode\\` \\\\");
  });
});

describe("answers and reminders from a tracker with markup in its cells", () => {
  const hostile: TrackerData = {
    ...tracker,
    meetings: tracker.meetings.map((m) => (m.date === "2015-10-06" ? { ...m, topic: HOSTILE, place: "<b>Rådhuset</b>\n- hal 2" } : m)),
    safetyIndex: tracker.safetyIndex.map((e) => ({ ...e, area: "[Distrikt 29](https://evil.example)" })),
    activities: tracker.activities.map((a, i) => (i === 0 ? { ...a, activity: HOSTILE, status: "<i>snart</i>" } : a)),
    // Two years of the same area, so the answers show its share and its change.
    safetySurvey: [
      { year: 2015, area: HOSTILE, sharePercent: 27 },
      { year: 2016, area: HOSTILE, sharePercent: 24 },
    ],
  };
  const now = fromCopenhagen({ year: 2015, month: 9, day: 1, hour: 9, minute: 0 });

  it("the next meeting's answer shows the topic and place escaped, in the text and in the card", () => {
    const answer = answerQuestion("Hvornår er næste styregruppemøde?", { agreement: amager, tracker: hostile, now, lang: "da" });
    expect(answer.text).toContain(`Emne: ${ESCAPED}.`);
    expect(answer.text).toContain("Sted: &lt;b&gt;Rådhuset&lt;/b&gt; - hal 2.");
    expect(answer.text).not.toMatch(ACTIVE);
    const card = JSON.stringify(answer.card);
    expect(card).not.toMatch(ACTIVE);
    expect(card).toContain(JSON.stringify(ESCAPED).slice(1, -1));
  });

  it("the safety index answer shows the area escaped", () => {
    const answer = answerQuestion("Hvordan går det med tryghedsindekset?", { agreement: amager, tracker: hostile, now, lang: "da" });
    expect(answer.text).toContain("\\[Distrikt 29\\](https://evil.example)");
    expect(`${answer.text}${JSON.stringify(answer.card)}`).not.toMatch(ACTIVE);
  });

  it("the safety survey answer shows the area escaped, in the text and in the card's table", () => {
    const answer = answerQuestion("Hvor stor er andelen af utrygge?", { agreement: amager, tracker: hostile, now, lang: "da" });
    expect(answer.text).toContain(`24 % i ${ESCAPED} (−3 procentpoint fra 2015)`);
    expect(answer.text).not.toMatch(ACTIVE);
    const card = JSON.stringify(answer.card);
    expect(card).not.toMatch(ACTIVE);
    expect(card).toContain(JSON.stringify(ESCAPED).slice(1, -1));
  });

  it("the safety index answer for a year after the index shows the survey's area escaped", () => {
    const answer = answerQuestion("Hvordan går det med tryghedsindekset i 2016?", { agreement: amager, tracker: hostile, now, lang: "da" });
    expect(answer.text).toContain(`24 % i ${ESCAPED}`);
    expect(`${answer.text}${JSON.stringify(answer.card)}`).not.toMatch(ACTIVE);
  });

  it("the objectives answer shows the index's and the survey's areas escaped", () => {
    const answer = answerQuestion("Hvad er partnerskabets målsætninger?", { agreement: amager, tracker: hostile, now, lang: "en" });
    expect(answer.text).toContain("\\[Distrikt 29\\](https://evil.example)");
    expect(answer.text).toContain(`24% in ${ESCAPED}`);
    expect(`${answer.text}${JSON.stringify(answer.card)}`).not.toMatch(ACTIVE);
  });

  it("a month's meetings show the topic and place escaped, in the text and in the card", () => {
    const answer = answerQuestion("Hvad blev der drøftet på styregruppemødet i oktober?", {
      agreement: amager,
      tracker: hostile,
      now,
      lang: "da",
    });
    expect(answer.intent).toBe("meeting-on-date");
    expect(answer.text).toContain(ESCAPED);
    expect(answer.text).toContain("&lt;b&gt;Rådhuset&lt;/b&gt; - hal 2");
    expect(`${answer.text}${JSON.stringify(answer.card)}`).not.toMatch(ACTIVE);
    expect(JSON.stringify(answer.card)).toContain(JSON.stringify(ESCAPED).slice(1, -1));
  });

  it("the safety plan's activities show an activity's name and status escaped, in the text and in the card", () => {
    const answer = answerQuestion("Hvilke aktiviteter er der i tryghedsplanen?", { agreement: amager, tracker: hostile, now, lang: "da" });
    expect(answer.intent).toBe("activities");
    expect(answer.text).toContain(ESCAPED);
    expect(answer.text).toContain("&lt;i&gt;snart&lt;/i&gt;");
    expect(`${answer.text}${JSON.stringify(answer.card)}`).not.toMatch(ACTIVE);
    expect(JSON.stringify(answer.card)).toContain(JSON.stringify(ESCAPED).slice(1, -1));
  });

  it("one activity asked for by a word of its hostile name shows it escaped, in the text and in the card", () => {
    // The first activity's name is HOSTILE; its word "klik" is too short to name it, "evil" too: the
    // second one ("Lektiecafé i Kvarterhuset") is asked for, beside a hostile third name.
    const named: TrackerData = {
      ...hostile,
      activities: hostile.activities.map((a, i) => (i === 1 ? { ...a, activity: `Lektiecafé ${HOSTILE}`, responsible: "<b>BUF</b>" } : a)),
    };
    const answer = answerQuestion("Hvem står for lektiecaféen?", { agreement: amager, tracker: named, now, lang: "da" });
    expect(answer.intent).toBe("activities");
    expect(answer.text).toContain(`Lektiecafé ${ESCAPED} –`);
    expect(answer.text).toContain("ansvarlig: &lt;b&gt;BUF&lt;/b&gt;");
    expect(`${answer.text}${JSON.stringify(answer.card)}`).not.toMatch(ACTIVE);
  });

  it("a reminder of the meeting shows them escaped, in its text and its card", () => {
    const [item] = timedItems(
      { agreement: amager, tracker: hostile, leadTimes: parseLeadTimes("7d"), dates: defaultReminderDates },
      new Date("2015-09-28T00:00:00Z"),
      new Date("2015-10-06T00:00:00Z"),
    ).map((x) => x.item);
    if (!item) throw new Error("the meeting of 6 October should be due for its 7-day reminder");
    const message = reminderMessage(item, { lang: "en", now: item.dueAt, agreement: amager });
    expect(message.text).toContain(`Topic: ${ESCAPED}.`);
    expect(`${message.text}${JSON.stringify(message.card)}`).not.toMatch(ACTIVE);
  });
});

describe("over HTTP, as Teams gets it", () => {
  it("a topic typed into the workbook reaches the reply's text and card escaped", async () => {
    const connector = await FakeConnector.start();
    const path = copySampleTracker();
    await setCell(path, "Møder", "F38", HOSTILE); // the next meeting after the demo date: 6 September 2016
    const clock = new ManualClock(DEMO_NOW);
    const logger = recordingLogger();
    const bot = await startTestBot({ clock, logger, tracker: new FileTrackerSource({ path, clock, logger }) });
    try {
      const text = await askOverHttp(bot.url, connector, "Hvornår er næste møde?", "conv-markup");
      expect(text).not.toMatch(ACTIVE);
      const reply = connector.received.find((r) => r.conversationId === "conv-markup");
      expect(JSON.stringify(reply?.activity.attachments ?? [])).not.toMatch(ACTIVE);
      // One message: the topic is shown in the card's facts, under »Emne«, escaped.
      const facts = (cardOf(reply?.activity ?? {})?.body ?? []).flatMap((e) => (e.facts as Array<{ title: string; value: string }>) ?? []);
      expect(facts).toContainEqual({ title: "Emne", value: ESCAPED });
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});

describe("an agreement file", () => {
  it("cannot carry markdown or HTML in a name the answers show", () => {
    const withName = (name: string) =>
      parseAgreement({ ...amager, categories: amager.categories.map((c, i) => (i === 0 ? { ...c, name: { da: name, en: "x" } } : c)) });
    for (const name of ["[klik](https://evil.example)", "<img src=x>", "**Indbrud**", "Indbrud\nNy linje"]) {
      const parsed = withName(name);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems[0]?.field).toBe("categories[0].name.da");
    }
    expect(withName("Indbrud & tyveri (alle typer)").ok).toBe(true);
  });
});
