/**
 * The teams-ai Application: routes Teams activities to the SDK-independent core and sends its
 * replies back. Nothing here decides what to answer; that is bot/core/.
 */
import { Application, type TeamsAdapter } from "@microsoft/teams-ai";
import { ActivityTypes, type ChannelAccount, type TurnContext } from "botbuilder";
import { type CoreServices, handleBotAdded, handleBotRemoved, handleMessage } from "../core/handle-message";
import { langFromLocale } from "../core/locale";
import type { OutgoingMessage } from "../core/ports";
import { activityFor, addressFromActivity } from "./address";

export interface TeamsApplicationOptions {
  core: CoreServices;
  /** Absent in route tests, where botbuilder's TestAdapter drives `app.run()` directly. */
  adapter?: TeamsAdapter;
  appId?: string;
}

function includesBot(members: ChannelAccount[] | undefined, context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return !!botId && (members ?? []).some((m) => m.id === botId);
}

async function send(context: TurnContext, messages: OutgoingMessage[]): Promise<void> {
  for (const message of messages) await context.sendActivity(activityFor(message));
}

/**
 * teams-ai 1.7.4's `run()` starts its typing timer on every turn whatever `startTypingTimer` says,
 * so a turn slower than a second sends a "typing" activity before the answer. The bot has said it
 * wants none (see the options below): this keeps it to that.
 */
class QuietApplication extends Application {
  override startTypingTimer(): void {}
}

export function createTeamsApplication(options: TeamsApplicationOptions): Application {
  const { core } = options;
  const app = new QuietApplication({
    ...(options.adapter ? { adapter: options.adapter } : {}),
    ...(options.appId ? { botAppId: options.appId } : {}),
    // No state store: the bot keeps no conversation state (answers are stateless, subscriptions
    // live in bot/reminders), so none is read and written on every turn.
    // In channels the text arrives as "<at>Partnerskab</at> question"; the core strips any rest.
    removeRecipientMention: true,
    // Answers take milliseconds; a typing indicator would only add a round trip to the connector.
    startTypingTimer: false,
    longRunningMessages: false,
  });

  app.activity(ActivityTypes.Message, async (context) => {
    await send(context, await handleMessage(context.activity.text, addressFromActivity(context.activity), core));
  });

  app.conversationUpdate("membersAdded", async (context) => {
    if (!includesBot(context.activity.membersAdded, context)) return;
    const lang = langFromLocale(context.activity.locale);
    await send(context, await handleBotAdded(addressFromActivity(context.activity), lang, core));
  });

  app.conversationUpdate("membersRemoved", async (context) => {
    if (!includesBot(context.activity.membersRemoved, context)) return;
    await handleBotRemoved(addressFromActivity(context.activity), core);
  });

  // A personal install also arrives as membersAdded (which says hello); only removal matters here.
  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    const action = String(context.activity.action ?? "");
    if (action === "remove" || action === "remove-upgrade") await handleBotRemoved(addressFromActivity(context.activity), core);
  });

  // The bot uses no invoke (no card actions, message extensions or sign-in): each gets a plain
  // 200, handled, instead of the SDK's 501 "not implemented".
  app.activity(ActivityTypes.Invoke, async (context) => {
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
  });

  return app;
}
