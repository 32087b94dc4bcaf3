/**
 * Just enough XML for the parts of a workbook the tracker reads: tags found by their local name
 * (with or without a namespace prefix such as `x:`), their attributes, and text with its
 * entities. Scanning moves only forward (indexOf from where the last tag ended), so its time is
 * linear in the part's length however the part was written: a hostile part can be garbled, but
 * never slow.
 */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text with XML's character references and the five named entities replaced. */
export function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref] ?? whole;
    const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** OOXML's own escape for characters XML cannot hold: `_x000D_` is a carriage return. */
export function decodeOoxmlEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

/** A start tag's attributes; a prefixed one ("r:id") is there under its local name ("id") too. */
export function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1] ?? "";
    const value = decodeXmlText(m[2] ?? m[3] ?? "");
    out.set(name, value);
    const colon = name.indexOf(":");
    if (colon >= 0 && !out.has(name.slice(colon + 1))) out.set(name.slice(colon + 1), value);
  }
  return out;
}

export interface Tag {
  /** Local name, without a prefix ("c" for `<x:c>`). */
  name: string;
  /** The name as written ("x:c"), to find its end tag. */
  qualified: string;
  closing: boolean;
  selfClosing: boolean;
  /** Where `<` is, and just past `>`. */
  start: number;
  end: number;
  /** The text between the name and `>` (or `/>`): the attributes. */
  attributeText: string;
}

/** A letter, digit, "_", ".", ":" or "-": what XML names are made of (the ASCII ones, all a workbook uses). */
function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 58) || code === 95 || code === 46 || code === 45
  );
}

/** The next tag at or after `from` (comments, processing instructions and declarations skipped), or undefined. */
export function nextTag(xml: string, from: number, until = xml.length): Tag | undefined {
  let at = from;
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= until) return undefined;
    const first = xml[lt + 1];
    if (first === "!" || first === "?") {
      const close = first === "!" && xml.startsWith("<!--", lt) ? xml.indexOf("-->", lt + 4) : xml.indexOf(">", lt + 2);
      if (close < 0) return undefined;
      at = close + 1;
      continue;
    }
    const closing = first === "/";
    let i = lt + (closing ? 2 : 1);
    const nameStart = i;
    while (i < xml.length && isNameChar(xml.charCodeAt(i))) i++;
    const gt = xml.indexOf(">", i);
    if (gt < 0 || gt >= until) return undefined;
    const qualified = xml.slice(nameStart, i);
    const colon = qualified.indexOf(":");
    const selfClosing = !closing && xml[gt - 1] === "/";
    return {
      name: colon >= 0 ? qualified.slice(colon + 1) : qualified,
      qualified,
      closing,
      selfClosing,
      start: lt,
      end: gt + 1,
      attributeText: xml.slice(i, selfClosing ? gt - 1 : gt),
    };
  }
}

/** Where an element that starts with `tag` ends: its content's end and the end of its end tag; undefined when it never ends. */
export function elementEnd(xml: string, tag: Tag, until = xml.length): { contentEnd: number; end: number } | undefined {
  if (tag.selfClosing) return { contentEnd: tag.end, end: tag.end };
  const close = `</${tag.qualified}>`;
  const at = xml.indexOf(close, tag.end);
  return at < 0 || at + close.length > until ? undefined : { contentEnd: at, end: at + close.length };
}

/** Every element of one local name in xml[from, until), with its attributes and content range. */
export function* elements(
  xml: string,
  localName: string,
  from = 0,
  until = xml.length,
): Generator<{ attributes: string; contentStart: number; contentEnd: number }> {
  let at = from;
  for (;;) {
    const tag = nextTag(xml, at, until);
    if (!tag) return;
    at = tag.end;
    if (tag.closing || tag.name !== localName) continue;
    const end = elementEnd(xml, tag, until);
    if (!end) return;
    yield { attributes: tag.attributeText, contentStart: tag.end, contentEnd: end.contentEnd };
    at = end.end;
  }
}

/**
 * The text of a string item (a shared string, an inline string): every `<t>` joined, rich-text
 * runs included, phonetic guides (`<rPh>`) left out, OOXML's `_xHHHH_` escapes decoded.
 */
export function stringItemText(xml: string, from: number, until: number): string {
  let text = "";
  let at = from;
  for (;;) {
    const tag = nextTag(xml, at, until);
    if (!tag) return text;
    at = tag.end;
    if (tag.closing) continue;
    if (tag.name === "rPh") {
      const end = elementEnd(xml, tag, until);
      if (!end) return text;
      at = end.end;
    } else if (tag.name === "t") {
      const end = elementEnd(xml, tag, until);
      if (!end) return text;
      text += decodeOoxmlEscapes(decodeXmlText(xml.slice(tag.end, end.contentEnd)));
      at = end.end;
    }
  }
}
