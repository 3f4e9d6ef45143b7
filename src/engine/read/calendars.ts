/**
 * Year-month-day to serial for the calendars sales sheets use: Gregorian, and the Solar Hijri
 * (Jalali) calendar of Iran, which Persian sheets write as `۱۴۰۲/۰۵/۱۲`. A year from 1300 to 1499
 * is read as Solar Hijri (1300 SH is 1921; Gregorian sales in those years do not occur).
 */
import { serialFromYmd } from "../calendar";

const SOLAR_HIJRI_YEARS = { first: 1300, last: 1499 };

/** Years where the leap pattern changes (jalaali-js, after Borkowski's astronomical calendar). */
const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

function div(a: number, b: number): number {
  return Math.trunc(a / b);
}

function mod(a: number, b: number): number {
  return a - div(a, b) * b;
}

/** The Gregorian year and March day of Nowruz (1 Farvardin) of a Solar Hijri year, and whether the year is leap. */
function solarHijriYear(year: number): { gregorianYear: number; march: number; leap: boolean } {
  const gregorianYear = year + 621;
  let leapJ = -14;
  let previous = BREAKS[0];
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const next = BREAKS[i];
    jump = next - previous;
    if (year < next) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    previous = next;
  }
  let n = year - previous;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gregorianYear, 4) - div((div(gregorianYear, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  const leapIndex = mod(mod(n + 1, 33) - 1, 4);
  return { gregorianYear, march, leap: leapIndex === 0 };
}

export function isSolarHijriYear(year: number): boolean {
  return year >= SOLAR_HIJRI_YEARS.first && year <= SOLAR_HIJRI_YEARS.last;
}

/** Days in a Solar Hijri month: 31 in the first six, 30 in the next five, 29 (30 in leap years) in Esfand. */
function solarHijriMonthDays(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return solarHijriYear(year).leap ? 30 : 29;
}

function serialFromSolarHijri(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > solarHijriMonthDays(year, month)) return NaN;
  const { gregorianYear, march } = solarHijriYear(year);
  return serialFromYmd(gregorianYear, 3, march) + (month - 1) * 31 - div(month, 7) * (month - 7) + day - 1;
}

/** Serial of a calendar date, Solar Hijri for years 1300-1499 and Gregorian otherwise; NaN when it does not exist. */
export function serialFromCalendarDate(year: number, month: number, day: number): number {
  return isSolarHijriYear(year) ? serialFromSolarHijri(year, month, day) : serialFromYmd(year, month, day);
}

/** First and last day of a month in the calendar its year belongs to. */
export function monthBounds(year: number, month: number): { start: number; end: number } | null {
  const start = serialFromCalendarDate(year, month, 1);
  if (Number.isNaN(start)) return null;
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  return { start, end: serialFromCalendarDate(nextYear, nextMonth, 1) - 1 };
}
