/**
 * What the bot's logs may hold: never a secret, never more than 200 characters of anything a
 * person typed. Applied to every log line by the pino logger (bot/log.ts), so a careless log
 * call elsewhere (a whole error, a request's headers, a message's text) is made safe here.
 */

/** The longest piece of any logged string (a message's text, an error message). */
export const MAX_LOGGED_TEXT = 200;
/**
 * A file's path is kept whole (up to this): a person must be able to find the file it names
 * (a corrupt document moved aside, the tracker). Only fields that hold paths get it.
 */
export const MAX_LOGGED_PATH = 4096;
const PATH_KEY = /^(file|path|dir|movedTo)$/;
const REDACTED = "[redacted]";

/** Fields whose value is a secret whatever it holds. */
const SECRET_KEY =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-ms-.*key.*|.*password.*|.*secret.*|.*token.*|.*connectionstring.*|connection_string|accountkey|account_key|sig|signature|credentials?)$/i;

/**
 * API-key style fields and headers, whatever service they are for: x-api-key, api-key, apikey,
 * x-functions-key, ocp-apim-subscription-key, x-goog-api-key, subscription-key, access_key,
 * client-key … (a field named plainly `key`, such as a storage key, is not one).
 */
const API_KEY = /(^|[-_.])(api|apim|functions|function|subscription|access|client|private|auth|master|host)?[-_]?key$|apikey|api[-_]key/i;

function isApiKey(field: string): boolean {
  return field.toLowerCase() !== "key" && API_KEY.test(field);
}

/** Environment variables that hold secrets (their values are scrubbed wherever they appear). */
const SECRET_ENV = /(PASSWORD|SECRET|CONNECTION_STRING|ACCOUNT_KEY|ACCESS_KEY|TOKEN)/i;

/** Secrets that show up inside text: keys in connection strings, SAS signatures, bearer tokens, JWTs. */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/(AccountKey|SharedAccessKey|SharedAccessSignature)=[^;\s"']+/gi, `$1=${REDACTED}`],
  [/([?&]sig=)[^&\s"']+/gi, `$1${REDACTED}`],
  [/(client_secret|password|access_token|refresh_token)=[^&\s"']+/gi, `$1=${REDACTED}`],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
];

/** The secret values in an environment, and the account key inside a storage connection string. */
export function secretValuesFromEnv(env: Record<string, string | undefined>): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value || !SECRET_ENV.test(name)) continue;
    values.add(value.trim());
    for (const m of value.matchAll(/(?:AccountKey|SharedAccessSignature|SharedAccessKey)=([^;]+)/gi)) if (m[1]) values.add(m[1]);
  }
  // Short values ("1", "true") would blank out ordinary words; real secrets are longer.
  return [...values].filter((v) => v.length >= 8).sort((a, b) => b.length - a.length);
}

export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** At most MAX_LOGGED_TEXT characters, and a note of how many were left out. */
export function capText(text: string, max = MAX_LOGGED_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max)}…[+${text.length - max} chars]`;
}

/** A stack without its first line (the error message, logged and capped on its own): code locations only. */
function stackFrames(stack: string): string {
  return stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .map((line) => capText(line.trim()))
    .join("\n");
}

const MAX_DEPTH = 6;
const MAX_ITEMS = 50;

/** A copy of `value` that is safe to log. */
export function sanitizeForLog(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return capText(scrubSecrets(value, secrets));
  if (value === null || typeof value !== "object") return typeof value === "function" ? undefined : value;
  if (depth >= MAX_DEPTH) return "[nested too deep]";
  if (value instanceof Date) return value;
  if (value instanceof Error) {
    // pino's err serializer hands over an Error-like object with its own `type`.
    const type = (value as { type?: unknown }).type;
    return {
      type: typeof type === "string" ? type : value.name,
      message: sanitizeForLog(value.message, secrets, depth + 1),
      ...(value.stack ? { stack: stackFrames(value.stack) } : {}),
    };
  }
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => sanitizeForLog(item, secrets, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `…[+${value.length - MAX_ITEMS} items]`] : items;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if ((SECRET_KEY.test(key) || isApiKey(key)) && item !== undefined && item !== null && item !== "") out[key] = REDACTED;
    else if (key === "stack" && typeof item === "string") out[key] = stackFrames(scrubSecrets(item, secrets));
    else if (PATH_KEY.test(key) && typeof item === "string") out[key] = capText(scrubSecrets(item, secrets), MAX_LOGGED_PATH);
    else out[key] = sanitizeForLog(item, secrets, depth + 1);
  }
  return out;
}
