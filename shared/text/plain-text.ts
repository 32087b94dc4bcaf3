/**
 * Text someone typed into a tracker cell (a meeting's topic or place, an area's name, an Outlook
 * event's subject) as plain text in Teams: message text is read as markdown with some HTML, and
 * Adaptive Cards read markdown too, so `[klik](https://…)` would become a link and
 * `<img src=x onerror=…>` a tag. The one escape every such value passes through where it enters
 * an answer or a reminder: markdown's marks get a backslash, `<` and `>` become entities, line
 * breaks become spaces (a value is one line), and a value that would start a list or a heading
 * starts as text. Ordinary text ("Hørgården, beboerhuset", "Budget 2016 (udkast)") is unchanged.
 */

function isLineBreakOrControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
}

/** Nothing to escape: no line break or control character, no mark, no start of a list or a heading. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const ORDINARY = /^(?![\s\d#+-])[^\u0000-\u001f\u007f\u2028\u2029\\`*_~[\]<>]*$/;

export function plainText(value: string): string {
  if (ORDINARY.test(value)) return value;
  let oneLine = "";
  for (const ch of value) oneLine += isLineBreakOrControl(ch) ? " " : ch;
  return oneLine
    .replace(/[\\`*_~[\]<>]/g, (ch) => (ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : `\\${ch}`))
    .replace(/^(\s*)([-+]|#{1,6})(?=\s|$)/, "$1\\$2")
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}
