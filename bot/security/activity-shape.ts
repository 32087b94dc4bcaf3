/**
 * The shape an activity must have before the Bot Framework adapter sees it. The adapter itself
 * either throws deep inside (a 500) or runs a turn that cannot reply (no conversation, no
 * serviceUrl); checking here gives the sender a 400 with the reason instead.
 */

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const isNonEmptyString = (x: unknown): x is string => typeof x === "string" && x.trim() !== "";

/** Activity types the bot replies to; they need a serviceUrl to reply at. */
const REPLYING_TYPES = new Set(["message", "conversationUpdate", "installationUpdate"]);

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

function optionalObjectProblem(body: Json, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) return `\`${field}\` must be an object`;
  if (value.id !== undefined && typeof value.id !== "string") return `\`${field}.id\` must be a string`;
  return undefined;
}

function optionalTypeProblem(body: Json, field: string, kind: "string" | "array"): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  const ok = kind === "array" ? Array.isArray(value) : typeof value === kind;
  return ok ? undefined : `\`${field}\` must be ${kind === "array" ? "an array" : "a string"}`;
}

/** Why `body` is not an activity the bot can handle, or undefined when it is. */
export function activityProblem(body: unknown): string | undefined {
  if (!isObject(body)) return "the body must be a Bot Framework activity: a JSON object with a string `type`";
  if (!isNonEmptyString(body.type)) return 'the activity has no `type` (a string such as "message")';
  if (body.type.length > 100) return "the activity's `type` is longer than 100 characters";
  if (!isObject(body.conversation) || !isNonEmptyString(body.conversation.id)) {
    return "the activity has no `conversation.id`: every activity belongs to a conversation";
  }
  if (body.conversation.tenantId !== undefined && typeof body.conversation.tenantId !== "string") {
    return "`conversation.tenantId` must be a string";
  }
  if (body.serviceUrl !== undefined && body.serviceUrl !== null) {
    if (typeof body.serviceUrl !== "string" || !isHttpUrl(body.serviceUrl)) return "`serviceUrl` must be an http(s) URL";
  } else if (REPLYING_TYPES.has(body.type)) {
    return `a ${body.type} activity needs a \`serviceUrl\` to reply at`;
  }
  for (const field of ["from", "recipient", "channelData"]) {
    const problem = optionalObjectProblem(body, field);
    if (problem) return problem;
  }
  if (isObject(body.channelData) && body.channelData.tenant !== undefined && body.channelData.tenant !== null) {
    const tenant = body.channelData.tenant;
    if (!isObject(tenant) || (tenant.id !== undefined && typeof tenant.id !== "string")) return "`channelData.tenant.id` must be a string";
  }
  for (const field of ["text", "channelId", "locale", "id", "action", "replyToId", "timestamp"]) {
    const problem = optionalTypeProblem(body, field, "string");
    if (problem) return problem;
  }
  for (const field of ["membersAdded", "membersRemoved", "attachments", "entities"]) {
    const problem = optionalTypeProblem(body, field, "array");
    if (problem) return problem;
  }
  for (const field of ["membersAdded", "membersRemoved"]) {
    const members = body[field];
    if (Array.isArray(members) && !members.every((m) => isObject(m) && (m.id === undefined || typeof m.id === "string"))) {
      return `\`${field}\` must hold objects with a string \`id\``;
    }
  }
  // Every activity says who sent it, to whom and on which channel: without them no reply or
  // check can be made, and the SDK would fail the turn after answering 200.
  for (const field of ["from", "recipient"]) {
    const party = body[field];
    if (!isObject(party) || !isNonEmptyString(party.id))
      return `the activity has no \`${field}.id\`: every activity says who sent it and to whom`;
  }
  if (!isNonEmptyString(body.channelId)) return 'the activity has no `channelId` (such as "msteams")';
  return undefined;
}
