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
import { createSalesReader, findHeaderRow, InputException, type SalesReader } from "../engine/read";
import { plainNumber } from "../engine/read/numbers";
import { serialFromIsoParts } from "../engine/read/dates";
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
 * (the file is read a block at a time, so its bytes do not stay). A slot holds the hash, where the
 * copy is, its length and the client side by side, so a lookup touches one slot and the copy.
 */
class ByteInterner {
  /** Four numbers a slot: hash, start of the copy in `keys`, length + 1 (0: empty), client. */
  private slots = new Int32Array(4 << 14);
  private keys = new Uint8Array(1 << 16);
  private keysUsed = 0;
  private size = 0;

  /** The client stored for bytes[start, end) with their `hash`, or -1. */
  find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const stored = slots[at + 2];
      if (stored === 0) return -1;
      if (slots[at] === hash && stored === length + 1 && this.same(bytes, slots[at + 1], start, length)) return slots[at + 3];
    }
  }

  add(bytes: Uint8Array, start: number, end: number, hash: number, client: number): void {
    // At most a quarter of the slots used: short probes.
    if ((this.size + 1) * 16 > this.slots.length) this.grow();
    const length = end - start;
    if (this.keysUsed + length > this.keys.length) {
      const bigger = new Uint8Array(Math.max(this.keys.length * 2, this.keysUsed + length));
      bigger.set(this.keys.subarray(0, this.keysUsed));
      this.keys = bigger;
    }
    this.keys.set(bytes.subarray(start, end), this.keysUsed);
    place(this.slots, hash, this.keysUsed, length + 1, client);
    this.keysUsed += length;
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4) if (old[at + 2] !== 0) place(this.slots, old[at], old[at + 1], old[at + 2], old[at + 3]);
  }

  private same(bytes: Uint8Array, key: number, start: number, length: number): boolean {
    const keys = this.keys;
    for (let i = 0; i < length; i++) if (keys[key + i] !== bytes[start + i]) return false;
    return true;
  }
}

function place(slots: Int32Array, hash: number, key: number, storedLength: number, client: number): void {
  const mask = (slots.length >> 2) - 1;
  let slot = hash & mask;
  while (slots[(slot << 2) + 2] !== 0) slot = (slot + 1) & mask;
  const at = slot << 2;
  slots[at] = hash;
  slots[at + 1] = key;
  slots[at + 2] = storedLength;
  slots[at + 3] = client;
}

/** 1 for the bytes that end a field: comma, line feed, carriage return. */
const ENDS_FIELD = new Uint8Array(256);
ENDS_FIELD[COMMA] = ENDS_FIELD[NEWLINE] = ENDS_FIELD[RETURN] = 1;

/**
 * Serials by their date's eight digits (yyyymmdd), a slot each in a direct-mapped cache: a file's
 * rows fall on a few hundred days, so nearly every row finds its day here.
 */
const DATE_SLOTS = 1 << 12;
const dateKeys = new Int32Array(DATE_SLOTS).fill(-1);
const dateSerials = new Float64Array(DATE_SLOTS);

/** Whether a byte less 0x30 is a digit's value: any other byte is below 0 or above 9. */
function isDigit(value: number): boolean {
  return value >>> 0 <= 9;
}

/** serialFromIsoDay (engine/read/dates.ts) over bytes[start, end): the same serial, without a string. */
export function serialFromIsoBytes(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 10 || bytes[start + 4] !== 0x2d || bytes[start + 7] !== 0x2d) return NaN;
  const y1 = bytes[start] - 0x30;
  const y2 = bytes[start + 1] - 0x30;
  const y3 = bytes[start + 2] - 0x30;
  const y4 = bytes[start + 3] - 0x30;
  const m1 = bytes[start + 5] - 0x30;
  const m2 = bytes[start + 6] - 0x30;
  const d1 = bytes[start + 8] - 0x30;
  const d2 = bytes[start + 9] - 0x30;
  if (!(isDigit(y1) && isDigit(y2) && isDigit(y3) && isDigit(y4) && isDigit(m1) && isDigit(m2) && isDigit(d1) && isDigit(d2))) return NaN;
  const year = ((y1 * 10 + y2) * 10 + y3) * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  const key = (year * 100 + month) * 100 + day;
  const slot = Math.imul(key, 0x9e3779b1) >>> 20;
  if (dateKeys[slot] === key) return dateSerials[slot];
  const serial = serialFromIsoParts(year, month, day);
  dateKeys[slot] = key;
  dateSerials[slot] = serial;
  return serial;
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
    // A last line without a line feed is given one, so every line the loop below reads ends in one.
    if (atEnd && filled > 0 && buffer[filled - 1] !== NEWLINE) {
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(filled + 1);
        buffer.copy(bigger);
        buffer = bigger;
      }
      buffer[filled++] = NEWLINE;
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

  const lines = new PlainLines(reader, width, clientColumn, dateColumn, amountColumn);
  for (offset = headerEnd + 1; ; offset = 0) {
    // The buffer's whole lines end just after its last line feed; the rest is read on with the next block.
    const whole = bytes.lastIndexOf(NEWLINE) + 1;
    if (!lines.read(bytes, offset, whole)) return null;
    if (atEnd) break;
    if (!more(whole)) return null;
  }
  return lines.counts.finish(reader, settings);
}

/**
 * The lines after the header, read into the sales reader block by block. Its loop takes the block
 * as an argument rather than from readPlainCsv's closure, so the block stays in a register.
 */
class PlainLines {
  readonly counts: FieldCounts;
  /** The file's row of the next line (the header is row 1). */
  private row = 2;
  private readonly clients = new ByteInterner();
  private readonly fieldStart: Int32Array;
  private readonly fieldEnd: Int32Array;

  constructor(
    private readonly reader: SalesReader,
    private readonly width: number,
    private readonly clientColumn: number,
    private readonly dateColumn: number | undefined,
    private readonly amountColumn: number,
  ) {
    this.counts = new FieldCounts(width);
    this.fieldStart = new Int32Array(width);
    this.fieldEnd = new Int32Array(width);
  }

  /**
   * Reads the lines of bytes[offset, whole), each ending in a line feed. False when the file turns
   * out not to be plain (a lone CR, a byte that is not UTF-8): the general reader's.
   */
  read(bytes: Uint8Array, offset: number, whole: number): boolean {
    const { reader, width, clientColumn, dateColumn, amountColumn, clients, fieldStart, fieldEnd } = this;
    for (; offset < whole; this.row++) {
      // One pass over the line: each field's bounds, and the client's hash (FNV-1a) on the way.
      let at = offset;
      let fields = 0;
      let hash = 0x811c9dc5 | 0;
      for (;;) {
        const start = at;
        if (fields === clientColumn) {
          for (let byte = bytes[at]; ENDS_FIELD[byte] === 0; byte = bytes[++at]) hash = Math.imul(hash ^ byte, 0x01000193);
        } else while (ENDS_FIELD[bytes[at]] === 0) at++;
        if (fields < width) {
          fieldStart[fields] = start;
          fieldEnd[fields] = at;
        }
        fields++;
        if (bytes[at] !== COMMA) break;
        at++;
      }
      const end = at;
      // A CR ends a line only before its line feed; a lone CR ends a record for the general reader.
      if (bytes[end] === RETURN && bytes[end + 1] !== NEWLINE) return false;
      const next = bytes[end] === RETURN ? end + 2 : end + 1;
      // A blank line is no row, as in the general reader.
      if (end === offset) {
        offset = next;
        continue;
      }
      plain: {
        if (fields !== width) break plain;
        const clientStart = fieldStart[clientColumn];
        const clientEnd = fieldEnd[clientColumn];
        if (clientEnd === clientStart || bytes[clientStart] === HASH) break plain;
        let client = clients.find(bytes, clientStart, clientEnd, hash);
        if (client < 0) {
          const raw = plainText(bytes, clientStart, clientEnd);
          if (raw === null) return false;
          client = reader.clientOf(raw);
          if (client < 0) break plain;
          clients.add(bytes, clientStart, clientEnd, hash, client);
        }
        // A non-ASCII byte is not a digit: such an amount is not plain and goes to the general rules below.
        const amount = plainNumberAt(bytes, fieldStart[amountColumn], fieldEnd[amountColumn]);
        if (Number.isNaN(amount)) break plain;
        let date = NaN;
        if (dateColumn !== undefined) {
          date = serialFromIsoBytes(bytes, fieldStart[dateColumn], fieldEnd[dateColumn]);
          if (Number.isNaN(date)) break plain;
        }
        reader.addParsed(client, date, amount, this.row);
        offset = next;
        continue;
      }
      // Any other line (a bad value, a text date, a currency sign, a field too many or too few) is
      // read as the general reader reads it: its cells as text, through the same reader, so its
      // problems and their row numbers are the general reader's and the rest of the file stays here.
      const text = plainText(bytes, offset, end);
      if (text === null) return false;
      const cells = text.split(",");
      if (!this.counts.tooWideRow(cells, this.row)) reader.addRows([cells], this.row);
      offset = next;
    }
    return true;
  }
}
