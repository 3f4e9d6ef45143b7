/** The analysis window (which rows count) and the calendar periods that tile it. */
import { daysInMonth, isoWeekFromSerial, mondayOfWeek, serialFromIso, ymdFromSerial, serialFromYmd } from "../calendar";
import type { AnalysisSettings, PeriodInfo, PeriodKind, SalesData } from "../types";

/**
 * Which rows count and the day span of the analysis; days are whole serials, inclusive. A row's day
 * is worked out where it is needed (windowDay) rather than kept in an array a row: at 10M rows such
 * arrays are 50 MB of memory touched for the first time, which costs more than the arithmetic.
 */
export interface AnalysisWindow {
  /** Each row's date serial (NaN: the row has none), or null without a date column. */
  dates: Float64Array | null;
  /** A dated row counts when its whole day is within from..to (an end may be infinite); an undated row always counts. */
  from: number;
  to: number;
  /** First and last day of the window; null when nothing dates it (no date column, no dated row). */
  first: number | null;
  asOf: number | null;
}

/** windowDay of a row without a date: it counts, but on no day. */
export const UNDATED = -1;
/** windowDay of a row whose day falls outside the window: it does not count. */
export const OUTSIDE = -2;

/**
 * The whole day of a row's date when it falls within from..to (a window's), else OUTSIDE; UNDATED
 * for no date (NaN). A row's day is 1 or more (the reader's dates are 1900-01-01 on), so a result
 * below 0 is never a day; a window's first day may be (a from date before 1899-12-30).
 * @example windowDay(45000.75, 44900, 45100) // 45000
 */
export function windowDay(date: number, from: number, to: number): number {
  if (date !== date) return UNDATED;
  const day = Math.floor(date);
  return day < from || day > to ? OUTSIDE : day;
}

function settingSerial(text: string | null, name: string): number | null {
  if (text === null) return null;
  const serial = serialFromIso(text);
  if (Number.isNaN(serial)) throw new Error(`the ${name} date "${text}" is not a YYYY-MM-DD date`);
  return serial;
}

/**
 * Rows outside the window are left out: the set from/as-of dates, else a wide table's declared
 * periods. A row without a date (possible only when the reader kept one) cannot be placed, so it
 * counts for the measure but not for periods or RFM. Without set or declared dates the window
 * runs from the first to the latest dated row.
 */
export function resolveWindow(data: SalesData, settings: AnalysisSettings): AnalysisWindow {
  const from = settingSerial(settings.from, "from");
  const asOf = settingSerial(settings.asOf, "as-of");
  if (from !== null && asOf !== null && from > asOf) {
    throw new Error(`the from date ${settings.from} is after the as-of date ${settings.asOf}`);
  }
  const dates = data.date;
  if (dates === null) return { dates, from: -Infinity, to: Infinity, first: null, asOf: null };
  const declared = data.declaredWindow;
  const lowest = from ?? declared?.first ?? -Infinity;
  const highest = asOf ?? declared?.last ?? Infinity;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < data.rowCount; i++) {
    const day = windowDay(dates[i], lowest, highest);
    if (day < 0) continue;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  const window = { dates, from: lowest, to: highest, first: null, asOf: null };
  const last = Number.isFinite(highest) ? highest : maxDay === -Infinity ? null : maxDay;
  if (last === null) return window;
  const first = Number.isFinite(lowest) ? lowest : minDay === Infinity ? last : minDay;
  return { ...window, first: Math.min(first, last), asOf: last };
}

/** The calendar period (month, quarter or ISO week) containing a day. */
export function periodContaining(kind: PeriodKind, serial: number): PeriodInfo {
  if (kind === "week") {
    const start = mondayOfWeek(serial);
    const { year, week } = isoWeekFromSerial(start);
    return { label: `${year}-W${String(week).padStart(2, "0")}`, start, end: start + 6 };
  }
  const { year, month } = ymdFromSerial(serial);
  if (kind === "quarter") {
    const quarter = Math.floor((month - 1) / 3);
    const start = serialFromYmd(year, quarter * 3 + 1, 1);
    const end = serialFromYmd(year, quarter * 3 + 3, daysInMonth(year, quarter * 3 + 3));
    return { label: `${year}-Q${quarter + 1}`, start, end };
  }
  const start = serialFromYmd(year, month, 1);
  return { label: `${year}-${String(month).padStart(2, "0")}`, start, end: start + daysInMonth(year, month) - 1 };
}

/** Every period from the one holding `first` to the one holding `last`, and a day -> period table. */
export function tilePeriods(kind: PeriodKind, first: number, last: number): { periods: PeriodInfo[]; periodOfDay: Int32Array } {
  const periods: PeriodInfo[] = [];
  const periodOfDay = new Int32Array(last - first + 1);
  for (let period = periodContaining(kind, first); period.start <= last; period = periodContaining(kind, period.end + 1)) {
    const index = periods.length;
    periods.push(period);
    for (let day = Math.max(period.start, first); day <= Math.min(period.end, last); day++) periodOfDay[day - first] = index;
  }
  return { periods, periodOfDay };
}
