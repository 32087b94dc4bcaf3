/**
 * The teams-ai Application: routes Teams activities to the SDK-independent core and sends its
 * replies back. Nothing here decides what to answer; that is bot/core/.
 */
import { Application, type TeamsAdapter } from "@microsoft/teams-ai";
import { ActivityTypes, type ChannelAccount, type TurnContext } from "botbuilder";
import { ASK_VERB } from "../../shared/index";
import { answerTurn, type CoreServices, handleBotAdded, handleBotRemoved } from "../core/handle-message";
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

/**
 * A suggestion button's data posted as the activity's value: a message without text whose value
 * says `verb: "ask"` (teams-ai's own verb matcher would read a property of a null value).
 */
function isAskButton(context: TurnContext): Promise<boolean> {
  const { type, text, value } = context.activity;
  const data = value as { verb?: unknown } | null | undefined;
  return Promise.resolve(type === ActivityTypes.Message && !text && typeof data === "object" && data !== null && data.verb === ASK_VERB);
}

export function createTeamsApplication(options: TeamsApplicationOptions): Application {
  const { core } = options;
  const app = new QuietApplication({
    ...(options.adapter ? { adapter: options.adapter } : {}),
    ...(options.appId ? { botAppId: options.appId } : {}),
    // No state store: teams-ai's turn state would be read and written on every turn; the bot's
    // own state (a conversation's previous question, subscriptions) lives in its storage.
    // In channels the text arrives as "<at>Partnerskab</at> question"; the core strips any rest.
    removeRecipientMention: true,
    // Answers take milliseconds; a typing indicator would only add a round trip to the connector.
    startTypingTimer: false,
    longRunningMessages: false,
  });

  /** Answers a question, then keeps it for a follow-up (after the reply is on its way). */
  const answer = async (context: TurnContext, question: string | undefined) => {
    const turn = await answerTurn(question, addressFromActivity(context.activity), core);
    await send(context, turn.replies);
    await turn.remember();
  };

  // A suggestion button where the host posts its data instead of an imBack (the Agents
  // Playground, Web Chat): the question it carries is answered as if typed. In Teams the
  // button is an imBack and arrives as a typed message. First, so the message route below
  // does not take it.
  app.adaptiveCards.actionSubmit(isAskButton, async (context, _state, data) => {
    const question = (data as { question?: unknown }).question;
    await answer(context, typeof question === "string" ? question : undefined);
  });

  app.activity(ActivityTypes.Message, async (context) => {
    await answer(context, context.activity.text);
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
