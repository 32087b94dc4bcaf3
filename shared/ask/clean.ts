/**
 * Teams hands the bot a message's text with leftovers of its HTML: the @mention as
 * "<at>Partnerskab</at>", paragraphs, "&nbsp;". They are removed before the words are read.
 * Every pattern stops at the next "<", so cleaning stays linear in the message's length.
 */

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

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

/** The message's words without mentions, tags and HTML entities. */
export function cleanMessage(text: string): string {
  if (!text.includes("<") && !text.includes("&")) return text;
  return text
    .replace(/<at\b[^<>]*>[^<]*<\/at>/gi, " ")
    .replace(/<\/?[a-z][^<>]*>/gi, " ")
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, decodeEntity);
}
