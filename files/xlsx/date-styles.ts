/**
 * Which cell styles show a number as a date or time: a cell holds a serial number, and only
 * its style's number format says it is 6 October 2015. Read from the styles part: the cell
 * formats (cellXfs) in order, each naming a number format, built in (Excel's fixed ids) or
 * defined in the workbook (numFmts).
 */
import { attributes, elements, nextTag } from "./xml";

/** Excel's built-in number formats that have a fixed code (ids 27–36 and 50–58 depend on the locale and are not dates here). */
const BUILT_IN: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** A number format shows a date or time when, outside quotes and brackets, it has a date or time code. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** The style indexes (a cell's `s`) whose number format is a date or time. */
export function dateStyles(stylesXml: string | undefined): ReadonlySet<number> {
  const out = new Set<number>();
  if (!stylesXml) return out;
  const custom = new Map<number, string>();
  for (const el of elements(stylesXml, "numFmt")) {
    const a = attributes(el.attributes);
    const id = Number(a.get("numFmtId"));
    if (Number.isInteger(id)) custom.set(id, a.get("formatCode") ?? "");
  }
  // The cell formats are the `xf` elements inside cellXfs (cellStyleXfs holds others, not indexed by cells).
  let at = 0;
  for (;;) {
    const tag = nextTag(stylesXml, at);
    if (!tag) return out;
    at = tag.end;
    if (tag.name === "cellXfs" && !tag.closing && !tag.selfClosing) break;
  }
  let index = 0;
  for (;;) {
    const tag = nextTag(stylesXml, at);
    if (!tag || (tag.closing && tag.name === "cellXfs")) return out;
    at = tag.end;
    if (tag.closing || tag.name !== "xf") continue;
    const id = Number(attributes(tag.attributeText).get("numFmtId") ?? "0");
    if (id !== 0 && isDateFormat(custom.get(id) || BUILT_IN[id])) out.add(index);
    index++;
  }
}
