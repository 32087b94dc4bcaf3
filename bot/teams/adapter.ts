/**
 * The Bot Framework adapter: teams-ai's TeamsAdapter (botbuilder's CloudAdapter underneath),
 * authenticated with the standard MicrosoftApp* settings, or unauthenticated for local use
 * (the Agents Playground, tests) when no app id is set.
 */
import type { TeamsAdapter } from "@microsoft/teams-ai";
import type { BotCredentials } from "../config/index";
import type { Logger } from "../core/ports";
import { AuthenticatingTeamsAdapter } from "./authentication";
import { openIdOverrideSettings, type TestHooks } from "./test-hooks";

export function createTeamsAdapter(credentials: BotCredentials | undefined, logger: Logger, hooks: TestHooks = {}): TeamsAdapter {
  const adapter = new AuthenticatingTeamsAdapter(
    credentials
      ? {
          MicrosoftAppId: credentials.appId,
          MicrosoftAppPassword: credentials.password,
          MicrosoftAppType: credentials.appType,
          MicrosoftAppTenantId: credentials.tenantId,
          ...(hooks.openIdMetadataUrl ? openIdOverrideSettings(hooks.openIdMetadataUrl) : {}),
        }
      : {},
    hooks.outgoingCredentials,
  );
  adapter.onRefused = (reason) => logger.warn({ reason }, "Bot Framework token refused");
  // The core never throws; this catches faults in the SDK layer itself (e.g. the connector
  // refusing a reply) so they are logged instead of surfacing as an unhandled rejection.
  adapter.onTurnError = async (context, error) => {
    logger.error(
      {
        err: error instanceof Error ? error.message : String(error),
        activityType: context.activity?.type,
        conversationId: context.activity?.conversation?.id,
      },
      "turn failed",
    );
  };
  return adapter;
}
