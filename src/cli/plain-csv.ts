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
import { clientName, createSalesReader, findHeaderRow, grownTo, InputException, type ParsedRows, type SalesReader } from "../engine/read";
import { plainNumber } from "../engine/read/numbers";
import { serialFromIsoParts } from "../engine/read/dates";
import type { CellValue, ReadResult, ReadSettings } from "../engine/types";
import { fstatSync, readSync } from "node:fs";
import { FieldCounts } from "./field-counts";

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const QUOTE = 0x22;
/** Header rows the general reader searches; the fast path wants the header on the first line. */
const HEADER_LINES = 20;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Clients a spelling table is made ready for at most before it grows (512 KB of slots). */
const PRESIZED_CLIENTS = 1 << 14;

/**
 * Client spellings by their bytes: an open-addressing table over a copy of each distinct spelling
 * (the file is read a block at a time, so its bytes do not stay). A slot holds the hash, where the
 * copy is, its length and the client side by side, so a lookup touches one slot and the copy.
 */
class ByteInterner {
  /** Four numbers a slot: hash, start of the copy in `keys`, length + 1 (0: empty), client. */
  private slots: Int32Array;
  private keys: Uint8Array;
  private keysView: DataView;
  private keysUsed = 0;
  private size = 0;

  /** Sized for `expected` clients (up to PRESIZED_CLIENTS), so that a large file's first rows, mostly new clients, do not grow it again and again. */
  constructor(expected: number) {
    const clients = Math.max(16, Math.min(expected, PRESIZED_CLIENTS));
    this.slots = new Int32Array(4 << Math.ceil(Math.log2(clients * 2)));
    this.keys = new Uint8Array(clients * 16);
    this.keysView = viewOf(this.keys);
  }

  /** The client stored for bytes[start, end) with their `hash`, or -1. */
  find(bytes: Uint8Array, view: DataView, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const length = end - start;
    const storedLength = length + 1;
    for (let slot = hash & mask; ; ) {
      const at = slot << 2;
      // The next slot is worked out at every probe, not only after a collision: code V8 has not
      // seen run when it optimises the reading loop sends it back to the interpreter (a deopt) the
      // first time it runs, at the first collision.
      const next = (slot + 1) & mask;
      const stored = slots[at + 2];
      if (stored === 0) return -1;
      if (slots[at] === hash && stored === storedLength) {
        // The bytes compared here rather than in a call: this runs for every row.
        const keys = this.keys;
        const key = slots[at + 1];
        let i = 0;
        while (i + 4 <= length && this.keysView.getInt32(key + i) === view.getInt32(start + i)) i += 4;
        while (i < length && keys[key + i] === bytes[start + i]) i++;
        if (i === length) return slots[at + 3];
      }
      slot = next;
    }
  }

  add(bytes: Uint8Array, view: DataView, start: number, end: number, hash: number, client: number): void {
    // At most half the slots used: short probes.
    if ((this.size + 1) * 8 > this.slots.length) this.grow();
    const length = end - start;
    if (this.keysUsed + length > this.keys.length) {
      this.keys = grownTo(this.keys, Math.max(this.keys.length * 2, this.keysUsed + length));
      this.keysView = viewOf(this.keys);
    }
    for (let i = 0; i < length; i++) this.keys[this.keysUsed + i] = bytes[start + i];
    place(this.slots, hash, this.keysUsed, length + 1, client);
    this.keysUsed += length;
    this.size++;
    // Looked up once here, so the lookup's path for a spelling it holds has run before V8 optimises
    // the reading loop: the first rows are mostly new clients, and code never run when the loop was
    // optimised sends it back to the interpreter (a deopt) the first time it runs.
    this.find(bytes, view, start, end, hash);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4) if (old[at + 2] !== 0) place(this.slots, old[at], old[at + 1], old[at + 2], old[at + 3]);
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

/** Not 0 exactly when one of `word`'s four bytes is 0 (the classic (x - 0x01010101) & ~x & 0x80808080). */
function zeroIn(word: number): number {
  return (word - 0x01010101) & ~word & 0x80808080;
}

/** Whether one of `word`'s four bytes ends a field (ENDS_FIELD): a comma, a line feed or a carriage return. */
function endsFieldIn(word: number): boolean {
  return (zeroIn(word ^ 0x2c2c2c2c) | zeroIn(word ^ 0x0a0a0a0a) | zeroIn(word ^ 0x0d0d0d0d)) !== 0;
}

/** A client spelling's hash, four bytes at a time (MurmurHash3's step), then a byte at a time (FNV-1a), then mixed (MurmurHash3's finish). */
function mixWord(hash: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  const h = hash ^ k;
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

/** The end of a spelling's hash: its bits mixed, so that spellings a byte apart land far apart in the table. */
function finalMix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** 1 for the bytes that end a field: comma, line feed, carriage return. */
const ENDS_FIELD = new Uint8Array(256);
ENDS_FIELD[COMMA] = ENDS_FIELD[NEWLINE] = ENDS_FIELD[RETURN] = 1;

/**
 * Serials by the ten bytes of their date (yyyy-mm-dd), read as three words, a slot each in a
 * direct-mapped cache: a file's rows fall on a few hundred days, so nearly every row finds its day
 * here with three loads, and only a day met for the first time is read digit by digit. Only days
 * are kept: ten bytes that are no day (05.01.2024) are read again, not cached in a day's place.
 */
const DATE_SLOTS = 1 << 14;
/** Three words a slot: the bytes yyyy, -mm- and dd; a slot never filled holds NUL bytes, whose serial is NaN. */
const dateWords = new Int32Array(DATE_SLOTS * 3);
const dateSerials = new Float64Array(DATE_SLOTS).fill(NaN);

/** Whether a byte less 0x30 is a digit's value: any other byte is below 0 or above 9. */
function isDigit(value: number): boolean {
  return value >>> 0 <= 9;
}

/**
 * serialFromIsoDay (engine/read/dates.ts) over the ten bytes at `at` of `view`: the same serial
 * (NaN for anything but yyyy-mm-dd), without a string.
 */
function serialFromIsoView(view: DataView, at: number): number {
  const year = view.getInt32(at);
  const middle = view.getInt32(at + 4);
  const day = view.getUint16(at + 8);
  // The slot from the digits' low four bits (a digit's byte is 0x30 + its value): the day (0-31),
  // the month (0-12) and the year modulo 16 each have their own bits, so the days of any sixteen
  // years in a row never take each other's slots. Other bytes land anywhere; the three words tell.
  const years = (((year >>> 24) & 0xf) * 10 + ((year >>> 16) & 0xf)) * 100 + ((year >>> 8) & 0xf) * 10 + (year & 0xf);
  const month = ((middle >>> 16) & 1) * 10 + ((middle >>> 8) & 0xf);
  const slot = (((years & 15) << 10) | (month << 5) | (((day >>> 8) & 3) * 10 + (day & 0xf))) & (DATE_SLOTS - 1);
  const word = slot * 3;
  if (dateWords[word] === year && dateWords[word + 1] === middle && dateWords[word + 2] === day) return dateSerials[slot];
  const serial = isoDayAt(view, at);
  if (Number.isNaN(serial)) return serial;
  dateWords[word] = year;
  dateWords[word + 1] = middle;
  dateWords[word + 2] = day;
  dateSerials[slot] = serial;
  return serial;
}

/** The serial of the date yyyy-mm-dd in the ten bytes at `at`, read digit by digit; NaN when they hold none. */
function isoDayAt(view: DataView, at: number): number {
  if (view.getUint8(at + 4) !== 0x2d || view.getUint8(at + 7) !== 0x2d) return NaN;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = view.getUint8(at + i) - 0x30;
    if (!isDigit(digit)) return NaN;
    year = year * 10 + digit;
  }
  const m1 = view.getUint8(at + 5) - 0x30;
  const m2 = view.getUint8(at + 6) - 0x30;
  const d1 = view.getUint8(at + 8) - 0x30;
  const d2 = view.getUint8(at + 9) - 0x30;
  if (!(isDigit(m1) && isDigit(m2) && isDigit(d1) && isDigit(d2))) return NaN;
  return serialFromIsoParts(year, m1 * 10 + m2, d1 * 10 + d2);
}

/** What the reading loop's serialFromIsoView gives for a date field bytes[start, end) (for the tests). */
export function serialFromIsoBytes(bytes: Uint8Array, start: number, end: number): number {
  return end - start === 10 ? serialFromIsoView(viewOf(bytes), start) : NaN;
}

/** 10^k for up to 15 fraction digits, computed as numbers.ts computes its table: the same divisions. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The value the last plainNumberFrom read. Kept in a typed array rather than returned: V8 does
 * not inline the call into the reading loop, and a fraction returned from a call is a new heap
 * number, one a row for the garbage collector.
 */
const numberRead = new Float64Array(1);

/**
 * plainNumber (engine/read/numbers.ts) over the bytes from `start` up to the first that cannot be
 * part of a plain number, without making a string: the same rule (`123`, `-123.45`, `.5`; NaN for
 * anything else) and the same value, a mantissa of at most 15 digits divided once by an exact power
 * of ten; longer numbers go to plainNumber itself. Read in the same pass that finds where the field
 * ends: returns where it stopped, and the field is the number (numberRead[0]) when a byte that ends
 * a field stands there.
 */
function plainNumberFrom(bytes: Uint8Array, start: number): number {
  const negative = bytes[start] === 0x2d;
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = -1;
  let at = negative ? start + 1 : start;
  for (; ; at++) {
    // A comparison, not a subtraction: past the end of the bytes, undefined is no digit.
    const byte = bytes[at];
    if (byte >= 0x30 && byte <= 0x39) {
      mantissa = mantissa * 10 + (byte - 0x30);
      digits++;
      if (fractionDigits >= 0) fractionDigits++;
    } else if (byte === 0x2e && fractionDigits < 0) fractionDigits = 0;
    else break;
  }
  if (digits === 0 || at - start > 24) numberRead[0] = NaN;
  else if (digits > 15) numberRead[0] = plainNumber(Buffer.from(bytes.buffer, bytes.byteOffset + start, at - start).toString("latin1"));
  else {
    const value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : mantissa;
    numberRead[0] = negative ? -value : value;
  }
  return at;
}

/** What the reading loop's plainNumberFrom gives for an amount field bytes[start, end) (for the tests). */
export function plainNumberAt(bytes: Uint8Array, start: number, end: number): number {
  return plainNumberFrom(bytes.subarray(0, end), start) === end ? numberRead[0] : NaN;
}

/**
 * bytes[start, end) as text; null when a byte is not UTF-8 (the general reader then reads the file
 * in another code page). A lone CR never gets here: the line's reading stops at it.
 */
function plainText(bytes: Uint8Array, start: number, end: number): string | null {
  // ASCII, as most names are, is its own Latin-1: Node decodes that in half the time of the UTF-8
  // decoder given a view of the bytes (which is made at every new client).
  let high = 0;
  for (let i = start; i < end; i++) high |= bytes[i];
  if (high < 128 && Buffer.isBuffer(bytes)) return bytes.toString("latin1", start, end);
  try {
    return utf8.decode(bytes.subarray(start, end));
  } catch {
    return null;
  }
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

/** The rows `bytes` of the file hold, with a tenth to spare, from the average line's bytes: to size row arrays up front. */
function rowsIn(bytes: number, lineBytes: number): number {
  return Math.ceil((bytes / Math.max(8, lineBytes)) * 1.1);
}

/** About how many bytes of lines the first `read` of a reading takes on their own (PlainLines.readBlocks). */
const FIRST_LINES_BYTES = 4096;

/**
 * Bytes read a block at a time, into one buffer, and the rows of a block into one batch, both used
 * again for every block: the memory of a 10M-row file is its rows, not its text. Small, because
 * memory a process touches for the first time costs more than reading into memory it has touched
 * (about 12 us a 4 KB page on the VMs measured, docs/large-files.md): 1 MB blocks made a 1M-row
 * run 50 ms faster than 8 MB blocks did.
 */
const BLOCK_BYTES = 1024 * 1024;

/**
 * The file's bytes from `position` into `into[at..]`, at most `length`; how many were read (0 at
 * the end). A Buffer given whole is read the same way, so every path goes through the blocks.
 */
type ReadBytes = (into: Buffer, at: number, length: number, position: number) => number;

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function bytesOf(input: Buffer | number): ReadBytes {
  if (typeof input === "number") return (into, at, length, position) => readSync(input, into, at, length, position);
  return (into, at, length, position) => input.copy(into, at, position, Math.min(input.length, position + length));
}

/**
 * Bytes a buffer of Blocks keeps after its data, so that a word (four bytes) read at any byte of
 * the data stays inside the buffer.
 */
const WORD_SLACK = 3;

/** A stretch of the file, from `from` up to `until`, read a block at a time. */
class Blocks {
  /** The bytes read and not yet passed on, from the file's position `start`. */
  bytes: Buffer;
  /** The buffer under `bytes`, WORD_SLACK bytes longer, to read words from. */
  view: DataView;
  start: number;
  /** Whether `bytes` reach `until`. */
  atEnd: boolean;
  private buffer: Buffer;

  private until = 0;

  /** Blocks of `blockBytes` (more for a longer line); `restart` says what to read. */
  constructor(
    private readonly read: ReadBytes,
    blockBytes: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.max(16, blockBytes) + WORD_SLACK);
    this.view = viewOf(this.buffer);
    this.bytes = this.buffer.subarray(0, 0);
    this.start = 0;
    this.atEnd = true;
  }

  /**
   * Keeps the bytes from `keep` on, moves them to the front and reads on after them (a larger
   * buffer when one line fills it). False when the file has a quote: the general reader's.
   */
  more(keep: number): boolean {
    const kept = this.bytes.length - keep;
    if (kept >= this.buffer.length - WORD_SLACK) {
      this.grow(this.buffer.length * 2);
      this.bytes.copy(this.buffer, 0, keep);
    } else this.buffer.copyWithin(0, keep, this.bytes.length);
    this.start += keep;
    let filled = kept;
    const room = this.buffer.length - WORD_SLACK;
    while (filled < room) {
      const wanted = Math.min(room - filled, this.until - (this.start + filled));
      const n = wanted > 0 ? this.read(this.buffer, filled, wanted, this.start + filled) : 0;
      if (n === 0) {
        this.atEnd = true;
        break;
      }
      filled += n;
    }
    this.bytes = this.buffer.subarray(0, filled);
    this.lastLineEnds();
    // Quoted fields (a comma or a line break inside a value) are the general reader's.
    return !this.bytes.subarray(kept).includes(QUOTE);
  }

  /** Reads [from, until) next, in the same buffer; false as `more` says. */
  restart(from: number, until: number): boolean {
    this.start = from;
    this.until = until;
    this.atEnd = from >= until;
    this.bytes = this.buffer.subarray(0, 0);
    return this.more(0);
  }

  /** Stops at `until` (a line's start), dropping any bytes read beyond it. */
  stopAt(until: number): void {
    this.until = until;
    if (this.start + this.bytes.length >= until) {
      this.bytes = this.bytes.subarray(0, until - this.start);
      this.atEnd = true;
    }
    this.lastLineEnds();
  }

  /** A last line without a line feed is given one, so every line PlainLines reads ends in one. */
  private lastLineEnds(): void {
    const length = this.bytes.length;
    if (!this.atEnd || length === 0 || this.bytes[length - 1] === NEWLINE) return;
    if (length === this.buffer.length - WORD_SLACK) {
      this.grow(this.buffer.length + 1);
      this.bytes.copy(this.buffer);
    }
    this.buffer[length] = NEWLINE;
    this.bytes = this.buffer.subarray(0, length + 1);
  }

  /** A new, larger buffer (its bytes still to be copied in). */
  private grow(length: number): void {
    this.buffer = Buffer.allocUnsafe(length);
    this.view = viewOf(this.buffer);
  }
}

/** How a plain CSV's lines are laid out: taken from its header. */
export interface PlainLayout {
  width: number;
  clientColumn: number;
  dateColumn: number | undefined;
  amountColumn: number;
}

/** Rows parsed from plain lines, column by column, in the file's order; they grow as needed. */
class RowBatch implements ParsedRows {
  count = 0;
  clients: Int32Array<ArrayBuffer>;
  dates: Float64Array<ArrayBuffer>;
  amounts: Float64Array<ArrayBuffer>;
  rows: Int32Array<ArrayBuffer>;

  /** A batch for about `capacity` rows, in the arrays of `spare` when given (rows already taken). */
  constructor(capacity: number, spare?: RowArrays) {
    const size = Math.max(16, capacity);
    this.clients = spare?.clients ?? new Int32Array(size);
    this.dates = spare?.dates ?? new Float64Array(size);
    this.amounts = spare?.amounts ?? new Float64Array(size);
    this.rows = spare?.rows ?? new Int32Array(size);
  }

  grow(): void {
    const size = this.rows.length * 2;
    this.clients = grownTo(this.clients, size);
    this.dates = grownTo(this.dates, size);
    this.amounts = grownTo(this.amounts, size);
    this.rows = grownTo(this.rows, size);
  }
}

/**
 * Where PlainLines's rows go: into the sales reader (ReaderRows), or kept with the spellings of
 * their clients for the reader to take in their turn (PieceRows).
 */
interface PlainSink {
  /** The client of a spelling seen for the first time (one the reader takes: clientName, no error value). */
  clientOf(raw: string): number;
  /** A line outside the plain form, as text; false stops the reading before it. */
  otherLine(text: string, row: number, batch: RowBatch): boolean;
  /** The end of a block: its rows may go on. */
  endBlock(batch: RowBatch): void;
}

/**
 * Lines parsed into a batch of rows block by block. Its loop takes the block as an argument rather
 * than from a closure, and writes the rows to typed arrays rather than calling per row, so that it
 * runs at the speed of its bytes.
 */
class PlainLines {
  /** Whether `read` has been called: the first lines of a first read are read apart (readBlocks). */
  private started = false;
  /** The file's row of the next line (the header is row 1; a piece read apart counts from 0). */
  row: number;
  batch: RowBatch;
  private readonly clients: ByteInterner;

  /** `expectedRows` sizes the first batch of rows, `expectedClients` the spelling table. */
  constructor(
    private readonly sink: PlainSink,
    private readonly layout: PlainLayout,
    firstRow: number,
    expectedRows: number,
    expectedClients: number,
  ) {
    this.row = firstRow;
    this.batch = new RowBatch(expectedRows);
    this.clients = new ByteInterner(expectedClients);
  }

  /**
   * Reads the lines of the block's bytes[offset, whole), each ending in a line feed; where it
   * stopped (`whole` when the sink took every line). -1 when the file turns out not to be plain (a
   * lone CR, a byte that is not UTF-8): the general reader's. Words are read from the block's view,
   * the buffer under its bytes, with room for a word at any of them.
   */
  read(blocks: Blocks, offset: number, whole: number): number {
    const { bytes, view } = blocks;
    const { sink, clients } = this;
    const { width, clientColumn, dateColumn, amountColumn } = this.layout;
    // The row's place, its count and arrays held in locals: in the object's fields they are loaded and stored at every row.
    const endsField = ENDS_FIELD;
    const batch = this.batch;
    let batchClients = batch.clients;
    let batchDates = batch.dates;
    let batchAmounts = batch.amounts;
    let batchRows = batch.rows;
    let count = batch.count;
    let row = this.row;
    for (; offset < whole; row++) {
      // One pass over the line: where the client's field is and its hash, the date and the amount.
      let at = offset;
      let fields = 0;
      let hash = 0x811c9dc5 | 0;
      // An ISO date is read where it stands, its ten bytes not scanned first.
      let date = NaN;
      /** The bytes of the fields nobody reads, or-ed: a byte above 0x7f asks whether the line is UTF-8. */
      let unread = 0;
      let clientStart = 0;
      let clientEnd = 0;
      let amount = NaN;
      for (;;) {
        if (fields === clientColumn) {
          clientStart = at;
          // Four bytes at a time while none of them ends the field (the buffer has room for the last word).
          for (let word = view.getInt32(at, true); !endsFieldIn(word); word = view.getInt32((at += 4), true)) hash = mixWord(hash, word);
          for (let byte = bytes[at]; endsField[byte] === 0; byte = bytes[++at]) hash = Math.imul(hash ^ byte, 0x01000193);
          hash = finalMix(hash);
          clientEnd = at;
        } else if (fields === dateColumn && at + 10 < whole && endsField[bytes[at + 10]] === 1 && !Number.isNaN((date = serialFromIsoView(view, at)))) at += 10;
        else {
          if (fields === amountColumn) {
            at = plainNumberFrom(bytes, at);
            // More after the number: the field is not plain, and the rest is read as an unread field's.
            amount = endsField[bytes[at]] === 1 ? numberRead[0] : NaN;
          }
          for (let byte = bytes[at]; endsField[byte] === 0; byte = bytes[++at]) unread |= byte;
        }
        fields++;
        if (bytes[at] !== COMMA) break;
        at++;
      }
      const end = at;
      // A CR ends a line only before its line feed; a lone CR ends a record for the general reader.
      if (bytes[end] === RETURN && bytes[end + 1] !== NEWLINE) return this.stop(-1, row, count);
      const next = bytes[end] === RETURN ? end + 2 : end + 1;
      // A blank line is no row, as in the general reader.
      if (end === offset) {
        offset = next;
        continue;
      }
      // A byte that is not UTF-8, even in a column nobody reads, makes the general reader read the file in another code page.
      if (unread > 0x7f && plainText(bytes, offset, end) === null) return this.stop(-1, row, count);
      plain: {
        if (fields !== width) break plain;
        if (clientEnd === clientStart) break plain;
        let client = clients.find(bytes, view, clientStart, clientEnd, hash);
        if (client < 0) {
          const raw = plainText(bytes, clientStart, clientEnd);
          if (raw === null) return this.stop(-1, row, count);
          // A spelling the reader must judge (blank, or once trimmed an error value such as #N/A) goes the general way.
          const name = clientName(raw);
          if (name === null || name.startsWith("#")) break plain;
          client = sink.clientOf(raw);
          clients.add(bytes, view, clientStart, clientEnd, hash, client);
        }
        // A non-ASCII byte is not a digit: such an amount is not plain and goes to the general rules below.
        if (Number.isNaN(amount)) break plain;
        if (dateColumn !== undefined && Number.isNaN(date)) break plain;
        if (count === batchRows.length) {
          batch.count = count;
          batch.grow();
          batchClients = batch.clients;
          batchDates = batch.dates;
          batchAmounts = batch.amounts;
          batchRows = batch.rows;
        }
        batchClients[count] = client;
        batchDates[count] = date;
        batchAmounts[count] = amount;
        batchRows[count] = row;
        count++;
        offset = next;
        continue;
      }
      const text = plainText(bytes, offset, end);
      if (text === null) return this.stop(-1, row, count);
      // The sink takes the batch's rows before this line's.
      batch.count = count;
      const going = sink.otherLine(text, row, batch);
      count = batch.count;
      if (!going) return this.stop(offset, row, count);
      offset = next;
    }
    return this.stop(whole, row, count);
  }

  /** Where `read` stopped, its row and count kept for the next read. */
  private stop(reached: number, row: number, count: number): number {
    this.row = row;
    this.batch.count = count;
    return reached;
  }

  /** Reads the lines of `blocks` from `offset` of its bytes on; the file position where it stopped, -1 when not plain. */
  readBlocks(blocks: Blocks, offset: number): number {
    for (;; offset = 0) {
      // The buffer's whole lines end just after its last line feed; the rest is read on with the next block.
      const whole = blocks.bytes.lastIndexOf(NEWLINE) + 1;
      let reached: number;
      if (!this.started && offset + FIRST_LINES_BYTES < whole) {
        // The first lines are read on their own: the way out of `read` has then run before V8
        // optimises its loop, and the optimised code is not thrown away (a deopt) at the block's end.
        const firstLines = blocks.bytes.indexOf(NEWLINE, offset + FIRST_LINES_BYTES) + 1;
        reached = this.read(blocks, offset, firstLines);
        if (reached === firstLines) reached = this.read(blocks, firstLines, whole);
      } else reached = this.read(blocks, offset, whole);
      this.started = true;
      if (reached < 0) return -1;
      this.sink.endBlock(this.batch);
      if (reached < whole || blocks.atEnd) return blocks.start + reached;
      if (!blocks.more(whole)) return -1;
    }
  }
}

/** Rows that go into the sales reader as they are read, a block at a time. */
class ReaderRows implements PlainSink {
  readonly counts: FieldCounts;

  constructor(
    private readonly reader: SalesReader,
    width: number,
  ) {
    this.counts = new FieldCounts(width);
  }

  clientOf(raw: string): number {
    return this.reader.clientOf(raw);
  }

  /**
   * Any other line (a bad value, a text date, a currency sign, a field too many or too few) is read
   * as the general reader reads it, after the rows before it: its cells as text, through the same
   * reader, so its problems and their row numbers are the general reader's and the rest of the
   * file stays on this path.
   */
  otherLine(text: string, row: number, batch: RowBatch): boolean {
    this.endBlock(batch);
    const cells = text.split(",");
    if (!this.counts.tooWideRow(cells, row)) this.reader.addRows([cells], row);
    return true;
  }

  endBlock(batch: RowBatch): void {
    this.reader.addParsedRows(batch);
    batch.count = 0;
  }

  /**
   * The rows of a piece read apart, `rowOffset` added to their rows, their clients numbered by
   * the reading (see PieceClients). The reader numbers each client as it first meets it, as if the
   * lines had come here.
   */
  addPiece(piece: PieceRowsData, rowOffset: number, reading: PieceClients): void {
    const known = reading.met(piece.names);
    const { clients, rows } = piece;
    for (let i = 0; i < piece.count; i++) {
      const own = clients[i];
      let client = known[own];
      if (client < 0) {
        client = this.reader.clientOf(reading.names[own]);
        // PlainLines passes on only the spellings the reader takes.
        if (client < 0) throw new Error(`a client spelling the reader does not take: '${reading.names[own]}'`);
        known[own] = client;
      }
      clients[i] = client;
      rows[i] += rowOffset;
    }
    this.reader.addParsedRows(piece);
  }
}

/** A reading apart's client spellings, by its numbers, and the reader's number for each once met. */
class PieceClients {
  readonly names: string[] = [];
  private known = new Int32Array(0);

  /** The reader's numbers (-1: not met yet), after the spellings a piece adds. */
  met(added: readonly string[]): Int32Array {
    for (const name of added) this.names.push(name);
    if (this.known.length < this.names.length) {
      const met = this.known.length;
      this.known = grownTo(this.known, Math.max(this.names.length, met * 2));
      this.known.fill(-1, met);
    }
    return this.known;
  }
}

/** The rows of a piece of the file read apart (a worker thread sends them), its clients by the reading's own numbers. */
export interface PieceRowsData extends ParsedRows {
  clients: Int32Array<ArrayBuffer>;
  dates: Float64Array<ArrayBuffer>;
  amounts: Float64Array<ArrayBuffer>;
  /** Rows from 0, the piece's first line. */
  rows: Int32Array<ArrayBuffer>;
  /** The spellings the reading met first in this piece: its next numbers, after those of its earlier pieces. */
  names: string[];
}

/** The arrays of a batch of rows, without its count: rows the reader has taken, given back to be used again. */
export type RowArrays = Pick<PieceRowsData, "clients" | "dates" | "amounts" | "rows">;

/** Rows of a piece read apart from the sales reader, up to the first line it must judge itself. */
class PieceRows implements PlainSink {
  readonly names: string[] = [];

  clientOf(raw: string): number {
    return this.names.push(raw) - 1;
  }

  otherLine(): boolean {
    return false;
  }

  endBlock(): void {}
}

/** What reading a piece apart gave: its rows up to `stoppedAt` (a file position; `until` when it read them all), or that the file is not plain. */
export type PieceResult = { plain: true; rows: PieceRowsData; stoppedAt: number; stoppedRow: number } | { plain: false };

/** A piece of a plain CSV [from, until), starting at a line. */
export interface Piece {
  from: number;
  until: number;
  layout: PlainLayout;
  /** The average line's bytes, to size the rows up front. */
  lineBytes: number;
  blockBytes: number;
}

/**
 * Pieces of a plain CSV read apart from the sales reader, in the file's order, each up to the first
 * line the reader must judge (a bad row, a text date, a blank client spelling), where it stops.
 * One reading numbers its clients across its pieces, so each spelling is decoded and sent once.
 */
export class PieceReading {
  private readonly spellings = new PieceRows();
  private readonly lines: PlainLines;
  private named = 0;
  /**
   * Arrays whose rows the reader has taken (giveBack): the next pieces' rows go into them. A new
   * batch for every piece was memory touched for the first time, 3 MB a piece (docs/large-files.md).
   */
  private readonly spare: RowArrays[] = [];

  /**
   * A reading of pieces like `first`: their layout, and its rows as the clients the spelling table
   * is made ready for (each piece gets a batch of its own in `read`).
   */
  constructor(
    private readonly blocks: Blocks,
    first: Piece,
  ) {
    this.lines = new PlainLines(this.spellings, first.layout, 0, 0, rowsIn(first.until - first.from, first.lineBytes));
  }

  static of(input: Buffer | number, first: Piece): PieceReading {
    return new PieceReading(new Blocks(bytesOf(input), first.blockBytes), first);
  }

  read(piece: Piece): PieceResult {
    const lines = this.lines;
    lines.row = 0;
    lines.batch = new RowBatch(rowsIn(piece.until - piece.from, piece.lineBytes), this.spare.pop());
    if (!this.blocks.restart(piece.from, piece.until)) return { plain: false };
    const stoppedAt = lines.readBlocks(this.blocks, 0);
    if (stoppedAt < 0) return { plain: false };
    const { count, clients, dates, amounts, rows } = lines.batch;
    const names = this.spellings.names.slice(this.named);
    this.named = this.spellings.names.length;
    return { plain: true, rows: { count, clients, dates, amounts, rows, names }, stoppedAt, stoppedRow: lines.row };
  }

  /** Arrays of a piece this reading gave, once the reader has taken its rows, for the next pieces. */
  giveBack(rows: RowArrays): void {
    this.spare.push(rows);
  }
}

/** Whose a piece is: `claims[piece]` is PIECE_FREE until the reader or the reading apart takes it. */
export const PIECE_FREE = 0;
export const PIECE_HERE = 1;
export const PIECE_APART = 2;

/**
 * Claims for `who` the first piece from `piece` on that nobody has claimed (each reading claims
 * in the file's order); -1 when none is left.
 */
export function claimFree(claims: Int32Array, piece: number, who: number): number {
  for (; piece < claims.length; piece++) if (Atomics.compareExchange(claims, piece, PIECE_FREE, who) === PIECE_FREE) return piece;
  return -1;
}

/**
 * The reading apart from the reader (a worker thread's): each piece it can claim before the
 * reader does, read and `send` on, until none is left or one is not plain. `givenBack` gives the
 * arrays of pieces the reader has taken since it was last called (RowArrays), one at a time.
 */
export function readClaimedPieces(input: Buffer | number, pieces: readonly Piece[], claims: Int32Array, send: (piece: number, result: PieceResult) => void, givenBack: () => RowArrays | undefined): void {
  const reading = PieceReading.of(input, pieces[0]);
  for (let piece = claimFree(claims, 1, PIECE_APART); piece > 0; piece = claimFree(claims, piece + 1, PIECE_APART)) {
    for (let rows = givenBack(); rows; rows = givenBack()) reading.giveBack(rows);
    const result = reading.read(pieces[piece]);
    send(piece, result);
    if (!result.plain) return;
  }
}

/**
 * A reading of the file's pieces apart from the reader (a worker thread on the command line): it
 * reads each piece it claims in `claims` (claimFree, as PIECE_APART). `take` gives a piece's result
 * if it has come, `wait` when it comes (it rejects when the reading stopped: the piece is then read
 * here); `giveBack` hands back the arrays of a piece whose rows the reader has taken, for the
 * reading's next pieces; `stop` ends the reading.
 */
export type PieceReader = (pieces: readonly Piece[], claims: Int32Array) => { take(piece: number): PieceResult | undefined; wait(piece: number): Promise<PieceResult>; giveBack(rows: RowArrays): void; stop(): void };

/** The file is cut into pieces of about this many bytes, each read here or apart, whichever claims it first. */
const PIECE_BYTES = 4 * 1024 * 1024;

export interface PlainCsvOptions {
  blockBytes?: number;
  /**
   * Reads pieces of the file (`pieceBytes` each, up to a line's start) apart from this reading,
   * which reads the pieces nobody has claimed into the reader and takes the others' rows in turn.
   */
  apart?: { read: PieceReader; pieceBytes?: number };
}

/** The first line's start at or after `position`, or -1 when none starts before the end. */
function lineStartFrom(read: ReadBytes, position: number, size: number): number {
  const probe = Buffer.allocUnsafe(4096);
  for (let at = position; at < size; at += probe.length) {
    const n = read(probe, 0, Math.min(probe.length, size - at), at);
    if (n === 0) return -1;
    const newline = probe.subarray(0, n).indexOf(NEWLINE);
    if (newline >= 0) return at + newline + 1 < size ? at + newline + 1 : -1;
  }
  return -1;
}

/** Where the pieces of [firstLine, size) start, each at a line's start about `pieceBytes` after the last; then `size`. */
function pieceStarts(read: ReadBytes, firstLine: number, size: number, pieceBytes: number): number[] {
  const starts = [firstLine];
  for (let next = lineStartFrom(read, firstLine + pieceBytes, size); next > 0; next = lineStartFrom(read, next + pieceBytes, size)) starts.push(next);
  starts.push(size);
  return starts;
}

/**
 * The sales of a plain CSV, read from its bytes: a Node Buffer as readFileSync gives it, or an
 * open file descriptor read `blockBytes` at a time. Null when the file is not in that form (then
 * the general reader must read it). Bad rows are the reader's to judge, with the general reader's
 * messages. With `apart`, pieces of the file are read elsewhere at the same time, and their rows
 * go into the reader in the file's order, so the result is the one a single reading gives.
 */
export async function readPlainCsv(input: Buffer | number, settings: ReadSettings, options: PlainCsvOptions = {}): Promise<ReadResult | null> {
  const blockBytes = options.blockBytes ?? BLOCK_BYTES;
  const read = bytesOf(input);
  const size = typeof input === "number" ? fstatSync(input).size : input.length;
  const blocks = new Blocks(read, Math.min(blockBytes, size));
  if (!blocks.restart(0, size)) return null;
  // The general reader looks for the header in the first lines: they are read whole before anything else.
  while (!blocks.atEnd && newlines(blocks.bytes, HEADER_LINES) < HEADER_LINES) if (!blocks.more(0)) return null;
  const bytes = blocks.bytes;

  const offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // UTF-16 (with or without a mark) holds NUL bytes in its first characters.
  if (bytes.subarray(0, 4096).includes(0)) return null;
  const headerEnd = lineEnd(bytes, offset);
  const headerTextEnd = headerEnd > offset && bytes[headerEnd - 1] === RETURN ? headerEnd - 1 : headerEnd;
  const headerBytes = bytes.subarray(offset, headerTextEnd);
  // A lone CR ends the header for the general reader: such a file is its.
  if (headerBytes.includes(QUOTE) || headerBytes.includes(0x3b) || headerBytes.includes(0x09) || headerBytes.includes(RETURN) || !headerBytes.includes(COMMA)) return null;
  const headerText = plainText(bytes, offset, headerTextEnd);
  if (headerText === null) return null;
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
  // Sized for the file from its first lines, so the row arrays are not grown and copied a dozen times.
  const sample = top.slice(1);
  const lineBytes = sample.length > 0 ? sample.reduce((sum, row) => sum + row.join(",").length + 1, 0) / sample.length : size;
  try {
    reader = createSalesReader(header, settings, 1, rowsIn(size, lineBytes));
  } catch (error) {
    if (error instanceof InputException) return null;
    throw error;
  }
  const { client: clientColumn, date: dateColumn, amount: amountColumn, ...others } = reader.detected.columns;
  if (reader.detected.layout !== "transactions" || clientColumn === undefined || amountColumn === undefined || Object.values(others).some((column) => column !== undefined)) return null;
  const layout: PlainLayout = { width: header.length, clientColumn, dateColumn, amountColumn };

  const rows = new ReaderRows(reader, layout.width);
  const blockRows = rowsIn(Math.min(size, blockBytes), lineBytes);
  const lines = new PlainLines(rows, layout, 2, blockRows, blockRows);
  const firstLine = headerEnd + 1;
  const starts = options.apart ? pieceStarts(read, firstLine, size, options.apart.pieceBytes ?? PIECE_BYTES) : [firstLine, size];
  const pieces = starts.slice(0, -1).map((from, piece): Piece => ({ from, until: starts[piece + 1], layout, lineBytes, blockBytes }));
  // Each piece is read here or apart, whichever claims it first; its rows go to the reader in the file's order.
  const claims = new Int32Array(new SharedArrayBuffer(4 * pieces.length));
  claims[0] = PIECE_HERE;
  const apart = options.apart && pieces.length > 1 ? options.apart.read(pieces, claims) : null;
  /** Pieces read here ahead of their turn, while the one before them was still being read apart (by a reading made at the first). */
  const ahead = new Map<number, PieceResult>();
  let aheadReading: PieceReading | undefined;
  const [aheadClients, apartClients] = [new PieceClients(), new PieceClients()];
  let reached = -1;
  try {
    blocks.stopAt(starts[1]);
    reached = lines.readBlocks(blocks, firstLine);
    for (let piece = 1; reached >= 0 && piece < pieces.length; ) {
      let done = ahead.get(piece);
      const clients = done ? aheadClients : apartClients;
      ahead.delete(piece);
      if (!done && apart && Atomics.compareExchange(claims, piece, PIECE_FREE, PIECE_HERE) !== PIECE_FREE) {
        done = apart.take(piece);
        if (!done) {
          // Rather than wait for it, read the next piece nobody has claimed, to take in its turn.
          const later = claimFree(claims, piece + 1, PIECE_HERE);
          if (later > 0) {
            ahead.set(later, (aheadReading ??= new PieceReading(blocks, pieces[0])).read(pieces[later]));
            continue;
          }
          // A reading apart that failed (its thread stopped) leaves the piece to be read here.
          done = await apart.wait(piece).catch(() => undefined);
        }
      }
      let from = starts[piece];
      if (done) {
        if (!done.plain) {
          reached = -1;
          break;
        }
        rows.addPiece(done.rows, lines.row, clients);
        (clients === aheadClients ? aheadReading : apart)?.giveBack(done.rows);
        lines.row += done.stoppedRow;
        from = done.stoppedAt;
      }
      // A piece in its turn, or the rest of one read apart, from the line it left to the reader.
      if (from < starts[piece + 1]) reached = blocks.restart(from, starts[piece + 1]) ? lines.readBlocks(blocks, 0) : -1;
      piece++;
    }
  } finally {
    // Whatever happens here, the thread stops before the file is closed.
    apart?.stop();
  }
  if (reached < 0) return null;
  return rows.counts.finish(reader, settings);
}
