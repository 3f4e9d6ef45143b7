/**
 * Excel day serials (1900 date system) and calendar dates. Serial 25569 is 1970-01-01; every
 * serial used here is after 1900-03-01, where Excel's phantom 1900-02-29 no longer matters.
 */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** Serial of a calendar date, or NaN when the date does not exist (2023-02-30). Month is 1-12. */
export function serialFromYmd(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Calendar date of a serial (fractions, i.e. times of day, are dropped). */
export function ymdFromSerial(serial: number): { year: number; month: number; day: number } {
  const date = new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "YYYY-MM-DD" of a serial. */
export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Serial of a "YYYY-MM-DD" text, or NaN when it is not one. */
export function serialFromIso(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match ? serialFromYmd(Number(match[1]), Number(match[2]), Number(match[3])) : NaN;
}

/** Two-digit years as Excel reads them: 00-29 are 2000-2029, 30-99 are 1930-1999. */
export function expandTwoDigitYear(year: number): number {
  return year < 30 ? 2000 + year : 1900 + year;
}

/** ISO 8601 week of a serial: the week's year (may differ from the calendar year) and number. */
export function isoWeekFromSerial(serial: number): { year: number; week: number } {
  const dayOfWeek = (((Math.floor(serial) - UNIX_EPOCH_SERIAL + 3) % 7) + 7) % 7; // 0 = Monday
  const thursday = Math.floor(serial) - dayOfWeek + 3;
  const year = ymdFromSerial(thursday).year;
  const week = Math.floor((thursday - serialFromYmd(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Serial of the Monday of a serial's ISO week. */
export function mondayOfWeek(serial: number): number {
  const dayOfWeek = (((Math.floor(serial) - UNIX_EPOCH_SERIAL + 3) % 7) + 7) % 7;
  return Math.floor(serial) - dayOfWeek;
}
