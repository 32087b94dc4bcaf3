/** Activities as Teams sends them, POSTed to the bot over real HTTP, and asking a question end to end. */
import { expect } from "vitest";
import type { FakeConnector, ReceivedActivity } from "./fake-connector";

export const BOT = { id: "28:partnerskab-bot", name: "Partnerskab" };

let nextId = 1;

/** A Teams activity from a partner to the bot, replies going to `serviceUrl`. */
export function teamsActivity(serviceUrl: string, fields: Record<string, unknown>) {
  return {
    id: `act-${nextId++}`,
    channelId: "msteams",
    serviceUrl,
    from: { id: "29:mette", name: "Mette Hansen" },
    recipient: BOT,
    timestamp: new Date().toISOString(),
    ...fields,
  };
}

export async function postActivity(
  botUrl: string,
  body: unknown,
  init: { raw?: string; headers?: Record<string, string>; path?: string } = {},
): Promise<Response> {
  return fetch(`${botUrl}${init.path ?? "/api/messages"}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...init.headers },
    body: init.raw ?? JSON.stringify(body),
  });
}

/** The Adaptive Card an activity carries, if any. */
export function cardOf(
  activity: ReceivedActivity["activity"],
): { body: Array<Record<string, unknown>>; actions?: Array<Record<string, unknown>> } | undefined {
  const attachment = activity.attachments?.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive");
  return attachment?.content as { body: Array<Record<string, unknown>> } | undefined;
}

/**
 * The words a partner reads in a reply: its text, or for an answer sent as a card alone (its
 * summary, the notification line, being the card's first block) every text block of the card.
 */
export function shownText(activity: ReceivedActivity["activity"]): string {
  if (typeof activity.text === "string" && activity.text !== "") return activity.text;
  const blocks: string[] = [];
  const visit = (element: unknown) => {
    if (typeof element !== "object" || element === null) return;
    const e = element as Record<string, unknown>;
    if (e.type === "TextBlock" && typeof e.text === "string") blocks.push(e.text);
    for (const child of [...((e.rows as unknown[]) ?? []), ...((e.cells as unknown[]) ?? []), ...((e.items as unknown[]) ?? [])])
      visit(child);
  };
  for (const element of cardOf(activity)?.body ?? []) visit(element);
  return blocks.join("\n");
}

/** Asks the bot in a personal chat and returns the words of its reply at the fake Bot Connector (see shownText). */
export async function askOverHttp(botUrl: string, connector: FakeConnector, text: string, conversationId: string): Promise<string> {
  const sent = teamsActivity(connector.url, { type: "message", text, conversation: { id: conversationId, conversationType: "personal" } });
  const res = await postActivity(botUrl, sent);
  expect(res.status).toBeLessThan(300);
  const reply = await connector.waitFor((r) => r.replyToId === sent.id && r.activity.type === "message", 10_000);
  return shownText(reply.activity);
}
