/**
 * The memory budget of a run: a file whose reading would take more memory than the run may use is
 * refused before it is read, with its size, the estimate and what to do, rather than ending in
 * swapping or "JavaScript heap out of memory" half-way through.
 *
 * The estimates are peak resident memory per byte of input, measured on the bench's kind of CSV
 * (`Client,Date,Amount`, about 34 bytes a row; docs/xlsx-layer.md and `npm run bench`):
 * - CSV read from its bytes, a block at a time (src/cli/plain-csv.ts): 1M rows, 34 MB -> 163 MB
 *   peak, 2.9x above the base (the estimate takes 3.1x); 10M rows, 341 MB -> 422 MB on both
 *   cores, 1.1x (the rows' arrays, not the text);
 * - CSV through the general reader (quotes, code pages): the same rows quoted -> 357 MB, 5.3x;
 * - CSV with --out (the rows are also kept for the Sales copy): 1M rows, 34 MB -> 719 MB, 21x;
 * - .xlsx: the whole workbook is loaded by ExcelJS: 1M rows, 135 MB of sheet XML -> 2.2 GB, 16x
 *   the XML (the zip's compression ratio varies, so the estimate uses the uncompressed sizes).
 * Each is rounded up a little; narrower rows cost more per byte (the per-row arrays stay the same).
 * Since then (docs/large-files.md, "Memory touched for the first time") the peaks are lower: from
 * bytes 1M rows -> 94 MB and 10M rows -> 296 MB; with --out 1M rows -> 491 MB. The factors are
 * kept as they were, so they err on the side of refusing.
 */
import { constants } from "node:buffer";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { totalmem } from "node:os";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { InputException } from "../engine/read";

const MB = 1024 * 1024;
/** What a run takes before it reads anything (Node, the engine, the output). */
const BASE = 64 * MB;
export const BYTES_FACTOR = { csv: 3.1, csvGeneral: 5.8, csvOut: 23, xlsxXml: 18 } as const;
/** Share of the machine's memory (or of the container's limit) a run may use by default. */
const DEFAULT_SHARE = 0.8;

/** How a file is read, for its estimate. */
export type ReadPath = "csv" | "csv-general" | "csv-out" | "xlsx";

/** "310 MB", "1.2 GB": sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / 1024 / MB).toFixed(1)} GB`;
  if (bytes >= MB) return `${Math.round(bytes / MB)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** `--max-memory` sizes: 800M, 2G, 1.5GB, 512MB; a bare number is megabytes. Null when not a size. */
export function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)b?\s*$/i.exec(text);
  if (!match) return null;
  const unit = { "": MB, k: 1024, m: MB, g: 1024 * MB, t: 1024 * 1024 * MB }[match[2].toLowerCase() as "" | "k" | "m" | "g" | "t"];
  const bytes = Number(match[1]) * unit;
  return bytes > 0 ? Math.round(bytes) : null;
}

/** The memory a run may use by default: a share of the machine's, or of the container's limit when that is lower. */
export function defaultBudget(machine = totalmem(), limit = process.constrainedMemory()): number {
  // constrainedMemory() is 0 or a huge number when there is no limit.
  const available = limit > 0 && limit < machine ? limit : machine;
  return Math.floor(available * DEFAULT_SHARE);
}

/**
 * The uncompressed sizes of the worksheets and shared strings of an .xlsx file, from its zip's
 * central directory (read from the end of the file, a few KB); null when the directory cannot be
 * read (the file is then left to the reader, which says what is wrong with it).
 */
export function xlsxSheetBytes(path: string): number | null {
  const size = statSync(path).size;
  const fd = openSync(path, "r");
  try {
    const read = (position: number, length: number): Buffer => {
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, position);
      return buffer;
    };
    const tailLength = Math.min(size, 22 + 65535);
    const tail = read(size - tailLength, tailLength);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) return null;
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    // A ZIP64 file (over 4 GB or 65,535 entries) is far over any budget by its size alone.
    if (directoryOffset === 0xffffffff || entries === 0xffff || directoryOffset + directorySize > size) return null;
    const directory = read(directoryOffset, directorySize);
    let total = 0;
    for (let at = 0, n = 0; n < entries && at + 46 <= directory.length; n++) {
      if (directory.readUInt32LE(at) !== 0x02014b50) return null;
      const uncompressed = directory.readUInt32LE(at + 24);
      const nameLength = directory.readUInt16LE(at + 28);
      const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
      if (name.startsWith("xl/worksheets/") || name === "xl/sharedStrings.xml") total += uncompressed === 0xffffffff ? Infinity : uncompressed;
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return total;
  } finally {
    closeSync(fd);
  }
}

/** The estimated peak memory of reading `path` the given way (bytes). */
export function memoryNeeded(path: string, how: ReadPath): { bytes: number; fileBytes: number; xmlBytes?: number } {
  const fileBytes = statSync(path).size;
  if (how === "xlsx") {
    // Unreadable directory: the compressed size times a typical ratio of sheet XML to zip (6x).
    const xmlBytes = xlsxSheetBytes(path) ?? fileBytes * 6;
    return { bytes: BASE + xmlBytes * BYTES_FACTOR.xlsxXml, fileBytes, xmlBytes };
  }
  const factor = how === "csv" ? BYTES_FACTOR.csv : how === "csv-general" ? BYTES_FACTOR.csvGeneral : BYTES_FACTOR.csvOut;
  return { bytes: BASE + fileBytes * factor, fileBytes };
}

/**
 * Refuses a file whose reading would take more than the run may use: `maxMemory` (--max-memory)
 * or the default budget; and for an .xlsx, whose workbook is held in JavaScript objects, more than
 * Node's heap limit (past it Node stops with "heap out of memory", whatever the machine has).
 */
export function checkMemory(file: string, path: string, how: ReadPath, maxMemory: number | null): void {
  const need = memoryNeeded(path, how);
  const budget = maxMemory ?? defaultBudget();
  const heap = getHeapStatistics().heap_size_limit;
  const overHeap = how === "xlsx" && need.bytes > heap && need.bytes <= budget;
  if (need.bytes <= budget && !overHeap) return;
  const what =
    how === "xlsx"
      ? `${file} is ${formatBytes(need.fileBytes)} (${formatBytes(need.xmlBytes ?? 0)} of sheets unpacked)`
      : how === "csv-general"
        ? `${file} is ${formatBytes(need.fileBytes)} and needs the general CSV reader (quoted fields, or not UTF-8)`
        : `${file} is ${formatBytes(need.fileBytes)}`;
  const limit = overHeap
    ? `more than Node's JavaScript heap limit of ${formatBytes(heap)}`
    : `more than the ${formatBytes(budget)} this run may use (${maxMemory !== null ? "--max-memory" : `--max-memory; by default ${Math.round(DEFAULT_SHARE * 100)}% of this machine's memory`})`;
  const fixes =
    how === "xlsx"
      ? "save the sales sheet as CSV UTF-8 (a CSV takes a fraction of the memory) or split it"
      : how === "csv-out"
        ? "use --json without --out, or split the file"
        : "split the file into parts (by period or by client)";
  const raise = overHeap ? `raise the heap with NODE_OPTIONS=--max-old-space-size=${Math.ceil(need.bytes / MB)}` : `raise the limit with --max-memory ${formatBytes(need.bytes * 1.1).replace(" ", "").replace("B", "")} if the machine has the memory`;
  throw new InputException({ code: "too-large", message: `${what}; reading it takes about ${formatBytes(need.bytes)} of memory, ${limit}: ${fixes}, or ${raise}`, problems: [] });
}

/**
 * The general CSV reader decodes the file to one string, and V8 holds at most about 512 million
 * characters in one (past it a code-page decode aborts the process): a larger file is refused.
 * A decoded file has at most one character per byte, so the byte count is the bound.
 */
export function checkStringLimit(file: string, bytes: number, limit: number = constants.MAX_STRING_LENGTH): void {
  if (bytes <= limit) return;
  throw new InputException({
    code: "too-large",
    message: `${file} is ${formatBytes(bytes)}, more than the general CSV reader (quoted fields, or not UTF-8) can hold as text (${formatBytes(limit)}): split the file into parts, or save it as CSV UTF-8 without quoted fields, which is read from its bytes`,
    problems: [],
  });
}

/**
 * A full garbage collection now, where Node allows one (`gc` from a context made after
 * `--expose-gc` is set: the flag is not given to the `kam` process itself). Between two phases
 * that each leave much garbage it keeps the heap, and so the peak, from growing past what the
 * second phase needs: `kam classify --out` at 100,000 rows peaked at 323 MB without it, 276 MB with.
 */
export function collectGarbage(): void {
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    if (typeof gc === "function") gc();
  } catch {
    // Without it the run only takes more memory.
  }
}
