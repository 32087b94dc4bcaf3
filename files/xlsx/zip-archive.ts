/**
 * The parts of an .xlsx (a zip archive), read from its central directory without unpacking
 * anything, and one part unpacked on request up to a byte cap. The cap counts bytes actually
 * inflated, not the sizes the archive declares (a zip bomb declares small ones), so no part can
 * grow past it however it was made. Only what a workbook uses is supported: stored or deflated
 * parts, no encryption, no zip64 (no tracker comes near 4 GB or 65,535 parts).
 */
import { createInflateRaw } from "node:zlib";

export class ZipFormatError extends Error {}

export interface ZipEntry {
  /** The part's name as stored, without a leading "/", e.g. "xl/worksheets/sheet1.xml". */
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes, followed by a comment of at most 65,535 bytes.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError("no zip directory (the file is cut short or not a zip archive)");
}

/** The archive's parts, by lower-case name (part names in a workbook are case-insensitive). */
export function zipEntries(zip: Buffer, maxEntries: number): Map<string, ZipEntry> {
  if (zip.length < 22) throw new ZipFormatError("too short to be a zip archive");
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipFormatError("a zip64 archive (not a workbook)");
  if (count > maxEntries) throw new ZipFormatError(`${count} parts in the archive (at most ${maxEntries})`);
  if (offset + size > end) throw new ZipFormatError("the zip directory lies outside the file");
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ZipFormatError("a damaged zip directory");
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeaderOffset = zip.readUInt32LE(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > end) throw new ZipFormatError("a damaged zip directory");
    const name = zip.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, nameEnd).replace(/^\/+/, "");
    at = nameEnd + extraLength + commentLength;
    if (flags & 0x1) throw new ZipFormatError("an encrypted workbook (save it without a password)");
    if (name.endsWith("/")) continue;
    entries.set(name.toLowerCase(), { name, method, compressedSize, localHeaderOffset });
  }
  return entries;
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new ZipFormatError(`a damaged part: ${entry.name}`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const stop = start + entry.compressedSize;
  if (stop > zip.length) throw new ZipFormatError(`a part runs past the end of the file: ${entry.name}`);
  return zip.subarray(start, stop);
}

export interface UnpackedPart {
  bytes: Buffer;
  /** False when the part is longer than the cap: `bytes` is its first `maxBytes`. */
  complete: boolean;
}

/** One part, unpacked up to maxBytes (inflating stops there). */
export function unpack(zip: Buffer, entry: ZipEntry, maxBytes: number): Promise<UnpackedPart> {
  const data = entryData(zip, entry);
  if (entry.method === STORED) {
    return Promise.resolve(
      data.length > maxBytes ? { bytes: data.subarray(0, maxBytes), complete: false } : { bytes: data, complete: true },
    );
  }
  if (entry.method !== DEFLATED) return Promise.reject(new ZipFormatError(`an unknown compression (${entry.method}): ${entry.name}`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let settled = false;
    const inflate = createInflateRaw();
    const finish = (complete: boolean) => {
      if (settled) return;
      settled = true;
      resolve({ bytes: Buffer.concat(chunks, Math.min(length, maxBytes)), complete });
    };
    inflate.on("data", (chunk: Buffer) => {
      if (settled) return;
      chunks.push(chunk);
      length += chunk.length;
      if (length > maxBytes) {
        finish(false);
        inflate.destroy();
      }
    });
    inflate.on("end", () => finish(true));
    inflate.on("error", (err) => {
      if (settled) return;
      settled = true;
      reject(new ZipFormatError(`a damaged part: ${entry.name} (${err.message})`));
    });
    inflate.end(data);
  });
}
