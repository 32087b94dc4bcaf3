/**
 * The Graph client's middleware chain, our own two links in front of the SDK's HTTP handler:
 * a bearer token on every request (the SDK's AuthenticationHandler only signs https Graph
 * hosts, which would leave a configured GRAPH_BASE_URL unsigned), Retry-After with a
 * per-attempt timeout, and a cap on how much of an answer is read (an answer is parsed only
 * once it has arrived whole, so its size is what it costs in memory).
 */
import { type Context, HTTPMessageHandler, type Middleware } from "@microsoft/microsoft-graph-client";
import { type RetryPolicy, retryDelaySeconds, sleep } from "./retry-after";
import type { TokenProvider } from "./token-provider";

function setHeader(context: Context, name: string, value: string): void {
  context.options ??= {};
  const headers = new Headers(context.options.headers as HeadersInit | undefined);
  headers.set(name, value);
  context.options.headers = Object.fromEntries(headers.entries());
}

class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly tokens: TokenProvider) {}
  async execute(context: Context): Promise<void> {
    setHeader(context, "Authorization", `Bearer ${await this.tokens.getAccessToken()}`);
    await this.next?.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

class RetryAfterMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(
    private readonly policy: RetryPolicy,
    private readonly timeoutSeconds: number,
  ) {}
  async execute(context: Context): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      context.options ??= {};
      // A fresh deadline per attempt: a hung connection must not hold the answer forever.
      context.options.signal = AbortSignal.timeout(this.timeoutSeconds * 1000);
      await this.next?.execute(context);
      const response = context.response;
      if (!response) return;
      const wait = retryDelaySeconds(response.status, response.headers.get("Retry-After"), attempt, this.policy);
      if (wait === undefined) return;
      await response.body?.cancel().catch(() => undefined);
      await sleep(wait);
    }
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** An answer longer than the cap: thrown by the middleware, told apart by its name. */
export class ResponseTooLargeError extends Error {
  override name = "ResponseTooLarge";
}

/** Reads each answer's body up to maxBytes (counting what arrives, not what it declares) and hands on a copy. */
class ResponseSizeLimitMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly maxBytes: number) {}
  async execute(context: Context): Promise<void> {
    await this.next?.execute(context);
    const response = context.response;
    if (!response?.body) return;
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > this.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new ResponseTooLargeError(`the answer is larger than ${Math.round(this.maxBytes / (1024 * 1024))} MB`);
      }
      chunks.push(value);
    }
    const headers = new Headers(response.headers);
    // The body is handed on as it arrived (decompressed by fetch): its old length and encoding no longer apply.
    headers.delete("content-length");
    headers.delete("content-encoding");
    context.response = new Response(Buffer.concat(chunks, length), { status: response.status, statusText: response.statusText, headers });
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function graphMiddleware(
  tokens: TokenProvider,
  policy: RetryPolicy,
  timeoutSeconds: number,
  maxResponseBytes: number,
): Middleware[] {
  return [
    new BearerTokenMiddleware(tokens),
    new RetryAfterMiddleware(policy, timeoutSeconds),
    new ResponseSizeLimitMiddleware(maxResponseBytes),
    new HTTPMessageHandler(),
  ];
}
