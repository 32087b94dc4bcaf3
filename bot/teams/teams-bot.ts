/**
 * The Teams edge, assembled: adapter, application and proactive sender. The HTTP layer hands it
 * requests; everything it needs from the rest of the bot comes in through the core's ports.
 */
import type { Request, Response } from "express";
import type { BotCredentials } from "../config/index";
import type { CoreServices } from "../core/handle-message";
import type { ProactiveSender } from "../core/ports";
import type { ActivityGate } from "../security/activity-gate";
import { createTeamsAdapter } from "./adapter";
import { admitTurn } from "./admission";
import { createTeamsApplication } from "./application";
import { TeamsProactiveSender } from "./proactive";
import { echoTurn, type TestHooks } from "./test-hooks";

export type HandleRequest = (req: Request, res: Response) => Promise<void>;

export interface TeamsBot {
  /** Handles one POST /api/messages (authentication, the turn, the HTTP response). */
  processActivity: HandleRequest;
  /** Only with TestHooks.echoPath: the same adapter with a bare echo turn, the benchmark's baseline. */
  processEcho: HandleRequest | undefined;
  proactive: ProactiveSender;
}

export interface TeamsBotOptions {
  credentials: BotCredentials | undefined;
  core: CoreServices;
  /** Tenant allow-list and rate limit, checked after the token and before any handler. */
  gate: ActivityGate;
}

export function createTeamsBot(options: TeamsBotOptions, hooks: TestHooks = {}): TeamsBot {
  const adapter = createTeamsAdapter(options.credentials, options.core.logger, hooks);
  const appId = options.credentials?.appId ?? "";
  const app = createTeamsApplication({ core: options.core, adapter, ...(appId ? { appId } : {}) });
  return {
    processActivity: (req, res) =>
      adapter.process(req, res, async (context) => {
        if (await admitTurn(context, options.gate)) await app.run(context);
      }),
    processEcho: hooks.echoPath ? (req, res) => adapter.process(req, res, echoTurn) : undefined,
    proactive: new TeamsProactiveSender(adapter, appId),
  };
}
