/**
 * Reading a file that must be an ordinary file of bounded size: a tracker workbook, an agreement
 * file. It is opened without blocking and looked at through the open handle before a byte is
 * read, so a FIFO cannot hang the reader, /dev/zero cannot fill its memory, and a folder or a
 * device is refused with a reason; never more than the cap is read, even from a file that grows.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { open } from "node:fs/promises";

export type RefusalReason = "missing" | "folder" | "not-regular" | "symlink" | "too-large" | "unreadable";

export class FileRefusedError extends Error {
  constructor(
    readonly path: string,
    readonly reason: RefusalReason,
    /** The system's error code (EACCES …) when reading failed. */
    readonly code?: string,
  ) {
    super(`${path}: ${reason}${code ? ` (${code})` : ""}`);
  }
}

export interface ReadFileOptions {
  maxBytes: number;
  /** Refuse a symbolic link as the file itself (a name in a folder must not lead elsewhere). */
  noFollow?: boolean;
}

function openFlags(options: ReadFileOptions): number {
  return constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
}

function refusedFor(path: string, err: unknown, options: ReadFileOptions): FileRefusedError {
  if (err instanceof FileRefusedError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new FileRefusedError(path, "missing");
  if (code === "EISDIR") return new FileRefusedError(path, "folder");
  // O_NOFOLLOW on a symbolic link: ELOOP (Linux), EMLINK (FreeBSD), EFTYPE (macOS).
  if (options.noFollow && (code === "ELOOP" || code === "EMLINK" || code === "EFTYPE")) return new FileRefusedError(path, "symlink");
  return new FileRefusedError(path, "unreadable", code ?? (err instanceof Error ? err.message.split("\n")[0] : String(err)));
}

function check(path: string, info: Stats, maxBytes: number): void {
  if (info.isDirectory()) throw new FileRefusedError(path, "folder");
  if (!info.isFile()) throw new FileRefusedError(path, "not-regular");
  if (info.size > maxBytes) throw new FileRefusedError(path, "too-large");
}

/** The file's bytes; FileRefusedError when it is not an ordinary file of at most maxBytes. */
export async function readRegularFile(path: string, options: ReadFileOptions): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, openFlags(options));
    const info = await handle.stat();
    check(path, info, options.maxBytes);
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > options.maxBytes) throw new FileRefusedError(path, "too-large");
    return buffer.subarray(0, length);
  } catch (err) {
    throw refusedFor(path, err, options);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** readRegularFile for the few places that read at start, before anything is async. */
export function readRegularFileSync(path: string, options: ReadFileOptions): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, openFlags(options));
    const info = fstatSync(fd);
    check(path, info, options.maxBytes);
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > options.maxBytes) throw new FileRefusedError(path, "too-large");
    return buffer.subarray(0, length);
  } catch (err) {
    throw refusedFor(path, err, options);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
