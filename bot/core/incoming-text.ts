/**
 * What the partner actually typed. Teams sends channel messages as HTML with the bot's
 * <at>mention</at>; the SDK layer strips the mention it knows, and this is the fallback for
 * the rest. One pass of each regular expression: linear in the text's length.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** The question without @mentions, HTML tags, entities or extra whitespace. */
export function cleanIncomingText(raw: string | undefined | null): string {
  if (!raw) return "";
  return decodeEntities(
    raw
      .replace(/<at\b[^>]*>[^<]*<\/at>/gi, " ")
      .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, " ")
      .replace(/<[^>]{0,500}>/g, ""),
  )
    .replace(/\s+/g, " ")
    .trim();
}
