/**
 * The scheduler over a real FileStorage with a hand-moved clock: restarts, a 6-hour outage,
 * a crash mid-post, cancelled and moved meetings, failed sends, concurrent schedulers.
 */
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Ledger } from "../../bot/reminders/ledger";
import { DocumentStore, SUBSCRIPTIONS_KEY } from "../../bot/reminders/store";
import { FileStorage, StorageCorruptError } from "../../bot/storage/file-storage";
import { activityFor } from "../../bot/teams/address";
import { copenhagenDate, type Meeting } from "../../shared/index";
import { healthyYear, meeting } from "./fixtures";
import { address, cardWords, EditableTracker, rig, TestClock, yearlyInDecember } from "./harness";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "partnerskab-reminders-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Tuesday 6 October 2015 9.00 summer time = 07:00Z; its 1d reminder is due 2015-10-05T07:00Z.
const budgetMeeting = meeting("2015-10-06", "09:00", { group: "steering", topic: "Budget 2016", place: "Hørgården 1" });
/** A year within its cadence with nothing from September to November but what the test adds. */
const tracker = (extra: Meeting[]) =>
  new EditableTracker([
    ...["01-20", "03-10", "05-12", "06-16", "08-18"].map((d) => meeting(`2015-${d}`, "13:00", { status: "held" })),
    meeting("2015-12-01", "13:00"),
    meeting("2015-02-03", "09:00", { group: "steering", status: "held" }),
    meeting("2015-12-08", "09:00", { group: "steering" }),
    ...extra,
  ]);

/** Ticks every `step` seconds from `from` to `to` (inclusive), like the interval would. */
async function tickThrough(r: { scheduler: { tick(): Promise<unknown> } }, clock: TestClock, from: string, to: string, step = 30) {
  clock.set(from);
  while (clock.now().getTime() <= Date.parse(to)) {
    await r.scheduler.tick();
    clock.advance(step);
  }
}

describe("scheduler", () => {
  it("posts the 1d reminder once at its time; a restarted scheduler on the same storage posts nothing again", async () => {
    const clock = new TestClock("2015-10-05T06:58:00Z");
    const t = tracker([budgetMeeting]);
    const first = rig(new FileStorage(dir), clock, t, "1d", undefined, yearlyInDecember);
    await first.service.subscribe(address("19:team@thread.tacv2;messageid=42"), { lang: "da" });
    await tickThrough(first, clock, "2015-10-05T06:58:00Z", "2015-10-05T06:59:30Z");
    expect(first.sender.sent).toHaveLength(0);
    await tickThrough(first, clock, "2015-10-05T07:00:00Z", "2015-10-05T07:01:00Z");
    expect(first.sender.sent).toHaveLength(1);
    const msg = first.sender.sent[0]?.message;
    // The card alone (no text above it): its words once, the first sentence as the notification line.
    expect(msg && cardWords(msg)).toBe(
      "Styregruppen mødes tirsdag den 6. oktober 2015 kl. 9.00 (i morgen). Sted: Hørgården 1. Emne: Budget 2016.",
    );
    expect(msg?.text).toBe("Styregruppen mødes tirsdag den 6. oktober 2015 kl. 9.00 (i morgen).");
    expect(msg?.card?.body[0]).toMatchObject({ text: "Påmindelse: møde i styregruppen" });
    expect(msg?.card?.version).toBe("1.5");
    expect(first.sender.sent[0]?.address.conversationId).toBe("19:team@thread.tacv2;messageid=42");

    // A new process: new storage object, new scheduler, same folder.
    const second = rig(new FileStorage(dir), clock, t, "1d", undefined, yearlyInDecember);
    await tickThrough(second, clock, "2015-10-05T07:01:30Z", "2015-10-05T07:05:00Z");
    // Restarted with the clock set back (PARTNERSKAB_NOW again): the window does not reopen.
    const third = rig(new FileStorage(dir), clock, t, "1d", undefined, yearlyInDecember);
    await tickThrough(third, clock, "2015-10-05T06:59:50Z", "2015-10-05T07:02:00Z", 10);
    expect(second.sender.sent).toHaveLength(0);
    expect(third.sender.sent).toHaveLength(0);
  });

  it("never posts twice even if the stored last tick is lost: the ledger alone stops it", async () => {
    const clock = new TestClock("2015-10-05T06:59:40Z");
    const t = tracker([budgetMeeting]);
    const first = rig(new FileStorage(dir), clock, t, "1d", undefined, yearlyInDecember);
    await first.service.subscribe(address("chat-1"), { lang: "en" });
    await tickThrough(first, clock, "2015-10-05T06:59:40Z", "2015-10-05T07:00:10Z");
    expect(first.sender.sent.map((s) => cardWords(s.message))).toEqual([
      "The steering group meets on Tuesday 6 October 2015 at 09:00 (tomorrow). Place: Hørgården 1. Topic: Budget 2016.",
    ]);
    await new FileStorage(dir).delete(["reminders/scheduler"]);
    const second = rig(new FileStorage(dir), clock, t, "1d", undefined, yearlyInDecember);
    await tickThrough(second, clock, "2015-10-05T07:00:40Z", "2015-10-05T07:02:00Z");
    expect(second.sender.sent).toHaveLength(0);
  });

  it("an entry a crash left claimed is not posted again, and is logged", async () => {
    const clock = new TestClock("2015-10-05T06:59:40Z");
    const t = tracker([budgetMeeting]);
    const r = rig(new FileStorage(dir), clock, t, "1d", undefined, yearlyInDecember);
    await r.service.subscribe(address("chat-1"), { lang: "da" });
    await r.scheduler.tick();
    // What a process that died between claim and post leaves behind:
    await new Ledger(new DocumentStore(new FileStorage(dir))).claim(
      "chat-1",
      [{ entryKey: "meeting|steering|2015-10-06|09:00|budget 2016#1d", kind: "meeting", dueAt: new Date("2015-10-05T07:00:00Z") }],
      new Date("2015-10-05T07:00:00Z"),
    );
    const restarted = rig(new FileStorage(dir), clock, t, "1d", undefined, yearlyInDecember);
    await tickThrough(restarted, clock, "2015-10-05T07:00:05Z", "2015-10-05T07:01:00Z");
    expect(restarted.sender.sent).toHaveLength(0);
    expect(restarted.log.lines.filter((l) => l.level === "warn" && /never marked posted/.test(l.message))).toHaveLength(1);
  });

  it("after a 6-hour outage posts late what is still ahead and skips (and logs) what has passed", async () => {
    const clock = new TestClock("2015-06-09T04:30:00Z");
    const ahead = meeting("2015-06-10", "12:00", { topic: "Kort varsel" }); // 1d due 06-09 10:00Z
    const passed = meeting("2015-06-09", "08:00", { topic: "Morgenmøde", group: "steering" }); // 1h due 05:00Z, starts 06:00Z
    const t = new EditableTracker([...healthyYear(2015, "2015-06-09"), ahead, passed]);
    const r = rig(new FileStorage(dir), clock, t, "1d,1h", undefined, yearlyInDecember);
    await r.service.subscribe(address("chat-1"), { lang: "da" });
    await r.scheduler.tick(); // 04:30Z, then the bot is down until 10:30Z
    clock.set("2015-06-09T10:30:00Z");
    const restarted = rig(new FileStorage(dir), clock, t, "1d,1h", undefined, yearlyInDecember);
    const report = await restarted.scheduler.tick();
    expect(report).toMatchObject({ posted: 1, skipped: 1 });
    expect(restarted.sender.sent.map((s) => cardWords(s.message))).toEqual([
      "Arbejdsgruppen mødes onsdag den 10. juni 2015 kl. 12.00 (i morgen). Emne: Kort varsel.",
    ]);
    const skipped = restarted.log.lines.filter((l) => l.level === "warn" && /skipped/.test(l.message));
    expect(skipped.map((l) => l.data.item)).toEqual(["meeting|steering|2015-06-09|08:00|morgenmøde#1h"]);
    expect(restarted.sender.sent).toHaveLength(1);
    await restarted.scheduler.tick();
    expect(restarted.sender.sent).toHaveLength(1);
  });

  it("a cancelled meeting: one cancellation notice to those reminded, none to the others", async () => {
    const clock = new TestClock("2015-09-29T06:59:40Z");
    const t = tracker([budgetMeeting]);
    const r = rig(new FileStorage(dir), clock, t, "7d,1d", undefined, yearlyInDecember);
    await r.service.subscribe(address("steering-chat"), { lang: "da", group: "steering" });
    await tickThrough(r, clock, "2015-09-29T06:59:40Z", "2015-09-29T07:00:10Z");
    expect(r.sender.sent).toHaveLength(1); // the 7d reminder
    await r.service.subscribe(address("late-chat"), { lang: "da" });
    t.meetings = t.meetings.map((m) => (m === budgetMeeting ? { ...m, status: "cancelled" } : m));
    await tickThrough(r, clock, "2015-09-30T08:00:00Z", "2015-09-30T08:01:00Z");
    expect(r.sender.sent.slice(1).map((s) => `${s.address.conversationId}: ${cardWords(s.message)}`)).toEqual([
      "steering-chat: Styregruppens møde tirsdag den 6. oktober 2015 kl. 9.00 er aflyst. Sted: Hørgården 1. Emne: Budget 2016.",
    ]);
    // And no 1d reminder for the cancelled meeting.
    await tickThrough(r, clock, "2015-10-05T06:59:40Z", "2015-10-05T07:00:30Z");
    expect(r.sender.sent).toHaveLength(2);
  });

  it("a moved meeting: a moved notice, then reminded anew at its new time", async () => {
    const clock = new TestClock("2015-09-29T06:59:40Z");
    const t = tracker([budgetMeeting]);
    const r = rig(new FileStorage(dir), clock, t, "7d,1d", undefined, yearlyInDecember);
    await r.service.subscribe(address("chat-1"), { lang: "da" });
    await tickThrough(r, clock, "2015-09-29T06:59:40Z", "2015-09-29T07:00:10Z");
    expect(r.sender.sent).toHaveLength(1);
    const moved = { ...budgetMeeting, date: "2015-10-08", start: "13:00" };
    t.meetings = t.meetings.map((m) => (m === budgetMeeting ? moved : m));
    await tickThrough(r, clock, "2015-09-30T08:00:00Z", "2015-09-30T08:01:00Z");
    const moveNotice = r.sender.sent[1]?.message;
    expect(moveNotice && cardWords(moveNotice)).toBe(
      "Styregruppens møde tirsdag den 6. oktober 2015 kl. 9.00 er flyttet til torsdag den 8. oktober 2015 kl. 13.00. Sted: Hørgården 1. Emne: Budget 2016.",
    );
    // The new time's own reminders: 7d before Thursday 8 October 13.00 is 1 October 11:00Z ...
    await tickThrough(r, clock, "2015-10-01T10:59:40Z", "2015-10-01T11:00:30Z");
    // ... nothing at the old time's 1d moment ...
    await tickThrough(r, clock, "2015-10-05T06:59:40Z", "2015-10-05T07:00:30Z");
    // ... and 1d before: Wednesday 7 October 13.00 = 11:00Z.
    await tickThrough(r, clock, "2015-10-07T10:59:40Z", "2015-10-07T11:00:30Z");
    expect(r.sender.sent.slice(2).map((s) => cardWords(s.message))).toEqual([
      "Styregruppen mødes torsdag den 8. oktober 2015 kl. 13.00 (om 7 dage). Sted: Hørgården 1. Emne: Budget 2016.",
      "Styregruppen mødes torsdag den 8. oktober 2015 kl. 13.00 (i morgen). Sted: Hørgården 1. Emne: Budget 2016.",
    ]);
  });

  it("posts the yearly discussion of adjustments once, on its configured day, to steering-group subscribers only", async () => {
    const clock = new TestClock("2015-10-01T06:59:40Z");
    const dates = { ...yearlyInDecember, adjustments: { month: 10, day: 1 } };
    const r = rig(new FileStorage(dir), clock, tracker([budgetMeeting]), "1d", undefined, dates);
    await r.service.subscribe(address("steering-chat"), { lang: "da", group: "steering" });
    await r.service.subscribe(address("working-chat"), { lang: "da", group: "working" });
    await tickThrough(r, clock, "2015-10-01T06:59:40Z", "2015-10-01T07:01:00Z");
    expect(r.sender.sent.map((s) => `${s.address.conversationId}: ${cardWords(s.message)}`)).toEqual([
      "steering-chat: Ifølge partnerskabsaftalen for Amager Partnerskab: »Parterne er enige om løbende at følge udviklingen af partnerskabet og implementeringen af de tryghedsskabende aktiviteter og årligt drøfte behovet for eventuelle justeringer.« Sæt drøftelsen på dagsordenen for styregruppens næste møde, tirsdag den 6. oktober 2015 kl. 9.00.",
    ]);
    await tickThrough(r, clock, "2015-10-02T07:00:00Z", "2015-10-02T07:01:00Z");
    expect(r.sender.sent).toHaveLength(1);
  });

  it("a failed send is tried again on the next tick and posted once", async () => {
    const clock = new TestClock("2015-10-05T06:59:40Z");
    const r = rig(new FileStorage(dir), clock, tracker([budgetMeeting]), "1d", undefined, yearlyInDecember);
    await r.service.subscribe(address("chat-1"), { lang: "da" });
    await r.scheduler.tick();
    r.sender.failNext = 1;
    await tickThrough(r, clock, "2015-10-05T07:00:00Z", "2015-10-05T07:02:00Z");
    expect(r.sender.sent).toHaveLength(1);
    expect(r.log.lines.filter((l) => l.level === "error" && /could not be posted/.test(l.message))).toHaveLength(1);
    // The retry is the post as it was worded: the card alone, the first sentence its notification line.
    const retried = r.sender.sent[0]?.message;
    expect(retried?.text).toBe("Styregruppen mødes tirsdag den 6. oktober 2015 kl. 9.00 (i morgen).");
    expect(retried && cardWords(retried)).toBe(
      "Styregruppen mødes tirsdag den 6. oktober 2015 kl. 9.00 (i morgen). Sted: Hørgården 1. Emne: Budget 2016.",
    );
  });

  it("a failed post the ledger kept from before reminders went card-only is retried as the card alone", async () => {
    const clock = new TestClock("2015-10-05T07:00:30Z");
    const r = rig(new FileStorage(dir), clock, tracker([budgetMeeting]), "1d", undefined, yearlyInDecember);
    await r.service.subscribe(address("chat-1"), { lang: "da" });
    const key = "meeting|steering|2015-10-06|09:00|budget 2016#1d";
    const words = "Styregruppen mødes tirsdag den 6. oktober 2015 kl. 9.00 (i morgen). Sted: Hørgården 1. Emne: Budget 2016.";
    const card = {
      type: "AdaptiveCard" as const,
      version: "1.5" as const,
      body: [
        { type: "TextBlock", text: "Påmindelse: møde i styregruppen" },
        { type: "TextBlock", text: words },
      ],
    };
    // As an earlier version left it: its full text beside the card.
    const ledger = new Ledger(new DocumentStore(new FileStorage(dir)));
    await ledger.claim(
      "chat-1",
      [{ entryKey: key, kind: "meeting", dueAt: new Date("2015-10-05T07:00:00Z") }],
      new Date("2015-10-05T07:00:00Z"),
    );
    await ledger.mark("chat-1", key, {
      status: "failed",
      attempts: 1,
      message: { text: words, card },
      retryUntil: "2015-10-06T07:00:00.000Z",
    });
    await r.scheduler.tick();
    expect(r.sender.sent).toHaveLength(1);
    const retried = r.sender.sent[0]?.message;
    expect(retried).toEqual({ text: words, card });
    // To Teams the card alone, its words once: the old text only as the notification line.
    expect(retried && activityFor(retried)).toEqual({
      type: "message",
      summary: words,
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }],
    });
  });

  it("two schedulers on one storage at the due moment: the reminder is posted exactly once", async () => {
    const clock = new TestClock("2015-10-05T06:59:40Z");
    const t = tracker([budgetMeeting]);
    const a = rig(new FileStorage(dir), clock, t, "1d", undefined, yearlyInDecember);
    const b = rig(new FileStorage(dir), clock, t, "1d", undefined, yearlyInDecember);
    await a.service.subscribe(address("chat-1"), { lang: "da" });
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    clock.set("2015-10-05T07:00:05Z");
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    expect(a.sender.sent.length + b.sender.sent.length).toBe(1);
  });

  it("cadence warnings go out once per condition", async () => {
    const clock = new TestClock("2015-09-01T08:00:00Z");
    const today = copenhagenDate(clock.now());
    const t = new EditableTracker(healthyYear(2015, today).filter((m) => m.group === "steering" || m.date < today));
    const r = rig(new FileStorage(dir), clock, t, "7d,1d", undefined, yearlyInDecember);
    await r.service.subscribe(address("chat-1"), { lang: "da" });
    await tickThrough(r, clock, "2015-09-01T08:00:00Z", "2015-09-01T08:02:00Z");
    expect(r.sender.sent.map((s) => cardWords(s.message))).toEqual([
      "Arbejdsgruppen skal ifølge aftalen mødes 6–8 gange om året, men i 2015 er der kun 4 afholdte møder og 0 planlagte. Minimum på 6 kan ikke nås med de planlagte møder – planlæg flere.",
    ]);
  });

  it("a corrupt subscriptions file stops the tick with an error naming the file, and keeps it aside", async () => {
    const clock = new TestClock("2015-10-05T06:59:40Z");
    const storage = new FileStorage(dir);
    const r = rig(storage, clock, tracker([budgetMeeting]), "1d", undefined, yearlyInDecember);
    await r.service.subscribe(address("chat-1"), { lang: "da" });
    await writeFile(storage.pathFor(SUBSCRIPTIONS_KEY), "{ not json");
    const err = await r.scheduler.tick().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageCorruptError);
    expect((err as Error).message).toContain(storage.pathFor(SUBSCRIPTIONS_KEY));
    expect((await readdir(dir)).some((f) => f.startsWith("reminders_subscriptions-") && f.includes(".corrupt-"))).toBe(true);
  });
});

describe("scheduler on a tracker that cannot be read", () => {
  it("logs the failure once, not every tick, then logs that ticks work again and posts what is due", async () => {
    const clock = new TestClock("2015-10-05T06:59:00Z");
    const readable = tracker([budgetMeeting]);
    let broken = true;
    const flaky = { current: () => (broken ? Promise.reject(new Error("tracker unreadable")) : readable.current()) };
    const r = rig(new FileStorage(dir), clock, flaky, "1d", undefined, yearlyInDecember);
    await r.service.subscribe(address("19:team@thread.tacv2"), { lang: "da" });
    for (let i = 0; i < 5; i++) {
      await r.scheduler.tickSafely();
      clock.advance(30);
    }
    const failures = () => r.log.lines.filter((l) => l.message.startsWith("reminder tick failed"));
    expect(failures()).toHaveLength(1);
    expect(failures()[0]?.data.err).toBe("tracker unreadable");
    expect(r.sender.sent).toHaveLength(0);

    broken = false;
    await r.scheduler.tickSafely();
    expect(r.log.lines.filter((l) => l.message === "reminder ticks work again")).toHaveLength(1);
    expect(r.sender.sent).toHaveLength(1); // the 1d reminder fell due at 07:00 while the tracker was down

    broken = true;
    await r.scheduler.tickSafely();
    expect(failures()).toHaveLength(2); // a new spell of failures is logged again
  });
});
