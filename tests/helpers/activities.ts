/** Activities as Teams sends them, POSTed to the bot over real HTTP, and asking a question end to end. */
import { expect } from "vitest";
import type { FakeConnector } from "./fake-connector";

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

/** Asks the bot in a personal chat and returns the text of its reply at the fake Bot Connector. */
export async function askOverHttp(botUrl: string, connector: FakeConnector, text: string, conversationId: string): Promise<string> {
  const sent = teamsActivity(connector.url, { type: "message", text, conversation: { id: conversationId, conversationType: "personal" } });
  const res = await postActivity(botUrl, sent);
  expect(res.status).toBeLessThan(300);
  const reply = await connector.waitFor((r) => r.replyToId === sent.id && r.activity.type === "message", 10_000);
  return reply.activity.text ?? "";
}
