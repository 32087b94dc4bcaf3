/**
 * A stand-in for the Bot Framework's token service on 127.0.0.1, for the authentication tests:
 * - an OpenID metadata document and its JWKS (the public half of an RSA key made here), served
 *   over http where the bot's openIdMetadataUrl test hook points;
 * - channel tokens signed with that key (and forged ones, signed with another key);
 * - an outgoing-credentials factory, so the bot's replies carry a fixed token instead of asking
 *   Microsoft Entra ID for one (which is not on 127.0.0.1).
 */
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { MicrosoftAppCredentials, PasswordServiceClientCredentialFactory } from "botframework-connector";
import jwt from "jsonwebtoken";

/** The issuer the Bot Framework channel puts in its tokens (botframework-connector checks for it). */
export const CHANNEL_ISSUER = "https://api.botframework.com";
export const OUTGOING_TOKEN = "outgoing-token-for-tests";

interface KeyPair {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

function newKey(kid: string): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

export interface TokenOptions {
  audience: string;
  serviceUrl: string;
  issuer?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  /** Sign with a key the metadata does not publish, under the published key's id. */
  forged?: boolean;
  kid?: string;
}

export class FakeBotLogin {
  metadataRequests = 0;
  private readonly key = newKey("test-key-1");
  private readonly forger = newKey("test-key-1");

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  /** The value for the bot's openIdMetadataUrl test hook (bot/teams/test-hooks.ts). */
  get metadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  static async start(): Promise<FakeBotLogin> {
    let login: FakeBotLogin | undefined;
    const server = createServer((req, res) => login?.handle(req.url ?? "", res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    login = new FakeBotLogin(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return login;
  }

  private handle(url: string, res: import("node:http").ServerResponse): void {
    const json = (body: unknown): void => {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    if (url === "/v1/.well-known/openidconfiguration") {
      this.metadataRequests++;
      json({ issuer: CHANNEL_ISSUER, jwks_uri: `${this.url}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ["RS256"] });
      return;
    }
    if (url === "/v1/.well-known/keys") {
      const jwk = this.key.publicKey.export({ format: "jwk" });
      json({ keys: [{ kty: "RSA", use: "sig", kid: this.key.kid, n: jwk.n, e: jwk.e, endorsements: ["msteams"] }] });
      return;
    }
    res.writeHead(404).end();
  }

  /** A channel token as the Bot Framework would send it in `Authorization: Bearer …`. */
  token(options: TokenOptions): string {
    const signer = options.forged ? this.forger : this.key;
    return jwt.sign({ serviceurl: options.serviceUrl }, signer.privateKey, {
      algorithm: "RS256",
      keyid: options.kid ?? signer.kid,
      issuer: options.issuer ?? CHANNEL_ISSUER,
      audience: options.audience,
      expiresIn: options.expiresIn ?? 3600,
      ...(options.expiresIn !== undefined && options.expiresIn < 0 ? {} : { notBefore: -60 }),
    });
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

class FixedTokenCredentials extends MicrosoftAppCredentials {
  override async getToken(): Promise<string> {
    return OUTGOING_TOKEN;
  }
}

/** Replies signed with OUTGOING_TOKEN; the app id check on incoming tokens stays the SDK's own. */
export class FixedTokenCredentialsFactory extends PasswordServiceClientCredentialFactory {
  override async createCredentials(appId: string, audience: string) {
    return new FixedTokenCredentials(appId, this.password ?? "", undefined, audience);
  }
}
