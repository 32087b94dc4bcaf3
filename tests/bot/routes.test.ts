/**
 * The Teams routes, driven by botbuilder's TestAdapter through the real teams-ai Application,
 * the real answer engine and the sample tracker workbook.
 */
import type { Activity } from "botbuilder";
import { TestAdapter } from "botbuilder";
import { describe, expect, it } from "vitest";
import type { CoreServices } from "../../bot/core/handle-message";
import { createTeamsApplication } from "../../bot/teams/application";
import { shownText } from "../helpers/activities";
import type { ReceivedActivity } from "../helpers/fake-connector";
import { BURGLARY_DA, BURGLARY_EN, coreServices, recordingSubscriptions } from "./bot-fixtures";

const BOT = { id: "28:partnerskab-bot", name: "Partnerskab" };
const USER = { id: "29:mette", name: "Mette Hansen" };

function harness(services: CoreServices) {
  const app = createTeamsApplication({ core: services });
  const adapter = new TestAdapter(async (context) => {
    await app.run(context);
  });
  async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const before = adapter.activeQueue.length;
    await adapter.processActivity({ from: USER, recipient: BOT, channelId: "msteams", serviceUrl: "https://smba.example/", ...activity });
    return adapter.activeQueue.splice(before);
  }
  return { send };
}

/** The words a partner reads in a reply (its text, or its card's text blocks). */
const words = (reply: Partial<Activity> | undefined) => (reply ? shownText(reply as ReceivedActivity["activity"]) : "");

function cardOf(reply: Partial<Activity>): { version: string; body: unknown[] } {
  const attachment = reply.attachments?.[0];
  expect(attachment?.contentType).toBe("application/vnd.microsoft.card.adaptive");
  return attachment?.content as { version: string; body: unknown[] };
}

describe("Teams routes", () => {
  it("answers a Danish question in a personal chat with the figures and an Adaptive Card", async () => {
    const { send } = harness(coreServices().services);
    const replies = await send({
      type: "message",
      text: BURGLARY_DA,
      conversation: { id: "a:personal", conversationType: "personal" } as Activity["conversation"],
    });
    expect(replies).toHaveLength(1);
    const reply = replies[0] as Partial<Activity>;
    // One message: the card opens with the short answer, which is also the summary; no text repeats it.
    expect(reply.text).toBeUndefined();
    expect(reply.summary).toMatch(/Indbrud/);
    expect(reply.summary).toMatch(/\b58\b/);
    expect(reply.summary).toMatch(/\b62\b/);
    const card = cardOf(reply);
    expect(card.version).toBe("1.5");
    expect((card.body[0] as { text?: string }).text).toBe(reply.summary);
    expect(JSON.stringify(card.body)).toMatch(/58/);
  });

  it("answers an English question in English", async () => {
    const { send } = harness(coreServices().services);
    const [reply] = await send({ type: "message", text: BURGLARY_EN, conversation: { id: "a:personal-en" } as Activity["conversation"] });
    expect(words(reply)).toMatch(/Burglar/i);
    expect(words(reply)).toMatch(/\b58\b.*\b62\b|\b62\b.*\b58\b/s);
    expect(words(reply)).not.toMatch(/anmeldelser|målet/);
  });

  it("names one of the tracker's activities by a word of its name (the bot hands the engine the tracker's activities)", async () => {
    const { send } = harness(coreServices().services);
    const [reply] = await send({
      type: "message",
      text: "Hvem står for tryghedsvandringerne?",
      conversation: { id: "a:personal-activity" } as Activity["conversation"],
    });
    // The sample tracker's activity, not the safety index ("tryghed") nor the parties ("hvem").
    expect(reply?.summary).toMatch(/^Tryghedsvandringer to gange om året – indsatsområde: .*ansvarlig: Københavns Politi/);
    expect(words(reply)).not.toMatch(/Tryghedsindeks|Parter/);
  });

  it("strips the bot's @mention in a channel (by the mention entity)", async () => {
    const { send } = harness(coreServices().services);
    const mention = `<at>${BOT.name}</at>`;
    const [reply] = await send({
      type: "message",
      text: `${mention} ${BURGLARY_EN}`,
      entities: [{ type: "mention", mentioned: BOT, text: mention }],
      conversation: { id: "19:channel@thread.tacv2", conversationType: "channel" } as Activity["conversation"],
    });
    expect(words(reply)).toMatch(/\b58\b/);
    expect(words(reply)).toMatch(/\b62\b/);
  });

  it("strips an <at> tag and HTML even without a mention entity (fallback)", async () => {
    const { send } = harness(coreServices().services);
    const [reply] = await send({
      type: "message",
      text: "<p><at>Partnerskab</at>&nbsp;Hvordan går det med <b>indbrud</b> i forhold til målet for 2015?</p>",
      conversation: { id: "19:group", conversationType: "groupChat" } as Activity["conversation"],
    });
    expect(words(reply)).toMatch(/\b58\b/);
    expect(words(reply)).toMatch(/Indbrud/);
  });

  it("says hello when the bot itself is added, and nothing when someone else joins", async () => {
    const { send } = harness(coreServices().services);
    const hello = await send({
      type: "conversationUpdate",
      membersAdded: [BOT],
      conversation: { id: "19:team-general" } as Activity["conversation"],
    });
    expect(hello).toHaveLength(1);
    expect(hello[0]?.text).toMatch(/Hej! Jeg er Partnerskab/);
    const english = await send({
      type: "conversationUpdate",
      locale: "en-GB",
      membersAdded: [BOT],
      conversation: { id: "19:team-en" } as Activity["conversation"],
    });
    expect(english[0]?.text).toMatch(/^Hello! I am the Partnerskab bot/);
    const other = await send({
      type: "conversationUpdate",
      membersAdded: [{ id: "29:jens", name: "Jens" }],
      conversation: { id: "19:team-general" } as Activity["conversation"],
    });
    expect(other).toEqual([]);
  });

  it("tells the subscription service when the bot is added or removed, and posts its hello", async () => {
    const subscriptions = recordingSubscriptions();
    const { send } = harness(coreServices({ subscriptions }).services);
    const conversation = { id: "19:team-a", conversationType: "channel" } as Activity["conversation"];
    const added = await send({
      type: "conversationUpdate",
      membersAdded: [BOT],
      conversation,
      channelData: { tenant: { id: "tenant-1" } },
    });
    expect(added[0]?.text).toBe("hello-from-reminders:da");
    const call = subscriptions.calls[0];
    expect(call?.method).toBe("botAdded");
    expect(call?.address).toMatchObject({
      conversationId: "19:team-a",
      channelId: "msteams",
      serviceUrl: "https://smba.example/",
      tenantId: "tenant-1",
      conversationType: "channel",
    });
    const reference = call?.address.reference as { conversation?: { id?: string } } | undefined;
    expect(reference?.conversation?.id).toBe("19:team-a");

    await send({ type: "conversationUpdate", membersRemoved: [{ id: "29:jens", name: "Jens" }], conversation });
    expect(subscriptions.calls).toHaveLength(1);
    await send({ type: "conversationUpdate", membersRemoved: [BOT], conversation });
    expect(subscriptions.calls[1]).toMatchObject({ method: "botRemoved", address: { conversationId: "19:team-a" } });
    await send({ type: "installationUpdate", action: "remove", conversation: { id: "a:personal" } as Activity["conversation"] });
    expect(subscriptions.calls[2]).toMatchObject({ method: "botRemoved", address: { conversationId: "a:personal" } });
    await send({ type: "installationUpdate", action: "add", conversation: { id: "a:personal" } as Activity["conversation"] });
    expect(subscriptions.calls).toHaveLength(3);
  });

  it("routes subscribe / unsubscribe / list to the subscription service, in the asker's language", async () => {
    const subscriptions = recordingSubscriptions();
    const { send } = harness(coreServices({ subscriptions }).services);
    const conversation = { id: "19:team-b" } as Activity["conversation"];
    const [sub] = await send({ type: "message", text: "Abonnér på påmindelser om styregruppemøder", conversation });
    expect(sub?.text).toBe("subscribed:steering:da");
    const [unsub] = await send({ type: "message", text: "Unsubscribe from reminders", conversation });
    expect(unsub?.text).toBe("unsubscribed:en");
    expect(subscriptions.calls.map((c) => c.method)).toEqual(["subscribe", "unsubscribe"]);
    expect(subscriptions.calls[0]?.address.conversationId).toBe("19:team-b");
  });

  it("says reminders are not switched on when there is no subscription service", async () => {
    const { send } = harness(coreServices().services);
    const [reply] = await send({ type: "message", text: "Abonnér på påmindelser", conversation: { id: "c" } as Activity["conversation"] });
    expect(reply?.text).toMatch(/Påmindelser er ikke slået til/);
  });

  it("answers text it does not understand with help, never silence", async () => {
    const { send } = harness(coreServices().services);
    const [empty] = await send({ type: "message", text: "<at>Partnerskab</at>", conversation: { id: "c" } as Activity["conversation"] });
    expect(words(empty).length).toBeGreaterThan(20);
    const [nonsense] = await send({ type: "message", text: "qwxz blorp", conversation: { id: "c" } as Activity["conversation"] });
    expect(words(nonsense).length).toBeGreaterThan(20);
  });

  it("apologises in the asker's language when the answer engine fails, and logs the fault", async () => {
    const { services, logger } = coreServices();
    services.engine = {
      understand: () => {
        throw new Error("boom");
      },
      answer: () => {
        throw new Error("boom");
      },
    };
    const { send } = harness(services);
    const [da] = await send({ type: "message", text: BURGLARY_DA, conversation: { id: "c" } as Activity["conversation"] });
    expect(da?.text).toMatch(/^Beklager, noget gik galt/);
    const [en] = await send({ type: "message", text: BURGLARY_EN, conversation: { id: "c" } as Activity["conversation"] });
    expect(en?.text).toMatch(/^Sorry, something went wrong/);
    expect(logger.events.filter((e) => e.level === "error" && e.message === "answering a message failed")).toHaveLength(2);
  });

  it("says the tracker cannot be read when there is no copy at all", async () => {
    const { services } = coreServices({ trackerPath: "/nonexistent/tracker.xlsx" });
    const { send } = harness(services);
    const [reply] = await send({ type: "message", text: BURGLARY_EN, conversation: { id: "c" } as Activity["conversation"] });
    expect(reply?.text).toMatch(/cannot read the tracker/);
  });
});
