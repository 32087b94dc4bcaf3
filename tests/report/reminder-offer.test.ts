/**
 * The yearly status-report reminder (1 May, to the steering group) offers the draft of the year
 * before by the same signed link as the chat answer; without links it is worded as before.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentStore, FileStorage, ReminderSubscriptions, Scheduler } from "../../bot/reminders/index";
import { ReportLinks } from "../../bot/reports/report-links";
import { bundledAgreement, parseLeadTimes, reminderMessage } from "../../shared/index";
import { address, cardWords, EditableTracker, RecordingSender, recordingLog, TestClock } from "../reminders/harness";

const amager = bundledAgreement("amager");

describe("the status-report reminder's offer", () => {
  it("words the reminder as before when the bot has no link to give", () => {
    if (!amager) throw new Error("no amager");
    const item = {
      kind: "status-report" as const,
      itemKey: "status-report|2016",
      entryKey: "status-report|2016#once",
      dueAt: new Date("2016-05-01T07:00:00Z"),
      group: "steering" as const,
      year: 2016,
      month: 5,
      covers: 2015,
      dueDate: "2016-05-31",
    };
    const plain = reminderMessage(item, { lang: "da", now: item.dueAt, agreement: amager });
    expect(plain.text).not.toContain("http");
    expect(plain.card.actions ?? []).toEqual([]);
    const offered = reminderMessage(item, {
      lang: "da",
      now: item.dueAt,
      agreement: amager,
      reportLink: (year) =>
        year === 2015 ? { url: "https://bot.example/reports/x", expiresAt: new Date("2016-05-08T07:00:00Z") } : undefined,
    });
    expect(offered.text.startsWith(plain.text)).toBe(true);
    expect(offered.text).toContain(
      "Hent udkastet som Word-dokument (linket virker til 8. maj 2016 kl. 9.00): https://bot.example/reports/x",
    );
    expect(offered.card.actions).toEqual([
      { type: "Action.OpenUrl", title: "Hent statusrapport 2015 (Word)", url: "https://bot.example/reports/x" },
    ]);
    // Posted as the card alone: the card keeps its title, text and facts, and shows the link's line
    // under them; the notification line is the deadline, without the link.
    expect(offered.card.body.slice(0, 3)).toEqual(plain.card.body);
    expect(offered.card.body[3]).toMatchObject({
      type: "TextBlock",
      text: "Hent udkastet som Word-dokument (linket virker til 8. maj 2016 kl. 9.00): https://bot.example/reports/x",
    });
    expect(offered.summary).toBe("Statusrapporten for 2015 skal være offentliggjort senest tirsdag den 31. maj 2016.");
    expect(offered.summary).toBe(plain.summary);
  });

  it("is posted on 1 May 2016 with a working link to the 2015 draft", async () => {
    const dir = mkdtempSync(join(tmpdir(), "report-reminder-"));
    const clock = new TestClock("2016-04-30T12:00:00+02:00");
    const tracker = new EditableTracker([]);
    const docs = new DocumentStore(new FileStorage(dir));
    const leadTimes = parseLeadTimes("1d");
    const log = recordingLog();
    const sender = new RecordingSender();
    const links = new ReportLinks({
      baseUrl: "https://partnerskab.example",
      clock,
      secret: "a-test-secret-of-more-than-32-characters",
      storage: async () => new FileStorage(dir),
    });
    const scheduler = new Scheduler({ docs, tracker, sender, clock, logger: log, leadTimes, tickSeconds: 30, reportLinks: links });
    const service = new ReminderSubscriptions({ docs, clock, leadTimes, tracker, logger: log });
    await service.subscribe(address("steering-chat"), { group: "steering", lang: "en" });
    await scheduler.tick();
    clock.set("2016-05-01T09:00:30+02:00");
    await scheduler.tick();
    const post = sender.sent.find((s) => cardWords(s.message).includes("status report"))?.message;
    // The card alone: the deadline as its notification line, the link on its button and in its last line.
    expect(post?.text).toBe("The status report for 2015 is due by Tuesday 31 May 2016.");
    const button = post?.card?.actions?.find((a) => a.type === "Action.OpenUrl");
    const url = typeof button?.url === "string" ? button.url : "";
    const linkLine = String(post?.card?.body.at(-1)?.text ?? "");
    expect(linkLine.startsWith("Download the draft as a Word document (the link works until ")).toBe(true);
    expect(linkLine.endsWith(`): ${url}`)).toBe(true);
    expect(url).toMatch(/\/reports\/2015\/en\/\d+\/[A-Za-z0-9_-]{43}\/status-report-2015\.docx$/);
    const [, , year, lang, expires, signature] = new URL(url).pathname.split("/");
    expect(await links.check({ year: year ?? "", lang: lang ?? "", expires: expires ?? "", signature: signature ?? "" })).toMatchObject({
      ok: true,
      year: 2015,
      lang: "en",
    });
  });
});
