/**
 * The Graph client's middleware chain, our own two links in front of the SDK's HTTP handler:
 * a bearer token on every request (the SDK's AuthenticationHandler only signs https Graph
 * hosts, which would leave a configured GRAPH_BASE_URL unsigned), and Retry-After with a
 * per-attempt timeout.
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

export function graphMiddleware(tokens: TokenProvider, policy: RetryPolicy, timeoutSeconds: number): Middleware[] {
  return [new BearerTokenMiddleware(tokens), new RetryAfterMiddleware(policy, timeoutSeconds), new HTTPMessageHandler()];
}
