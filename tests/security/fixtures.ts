/** What the security tests share: activities as Teams sends them, a POST helper, an answer engine that counts. */
import type { AnswerEngine } from "../../bot/core/answer-engine";
import { sharedAnswerEngine } from "../../bot/core/shared-answer-engine";

export const BOT = { id: "28:partnerskab-bot", name: "Partnerskab" };
export const TENANT_A = "aaaaaaaa-0000-4000-8000-00000000000a";
export const TENANT_B = "bbbbbbbb-0000-4000-8000-00000000000b";

let nextId = 1;

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

export async function postActivity(botUrl: string, body: unknown, init: { raw?: string; headers?: Record<string, string> } = {}) {
  return fetch(`${botUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...init.headers },
    body: init.raw ?? JSON.stringify(body),
  });
}

/** The real answer engine, counting how often a message reached it (0 = no handler ran). */
export function countingEngine(): AnswerEngine & { calls: number } {
  const engine = {
    calls: 0,
    understand: ((...args: Parameters<AnswerEngine["understand"]>) => {
      engine.calls++;
      return sharedAnswerEngine.understand(...args);
    }) as AnswerEngine["understand"],
    answer: sharedAnswerEngine.answer,
  };
  return engine;
}

/** A pino destination that keeps every line. */
export function memoryDestination(): { write(line: string): void; lines: string[]; parsed(): Array<Record<string, unknown>> } {
  const lines: string[] = [];
  return {
    lines,
    write: (line: string) => void lines.push(line),
    parsed: () =>
      lines
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
