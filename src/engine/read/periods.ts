/**
 * Period headers of wide client-by-period tables: `2024-01`, `Jan 2024`, `янв 2024`, `2024年1月`,
 * `2024-Q1`, `Q1 2024`, `1 кв. 2024`, a year, or a date (cell serial or text) standing for its month.
 */
import { expandTwoDigitYear, ymdFromSerial } from "../calendar";
import { monthBounds } from "./calendars";
import type { CellValue } from "../types";
import { monthFromName, parseDateText, serialFromNumber } from "./dates";
import { asciiDigits } from "./numbers";

export interface PeriodSpan {
  /** First and last day, as serials. */
  start: number;
  end: number;
}

/** Years a period header may name: Solar Hijri 1300-1499 (see calendars.ts) and Gregorian from 1900. */
const MIN_YEAR = 1300;
const MAX_YEAR = 2200;

/** Months `first`..`last` of a year, in the calendar the year belongs to. */
function monthsSpan(year: number, first: number, last: number): PeriodSpan | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR || (year >= 1500 && year < 1900)) return null;
  const start = monthBounds(year, first);
  const end = monthBounds(year, last);
  return start && end ? { start: start.start, end: end.end } : null;
}

function monthSpan(year: number, month: number): PeriodSpan | null {
  return month >= 1 && month <= 12 ? monthsSpan(year, month, month) : null;
}

function quarterSpan(year: number, quarter: number): PeriodSpan | null {
  return quarter >= 1 && quarter <= 4 ? monthsSpan(year, quarter * 3 - 2, quarter * 3) : null;
}

function yearOf(text: string): number {
  return text.length === 2 ? expandTwoDigitYear(Number(text)) : Number(text);
}

const CHINESE_QUARTERS: Readonly<Record<string, number>> = { "一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4 };

const YEAR_MONTH = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const CJK_YEAR_MONTH = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?$/;
const YEAR_QUARTER = /^(\d{4})\s*[-/ ]?\s*(?:q|кв\.?|квартал|ch)\s*([1-4])$/;
const QUARTER_YEAR = /^(?:q([1-4])|([1-4])\s*(?:q|кв\.?|квартал|ketv\.?|ketvirtis|ch))\s*[-/ ]?\s*(\d{4})(?:\s*г\.?)?$/;
const CJK_QUARTER = /^(\d{4})\s*年?\s*(?:第\s*([1-4一二三四])\s*季度?|q([1-4]))$/;
const NAME_YEAR = /^(\p{L}+)\.?\s*[-/ ]?\s*(\d{4}|\d{2})(?:\s*г\.?)?$/u;
const YEAR_NAME = /^(\d{4})\s*[-/ ]?\s*(\p{L}+)\.?$/u;
const YEAR_ONLY = /^(\d{4})(?:\s*г\.?|\s*年)?$/;

/** The period a header cell names, or null when it is not a period. */
export function parsePeriodHeader(cell: CellValue): PeriodSpan | null {
  if (typeof cell === "number") {
    const year = monthsSpan(cell, 1, 12);
    if (year) return year;
    const serial = serialFromNumber(cell);
    return Number.isNaN(serial) ? null : monthOfSerial(serial);
  }
  if (typeof cell !== "string") return null;
  const text = asciiDigits(cell).normalize("NFC").trim().toLowerCase();
  if (text === "") return null;
  let match = YEAR_MONTH.exec(text);
  if (match) return monthSpan(Number(match[1]), Number(match[2]));
  match = MONTH_YEAR.exec(text);
  if (match) return monthSpan(Number(match[2]), Number(match[1]));
  match = CJK_YEAR_MONTH.exec(text);
  if (match) return monthSpan(Number(match[1]), Number(match[2]));
  match = YEAR_QUARTER.exec(text);
  if (match) return quarterSpan(Number(match[1]), Number(match[2]));
  match = QUARTER_YEAR.exec(text);
  if (match) return quarterSpan(Number(match[3]), Number(match[1] ?? match[2]));
  match = CJK_QUARTER.exec(text);
  if (match) return quarterSpan(Number(match[1]), CHINESE_QUARTERS[match[2] ?? match[3]]);
  match = NAME_YEAR.exec(text);
  if (match) {
    const month = monthFromName(match[1]);
    return month ? monthSpan(yearOf(match[2]), month) : null;
  }
  match = YEAR_NAME.exec(text);
  if (match) {
    const month = monthFromName(match[2]);
    return month ? monthSpan(Number(match[1]), month) : null;
  }
  match = YEAR_ONLY.exec(text);
  if (match) {
    return monthsSpan(Number(match[1]), 1, 12);
  }
  const date = parseDateText(text);
  if (date.kind === "serial") return monthOfSerial(date.serial);
  return null;
}

function monthOfSerial(serial: number): PeriodSpan | null {
  const { year, month } = ymdFromSerial(serial);
  return monthSpan(year, month);
}
