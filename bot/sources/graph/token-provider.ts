/**
 * App-only access tokens for Graph (OAuth 2.0 client credentials) through @azure/identity,
 * which caches the token and renews it before it expires. Tests point the authority host at
 * a fake login server on 127.0.0.1 (it must be https: MSAL refuses plain http), trusting that
 * server's certificate through GRAPH_CA_FILE.
 */
import { readFileSync } from "node:fs";
import { ClientSecretCredential } from "@azure/identity";
import { ConfigError } from "../../config/env";
import type { GraphConfig } from "../../config/index";

export const GRAPH_SCOPE = "https://graph.microsoft.com/.default";

export interface TokenProvider {
  /** A bearer token valid for Graph; throws when none can be had. */
  getAccessToken(): Promise<string>;
}

export class TokenUnavailableError extends Error {
  override name = "TokenUnavailableError";
}

/** A CA file that cannot be read never will be: a setup mistake, one line at start. */
function readCaFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new ConfigError(`GRAPH_CA_FILE ("${path}"): cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

export function clientSecretTokenProvider(config: GraphConfig): TokenProvider {
  const ca = config.caFile ? readCaFile(config.caFile) : undefined;
  const credential = new ClientSecretCredential(config.tenantId, config.clientId, config.clientSecret, {
    authorityHost: config.authorityHost,
    // Instance discovery asks login.microsoftonline.com about the authority; off for a
    // configured host so the bot (and the tests) never need that round trip.
    disableInstanceDiscovery: config.authorityHost !== "https://login.microsoftonline.com",
    ...(ca ? { tlsOptions: { ca } } : {}),
    retryOptions: { maxRetries: 1 },
  });
  return {
    async getAccessToken() {
      try {
        const token = await credential.getToken(GRAPH_SCOPE);
        if (!token?.token) throw new TokenUnavailableError("the identity platform returned no access token");
        return token.token;
      } catch (err) {
        if (err instanceof TokenUnavailableError) throw err;
        // The credential's own message can be long and include request ids; keep its first line.
        const first = String((err as Error)?.message ?? err).split("\n")[0];
        throw new TokenUnavailableError(`cannot get a Graph token: ${first}`);
      }
    },
  };
}
