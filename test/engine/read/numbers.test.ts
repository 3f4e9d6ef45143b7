import { currencyCode, parseAmount } from "../../../src/engine/read/numbers";

describe("parseAmount", () => {
  test.each([
    ["123.45", 123.45],
    ["-7", -7],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["1\u202f234\u2009567", 1234567],
    ["1'234.50", 1234.5],
    ["1’234.50", 1234.5],
    ["1,5", 1.5],
    ["0,123", 0.123],
    ["1,234", 1234],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["12,3456", 12.3456],
    [".5", 0.5],
    ["(1,200.00)", -1200],
    ["−15", -15],
    ["- 15", -15],
    ["+15", 15],
    ["۱۲۳٫۵", 123.5],
    ["١٬٢٣٤", 1234],
    ["۱۲۳۴", 1234],
  ])("%s -> %d", (text, value) => {
    expect(parseAmount(text)).toEqual({ value, currency: null });
  });

  test.each([
    ["$1,234.50", 1234.5, "USD"],
    ["-$5", -5, "USD"],
    ["$-5", -5, "USD"],
    ["($5.00)", -5, "USD"],
    ["1 000 €", 1000, "EUR"],
    ["£12", 12, "GBP"],
    ["1 234,50 ₽", 1234.5, "RUB"],
    ["1 234,50 руб.", 1234.5, "RUB"],
    ["500 р.", 500, "RUB"],
    ["¥88", 88, "CNY"],
    ["88元", 88, "CNY"],
    ["۱۲۰۰ ریال", 1200, "IRR"],
    ["۱۲۰۰ تومان", 1200, "IRT"],
    ["USD 10", 10, "USD"],
    ["10 usd", 10, "USD"],
    ["EUR 1.234,00", 1234, "EUR"],
    ["RUB -3", -3, "RUB"],
  ])("%s -> %d %s", (text, value, currency) => {
    expect(parseAmount(text)).toEqual({ value, currency });
  });

  test.each(["", "  ", "abc", "12abc", "1.2.3,4", "1,2,3", "--5", "(5", "$ € 5", "1,234.5,6", "12 apples"])("%p is not a number", (text) => {
    expect(Number.isNaN(parseAmount(text).value)).toBe(true);
  });
});

describe("currencyCode", () => {
  test("$ and USD are one currency; unknown words are none", () => {
    expect(currencyCode("$")).toBe("USD");
    expect(currencyCode("usd")).toBe("USD");
    expect(currencyCode("CHF")).toBe("CHF");
    expect(currencyCode("dollars please")).toBeNull();
  });
});
