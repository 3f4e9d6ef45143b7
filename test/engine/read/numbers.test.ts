import { currencyCode, parseAmount, plainNumber } from "../../../src/engine/read/numbers";

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
    expect(parseAmount(text)).toMatchObject({ value, currency: null });
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
    expect(parseAmount(text)).toMatchObject({ value, currency });
  });

  test.each(["", "  ", "abc", "12abc", "1.2.3,4", "1,2,3", "--5", "(5", "$ € 5", "1,234.5,6", "12 apples"])("%p is not a number", (text) => {
    expect(Number.isNaN(parseAmount(text).value)).toBe(true);
  });
});

describe("what a number says about the comma", () => {
  test.each([
    ["1,5", "decimal"],
    ["1.234,5", "decimal"],
    ["1.234.567", "decimal"],
    ["1,234.5", "thousands"],
    ["1,234,567", "thousands"],
    ["12.5", "thousands"],
    ["$12.50", "thousands"],
    ["1,234", "either"],
    ["1 234", undefined],
    ["12", undefined],
  ])("%s -> %s", (text, comma) => {
    expect(parseAmount(text).comma).toBe(comma);
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

describe("plainNumber (the allocation-free fast path)", () => {
  test("gives exactly what Number() gives for plain decimals", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 20000; i++) {
      const text = (random() < 0.1 ? "-" : "") + (random() * 10 ** Math.floor(random() * 12)).toFixed(Math.floor(random() * 4));
      expect(plainNumber(text)).toBe(Number(text));
    }
    expect(plainNumber("1234567890123456789")).toBe(1234567890123456789);
    expect(plainNumber("-0.5")).toBe(-0.5);
    expect(plainNumber(".25")).toBe(0.25);
  });

  test.each(["", "-", ".", "1.2.3", "1e5", "1,5", " 1", "+1", "1-"])("%p is left to the full rules", (text) => {
    expect(plainNumber(text)).toBeNaN();
  });
});
