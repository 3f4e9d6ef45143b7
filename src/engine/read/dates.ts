/**
 * Date texts and month names. A text like `05/03/2024` cannot be read alone (5 March or May 3),
 * so parsing gives its parts and the reader decides the order from the whole column.
 */
import { expandTwoDigitYear, serialFromYmd } from "../calendar";
import { asciiDigits } from "./numbers";

/** Month names and their abbreviations (en, ru, lt, cy), lower case, by the prefix that identifies them. */
const MONTH_PREFIXES: readonly (readonly string[])[] = [
  ["jan", "янв", "sau", "ion"],
  ["feb", "фев", "vas", "chw"],
  ["mar", "мар", "kov", "maw"],
  ["apr", "апр", "bal", "ebr"],
  ["may", "май", "мая", "geg", "mai"],
  ["jun", "июн", "bir", "meh"],
  ["jul", "июл", "lie", "gor"],
  ["aug", "авг", "rugp", "aws"],
  ["sep", "сен", "rugs", "med"],
  ["oct", "окт", "spa", "hyd"],
  ["nov", "ноя", "lap", "tach"],
  ["dec", "дек", "gru", "rhag"],
];

/** Month (1-12) named by a word such as "January", "янв.", "Gorffennaf", "rugpjūtis"; 0 when none. */
export function monthFromName(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return 0;
  for (let month = 0; month < 12; month++) {
    for (const prefix of MONTH_PREFIXES[month]) {
      if (lower.startsWith(prefix)) return month + 1;
    }
  }
  return 0;
}

/** A date text read as far as it can be alone. */
export type DateParts =
  /** Unambiguous: a serial already (ISO, month names, serial numbers). */
  | { kind: "serial"; serial: number }
  /** `a/b/year`: day-first means a = day. */
  | { kind: "pair"; a: number; b: number; year: number }
  | { kind: "invalid" };

const INVALID: DateParts = { kind: "invalid" };
const TIME = String.raw`(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp][Mm]|Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const PAIR_FIRST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`);
const DAY_NAME_YEAR = new RegExp(String.raw`^(\d{1,2})[\s\-./]*(\p{L}+)\.?[\s\-./,]*(\d{4}|\d{2})${TIME}$`, "u");
const NAME_DAY_YEAR = new RegExp(String.raw`^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`, "u");
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
const CJK_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/;

function year4(text: string): number {
  const year = Number(text);
  return text.length <= 2 ? expandTwoDigitYear(year) : year;
}

function serialParts(serial: number): DateParts {
  return Number.isNaN(serial) ? INVALID : { kind: "serial", serial };
}

/** Reads a date text; the serial is whole days (time of day dropped). */
export function parseDateText(raw: string): DateParts {
  const text = asciiDigits(raw).trim();
  let match = YEAR_FIRST.exec(text);
  if (match) return serialParts(serialFromYmd(Number(match[1]), Number(match[2]), Number(match[3])));
  match = PAIR_FIRST.exec(text);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    const year = year4(match[3]);
    return a > 12 && b > 12 ? INVALID : { kind: "pair", a, b, year };
  }
  match = CJK_DATE.exec(text);
  if (match) return serialParts(serialFromYmd(Number(match[1]), Number(match[2]), Number(match[3])));
  match = DAY_NAME_YEAR.exec(text);
  if (match) {
    const month = monthFromName(match[2]);
    return month ? serialParts(serialFromYmd(year4(match[3]), month, Number(match[1]))) : INVALID;
  }
  match = NAME_DAY_YEAR.exec(text);
  if (match) {
    const month = monthFromName(match[1]);
    return month ? serialParts(serialFromYmd(Number(match[3]), month, Number(match[2]))) : INVALID;
  }
  if (SERIAL_TEXT.test(text)) return serialParts(serialFromNumber(Number(text)));
  return INVALID;
}

/** Serials Excel can show as dates (1900-01-01 .. 9999-12-31); the time of day is dropped. */
export function serialFromNumber(value: number): number {
  return value >= 1 && value < 2958466 ? Math.floor(value) : NaN;
}

/** Serial of a day/month pair under the chosen order, NaN when that date does not exist. */
export function serialFromPair(parts: { a: number; b: number; year: number }, dayFirst: boolean): number {
  return dayFirst ? serialFromYmd(parts.year, parts.b, parts.a) : serialFromYmd(parts.year, parts.a, parts.b);
}
