/**
 * Checking the Bot Framework token on every POST /api/messages (with MicrosoftAppId set).
 * botbuilder's CloudAdapter answers 401 for most bad tokens, but a token signed with a wrong key
 * under a known key id, or one it cannot even decode, surfaces as jsonwebtoken's own error,
 * which the adapter turns into a 500. Here every failure of the token check is a 401, and the
 * bot's handlers never run for it. The 401's body is one fixed word: why the token was refused
 * (an expired token, a DNS failure reaching the login host) is for the bot's log, not for
 * whoever sent the request.
 */
import { TeamsAdapter } from "@microsoft/teams-ai";
import type { Activity, InvokeResponse, TurnContext } from "botbuilder";
import { type AuthenticateRequestResult, AuthenticationError } from "botframework-connector";

const UNAUTHORIZED = 401;

type Logic = (context: TurnContext) => Promise<void>;

export class AuthenticatingTeamsAdapter extends TeamsAdapter {
  /** Told why a token was refused (for the log). */
  onRefused: (reason: string) => void = () => {};

  override async processActivity(
    authHeaderOrResult: string | AuthenticateRequestResult,
    activity: Activity,
    logic: Logic,
  ): Promise<InvokeResponse | undefined> {
    if (typeof authHeaderOrResult !== "string") return super.processActivity(authHeaderOrResult, activity, logic);
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeaderOrResult);
    } catch (err) {
      this.onRefused(err instanceof Error ? err.message : String(err));
      throw new AuthenticationError("Unauthorized", UNAUTHORIZED);
    }
    return super.processActivity(authenticated, activity, logic);
  }
}
