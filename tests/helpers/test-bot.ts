/**
 * A bot over real HTTP on 127.0.0.1 for tests and benchmarks: the composition root's real parts
 * for `env`, with the caller's own clock, tracker and logger, no reminders unless a subscription
 * service is given, conversation memory in memory (so nothing is written to .data/), and any
 * test hooks passed explicitly.
 */
import { MemoryStorage } from "botbuilder";
import { composeBot } from "../../bot/composition-root";
import { type Environment, loadConfig } from "../../bot/config/index";
import type { AnswerEngine } from "../../bot/core/answer-engine";
import { ConversationMemory } from "../../bot/core/conversation-memory";
import type { Clock, KeyValueStorage, Logger, SubscriptionService, TrackerSource } from "../../bot/core/ports";
import { type RunningBot, startBot } from "../../bot/http/server";
import type { TestHooks } from "../../bot/teams/test-hooks";

export interface TestBotOptions {
  /** Settings as the environment would give them; PORT is 0 (any free port) unless set. */
  env?: Environment;
  clock: Clock;
  tracker: TrackerSource;
  logger: Logger;
  /** Instead of the shared answer engine (one that counts or fails). */
  engine?: AnswerEngine;
  /** A ready subscription service; none: the bot has no reminders. */
  subscriptions?: SubscriptionService;
  /** Where conversations' previous questions are kept (in memory unless given). */
  memoryStorage?: KeyValueStorage;
}

export async function startTestBot(options: TestBotOptions, hooks: TestHooks = {}): Promise<RunningBot> {
  const { clock, tracker, logger, engine, subscriptions, memoryStorage } = options;
  const deps = await composeBot(loadConfig({ PORT: "0", ...options.env }), logger, { clock, tracker });
  return startBot(
    {
      ...deps,
      listen: { ...deps.listen, host: "127.0.0.1" },
      ...(engine ? { engine } : {}),
      memory: new ConversationMemory(async () => memoryStorage ?? new MemoryStorage(), logger),
      reminders: subscriptions ? () => ({ subscriptions }) : undefined,
    },
    hooks,
  );
}
