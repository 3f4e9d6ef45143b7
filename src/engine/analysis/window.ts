/** The analysis window (which rows count) and the calendar periods that tile it. */
import { daysInMonth, isoWeekFromSerial, mondayOfWeek, serialFromIso, ymdFromSerial, serialFromYmd } from "../calendar";
import type { AnalysisSettings, PeriodInfo, PeriodKind, SalesData } from "../types";

/** Kept rows and the day span of the analysis; days are whole serials, inclusive. */
export interface AnalysisWindow {
  /** 1 = the row is inside the window. */
  kept: Uint8Array;
  /** Whole-day serial of each kept dated row, -1 for the others; null without a date column. */
  day: Int32Array | null;
  /** First and last day of the window; null when nothing dates it (no date column, no dated row). */
  first: number | null;
  asOf: number | null;
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
  const kept = new Uint8Array(data.rowCount);
  const dates = data.date;
  if (dates === null) {
    kept.fill(1);
    return { kept, day: null, first: null, asOf: null };
  }
  const rowDay = new Int32Array(data.rowCount);
  const declared = data.declaredWindow;
  const lowest = from ?? declared?.first ?? -Infinity;
  const highest = asOf ?? declared?.last ?? Infinity;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < data.rowCount; i++) {
    const date = dates[i];
    if (date !== date) {
      rowDay[i] = -1;
      kept[i] = 1;
      continue;
    }
    const day = Math.floor(date);
    if (day < lowest || day > highest) {
      rowDay[i] = -1;
      continue;
    }
    rowDay[i] = day;
    kept[i] = 1;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  const last = Number.isFinite(highest) ? highest : maxDay === -Infinity ? null : maxDay;
  if (last === null) return { kept, day: rowDay, first: null, asOf: null };
  const first = Number.isFinite(lowest) ? lowest : minDay === Infinity ? last : minDay;
  return { kept, day: rowDay, first: Math.min(first, last), asOf: last };
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
