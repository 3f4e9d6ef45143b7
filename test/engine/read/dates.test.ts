import { isoFromSerial, serialFromYmd } from "../../../src/engine/calendar";
import { monthFromName, parseDateText, serialFromIsoDay } from "../../../src/engine/read/dates";
import { parsePeriodHeader } from "../../../src/engine/read/periods";

const day = serialFromYmd;

describe("parseDateText", () => {
  test.each([
    ["2024-03-05", day(2024, 3, 5)],
    ["2024-03-05T14:30:00", day(2024, 3, 5)],
    ["2024-03-05 14:30", day(2024, 3, 5)],
    ["2024/3/5", day(2024, 3, 5)],
    ["5 Mar 2024", day(2024, 3, 5)],
    ["05-Mar-24", day(2024, 3, 5)],
    ["March 5, 2024", day(2024, 3, 5)],
    ["5 марта 2024", day(2024, 3, 5)],
    ["2024年3月5日", day(2024, 3, 5)],
    ["۲۰۲۴-۰۳-۰۵", day(2024, 3, 5)],
    ["45356", 45356],
  ])("%s is a date on its own", (text, serial) => {
    expect(parseDateText(text)).toEqual({ kind: "serial", serial });
  });

  test.each([
    ["05.03.2024", 5, 3, 2024],
    ["05/03/2024", 5, 3, 2024],
    ["5-3-24", 5, 3, 2024],
    ["13/01/29", 13, 1, 2029],
    ["01/13/30", 1, 13, 1930],
    ["03/01/19 10:00", 3, 1, 2019],
  ])("%s waits for the day/month order", (text, a, b, year) => {
    expect(parseDateText(text)).toEqual({ kind: "pair", a, b, year });
  });

  test.each(["2024-02-30", "2024-13-01", "31 Feb 2024", "13/13/2024", "soon", "2024", "1.5"])("%s is not a date", (text) => {
    expect(parseDateText(text)).toEqual({ kind: "invalid" });
  });

  test("month names in English, Russian, Lithuanian and Welsh", () => {
    expect(["January", "янв", "sausis", "Ionawr"].map(monthFromName)).toEqual([1, 1, 1, 1]);
    expect(["Aug", "августа", "rugpjūtis", "Awst"].map(monthFromName)).toEqual([8, 8, 8, 8]);
    expect(["Sept.", "сентябрь", "rugsėjis", "Medi"].map(monthFromName)).toEqual([9, 9, 9, 9]);
    expect(["Mayo", "x"].map(monthFromName)).toEqual([5, 0]);
  });
});

describe("parsePeriodHeader", () => {
  const month = (year: number, m: number) => ({ start: day(year, m, 1), end: day(year, m + 1, 1) - 1 });
  test.each([
    ["2024-01", month(2024, 1)],
    ["2024/02", month(2024, 2)],
    ["03.2024", month(2024, 3)],
    ["Jan 2024", month(2024, 1)],
    ["January 2024", month(2024, 1)],
    ["Feb-24", month(2024, 2)],
    ["янв 2024", month(2024, 1)],
    ["Март 2024 г.", month(2024, 3)],
    ["kovas 2024", month(2024, 3)],
    ["Mehefin 2024", month(2024, 6)],
    ["2024年1月", month(2024, 1)],
    ["2024年11月份", month(2024, 11)],
    ["۲۰۲۴-۰۵", month(2024, 5)],
    ["2024-05-01", month(2024, 5)],
  ])("%s is a month", (text, span) => {
    expect(parsePeriodHeader(text)).toEqual(span);
  });

  test("a date cell (serial) stands for its month; a year for the year", () => {
    expect(parsePeriodHeader(day(2024, 2, 1))).toEqual({ start: day(2024, 2, 1), end: day(2024, 2, 29) });
    expect(parsePeriodHeader(2023)).toEqual({ start: day(2023, 1, 1), end: day(2023, 12, 31) });
  });

  test.each(["2024-Q1", "Q1 2024", "q1-2024", "1 кв. 2024", "2024年第一季度", "2024 Q1"])("%s is the first quarter", (text) => {
    expect(parsePeriodHeader(text)).toEqual({ start: day(2024, 1, 1), end: day(2024, 3, 31) });
  });

  test.each(["Client", "Total", "2024-13", "Q5 2024", "Manager", null, true])("%p is not a period", (cell) => {
    expect(parsePeriodHeader(cell)).toBeNull();
  });
});

describe("serialFromIsoDay (the arithmetic fast path)", () => {
  test("agrees with the calendar on every day of 1900-2100", () => {
    const wrong: string[] = [];
    for (let serial = day(1900, 3, 1); serial <= day(2100, 12, 31); serial++) {
      if (serialFromIsoDay(isoFromSerial(serial)) !== serial) wrong.push(isoFromSerial(serial));
    }
    expect(wrong).toEqual([]);
  });

  test.each(["2023-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10", "2024-1-05", "2024/01/05", "20x4-01-05"])("%s is not one", (text) => {
    expect(serialFromIsoDay(text)).toBeNaN();
  });
});

describe("Solar Hijri (Persian) dates: years 1300-1499", () => {
  test.each([
    ["۱۴۰۲/۱۰/۱۱", day(2024, 1, 1)],
    ["1403-01-01", day(2024, 3, 20)],
    ["1403-12-30", day(2025, 3, 20)],
    ["1399-12-30", day(2021, 3, 20)],
  ])("%s", (text, serial) => {
    expect(parseDateText(text)).toEqual({ kind: "serial", serial });
  });

  test("30 Esfand exists only in leap years", () => {
    expect(parseDateText("1402-12-30")).toEqual({ kind: "invalid" });
  });

  test.each([
    ["دی ۱۴۰۲", day(2023, 12, 22), day(2024, 1, 20)],
    ["۱۴۰۲-۱۰", day(2023, 12, 22), day(2024, 1, 20)],
    ["فروردین 1403", day(2024, 3, 20), day(2024, 4, 19)],
    ["1402", day(2023, 3, 21), day(2024, 3, 19)],
  ])("period header %s", (text, start, end) => {
    expect(parsePeriodHeader(text)).toEqual({ start, end });
  });
});
