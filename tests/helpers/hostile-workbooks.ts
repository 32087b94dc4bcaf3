/**
 * Workbooks a careless or hostile person could put where the tracker is, built here in the test
 * (nothing large is kept in the repository): the sample tracker with a sheet added or replaced,
 * sheets of any size as XML, and parts deflated from a repeated chunk so that a zip bomb of
 * hundreds of MB unpacked costs the test only kilobytes. Parts go into the archive as given; the
 * reader under test must trust nothing they declare.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDeflateRaw } from "node:zlib";
import JSZip from "jszip";
import { parseRelationships, parseWorkbook, relationshipsPart } from "../../files/xlsx/workbook-parts";
import { ROOT } from "./cli";

export const SAMPLE_TRACKER = join(ROOT, "examples/amager-tracker.xlsx");

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

/** A part already deflated (method 8), with how long it claims to be unpacked. */
export interface DeflatedPart {
  deflated: Buffer;
  /** The size the archive will declare (a bomb may lie). */
  declaredSize: number;
}

/** `prefix`, `chunk` repeated `times`, `suffix`, deflated as it is written (never the whole in memory). */
export async function deflatedRepeat(prefix: string, chunk: string, times: number, suffix: string): Promise<DeflatedPart> {
  const body = Buffer.from(chunk);
  const stream = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  stream.on("data", (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const write = async (b: Buffer) => {
    if (!stream.write(b)) await new Promise((r) => stream.once("drain", r));
  };
  await write(Buffer.from(prefix));
  for (let i = 0; i < times; i++) await write(body);
  await write(Buffer.from(suffix));
  stream.end();
  await done;
  return { deflated: Buffer.concat(out), declaredSize: Buffer.byteLength(prefix) + body.length * times + Buffer.byteLength(suffix) };
}

/** Rows of XML for a sheet: `cells(row)` gives the <c> elements of row `row` (1-based). */
export function sheetXml(rows: number, cells: (row: number) => string): string {
  const parts = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>`];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}">${cells(r)}</row>`);
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}

/** An inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`;
}

export function numberCell(ref: string, value: number): string {
  return `<c r="${ref}"><v>${value}</v></c>`;
}

/** The sample tracker as a zip to change. */
export async function sampleZip(): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(SAMPLE_TRACKER));
}

async function workbookOf(zip: JSZip) {
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const relsXml = (await zip.file(relationshipsPart("xl/workbook.xml"))?.async("string")) ?? "";
  return { workbookXml, relsXml, parts: parseWorkbook("xl/workbook.xml", workbookXml, parseRelationships(relsXml)) };
}

/** Adds a sheet (after the others) whose XML is `xml`. */
export async function addSheet(zip: JSZip, name: string, xml: string): Promise<void> {
  const { workbookXml, relsXml, parts } = await workbookOf(zip);
  const n = parts.sheets.length + 100;
  const id = `rIdHostile${n}`;
  zip.file(
    "xl/workbook.xml",
    workbookXml
      .replace("</sheets>", `<sheet name="${name}" sheetId="${n}" r:id="${id}"/></sheets>`)
      .replace(/<workbook\b(?![^>]*xmlns:r=)/, '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'),
  );
  zip.file(
    relationshipsPart("xl/workbook.xml"),
    relsXml.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  zip.file(`xl/worksheets/sheet${n}.xml`, xml);
}

/** The part a sheet of the sample is stored in. */
export async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const { parts } = await workbookOf(zip);
  const part = parts.sheets.find((s) => s.name === name)?.part;
  if (!part) throw new Error(`no sheet ${name}`);
  return part;
}

/** Replaces a sheet's XML. */
export async function replaceSheet(zip: JSZip, name: string, xml: string): Promise<void> {
  zip.file(await sheetPart(zip, name), xml);
}

/** The archive's bytes, with some parts swapped for already-deflated ones (a bomb), by part name. */
export async function archive(zip: JSZip, deflated: Record<string, DeflatedPart> = {}): Promise<Buffer> {
  for (const name of Object.keys(deflated)) zip.remove(name);
  const base = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return Object.keys(deflated).length === 0 ? base : appendDeflated(base, deflated);
}

/**
 * Rebuilds an archive with extra parts stored as given (method 8). Local headers first, then one
 * central directory; CRCs are left 0, as a hostile writer may leave them.
 */
function appendDeflated(base: Buffer, extra: Record<string, DeflatedPart>): Buffer {
  const entries: { name: string; method: number; data: Buffer; size: number; crc: number }[] = [];
  // Take the base archive's parts as stored, from its central directory.
  const end = base.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = base.readUInt16LE(end + 10);
  let at = base.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = base.readUInt16LE(at + 10);
    const crc = base.readUInt32LE(at + 16);
    const csize = base.readUInt32LE(at + 20);
    const size = base.readUInt32LE(at + 24);
    const nameLength = base.readUInt16LE(at + 28);
    const extraLength = base.readUInt16LE(at + 30);
    const commentLength = base.readUInt16LE(at + 32);
    const local = base.readUInt32LE(at + 42);
    const name = base.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + base.readUInt16LE(local + 26) + base.readUInt16LE(local + 28);
    entries.push({ name, method, data: base.subarray(start, start + csize), size, crc });
    at += 46 + nameLength + extraLength + commentLength;
  }
  for (const [name, part] of Object.entries(extra)) entries.push({ name, method: 8, data: part.deflated, size: part.declaredSize, crc: 0 });

  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(Math.min(e.size, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(Math.min(e.size, 0xfffffffe), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}

/** A workbook from scratch: the sheets as XML, in order, with an optional table of shared text. */
export async function workbookFromSheets(
  sheets: ReadonlyArray<{ name: string; xml: string | DeflatedPart }>,
  sharedStrings?: readonly string[],
): Promise<Buffer> {
  const zip = new JSZip();
  const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetEntries = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheetEntries}</sheets></workbook>`,
  );
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (sharedStrings) {
    rels.push(
      `<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`,
    );
    zip.file("xl/sharedStrings.xml", `<sst xmlns="${MAIN}">${sharedStrings.map((t) => `<si><t>${xmlText(t)}</t></si>`).join("")}</sst>`);
  }
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  const deflated: Record<string, DeflatedPart> = {};
  sheets.forEach((s, i) => {
    if (typeof s.xml === "string") zip.file(`xl/worksheets/sheet${i + 1}.xml`, s.xml);
    else deflated[`xl/worksheets/sheet${i + 1}.xml`] = s.xml;
  });
  return archive(zip, deflated);
}
