/**
 * A fast CSV reader (RFC 4180): one pass over the text with charCodeAt/indexOf, records handed
 * out in chunks so the sales reader can stream. Delimiter `,`, `;` or tab, detected from the
 * header line outside quotes; quoted fields may hold delimiters, newlines and doubled quotes;
 * CRLF, LF or CR line ends. Row numbers count records (header = row 1), as a spreadsheet shows
 * them, so a quoted newline does not shift the numbers.
 */
import { InputException } from "../engine/read";
import type { CellValue } from "../engine/types";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The delimiter used most in the first record outside quotes (a comma when there is none). */
export function detectDelimiter(text: string): Delimiter {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) quoted = !quoted;
    else if (!quoted && (code === LF || code === CR)) break;
    else if (!quoted) {
      const which = DELIMITERS.indexOf(text[i] as Delimiter);
      if (which >= 0) counts[which]++;
    }
  }
  const best = counts.indexOf(Math.max(...counts));
  return DELIMITERS[best];
}

function indexOrEnd(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index < 0 ? text.length : index;
}

/** Fields of a line without quotes, between `start` and `end` (exclusive), written into `fields`. */
function splitLine(text: string, start: number, end: number, delimiter: string, fields: string[]): string[] {
  let count = 0;
  let from = start;
  for (;;) {
    const next = text.indexOf(delimiter, from);
    if (next < 0 || next >= end) {
      fields[count++] = text.slice(from, end);
      if (fields.length !== count) fields.length = count;
      return fields;
    }
    fields[count++] = text.slice(from, next);
    from = next + 1;
  }
}

export class CsvReader {
  private position: number;
  /** 1-based row number of the next record. */
  nextRow = 1;
  readonly delimiter: Delimiter;
  private readonly delimiterCode: number;
  /** Where the next quote and CR are, kept ahead of the position so each is searched for once per occurrence. */
  private nextQuote = -1;
  private nextCr = -1;
  private spareRecords: string[][] = [];

  constructor(private readonly text: string) {
    this.position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.delimiter = detectDelimiter(text.slice(this.position, this.position + 65536));
    this.delimiterCode = this.delimiter.charCodeAt(0);
  }

  /** How far into the text reading got (0..1), for a progress bar. */
  get fraction(): number {
    return this.text.length === 0 ? 1 : this.position / this.text.length;
  }

  /**
   * Up to `max` records; fewer (or none) at the end of the text. With `reuse`, the arrays of the
   * previous reuse call are refilled (valid until the next call): a million rows then cost no
   * million short-lived arrays.
   */
  read(max: number, reuse = false): string[][] {
    const text = this.text;
    const length = text.length;
    const delimiter = this.delimiterCode;
    const spare = reuse ? this.spareRecords : [];
    const records: string[][] = [];
    let pos = this.position;
    let nextQuote = this.nextQuote;
    let nextCr = this.nextCr;
    while (records.length < max && pos < length) {
      if (nextQuote !== length && nextQuote < pos) nextQuote = indexOrEnd(text, '"', pos);
      if (nextCr !== length && nextCr < pos) nextCr = indexOrEnd(text, "\r", pos);
      const lineEnd = indexOrEnd(text, "\n", pos);
      const end = nextCr === lineEnd - 1 ? lineEnd - 1 : lineEnd;
      if (nextQuote >= lineEnd && nextCr >= end) {
        // Fast path, most lines: no quote and no lone CR, so fields are the text between delimiters.
        records.push(splitLine(text, pos, end, this.delimiter, spare[records.length] ?? []));
        pos = lineEnd + 1;
        continue;
      }
      const record: string[] = [];
      for (;;) {
        let field: string;
        if (text.charCodeAt(pos) === QUOTE) {
          field = "";
          let start = pos + 1;
          for (;;) {
            const close = text.indexOf('"', start);
            if (close < 0) throw this.unclosedQuote(records.length);
            if (text.charCodeAt(close + 1) === QUOTE) {
              field += text.slice(start, close + 1);
              start = close + 2;
            } else {
              field += text.slice(start, close);
              pos = close + 1;
              break;
            }
          }
        } else field = "";
        // Unquoted text (or text after a closing quote, kept rather than rejected) runs to the delimiter or line end.
        let end = pos;
        while (end < length) {
          const code = text.charCodeAt(end);
          if (code === delimiter || code === LF || code === CR) break;
          end++;
        }
        if (end > pos) field += text.slice(pos, end);
        record.push(field);
        pos = end;
        const code = pos < length ? text.charCodeAt(pos) : -1;
        if (code === delimiter) {
          pos++;
          continue;
        }
        if (code === CR) pos++;
        if (text.charCodeAt(pos) === LF) pos++;
        break;
      }
      records.push(record);
    }
    if (reuse) this.spareRecords = records;
    this.position = pos;
    this.nextQuote = nextQuote;
    this.nextCr = nextCr;
    this.nextRow += records.length;
    return records;
  }

  private unclosedQuote(recordsRead: number): InputException {
    const row = this.nextRow + recordsRead;
    const reason = "a quoted field is never closed (a \" without its closing \")";
    return new InputException({ code: "bad-csv", message: `row ${row}: ${reason}`, problems: [{ row, code: "bad-csv", reason }] });
  }
}

/**
 * Plain decimal numbers in a CSV become numbers, as Excel opens a CSV; other text stays text, and
 * so does every cell of a column of names and ids (client "1.50" stays "1.50", never 1.5).
 */
export function csvCell(text: string, asText: boolean): CellValue {
  return !asText && /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(text) ? Number(text) : text;
}
