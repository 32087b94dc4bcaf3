/**
 * Benchmark and test hooks, all in this one place and all off unless a test or benchmark hands
 * them to startBot (bot/http/server.ts) explicitly. The composition root never passes any, so
 * nothing here runs in production.
 */
import type { TeamsAdapter } from "@microsoft/teams-ai";
import { CallerIdConstants, type TurnContext } from "botbuilder";
import { AuthenticationConstants } from "botframework-connector";

/** The SDK's factory for the credentials replies are sent with. */
export type OutgoingCredentialsFactory = NonNullable<ConstructorParameters<typeof TeamsAdapter>[1]>;

export interface TestHooks {
  /**
   * Also serve a bare echo turn on the same adapter and server at this path: the latency
   * benchmark's baseline (bench/bot-latency.bench.ts).
   */
  echoPath?: string;
  /**
   * How replies get their outgoing token when MicrosoftAppId is set (normally MSAL against
   * Microsoft Entra ID, which is not on 127.0.0.1): tests/security/authentication.test.ts.
   */
  outgoingCredentials?: OutgoingCredentialsFactory;
  /**
   * Where the channel's token signing keys are published: a local OpenID document instead of
   * login.botframework.com (tests/helpers/fake-bot-login.ts).
   */
  openIdMetadataUrl?: string;
}

/** The echo route's turn: the message's text straight back, nothing of ours in between. */
export async function echoTurn(context: TurnContext): Promise<void> {
  if (context.activity.type === "message") await context.sendActivity(context.activity.text ?? "");
}

/**
 * The adapter settings for a different OpenID metadata document (TestHooks.openIdMetadataUrl).
 * Setting any one endpoint switches botbuilder to "custom cloud", where every other one must be
 * given too, so the public cloud's values are spelled out here. Emulator tokens are checked
 * against the same document, so nothing is fetched from the internet.
 */
export function openIdOverrideSettings(openIdMetadataUrl: string): Record<string, string> {
  return {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
