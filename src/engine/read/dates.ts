/**
 * Date texts and month names. A text like `05/03/2024` cannot be read alone (5 March or May 3),
 * so parsing gives its parts and the reader decides the order from the whole column.
 */
import { expandTwoDigitYear } from "../calendar";
import { serialFromCalendarDate } from "./calendars";
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

/** Solar Hijri month names (Farvardin .. Esfand), matched whole; "امرداد" is another spelling of Mordad. */
const PERSIAN_MONTHS: readonly (readonly string[])[] = [
  ["فروردین"], ["اردیبهشت"], ["خرداد"], ["تیر"], ["مرداد", "امرداد"], ["شهریور"],
  ["مهر"], ["آبان"], ["آذر"], ["دی"], ["بهمن"], ["اسفند"],
];

/**
 * Month (1-12) named by a word such as "January", "янв.", "Gorffennaf", "rugpjūtis" or "مهر"
 * (Persian names are months of the Solar Hijri year); 0 when none.
 */
export function monthFromName(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, "").replace(/ي/g, "ی").replace(/ك/g, "ک");
  const persian = PERSIAN_MONTHS.findIndex((names) => names.includes(lower));
  if (persian >= 0) return persian + 1;
  if (lower.length < 3) return 0;
  for (let month = 0; month < 12; month++) {
    for (const prefix of MONTH_PREFIXES[month]) {
      if (lower.startsWith(prefix)) return month + 1;
    }
  }
  return 0;
}

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/**
 * Serial of an exact `YYYY-MM-DD` text by arithmetic (days from the civil date), NaN otherwise:
 * the fast path for machine-written files, where a per-row Map lookup would dominate.
 */
export function serialFromIsoDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  return serialFromIsoParts(year, digitAt(text, 5) * 10 + digitAt(text, 6), digitAt(text, 8) * 10 + digitAt(text, 9));
}

/**
 * Serial of the day `year-month-day` as an ISO date names it (1900 on), NaN for a day that does not
 * exist or any part that is NaN (a character that was not a digit). serialFromIsoDay's arithmetic,
 * apart so that a reader of bytes (src/cli/plain-csv.ts) makes no string.
 * @example serialFromIsoParts(2024, 2, 29) // 45351
 */
export function serialFromIsoParts(year: number, month: number, day: number): number {
  if (!(month >= 1 && month <= 12 && day >= 1 && year >= 1900)) return NaN;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = month === 2 ? (leap ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
  if (day > monthDays) return NaN;
  // Howard Hinnant's days_from_civil, shifted to Excel serials (1970-01-01 = 25569).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468 + 25569;
}

/** A date text read as far as it can be alone. */
export type DateParts =
  /** Unambiguous: a serial already (ISO, month names, serial numbers). */
  | { kind: "serial"; serial: number }
  /** `a/b/year`: day-first means a = day. */
  | { kind: "pair"; a: number; b: number; year: number }
  | { kind: "invalid" };

const INVALID: DateParts = { kind: "invalid" };
/** A time of day after a date: ` 14:30`, `T14:30:00.000Z`, ` 2:05 PM`, `+03:00`... */
const TIME_SUFFIX = /(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp][Mm]|Z|[+-]\d{2}:?\d{2})?)$/;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const PAIR_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const DAY_NAME_YEAR = /^(\d{1,2})[\s\-./]*(\p{L}+)\.?[\s\-./,]*(\d{4}|\d{2})$/u;
const NAME_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
const CJK_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/;

function year4(text: string): number {
  const year = Number(text);
  return text.length <= 2 ? expandTwoDigitYear(year) : year;
}

function serialParts(serial: number): DateParts {
  return Number.isNaN(serial) ? INVALID : { kind: "serial", serial };
}

/** The date part of a date text: trimmed, without a time of day. */
export function withoutTime(text: string): string {
  return text.trim().replace(TIME_SUFFIX, "");
}

/** Reads a date text; the serial is whole days (time of day dropped). */
export function parseDateText(raw: string): DateParts {
  const text = withoutTime(asciiDigits(raw));
  let match = YEAR_FIRST.exec(text);
  if (match) return serialParts(serialFromCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])));
  match = PAIR_FIRST.exec(text);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    const year = year4(match[3]);
    return a > 12 && b > 12 ? INVALID : { kind: "pair", a, b, year };
  }
  match = CJK_DATE.exec(text);
  if (match) return serialParts(serialFromCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])));
  match = DAY_NAME_YEAR.exec(text);
  if (match) {
    const month = monthFromName(match[2]);
    return month ? serialParts(serialFromCalendarDate(year4(match[3]), month, Number(match[1]))) : INVALID;
  }
  match = NAME_DAY_YEAR.exec(text);
  if (match) {
    const month = monthFromName(match[1]);
    return month ? serialParts(serialFromCalendarDate(Number(match[3]), month, Number(match[2]))) : INVALID;
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
  return dayFirst ? serialFromCalendarDate(parts.year, parts.b, parts.a) : serialFromCalendarDate(parts.year, parts.a, parts.b);
}
