/** Properties of the helpers behind the emulation: payload sizes and A1 addresses. */
import fc from "fast-check";
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters, rectAddress, tryParseRect } from "../../src/headless/address";
import { jsonSize } from "../../src/headless/payload";

describe("payload size estimate", () => {
  const plainText = fc.string({ maxLength: 30 }).filter((s) => !/["\\\u0000-\u001f\u007f-\uffff]/.test(s));
  const cell = fc.oneof(
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100),
    fc.boolean(),
    plainText,
    fc.constant(null),
  );

  test("equals JSON.stringify's length for integers, cents, Booleans, null and plain strings", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 20 }), (rows) => {
        expect(jsonSize(rows)).toBe(JSON.stringify(rows).length);
      }),
    );
  });

  test("stays within 3% for arbitrary doubles", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 4, maxLength: 4 }), { minLength: 50, maxLength: 50 }), (rows) => {
        const exact = JSON.stringify(rows).length;
        expect(Math.abs(jsonSize(rows) - exact) / exact).toBeLessThan(0.03);
      }),
    );
  });
});

describe("A1 addresses", () => {
  test("column letters and indexes are inverse", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (column) => expect(columnIndex(columnLetters(column))).toBe(column)));
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(MAX_COLUMNS - 1)]).toEqual(["A", "Z", "AA", "XFD"]);
  });

  test("an address parses back to the same rectangle", () => {
    const rect = fc
      .record({ row: fc.integer({ min: 0, max: MAX_ROWS - 1 }), column: fc.integer({ min: 0, max: MAX_COLUMNS - 1 }) })
      .chain(({ row, column }) =>
        fc.record({
          row: fc.constant(row),
          column: fc.constant(column),
          rowCount: fc.integer({ min: 1, max: MAX_ROWS - row }),
          columnCount: fc.integer({ min: 1, max: MAX_COLUMNS - column }),
        }),
      );
    fc.assert(fc.property(rect, fc.boolean(), (r, absolute) => expect(tryParseRect(rectAddress(r, absolute))).toEqual(r)));
  });

  test.each(["", "A", "1", "A0", "XFE1", "A1048577", "A1:B2:C3", "A1:", "1A"])("%j is not an address", (text) => {
    expect(tryParseRect(text)).toBeUndefined();
  });
});
