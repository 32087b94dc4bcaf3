/**
 * What the partner actually typed: the one place incoming text is cleaned, for the bot and the
 * CLI alike. Teams hands the bot a message's text with leftovers of its HTML: the @mention as
 * "<at>Partnerskab</at>" (teams-ai removes the one its mention entity names, not every copy),
 * paragraphs, "&nbsp;". They are removed before the words are read. Every pattern stops at the
 * next "<", so cleaning stays linear in the message's length.
 */
import { MAX_QUESTION_LENGTH } from "./types";

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Markup or whitespace that cleaning would change; plain, single-spaced text is returned as it is. */
const NEEDS_CLEANING = /[<&]|\s\s|^\s|\s$|[^\S ]/;

function decodeEntity(match: string, body: string): string {
  const lower = body.toLowerCase();
  const named = ENTITIES[lower];
  if (named !== undefined) return named;
  const code = lower.startsWith("#x")
    ? Number.parseInt(lower.slice(2), 16)
    : lower.startsWith("#")
      ? Number.parseInt(lower.slice(1), 10)
      : Number.NaN;
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return match;
  return String.fromCodePoint(code);
}

/** The message's words without mentions, tags, HTML entities or extra whitespace. */
export function cleanMessage(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/<at\b[^<>]*>[^<]*<\/at>/gi, " ")
    .replace(/<\/?[a-z][^<>]*>/gi, " ")
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, decodeEntity)
    .replace(/\s+/g, " ")
    .trim();
}

/** Markup beyond this multiple of the limit is not worth cleaning: the message is too long anyway. */
const RAW_LENGTH_FACTOR = 4;

export interface MessageText {
  /** The cleaned words to read: all of them, or the first 2,000 characters of an overlong message. */
  text: string;
  /** Over MAX_QUESTION_LENGTH once cleaned (Teams markup does not count against the limit). */
  tooLong: boolean;
}

/** A raw message, cleaned once, and whether it is over the length limit. */
export function messageText(raw: string): MessageText {
  if (raw.length > MAX_QUESTION_LENGTH * RAW_LENGTH_FACTOR) return { text: raw.slice(0, MAX_QUESTION_LENGTH), tooLong: true };
  const cleaned = cleanMessage(raw);
  if (cleaned.length > MAX_QUESTION_LENGTH) return { text: cleaned.slice(0, MAX_QUESTION_LENGTH), tooLong: true };
  return { text: cleaned, tooLong: false };
}
