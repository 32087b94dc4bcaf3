/** Runs the activity gate (bot/security/) on a turn: the SDK's activity → the gate's plain description. */
import type { TurnContext } from "botbuilder";
import type { ActivityGate, IncomingActivity } from "../security/activity-gate";
import { activityFor } from "./address";

export function incomingActivity(context: TurnContext): IncomingActivity {
  const activity = context.activity;
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const tenantId = typeof channelData?.tenant?.id === "string" ? channelData.tenant.id : activity.conversation?.tenantId;
  return {
    type: activity.type,
    conversationId: activity.conversation?.id ?? "",
    tenantId: tenantId || undefined,
    text: typeof activity.text === "string" ? activity.text : undefined,
    locale: typeof activity.locale === "string" ? activity.locale : undefined,
    membersAdded: Array.isArray(activity.membersAdded) && activity.membersAdded.length > 0,
  };
}

/** True when the turn may go on to the bot's handlers; otherwise any refusal is sent here. */
export async function admitTurn(context: TurnContext, gate: ActivityGate | undefined): Promise<boolean> {
  if (!gate) return true;
  const admission = gate.admit(incomingActivity(context));
  if (admission.admitted) return true;
  if (admission.reply) await context.sendActivity(activityFor(admission.reply));
  // An invoke waits for an answer of its own: refused, not "not implemented".
  if (context.activity.type === "invoke") await context.sendActivity({ type: "invokeResponse", value: { status: 403 } });
  return false;
}
