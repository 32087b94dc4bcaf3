/** Subscribing, listing, unsubscribing, and the bot being added and removed, in both languages. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CONVERSATIONS_KEY, ledgerKey, SUBSCRIPTIONS_KEY } from "../../bot/reminders/store";
import { FileStorage } from "../../bot/storage/file-storage";
import { meeting } from "./fixtures";
import { address, EditableTracker, rig, TestClock } from "./harness";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "partnerskab-subs-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("subscriptions", () => {
  const clock = new TestClock("2015-09-20T10:00:00Z");
  const tracker = new EditableTracker([meeting("2015-10-06", "09:00", { group: "steering" }), meeting("2015-10-01", "13:00")]);

  it("subscribe, list, unsubscribe in Danish", async () => {
    const storage = new FileStorage(dir);
    const { service } = rig(storage, clock, tracker);
    const chat = address("chat-1");
    expect((await service.list(chat, "da")).text).toMatch(/^Denne samtale får ingen påmindelser/);
    const subscribed = (await service.subscribe(chat, { lang: "da", group: "steering" })).text;
    expect(subscribed).toMatch(
      /^Abonneret: denne samtale får nu påmindelser om styregruppens møder, den årlige statusrapport, den årlige drøftelse af justeringer og aftalens udløb, og en advarsel, hvis årets møder ikke kan leve op til aftalen\. Påmindelser om møder kommer 7 dage og 1 dag før\./,
    );
    // The steering group hears of a projection turning worse; the working group alone does not.
    expect(subscribed).toContain(
      "Desuden en besked, når fremskrivningen for en gerningstype bliver dårligere i forhold til årets måltal. Skriv",
    );
    expect((await service.subscribe(address("chat-2"), { lang: "da", group: "working" })).text).not.toContain("fremskrivningen");
    const listed = (await service.list(chat, "da")).text;
    expect(listed).toContain("styregruppens møder");
    expect(listed).toContain("siden 20. september 2015 kl. 12.00");
    // Steering only: the next is the steering meeting's 7d reminder, not the working group's.
    expect(listed).toContain(
      "Næste påmindelse: tirsdag den 29. september 2015 kl. 9.00, om mødet i styregruppen tirsdag den 6. oktober 2015 kl. 9.00.",
    );
    expect((await storage.read([ledgerKey("chat-1")]))[ledgerKey("chat-1")]).toBeDefined();
    expect((await service.unsubscribe(chat, "da")).text).toMatch(/^Afmeldt/);
    expect((await service.unsubscribe(chat, "da")).text).toMatch(/^Denne samtale abonnerer ikke/);
    expect(await storage.read([ledgerKey("chat-1")])).toEqual({});
  });

  it("English, and re-subscribing keeps the original start", async () => {
    const storage = new FileStorage(dir);
    const { service } = rig(storage, clock, tracker);
    const chat = address("19:x@thread.tacv2;messageid=1");
    const subscribed = (await service.subscribe(chat, { lang: "en" })).text;
    expect(subscribed).toMatch(/^Subscribed: this conversation now gets reminders of the steering and working groups' meetings/);
    expect(subscribed).toContain("Also a message when a category's projection for the year turns worse against its target.");
    const later = rig(storage, new TestClock("2015-09-25T10:00:00Z"), tracker).service;
    // Another thread of the same channel is the same subscriber.
    expect((await later.subscribe(address("19:x@thread.tacv2;messageid=2"), { lang: "en", group: "working" })).text).toMatch(
      /^Updated: .*the working group's meetings/,
    );
    const doc = (await storage.read([SUBSCRIPTIONS_KEY]))[SUBSCRIPTIONS_KEY] as {
      subscriptions: Record<string, { subscribedAt: string; group?: string }>;
    };
    expect(Object.keys(doc.subscriptions)).toEqual(["19:x@thread.tacv2"]);
    expect(doc.subscriptions["19:x@thread.tacv2"]).toMatchObject({ subscribedAt: "2015-09-20T10:00:00.000Z", group: "working" });
    expect((await later.list(chat, "en")).text).toMatch(
      /^This conversation gets reminders of the working group's meetings and the safety plan's yearly update \(since 20 September 2015 at 12:00\)\. Meeting reminders come 7 days and 1 day before\./,
    );
  });

  it("added: remembers the conversation and says hello in both languages; removed: the subscription goes", async () => {
    const storage = new FileStorage(dir);
    const { service } = rig(storage, clock, tracker);
    const team = address("19:team@thread.tacv2");
    const hello = (await service.botAdded(team, "da")).text;
    expect(hello).toMatch(/^Hej! .*abonnér på påmindelser/s);
    expect(hello).toContain("Hello!");
    expect((await service.botAdded(team, "en")).text).toMatch(/^Hello!/);
    const conversations = (await storage.read([CONVERSATIONS_KEY]))[CONVERSATIONS_KEY] as { conversations: Record<string, unknown> };
    expect(Object.keys(conversations.conversations)).toEqual(["19:team@thread.tacv2"]);
    await service.subscribe(team, { lang: "da" });
    await service.botRemoved(team);
    expect((await service.list(team, "da")).text).toMatch(/ingen påmindelser/);
    const after = (await storage.read([CONVERSATIONS_KEY]))[CONVERSATIONS_KEY] as { conversations: Record<string, unknown> };
    expect(after.conversations).toEqual({});
  });
});
