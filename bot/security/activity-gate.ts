/**
 * What every activity passes before the bot's handlers see it (after the Bot Framework token is
 * checked): the tenant allow-list and the per-conversation rate limit. SDK-independent: the
 * Teams layer describes the activity as an IncomingActivity and sends back any reply given.
 */
import { guessLanguage, type Lang, t } from "../../shared/index";
import { langFromLocale } from "../core/locale";
import type { Clock, Logger, OutgoingMessage } from "../core/ports";
import { ConversationRateLimiter } from "./rate-limiter";
import { TenantAllowList } from "./tenant-allow-list";

export interface IncomingActivity {
  type: string;
  conversationId: string;
  tenantId: string | undefined;
  text: string | undefined;
  locale: string | undefined;
  /** A conversationUpdate that adds members (the bot joining a team or chat). */
  membersAdded: boolean;
}

export type Admission = { admitted: true } | { admitted: false; reply: OutgoingMessage | undefined };

export interface ActivityGateOptions {
  /** Tenant ids; undefined or empty = every tenant. */
  allowedTenants: readonly string[] | undefined;
  /** Messages per conversation per minute; 0 = no limit. */
  rateLimitPerMinute: number;
  clock: Clock;
  logger: Logger;
}

/** The refusal for a stranger's tenant: short, and nothing about the partnership's figures. */
export function tenantRefusal(lang: Lang): OutgoingMessage {
  return {
    text: t(
      lang,
      "Beklager, denne bot er kun for tryghedspartnerskabets egne organisationer.",
      "Sorry, this bot is only for the safety partnership's own organisations.",
    ),
  };
}

export function rateLimitNotice(lang: Lang, perMinute: number): OutgoingMessage {
  return {
    text: t(
      lang,
      `Du har sendt mange beskeder på kort tid (mere end ${perMinute} i minuttet). Vent et øjeblik, så svarer jeg igen.`,
      `You have sent a lot of messages in a short time (more than ${perMinute} a minute). Please wait a moment, and I will answer again.`,
    ),
  };
}

/** Teams threads in a channel share the channel's conversation id before ";messageid=". */
const baseConversation = (id: string) => id.split(";messageid=")[0] ?? id;

export class ActivityGate {
  private readonly tenants: TenantAllowList;
  private readonly limiter: ConversationRateLimiter | undefined;

  constructor(private readonly options: ActivityGateOptions) {
    this.tenants = new TenantAllowList(options.allowedTenants);
    this.limiter =
      options.rateLimitPerMinute > 0
        ? new ConversationRateLimiter({ perMinute: options.rateLimitPerMinute, clock: options.clock })
        : undefined;
  }

  admit(activity: IncomingActivity): Admission {
    const { logger } = this.options;
    const isMessage = activity.type === "message";
    // Only a refusal needs the language; an admitted message is read once, by the answer engine.
    const lang = (): Lang => (isMessage ? guessLanguage(activity.text) : langFromLocale(activity.locale));
    if (!this.tenants.allows(activity.tenantId)) {
      logger.warn(
        { tenantId: activity.tenantId ?? null, conversationId: activity.conversationId, activityType: activity.type },
        "activity refused: its tenant is not in ALLOWED_TENANTS",
      );
      // A message, or the bot being added, is answered (so a person knows why); the rest is dropped.
      const answer = isMessage || (activity.type === "conversationUpdate" && activity.membersAdded);
      return { admitted: false, reply: answer ? tenantRefusal(lang()) : undefined };
    }
    if (!isMessage) return { admitted: true };
    // The words only at debug level: they may hold personal data. The core logs the intent at info.
    logger.debug?.(
      {
        conversationId: activity.conversationId,
        tenantId: activity.tenantId ?? null,
        textLength: activity.text?.length ?? 0,
        text: activity.text ?? "",
      },
      "message received",
    );
    const decision = this.limiter?.check(baseConversation(activity.conversationId)) ?? "ok";
    if (decision === "ok") return { admitted: true };
    if (decision === "notice") {
      logger.warn({ conversationId: activity.conversationId, perMinute: this.options.rateLimitPerMinute }, "rate limit reached");
      return { admitted: false, reply: rateLimitNotice(lang(), this.options.rateLimitPerMinute) };
    }
    return { admitted: false, reply: undefined };
  }
}
