/**
 * The few Graph calls the sources make, on `@microsoft/microsoft-graph-client`: a GET, and a
 * JSON batch (/$batch, up to 20 requests in one round trip) whose throttled parts are retried
 * after their own Retry-After. Every failure becomes a GraphRequestError saying whether it is
 * passing (throttling, outage, network) or not (wrong id, no permission).
 */
import { Client, GraphError, ResponseType } from "@microsoft/microsoft-graph-client";
import { WORKBOOK_FILE_LIMITS } from "../../../shared/index";
import type { GraphConfig } from "../../config/index";
import { graphMiddleware } from "./graph-middleware";
import { RETRYABLE_STATUSES, type RetryPolicy, retryDelaySeconds, sleep } from "./retry-after";
import { type TokenProvider, TokenUnavailableError } from "./token-provider";

export const MAX_BATCH = 20;

export class GraphRequestError extends Error {
  override name = "GraphRequestError";
  constructor(
    message: string,
    /** HTTP status; 0 when no answer came (refused, reset, timed out) or no token could be had. */
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
  }
  /** Worth trying again later (and meanwhile answering from the last good copy). */
  get transient(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }
}

export interface BatchItem {
  id: string;
  /** Relative to the version root, e.g. /drives/{id}/items/{id} */
  url: string;
  headers?: Record<string, string>;
}

export interface BatchResult {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

type BatchPart = BatchResult & { id: string };

export interface GraphApi {
  get(path: string, headers?: Record<string, string>): Promise<unknown>;
  /** A file's content as text (a download), within the answer cap. */
  getText(path: string): Promise<string>;
  /** Results by item id; a part that failed for good keeps its error status for the caller. */
  batch(items: readonly BatchItem[]): Promise<Map<string, BatchResult>>;
  /** A path relative to the version root for an absolute @odata.nextLink. */
  relativePath(absoluteUrl: string): string;
}

function splitBaseUrl(baseUrl: string): { origin: string; version: string } {
  const parsed = new URL(baseUrl);
  return { origin: parsed.origin, version: parsed.pathname.replace(/^\/+|\/+$/g, "") };
}

function toRequestError(err: unknown, what: string): GraphRequestError {
  if (err instanceof GraphRequestError) return err;
  if (err instanceof TokenUnavailableError) return new GraphRequestError(err.message, 0, "token");
  if (err instanceof GraphError) {
    if (err.code === "ResponseTooLarge") {
      return new GraphRequestError(`${what}: ${String(err.body ?? "").replace(/^ResponseTooLarge: /, "")}`, 413, "responseTooLarge");
    }
    const status = Math.max(err.statusCode, 0);
    // With no HTTP answer the SDK keeps the cause only as text in `body` (a refused connection, a timeout, no token).
    const cause = typeof err.body === "string" ? err.body.split("\n")[0] : undefined;
    const reason = status > 0 ? `HTTP ${status}${err.code ? ` ${err.code}` : ""}` : (cause ?? err.code ?? "no answer");
    if (err.code === "TokenUnavailableError") return new GraphRequestError(cause ?? reason, 0, "token");
    return new GraphRequestError(`${what}: ${reason}`, status, err.code ?? undefined);
  }
  // The SDK wraps fetch failures in GraphError; anything else is still a failed call, not a crash.
  return new GraphRequestError(`${what}: ${String((err as Error)?.message ?? err)}`, 0, undefined);
}

function headerRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

export function createGraphApi(config: GraphConfig, tokens: TokenProvider): GraphApi {
  const policy: RetryPolicy = { maxRetries: config.maxRetries, maxWaitSeconds: config.maxRetryWaitSeconds };
  const { origin, version } = splitBaseUrl(config.baseUrl);
  const client = Client.initWithMiddleware({
    middleware: graphMiddleware(tokens, policy, config.timeoutSeconds, WORKBOOK_FILE_LIMITS.maxGraphResponseBytes),
    baseUrl: origin,
    defaultVersion: version,
  });
  const root = `${origin}/${version}`.replace(/\/+$/, "");

  async function get(path: string, headers: Record<string, string> = {}): Promise<unknown> {
    try {
      return await client.api(path).headers(headers).get();
    } catch (err) {
      throw toRequestError(err, `GET ${path.split("?")[0]}`);
    }
  }

  async function getText(path: string): Promise<string> {
    try {
      const body: unknown = await client.api(path).responseType(ResponseType.TEXT).get();
      return typeof body === "string" ? body : JSON.stringify(body);
    } catch (err) {
      throw toRequestError(err, `GET ${path.split("?")[0]}`);
    }
  }

  async function postBatch(items: readonly BatchItem[]): Promise<BatchPart[]> {
    let body: unknown;
    try {
      body = await client
        .api("/$batch")
        .post({ requests: items.map((i) => ({ id: i.id, method: "GET", url: i.url, headers: i.headers })) });
    } catch (err) {
      throw toRequestError(err, "POST /$batch");
    }
    const responses = (body as { responses?: unknown })?.responses;
    if (!Array.isArray(responses)) throw new GraphRequestError("POST /$batch: the answer held no responses", 502, "badBatch");
    return responses.map((r) => {
      const part = r as { id?: unknown; status?: unknown; headers?: unknown; body?: unknown };
      return { id: String(part.id), status: Number(part.status) || 0, headers: headerRecord(part.headers), body: part.body };
    });
  }

  async function batch(items: readonly BatchItem[]): Promise<Map<string, BatchResult>> {
    const results = new Map<string, BatchResult>();
    for (let start = 0; start < items.length; start += MAX_BATCH) {
      let pending = items.slice(start, start + MAX_BATCH);
      for (let attempt = 0; pending.length > 0; attempt++) {
        const answers = await postBatch(pending);
        for (const a of answers) results.set(a.id, { status: a.status, headers: a.headers, body: a.body });
        const throttled = answers.filter((a) => RETRYABLE_STATUSES.has(a.status));
        if (throttled.length === 0) break;
        // Each throttled part names its own wait; honour the longest before sending them again.
        const waits = throttled.map((a) => retryDelaySeconds(a.status, a.headers["retry-after"], attempt, policy));
        if (waits.some((w) => w === undefined)) break;
        await sleep(Math.max(...(waits as number[])));
        const again = new Set(throttled.map((a) => a.id));
        pending = pending.filter((i) => again.has(i.id));
      }
    }
    return results;
  }

  function relativePath(absoluteUrl: string): string {
    return absoluteUrl.startsWith(root) ? absoluteUrl.slice(root.length) : absoluteUrl;
  }

  return { get, getText, batch, relativePath };
}

/** The body of a batch part, or a GraphRequestError carrying the part's status. */
export function bodyOf(part: BatchResult | undefined, what: string): unknown {
  if (!part) throw new GraphRequestError(`${what}: missing from the batch answer`, 502, "badBatch");
  if (part.status < 200 || part.status >= 300) {
    const code = (part.body as { error?: { code?: string } } | undefined)?.error?.code;
    throw new GraphRequestError(`${what}: HTTP ${part.status}${code ? ` ${code}` : ""}`, part.status, code);
  }
  return part.body;
}

export function partBody(results: ReadonlyMap<string, BatchResult>, id: string, what: string): unknown {
  return bodyOf(results.get(id), what);
}
