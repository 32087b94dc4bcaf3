/**
 * The bot's HTTP server (express 5): POST /api/messages for the Bot Framework, GET /healthz for
 * whoever watches it. Bad requests get a 4xx with the reason, never a 500 or a stack trace.
 * Every dependency is handed in, built by the composition root (bot/composition-root.ts) or by
 * a test; nothing here picks a default of its own.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type NextFunction, type Request, type Response } from "express";
import type { BotCredentials, HttpSettings } from "../config/index";
import type { AnswerEngine } from "../core/answer-engine";
import type { ConversationMemory } from "../core/conversation-memory";
import type { CoreServices } from "../core/handle-message";
import type { Clock, Logger, ProactiveSender, StorageHealth, SubscriptionService, TrackerSource } from "../core/ports";
import { REPORT_PATH_PREFIX, type ReportLinks } from "../reports/report-links";
import { reportRoute } from "../reports/report-route";
import type { ActivityGate } from "../security/activity-gate";
import { activityProblem } from "../security/activity-shape";
import { createTeamsBot } from "../teams/teams-bot";
import type { TestHooks } from "../teams/test-hooks";

/** JSON body limit; Teams activities are a few kB. */
const BODY_LIMIT = "256kb";

export interface ReminderService {
  subscriptions: SubscriptionService;
  /** Whether their storage is sound, for /healthz (`storage`). */
  health?(): Promise<StorageHealth>;
  /** Starts the scheduler, if any; called once the server listens. */
  start?(): void | Promise<void>;
  /** Stops it; called on close. */
  stop?(): void | Promise<void>;
}

export interface BotDependencies {
  /** PORT (0: any free port), the timeouts and connection cap, and the interface to listen on (all when absent). */
  listen: HttpSettings & { host?: string };
  /** Undefined: unauthenticated, for local use only. */
  credentials: BotCredentials | undefined;
  logger: Logger;
  clock: Clock;
  tracker: TrackerSource;
  engine: AnswerEngine;
  /** Tenant allow-list and rate limit. */
  gate: ActivityGate;
  /** Each conversation's previous question, for follow-ups; undefined: follow-ups are answered as they stand. */
  memory: ConversationMemory | undefined;
  /**
   * Subscriptions and the reminder scheduler, built once the Teams edge can post proactively;
   * undefined: the bot has no reminders and says so when asked.
   */
  reminders: ((proactive: ProactiveSender) => ReminderService | Promise<ReminderService>) | undefined;
  /**
   * The status report's download links (GET /reports/…) and the name of the figures' source;
   * undefined: the bot answers the report's summary without a link.
   */
  reports: { links: ReportLinks; source: string } | undefined;
}

export interface RunningBot {
  url: string;
  port: number;
  /** For posting outside a turn (reminders, tests). */
  proactive: ProactiveSender;
  close(): Promise<void>;
}

/**
 * The HTTP server with every limit set (HTTP_* settings): headers within headersTimeout, the
 * whole request within requestTimeout (a dribbled body gets 408 and the connection closes), an
 * idle kept-alive connection closed after keepAliveTimeout, a connection that never starts a
 * request closed after headersTimeout too, and at most maxConnections at once.
 */
function createHttpServer(app: express.Express, limits: HttpSettings) {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node looks for requests past their timeouts; its default (30 s) would let one run 30 s over.
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    app,
  );
  server.maxConnections = limits.maxConnections;
  // A connection that never sends a byte is closed within the headers timeout: by this socket
  // timeout (silently), or by Node 20's connections check (with a 408), whichever comes first.
  // The socket timeout keeps the bound where a Node's check would only start with a request.
  server.on("connection", (socket) => {
    socket.setTimeout(limits.headersTimeoutMs);
    socket.once("data", () => socket.setTimeout(0));
  });
  return server;
}

/**
 * Starts listening. A port already in use rejects with Node's own error (code EADDRINUSE), for
 * the caller to word for whoever set PORT.
 */
export async function startBot(deps: BotDependencies, hooks: TestHooks = {}): Promise<RunningBot> {
  const { logger, clock, tracker } = deps;
  const core: CoreServices = {
    tracker,
    clock,
    engine: deps.engine,
    subscriptions: undefined,
    reportLinks: deps.reports?.links,
    logger,
    memory: deps.memory,
  };
  const teams = createTeamsBot({ credentials: deps.credentials, core, gate: deps.gate }, hooks);
  const reminders = deps.reminders ? await deps.reminders(teams.proactive) : undefined;
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
    // The reminders' storage, when the bot has reminders: not ok while a corrupt document lies set aside.
    const storage = reminders?.health
      ? await reminders.health().catch((): StorageHealth => ({ ok: false, problem: "cannot be checked" }))
      : undefined;
    res.status(200).json({ status: "ok", now: clock.now().toISOString(), tracker: trackerHealth, ...(storage ? { storage } : {}) });
  });

  const json = express.json({ limit: BODY_LIMIT, type: () => true });
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
  if (deps.reports) {
    app.get(`${REPORT_PATH_PREFIX}/:year/:lang/:expires/:signature/:file`, reportRoute({ ...deps.reports, tracker, clock, logger }));
  }
  if (hooks.echoPath && teams.processEcho) app.post(hooks.echoPath, json, activityRoute(teams.processEcho));

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
          ? `the body is too large (limit ${BODY_LIMIT})`
          : status === 500
            ? "internal error"
            : (e.message ?? "bad request");
    if (!res.headersSent) res.status(status).json({ error: reason });
  });

  const server = createHttpServer(app, deps.listen);
  const { host } = deps.listen;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(deps.listen.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host && host !== "0.0.0.0" && host !== "::" ? host : "localhost"}:${port}`;
  // Without PUBLIC_BASE_URL the links point here (local use); behind App Service set it.
  deps.reports?.links.useLocalUrl(url);
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
