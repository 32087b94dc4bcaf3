/**
 * The bot's HTTP server (express 5): POST /api/messages for the Bot Framework, GET /healthz for
 * whoever watches it. Bad requests get a 4xx with the reason, never a 500 or a stack trace.
 * Every dependency can be handed in (tests, the reminders and production parts plug in here).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type NextFunction, type Request, type Response } from "express";
import { clockFor } from "../clock";
import type { BotConfig } from "../config";
import type { AnswerEngine } from "../core/answer-engine";
import type { CoreServices } from "../core/handle-message";
import type { Clock, KeyValueStorage, Logger, ProactiveSender, SubscriptionService, TrackerSource } from "../core/ports";
import { sharedAnswerEngine } from "../core/shared-answer-engine";
import { createLogger } from "../log";
import { ActivityGate } from "../security/activity-gate";
import { activityProblem } from "../security/activity-shape";
import { FileTrackerSource } from "../sources/file-tracker-source";
import type { OutgoingCredentialsFactory } from "../teams/authentication";
import { createTeamsBot } from "../teams/teams-bot";

/** What the reminders part gets to build its service from, once the Teams edge exists. */
export interface ReminderDependencies {
  config: BotConfig;
  clock: Clock;
  tracker: TrackerSource;
  proactive: ProactiveSender;
  logger: Logger;
}

export interface ReminderService {
  subscriptions: SubscriptionService;
  /** Starts the scheduler, if any; called once the server listens. */
  start?(): void | Promise<void>;
  /** Stops it; called on close. */
  stop?(): void | Promise<void>;
}

export interface BotOptions {
  tracker?: TrackerSource;
  clock?: Clock;
  /** The SDK's conversation state store. */
  storage?: KeyValueStorage;
  /** A ready subscription service (tests); or `reminders` to build one with the proactive sender. */
  subscriptions?: SubscriptionService;
  reminders?: (deps: ReminderDependencies) => ReminderService | Promise<ReminderService>;
  engine?: AnswerEngine;
  logger?: Logger;
  /** Interface to listen on; all by default. */
  host?: string;
  /** Also serve a bare echo bot on the same adapter at this path (the latency benchmark's baseline). */
  echoPath?: string;
  /** JSON body limit; Teams activities are a few kB. */
  bodyLimit?: string;
  /** Tenant allow-list and rate limit; built from the config (ALLOWED_TENANTS, RATE_LIMIT_PER_MINUTE) unless given. */
  gate?: ActivityGate;
  /** Tests only: the outgoing token for replies when MicrosoftAppId is set (no Microsoft Entra ID on 127.0.0.1). */
  outgoingCredentials?: OutgoingCredentialsFactory;
}

export interface RunningBot {
  url: string;
  port: number;
  /** For posting outside a turn (reminders, tests). */
  proactive: ProactiveSender;
  close(): Promise<void>;
}

export async function startBot(config: BotConfig, options: BotOptions = {}): Promise<RunningBot> {
  const logger = options.logger ?? createLogger();
  const clock = options.clock ?? clockFor(config.startAt);
  const tracker = options.tracker ?? new FileTrackerSource({ path: config.trackerFile, agreement: config.agreement, clock, logger });
  const core: CoreServices = {
    tracker,
    clock,
    engine: options.engine ?? sharedAnswerEngine,
    subscriptions: options.subscriptions,
    logger,
  };
  const gate =
    options.gate ??
    new ActivityGate({ allowedTenants: config.allowedTenants, rateLimitPerMinute: config.rateLimitPerMinute ?? 30, clock, logger });
  const teams = createTeamsBot({
    credentials: config.credentials,
    core,
    gate,
    ...(options.storage ? { storage: options.storage } : {}),
    ...(options.outgoingCredentials ? { outgoingCredentials: options.outgoingCredentials } : {}),
  });
  const reminders = options.reminders ? await options.reminders({ config, clock, tracker, proactive: teams.proactive, logger }) : undefined;
  if (reminders) core.subscriptions = reminders.subscriptions;

  const app = express();
  app.disable("x-powered-by");

  app.get("/healthz", async (_req, res) => {
    let trackerHealth: { ok: boolean; readAt: string | null; staleSince?: string };
    try {
      const snapshot = await tracker.current();
      trackerHealth = {
        ok: !snapshot.staleSince,
        readAt: snapshot.readAt.toISOString(),
        ...(snapshot.staleSince ? { staleSince: snapshot.staleSince.toISOString() } : {}),
      };
    } catch {
      trackerHealth = { ok: false, readAt: null };
    }
    res.status(200).json({ status: "ok", now: clock.now().toISOString(), tracker: trackerHealth });
  });

  const json = express.json({ limit: options.bodyLimit ?? "256kb", type: () => true });
  const activityRoute = (handle: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.status(400).json({ error: problem });
      return;
    }
    try {
      await handle(req, res);
      // Who tried without a valid token; the logger strips the Authorization header itself.
      if (res.statusCode === 401)
        logger.warn({ status: 401, ip: req.ip, headers: req.headers }, "request refused: no valid Bot Framework token");
    } catch (err) {
      // The adapter rejects activities it cannot parse by throwing; that is the sender's fault.
      logger.warn({ err: err instanceof Error ? err.message : String(err) }, "activity rejected");
      if (!res.headersSent)
        res.status(400).json({ error: `invalid activity: ${err instanceof Error ? err.message.split("\n")[0] : "unreadable"}` });
    }
  };
  app.post("/api/messages", json, activityRoute(teams.processActivity));
  if (options.echoPath) app.post(options.echoPath, json, activityRoute(teams.processEcho));

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: "not found: the bot listens on POST /api/messages and GET /healthz" });
  });
  // express's own errors for bodies it could not read: malformed JSON, too large, bad encoding.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = err as { type?: string; status?: number; message?: string };
    const status = e.status && e.status >= 400 && e.status < 500 ? e.status : 500;
    if (status === 500) logger.error({ err: e.message ?? String(err) }, "request failed");
    const reason =
      e.type === "entity.parse.failed"
        ? `malformed JSON: ${e.message ?? "cannot parse"}`
        : e.type === "entity.too.large"
          ? `the body is too large (limit ${options.bodyLimit ?? "256kb"})`
          : status === 500
            ? "internal error"
            : (e.message ?? "bad request");
    if (!res.headersSent) res.status(status).json({ error: reason });
  });

  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) =>
      reject(new Error(err.code === "EADDRINUSE" ? `port ${config.port} is already in use (set PORT to another)` : err.message)),
    );
    server.listen(config.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host && options.host !== "0.0.0.0" && options.host !== "::" ? options.host : "localhost"}:${port}`;
  await reminders?.start?.();

  return {
    url,
    port,
    proactive: teams.proactive,
    async close() {
      await reminders?.stop?.();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
