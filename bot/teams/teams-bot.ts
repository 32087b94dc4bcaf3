/**
 * The Teams edge, assembled: adapter, application and proactive sender. The HTTP layer hands it
 * requests; everything it needs from the rest of the bot comes in through the core's ports.
 */
import type { Request, Response } from "express";
import type { BotCredentials } from "../config";
import type { CoreServices } from "../core/handle-message";
import type { KeyValueStorage, ProactiveSender } from "../core/ports";
import type { ActivityGate } from "../security/activity-gate";
import { createTeamsAdapter } from "./adapter";
import { admitTurn } from "./admission";
import { createTeamsApplication } from "./application";
import type { OutgoingCredentialsFactory } from "./authentication";
import { TeamsProactiveSender } from "./proactive";

export interface TeamsBot {
  /** Handles one POST /api/messages (authentication, the turn, the HTTP response). */
  processActivity(req: Request, res: Response): Promise<void>;
  /** The same adapter with a bare echo turn: the benchmarks' baseline. */
  processEcho(req: Request, res: Response): Promise<void>;
  proactive: ProactiveSender;
}

export interface TeamsBotOptions {
  credentials: BotCredentials | undefined;
  core: CoreServices;
  storage?: KeyValueStorage;
  /** Tenant allow-list and rate limit, checked after the token and before any handler. */
  gate?: ActivityGate;
  /** Tests only: the outgoing token for replies. */
  outgoingCredentials?: OutgoingCredentialsFactory;
}

export function createTeamsBot(options: TeamsBotOptions): TeamsBot {
  const adapter = createTeamsAdapter(options.credentials, options.core.logger, options.outgoingCredentials);
  const appId = options.credentials?.appId ?? "";
  const app = createTeamsApplication({
    core: options.core,
    adapter,
    ...(appId ? { appId } : {}),
    ...(options.storage ? { storage: options.storage } : {}),
  });
  return {
    processActivity: (req, res) =>
      adapter.process(req, res, async (context) => {
        if (await admitTurn(context, options.gate)) await app.run(context);
      }),
    processEcho: (req, res) =>
      adapter.process(req, res, async (context) => {
        if (context.activity.type === "message") await context.sendActivity(context.activity.text ?? "");
      }),
    proactive: new TeamsProactiveSender(adapter, appId),
  };
}
