/**
 * The fast way through the most common export: a UTF-8 `Client,Date,Amount` CSV with ISO dates,
 * plain numbers and no quotes. It reads the file's bytes as they are (no 300 MB string for a
 * 10M-row file, no string per cell): each line is cut at its commas, the client is looked up by
 * its bytes (a string is made once per distinct spelling) and the date and amount go through the
 * engine's own parsers. The rows reach the same engine reader as every other file, in the same
 * order with the same row numbers, so the result is the one the general reader gives.
 *
 * A line outside that form (a bad amount, a blank client, a text date, a field count that differs)
 * goes to the same reader as the general reader's cells would, so a file with bad rows scattered
 * through it stays on this path and reports each with its own row number. At anything that makes
 * the whole file another form (a quote, another delimiter, a title row, a non-UTF-8 byte, a lone
 * CR, more columns) it gives up and returns null, and the general reader (src/cli/csv.ts) reads
 * the file from the start.
 */
import { createSalesReader, findHeaderRow, InputException } from "../engine/read";
import { plainNumber } from "../engine/read/numbers";
import { serialFromIsoDay } from "../engine/read/dates";
import type { CellValue, ReadResult, ReadSettings } from "../engine/types";
import { fstatSync, readSync } from "node:fs";
import { FieldCounts } from "./field-counts";

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const QUOTE = 0x22;
const HASH = 0x23;
/** Header rows the general reader searches; the fast path wants the header on the first line. */
const HEADER_LINES = 20;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Client spellings by their bytes: an open-addressing table over a copy of each distinct spelling
 * (the file is read a block at a time, so its bytes do not stay).
 */
class ByteInterner {
  private slots = new Int32Array(1 << 14).fill(-1);
  private keys = new Uint8Array(1 << 16);
  private keysUsed = 0;
  private starts: number[] = [];
  private lengths: number[] = [];
  private hashes: number[] = [];
  private values: number[] = [];

  /** The value stored for bytes[start, end), or undefined. */
  find(bytes: Uint8Array, start: number, end: number, hash: number): number | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry < 0) return undefined;
      if (this.hashes[entry] === hash && this.lengths[entry] === end - start && this.same(bytes, this.starts[entry], start, end - start)) return this.values[entry];
    }
  }

  add(bytes: Uint8Array, start: number, end: number, hash: number, value: number): void {
    if (this.values.length * 2 >= this.slots.length) this.rehash();
    const length = end - start;
    if (this.keysUsed + length > this.keys.length) {
      const bigger = new Uint8Array(Math.max(this.keys.length * 2, this.keysUsed + length));
      bigger.set(this.keys.subarray(0, this.keysUsed));
      this.keys = bigger;
    }
    this.keys.set(bytes.subarray(start, end), this.keysUsed);
    const entry = this.values.length;
    this.starts.push(this.keysUsed);
    this.lengths.push(length);
    this.hashes.push(hash);
    this.values.push(value);
    this.keysUsed += length;
    this.place(entry, hash);
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let entry = 0; entry < this.values.length; entry++) this.place(entry, this.hashes[entry]);
  }

  private same(bytes: Uint8Array, key: number, start: number, length: number): boolean {
    const keys = this.keys;
    for (let i = 0; i < length; i++) if (keys[key + i] !== bytes[start + i]) return false;
    return true;
  }
}

/** FNV-1a over bytes[start, end). */
function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash >>> 0;
}

/** 10^k for up to 15 fraction digits, computed as numbers.ts computes its table: the same divisions. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * plainNumber (engine/read/numbers.ts) over bytes[start, end), without making a string for the
 * field: the same rule (`123`, `-123.45`, `.5`; NaN for anything else) and the same value, a
 * mantissa of at most 15 digits divided once by an exact power of ten. Longer numbers go to
 * plainNumber itself.
 */
export function plainNumberAt(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length === 0 || length > 24) return NaN;
  const negative = bytes[start] === 0x2d;
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = -1;
  for (let i = negative ? start + 1 : start; i < end; i++) {
    const byte = bytes[i];
    if (byte >= 0x30 && byte <= 0x39) {
      mantissa = mantissa * 10 + (byte - 0x30);
      digits++;
      if (fractionDigits >= 0) fractionDigits++;
    } else if (byte === 0x2e && fractionDigits < 0) fractionDigits = 0;
    else return NaN;
  }
  if (digits === 0) return NaN;
  if (digits > 15) return plainNumber(Buffer.from(bytes.buffer, bytes.byteOffset + start, length).toString("latin1"));
  const value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : mantissa;
  return negative ? -value : value;
}

/**
 * bytes[start, end) as text; null when the file is not in this form there: a byte that is not
 * UTF-8, or a lone CR, which ends a record for the general reader.
 */
function plainText(bytes: Uint8Array, start: number, end: number): string | null {
  let text: string;
  try {
    text = utf8.decode(bytes.subarray(start, end));
  } catch {
    return null;
  }
  return text.includes("\r") ? null : text;
}

/** End of the line starting at `start` (the newline's index, or the end), and where the next line starts. */
function lineEnd(bytes: Uint8Array, start: number): number {
  const newline = bytes.indexOf(NEWLINE, start);
  return newline < 0 ? bytes.length : newline;
}

/** How many line breaks `bytes` holds, counting up to `limit`. */
function newlines(bytes: Uint8Array, limit: number): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at >= 0 && count < limit; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/** Bytes read a block at a time: 8 MB keeps the memory of a 10M-row file to its rows, not its text. */
const BLOCK_BYTES = 8 * 1024 * 1024;

/**
 * The file's bytes from `position` into `into[at..]`, at most `length`; how many were read (0 at
 * the end). A Buffer given whole is read the same way, so every path goes through the blocks.
 */
type ReadBytes = (into: Buffer, at: number, length: number, position: number) => number;

function bytesOf(input: Buffer | number): ReadBytes {
  if (typeof input === "number") return (into, at, length, position) => readSync(input, into, at, length, position);
  return (into, at, length, position) => input.copy(into, at, position, Math.min(input.length, position + length));
}

/**
 * The sales of a plain CSV, read from its bytes: a Node Buffer as readFileSync gives it, or an
 * open file descriptor read `blockBytes` at a time. Null when the file is not in that form (then
 * the general reader must read it). Bad rows are the reader's to judge, with the general reader's
 * messages.
 */
export function readPlainCsv(input: Buffer | number, settings: ReadSettings, blockBytes = BLOCK_BYTES): ReadResult | null {
  const read = bytesOf(input);
  const size = typeof input === "number" ? fstatSync(input).size : input.length;
  let buffer = Buffer.allocUnsafe(Math.max(16, Math.min(blockBytes, size)));
  /** The bytes in the buffer, from the file's `bufferStart`; lines are only read whole. */
  let bytes = buffer.subarray(0, 0);
  let bufferStart = 0;
  let atEnd = size === 0;
  /**
   * Keeps the bytes from `keep` on, moves them to the front and reads on after them (a larger
   * buffer when one line fills it). False when the file has a quote: the general reader's.
   */
  const more = (keep: number): boolean => {
    const kept = bytes.length - keep;
    if (kept >= buffer.length) {
      const bigger = Buffer.allocUnsafe(buffer.length * 2);
      bytes.copy(bigger, 0, keep);
      buffer = bigger;
    } else buffer.copyWithin(0, keep, bytes.length);
    bufferStart += keep;
    let filled = kept;
    while (filled < buffer.length) {
      const n = read(buffer, filled, buffer.length - filled, bufferStart + filled);
      if (n === 0) {
        atEnd = true;
        break;
      }
      filled += n;
    }
    bytes = buffer.subarray(0, filled);
    // Quoted fields (a comma or a line break inside a value) are the general reader's.
    return !bytes.subarray(kept).includes(QUOTE);
  };
  if (!more(0)) return null;
  // The general reader looks for the header in the first lines: they are read whole before anything else.
  while (!atEnd && newlines(bytes, HEADER_LINES) < HEADER_LINES) if (!more(0)) return null;

  let offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // UTF-16 (with or without a mark) holds NUL bytes in its first characters.
  if (bytes.subarray(0, 4096).includes(0)) return null;
  const headerEnd = lineEnd(bytes, offset);
  const headerBytes = bytes.subarray(offset, headerEnd > offset && bytes[headerEnd - 1] === RETURN ? headerEnd - 1 : headerEnd);
  if (headerBytes.includes(QUOTE) || headerBytes.includes(0x3b) || headerBytes.includes(0x09) || !headerBytes.includes(COMMA)) return null;
  let headerText: string;
  try {
    headerText = utf8.decode(headerBytes);
  } catch {
    return null;
  }
  const header: CellValue[] = headerText.split(",");
  // The general reader looks for the header in the first rows: it must be the first line here.
  const top: CellValue[][] = [header];
  for (let start = headerEnd + 1, n = 1; n < HEADER_LINES && start < bytes.length; n++) {
    const end = lineEnd(bytes, start);
    top.push(bytes.toString("latin1", start, end).split(","));
    start = end + 1;
  }
  if (findHeaderRow(top, settings) !== 0) return null;
  let reader;
  try {
    // Sized for the file from its first lines, so the row arrays are not grown and copied a dozen times.
    const sample = top.slice(1);
    const lineBytes = sample.length > 0 ? sample.reduce((sum, row) => sum + row.join(",").length + 1, 0) / sample.length : size;
    reader = createSalesReader(header, settings, 1, Math.ceil((size / Math.max(8, lineBytes)) * 1.1));
  } catch (error) {
    if (error instanceof InputException) return null;
    throw error;
  }
  const detected = reader.detected;
  const { client: clientColumn, date: dateColumn, amount: amountColumn, ...others } = detected.columns;
  if (detected.layout !== "transactions" || clientColumn === undefined || amountColumn === undefined || Object.values(others).some((column) => column !== undefined)) return null;
  const width = header.length;

  const clients = new ByteInterner();
  const dates = new Map<number, number>();
  const starts = new Int32Array(width + 1);
  const counts = new FieldCounts(width);
  offset = headerEnd + 1;
  for (let row = 2; ; row++) {
    let end = bytes.indexOf(NEWLINE, offset);
    if (end < 0) {
      // The rest of the block is part of a line: read on, unless this is the file's last line.
      if (!atEnd) {
        if (!more(offset)) return null;
        offset = 0;
        row--;
        continue;
      }
      if (offset >= bytes.length) break;
      end = bytes.length;
    }
    const next = end + 1;
    if (end > offset && bytes[end - 1] === RETURN) end--;
    if (end === offset) {
      // A blank line is no row, as in the general reader.
      offset = next;
      continue;
    }
    plain: {
      // Cut the line at its commas (found natively): exactly `width` fields.
      let fields = 0;
      starts[0] = offset;
      for (let comma = bytes.indexOf(COMMA, offset); comma >= 0 && comma < end; comma = bytes.indexOf(COMMA, comma + 1)) {
        if (++fields >= width) break plain;
        starts[fields] = comma + 1;
      }
      if (fields !== width - 1) break plain;
      starts[width] = end + 1;
      const fieldEnd = (column: number) => starts[column + 1] - 1;

      const clientStart = starts[clientColumn];
      const clientEnd = fieldEnd(clientColumn);
      if (clientEnd === clientStart || bytes[clientStart] === HASH) break plain;
      const hash = hashOf(bytes, clientStart, clientEnd);
      let client = clients.find(bytes, clientStart, clientEnd, hash);
      if (client === undefined) {
        const raw = plainText(bytes, clientStart, clientEnd);
        if (raw === null) return null;
        client = reader.clientOf(raw);
        if (client < 0) break plain;
        clients.add(bytes, clientStart, clientEnd, hash, client);
      }

      const amountStart = starts[amountColumn];
      const amountEnd = fieldEnd(amountColumn);
      // A non-ASCII byte is not a digit: such an amount is not plain and goes to the general rules below.
      const amount = plainNumberAt(bytes, amountStart, amountEnd);
      if (Number.isNaN(amount)) break plain;

      let date = NaN;
      if (dateColumn !== undefined) {
        const dateStart = starts[dateColumn];
        if (fieldEnd(dateColumn) - dateStart !== 10) break plain;
        // The ten characters (digits and dashes only) as a number, to find a day already read without making a string.
        let key = 0;
        for (let i = dateStart; i < dateStart + 10; i++) {
          const byte = bytes[i];
          if (byte === 0x2d) key = key * 11 + 10;
          else if (byte >= 0x30 && byte <= 0x39) key = key * 11 + (byte - 0x30);
          else break plain;
        }
        let serial = dates.get(key);
        if (serial === undefined) {
          serial = serialFromIsoDay(bytes.toString("latin1", dateStart, dateStart + 10));
          if (Number.isNaN(serial)) break plain;
          dates.set(key, serial);
        }
        date = serial;
      }
      reader.addParsed(client, date, amount, row);
      offset = next;
      continue;
    }
    // Any other line (a bad value, a text date, a currency sign, a field too many or too few) is
    // read as the general reader reads it: its cells as text, through the same reader, so its
    // problems and their row numbers are the general reader's and the rest of the file stays here.
    const text = plainText(bytes, offset, end);
    if (text === null) return null;
    const cells = text.split(",");
    if (!counts.tooWideRow(cells, row)) reader.addRows([cells], row);
    offset = next;
  }
  return counts.finish(reader, settings);
}
