/**
 * Where things are in an .xlsx: the workbook part (from the package's relationships), its sheets
 * in workbook order with the part each is stored in, the shared text and the styles, and whether
 * its dates count from 1904. Only relationships and the workbook's sheet list are read here.
 */
import { attributes, elements, nextTag } from "./xml";

export interface SheetPart {
  name: string;
  /** The sheet's part in the archive, e.g. "xl/worksheets/sheet1.xml"; undefined for a chart sheet or a broken link. */
  part: string | undefined;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  sharedStrings: string | undefined;
  styles: string | undefined;
  date1904: boolean;
}

export interface Relationship {
  type: string;
  target: string;
}

const TYPE_END = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
};

/** The folder a part lies in: "xl/workbook.xml" → "xl/". */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** A relationship's target as a part name: relative to the source part's folder, or absolute from the package root. */
export function resolveTarget(sourcePart: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : `${folderOf(sourcePart)}${target}`;
  const parts: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

/** Where a part's relationships are: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package's own at "". */
export function relationshipsPart(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
}

/** A .rels part: relationship id → type and target. */
export function parseRelationships(xml: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  for (const el of elements(xml, "Relationship")) {
    const a = attributes(el.attributes);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id && target && a.get("TargetMode") !== "External") out.set(id, { type: a.get("Type") ?? "", target });
  }
  return out;
}

/** The workbook part the package names (usually xl/workbook.xml). */
export function workbookPartName(packageRels: Map<string, Relationship> | undefined): string {
  for (const rel of packageRels?.values() ?? []) {
    if (rel.type.endsWith(TYPE_END.officeDocument)) return resolveTarget("", rel.target);
  }
  return "xl/workbook.xml";
}

/** The workbook's sheets (in order), shared text, styles and date system. */
export function parseWorkbook(workbookPart: string, workbookXml: string, rels: Map<string, Relationship>): WorkbookParts {
  const sheets: SheetPart[] = [];
  for (const el of elements(workbookXml, "sheet")) {
    const a = attributes(el.attributes);
    const name = a.get("name");
    if (name === undefined) continue;
    const rel = rels.get(a.get("r:id") ?? a.get("id") ?? "");
    const part = rel?.type.endsWith(TYPE_END.worksheet) ? resolveTarget(workbookPart, rel.target) : undefined;
    sheets.push({ name, part });
  }
  let date1904 = false;
  for (let at = 0, tag = nextTag(workbookXml, 0); tag; at = tag.end, tag = nextTag(workbookXml, at)) {
    if (tag.name === "workbookPr" && !tag.closing) {
      const value = attributes(tag.attributeText).get("date1904");
      date1904 = value === "1" || value === "true";
      break;
    }
    if (tag.name === "sheets") break; // workbookPr comes before the sheet list
  }
  const partOf = (typeEnd: string) => {
    for (const rel of rels.values()) if (rel.type.endsWith(typeEnd)) return resolveTarget(workbookPart, rel.target);
    return undefined;
  };
  return { sheets, sharedStrings: partOf(TYPE_END.sharedStrings), styles: partOf(TYPE_END.styles), date1904 };
}
