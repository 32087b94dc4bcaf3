/**
 * An .xlsx workbook → the grids of the sheets the tracker uses (Node), read within the caps of
 * shared/tracker/limits.ts. The archive's directory is read first; of its parts only the
 * workbook's sheet list, the shared text, the styles and the tracker's own sheets are ever
 * unpacked, each up to a byte cap, so a sheet the tracker does not use (notes, a pivot table, a
 * value typed in column XFD on 60,000 rows) costs nothing, and no file, however made, can take
 * more than a bounded amount of memory or time. A cap that cuts a tracker sheet short is an
 * error at that sheet; a file that is not a workbook at all is a TrackerFileError with one line.
 *
 * The grids are what Office.js `Range.values` gives, except that dates stay Date objects (the
 * wall-clock value in the UTC fields): formula cells give their cached result, rich text is
 * flattened, error cells give their text ("#N/A").
 */
import {
  CellBudget,
  type CellValue,
  canonicalSheet,
  limitIssue,
  megabytes,
  type SheetExtent,
  sheetTooBig,
  TRACKER_LIMITS,
  type TrackerIssue,
  type TrackerLimits,
  textTooLong,
  WORKBOOK_FILE_LIMITS,
  type WorkbookFileLimits,
  type WorkbookGrids,
} from "../shared/index";
import { FileRefusedError, readRegularFile } from "./regular-file";
import { TrackerFileError } from "./tracker-file-error";
import { dateStyles } from "./xlsx/date-styles";
import { SharedStrings } from "./xlsx/shared-strings";
import { readSheetGrid, type SheetContext } from "./xlsx/sheet-grid";
import { parseRelationships, parseWorkbook, relationshipsPart, workbookPartName } from "./xlsx/workbook-parts";
import { unpack, type ZipEntry, ZipFormatError, zipEntries } from "./xlsx/zip-archive";

export { TrackerFileError };

export interface WorkbookRead {
  /** The sheets read, by the name they carry, in workbook order. */
  grids: WorkbookGrids;
  /** Errors at sheets a cap cut short (codes sheet-too-large, text-too-long). */
  limitIssues: TrackerIssue[];
}

export interface ReadOptions {
  /** Which sheets to read; the tracker's own (by any of their names) by default. */
  wanted?: (sheetName: string) => boolean;
  limits?: TrackerLimits;
  fileLimits?: WorkbookFileLimits;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "";
}

/** The workbook file's bytes; what cannot be a workbook is one line (TrackerFileError). */
async function readWorkbookFile(path: string, maxBytes: number): Promise<Buffer> {
  try {
    return await readRegularFile(path, { maxBytes });
  } catch (err) {
    if (!(err instanceof FileRefusedError)) throw err;
    switch (err.reason) {
      case "missing":
        throw new TrackerFileError(`filen findes ikke / file not found: ${path}`);
      case "folder":
        throw new TrackerFileError(`det er en mappe, ikke en fil / is a folder, not a file: ${path}`);
      case "not-regular":
      case "symlink":
        throw new TrackerFileError(`ikke en almindelig fil / not a regular file: ${path}`);
      case "too-large":
        throw new TrackerFileError(`filen er for stor / the file is too large: ${path} (at most ${megabytes(maxBytes, "en")})`);
      case "unreadable":
        throw new TrackerFileError(`filen kan ikke læses / cannot read ${path}: ${err.code}`);
    }
  }
}

class Archive {
  private readonly entries: Map<string, ZipEntry>;
  constructor(
    private readonly zip: Buffer,
    private readonly limits: WorkbookFileLimits,
  ) {
    this.entries = zipEntries(zip, limits.maxZipEntries);
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** A part as text, up to the cap; `complete` false when it was longer. Undefined when absent. */
  async text(part: string): Promise<{ text: string; complete: boolean } | undefined> {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return undefined;
    const { bytes, complete } = await unpack(this.zip, entry, this.limits.maxPartBytes);
    return { text: bytes.toString("utf8"), complete };
  }

  /** A part the workbook cannot be read without, whole. */
  async wholeText(part: string, what: string): Promise<string | undefined> {
    const read = await this.text(part);
    if (read && !read.complete) throw new ZipFormatError(`${what} takes more than ${megabytes(this.limits.maxPartBytes, "en")} unpacked`);
    return read?.text;
  }
}

const isTrackerSheet = (name: string) => canonicalSheet(name) !== undefined;

async function readArchive(zip: Buffer, options: ReadOptions): Promise<WorkbookRead> {
  const limits = options.limits ?? TRACKER_LIMITS;
  const fileLimits = options.fileLimits ?? WORKBOOK_FILE_LIMITS;
  const wanted = options.wanted ?? isTrackerSheet;
  const archive = new Archive(zip, fileLimits);

  const packageRels = await archive.wholeText("_rels/.rels", "the package's relationships");
  const workbookPart = workbookPartName(packageRels === undefined ? undefined : parseRelationships(packageRels));
  const workbookXml = await archive.wholeText(workbookPart, "the workbook's sheet list");
  if (workbookXml === undefined) throw new ZipFormatError(`no workbook part (${workbookPart})`);
  const rels = parseRelationships((await archive.wholeText(relationshipsPart(workbookPart), "the workbook's relationships")) ?? "");
  const workbook = parseWorkbook(workbookPart, workbookXml, rels);

  const sheets = workbook.sheets.filter((s) => wanted(s.name));
  const grids: Record<string, CellValue[][]> = {};
  const limitIssues: TrackerIssue[] = [];
  if (sheets.length === 0) return { grids, limitIssues };

  const stringsXml = workbook.sharedStrings ? await archive.wholeText(workbook.sharedStrings, "the workbook's shared text") : undefined;
  const stylesXml = workbook.styles ? await archive.wholeText(workbook.styles, "the workbook's styles") : undefined;
  const ctx: SheetContext = {
    sharedStrings: stringsXml === undefined ? undefined : new SharedStrings(stringsXml),
    dateStyles: dateStyles(stylesXml),
    date1904: workbook.date1904,
  };

  const budget = new CellBudget(limits, fileLimits);
  for (const sheet of sheets) {
    const read = sheet.part && archive.has(sheet.part) ? await archive.text(sheet.part) : undefined;
    if (!read) {
      grids[sheet.name] = [];
      continue;
    }
    let cut: TrackerIssue | undefined;
    const result = readSheetGrid(read.text, ctx, budget.next, (extent: SheetExtent) => {
      const { window, issue } = budget.take(sheet.name, extent);
      cut = issue;
      return window;
    });
    const grid = result.grid as CellValue[][];
    if (!read.complete) {
      grid.length = Math.min(grid.length, result.lastRow);
      limitIssues.push(limitIssue(sheet.name, "sheet-too-large", sheetTooBig(sheet.name, result.lastRow, fileLimits)));
    }
    if (cut) limitIssues.push(cut);
    if (result.longTexts > 0) {
      limitIssues.push(limitIssue(sheet.name, "text-too-long", textTooLong(sheet.name, result.longTexts, result.firstLong, limits)));
    }
    grids[sheet.name] = grid;
  }
  return { grids, limitIssues };
}

/**
 * Reads a workbook from a path or a buffer within the caps; throws TrackerFileError with one
 * line when it cannot be read at all.
 */
export async function readTrackerWorkbook(pathOrBuffer: string | Buffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookRead> {
  const fileLimits = options.fileLimits ?? WORKBOOK_FILE_LIMITS;
  const label = typeof pathOrBuffer === "string" ? pathOrBuffer : "the workbook";
  const buffer =
    typeof pathOrBuffer === "string" ? await readWorkbookFile(pathOrBuffer, fileLimits.maxFileBytes) : Buffer.from(pathOrBuffer);
  if (buffer.length > fileLimits.maxFileBytes) {
    throw new TrackerFileError(
      `projektmappen er for stor / the workbook is too large: ${label} (at most ${megabytes(fileLimits.maxFileBytes, "en")})`,
    );
  }
  // An .xlsx is a zip archive: "PK\x03\x04". Anything else (a CSV, an old .xls) is refused up front.
  if (buffer.length < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) {
    throw new TrackerFileError(`ikke en .xlsx-projektmappe / not an .xlsx workbook: ${label}`);
  }
  try {
    return await readArchive(buffer, options);
  } catch (err) {
    if (err instanceof ZipFormatError || err instanceof RangeError) {
      throw new TrackerFileError(`ikke en gyldig .xlsx-projektmappe / not a valid .xlsx workbook: ${label} (${firstLine(err)})`);
    }
    throw err;
  }
}

/** The grids alone (tests, the Graph tests' fixtures): every cap applies, its issues are dropped. */
export async function readWorkbookGrids(pathOrBuffer: string | Buffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookGrids> {
  return (await readTrackerWorkbook(pathOrBuffer, options)).grids;
}
