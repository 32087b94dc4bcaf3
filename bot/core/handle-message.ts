/**
 * One incoming message → the replies, independent of any SDK. The bot's fault boundary: the
 * answer engine (shared/) throws what it cannot do, and here a fault becomes a short apology in
 * the asker's language while the fault, with its stack, is logged for whoever runs the bot.
 * A follow-up ("og hærværk?") is asked with what it leaves out of the conversation's previous
 * question (conversation-memory.ts).
 */
import {
  type Answer,
  type BotAction,
  continueFrom,
  guessLanguage,
  intentRecord,
  type Lang,
  reportLinkWords,
  reportYear,
  t,
  type Understanding,
} from "../../shared/index";
import type { AnswerEngine } from "./answer-engine";
import type { ConversationMemory } from "./conversation-memory";
import { TrackerUnavailableError } from "./errors";
import { faultForLog } from "./faults";
import type {
  Clock,
  ConversationAddress,
  Logger,
  OutgoingMessage,
  ReportLink,
  ReportLinkIssuer,
  SubscriptionService,
  TrackerSnapshot,
  TrackerSource,
} from "./ports";

export { faultForLog };

export interface CoreServices {
  tracker: TrackerSource;
  clock: Clock;
  engine: AnswerEngine;
  /** Undefined when reminders are not switched on. */
  subscriptions: SubscriptionService | undefined;
  /** Links to the status report's Word document; undefined: the summary is answered without one. */
  reportLinks?: ReportLinkIssuer | undefined;
  logger: Logger;
  /** Each conversation's previous question, for follow-ups; undefined: follow-ups are answered as they stand. */
  memory?: ConversationMemory | undefined;
}

/** One message's replies, and keeping its question for a follow-up (after the replies are sent). */
export interface Turn {
  replies: OutgoingMessage[];
  /** Never throws (a storage fault is logged). */
  remember(): Promise<void>;
}

const nothingToRemember = async (): Promise<void> => {};

/**
 * An answer as Teams shows it: a card that opens with the short answer (also the message's
 * summary, its notification line), or the text alone when there is nothing beside it.
 */
export function messageFor(answer: Answer): OutgoingMessage {
  if (answer.textOnly || !answer.card) return { text: answer.text };
  return { text: answer.summary, card: answer.card };
}

export function apology(lang: Lang): OutgoingMessage {
  return {
    text: t(
      lang,
      "Beklager, noget gik galt, da jeg skulle svare. Prøv igen om lidt.",
      "Sorry, something went wrong while I was answering. Please try again in a moment.",
    ),
  };
}

export function trackerUnavailable(lang: Lang): OutgoingMessage {
  return {
    text: t(
      lang,
      "Beklager, jeg kan ikke læse trackeren lige nu, så jeg har ingen tal at svare med. Prøv igen om lidt.",
      "Sorry, I cannot read the tracker right now, so I have no figures to answer with. Please try again in a moment.",
    ),
  };
}

export function remindersOff(lang: Lang): OutgoingMessage {
  return {
    text: t(
      lang,
      "Påmindelser er ikke slået til for denne bot. Spørg den, der driver botten, om de kan slås til.",
      "Reminders are not switched on for this bot. Ask whoever runs the bot to switch them on.",
    ),
  };
}

async function subscriptionReply(
  action: Exclude<BotAction, "answer" | "report-download">,
  understanding: Understanding,
  address: ConversationAddress,
  subscriptions: SubscriptionService | undefined,
): Promise<OutgoingMessage> {
  const { lang } = understanding;
  if (!subscriptions) return remindersOff(lang);
  switch (action) {
    case "subscribe":
      return subscriptions.subscribe(address, understanding.group ? { group: understanding.group, lang } : { lang });
    case "unsubscribe":
      return subscriptions.unsubscribe(address, lang);
    case "list-subscriptions":
      return subscriptions.list(address, lang);
  }
}

/**
 * The status report's summary with a link to its Word document, when the year has a report and
 * links are on: one message, the card's download button first, then the suggested questions.
 */
async function withReportLink(
  answer: Answer,
  understanding: Understanding,
  snapshot: TrackerSnapshot,
  now: Date,
  links: ReportLinkIssuer | undefined,
  logger: Logger,
): Promise<OutgoingMessage> {
  const message = messageFor(answer);
  const { year, inPeriod } = reportYear(snapshot.agreement, understanding.year, now);
  if (!links || !inPeriod) return message;
  let link: ReportLink;
  try {
    link = await links.linkFor(year, answer.lang);
  } catch (err) {
    // The key could not be read from the storage: the summary still answers, without its link.
    logger.warn({ err: faultForLog(err), year }, "status report link: not made");
    return message;
  }
  const words = reportLinkWords(year, link.expiresAt, answer.lang);
  const line = `${words.line} ${link.url}`;
  if (!message.card) return { text: `${message.text}\n${line}` };
  const card = message.card;
  return {
    ...message,
    card: {
      ...card,
      body: [...card.body, { type: "TextBlock", text: line, wrap: true }],
      actions: [{ type: "Action.OpenUrl", title: words.button, url: link.url }, ...(card.actions ?? [])],
    },
  };
}

/**
 * One message's replies, and how to keep its question for the conversation's next message.
 * `rawText` is the activity's text as Teams sent it (it may still hold an <at>mention</at> or
 * HTML): the engine cleans it, once.
 */
export async function answerTurn(rawText: string | undefined, address: ConversationAddress, services: CoreServices): Promise<Turn> {
  const text = rawText ?? "";
  const { conversationId } = address;
  let understood: Lang | undefined;
  // The replies written when the engine could not run still speak the asker's language.
  const lang = (): Lang => understood ?? guessLanguage(text);
  try {
    const snapshot = await services.tracker.current();
    const now = services.clock.now();
    let understanding = services.engine.understand(text, {
      agreement: snapshot.agreement,
      now,
      activities: snapshot.tracker.activities,
    });
    understood = understanding.lang;
    const { memory } = services;
    if (understanding.followUp && memory) understanding = continueFrom(await memory.recall(conversationId, now), understanding);
    // What was asked (a follow-up as continued), never the words (those are at debug level, in the activity gate).
    services.logger.info(
      {
        conversationId: address.conversationId,
        tenantId: address.tenantId ?? null,
        intent: understanding.intent,
        lang: understanding.lang,
        textLength: text.length,
      },
      "message received",
    );
    const action = intentRecord(understanding.intent).botAction;
    if (action !== "answer" && action !== "report-download") {
      return { replies: [await subscriptionReply(action, understanding, address, services.subscriptions)], remember: nothingToRemember };
    }
    const answer = services.engine.answer(understanding, {
      agreement: snapshot.agreement,
      tracker: snapshot.tracker,
      now,
      ...(snapshot.staleSince ? { staleSince: snapshot.staleSince } : {}),
    });
    const asked = understanding;
    const remember = memory ? () => memory.remember(conversationId, asked, now) : nothingToRemember;
    if (action === "report-download") {
      return { replies: [await withReportLink(answer, understanding, snapshot, now, services.reportLinks, services.logger)], remember };
    }
    return { replies: [messageFor(answer)], remember };
  } catch (err) {
    if (err instanceof TrackerUnavailableError) {
      services.logger.warn({ reason: err.reason, conversationId }, "tracker unavailable");
      return { replies: [trackerUnavailable(lang())], remember: nothingToRemember };
    }
    services.logger.error({ err: faultForLog(err), conversationId }, "answering a message failed");
    return { replies: [apology(lang())], remember: nothingToRemember };
  }
}

/** The replies to one message, its question kept for a follow-up (see answerTurn). */
export async function handleMessage(
  rawText: string | undefined,
  address: ConversationAddress,
  services: CoreServices,
): Promise<OutgoingMessage[]> {
  const turn = await answerTurn(rawText, address, services);
  await turn.remember();
  return turn.replies;
}

/** The hello when the bot joins a conversation, without reminders switched on. */
export function hello(lang: Lang): OutgoingMessage {
  return {
    text: t(
      lang,
      "Hej! Jeg er Partnerskab-botten. Spørg mig om partnerskabsaftalen, fx »Hvordan går det med indbrud i forhold til måltallet for 2015?« eller »Hvornår er næste styregruppemøde?«. Skriv »hjælp« for flere eksempler.",
      'Hello! I am the Partnerskab bot. Ask me about the partnership agreement, e.g. "How are burglaries doing against the 2015 target?" or "When is the next steering group meeting?". Type "help" for more examples.',
    ),
  };
}

/** The bot was added to a conversation: remember it (when reminders are on) and say hello. */
export async function handleBotAdded(address: ConversationAddress, lang: Lang, services: CoreServices): Promise<OutgoingMessage[]> {
  try {
    return [services.subscriptions ? await services.subscriptions.botAdded(address, lang) : hello(lang)];
  } catch (err) {
    services.logger.error({ err: faultForLog(err), conversationId: address.conversationId }, "bot added: failed");
    return [hello(lang)];
  }
}

/** The bot was removed from a conversation: forget it. Never throws. */
export async function handleBotRemoved(address: ConversationAddress, services: CoreServices): Promise<void> {
  try {
    await services.subscriptions?.botRemoved(address);
  } catch (err) {
    services.logger.error({ err: faultForLog(err), conversationId: address.conversationId }, "bot removed: failed");
  }
}
