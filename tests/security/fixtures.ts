/** What the security tests share: activities as Teams sends them, a POST helper, an answer engine that counts. */
import type { AnswerEngine } from "../../bot/core/answer-engine";
import { sharedAnswerEngine } from "../../bot/core/shared-answer-engine";

export { BOT, postActivity, teamsActivity } from "../helpers/activities";
export const TENANT_A = "aaaaaaaa-0000-4000-8000-00000000000a";
export const TENANT_B = "bbbbbbbb-0000-4000-8000-00000000000b";

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
