/** Sanity checks: a recognised header over the wrong column stops the run with what was seen, unless confirmed. */
import { serialFromYmd } from "../../../src/engine/calendar";
import { InputException, readSales } from "../../../src/engine/read/reader";
import { DEFAULT_READ_SETTINGS, type CellValue, type InputError } from "../../../src/engine/types";

function doubtsOf(rows: CellValue[][], trustColumns = false): InputError | null {
  try {
    readSales(rows[0], rows.slice(1), { ...DEFAULT_READ_SETTINGS, trustColumns });
    return null;
  } catch (error) {
    if (error instanceof InputException) return error.error;
    throw error;
  }
}

const clients = (n: number) => Array.from({ length: n }, (_, i) => `Client ${i}`);

describe("column sanity checks", () => {
  test("an amount column of years stops the run, naming the column and what it saw; confirmed, it runs", () => {
    const rows: CellValue[][] = [["Client", "Date", "Amount"], ...clients(30).map((name, i) => [name, serialFromYmd(2024, 1 + (i % 12), 5), 2020 + (i % 5)])];
    const error = doubtsOf(rows);
    expect(error?.code).toBe("doubtful-columns");
    expect(error?.doubts).toEqual([expect.objectContaining({ role: "amount", header: "Amount", kind: "years", share: 1, example: "2020" })]);
    expect(error?.message).toContain("the amount column 'Amount' looks wrong: 100% of its values are whole numbers between 1990 and 2100, like years");
    expect(doubtsOf(rows, true)).toBeNull();
  });

  test("amounts that are Excel day numbers", () => {
    const rows: CellValue[][] = [["Client", "Date", "Amount"], ...clients(30).map((name, i) => [name, serialFromYmd(2024, 1, 5), serialFromYmd(2024, 1, 1 + i)])];
    expect(doubtsOf(rows)?.doubts?.map((doubt) => doubt.kind)).toEqual(["day-numbers"]);
  });

  test("a client column of dates or decimals; integer ids are fine", () => {
    const dated: CellValue[][] = [["Client", "Date", "Amount"], ...clients(30).map((_, i) => [`2024-01-${String(1 + i).padStart(2, "0")}`, serialFromYmd(2024, 1, 5), 10 + i])];
    expect(doubtsOf(dated)?.doubts).toEqual([expect.objectContaining({ role: "client", kind: "not-names", example: "2024-01-01" })]);
    const ids: CellValue[][] = [["CustomerID", "Date", "Amount"], ...clients(30).map((_, i) => [12346 + i, serialFromYmd(2024, 1, 5), 10.5 + i])];
    expect(doubtsOf(ids)).toBeNull();
  });

  test("dates outside 1990-2100 (a number column taken as dates)", () => {
    const rows: CellValue[][] = [["Client", "Date", "Amount"], ...clients(30).map((name, i) => [name, 100 + i, 10.5 + i])];
    const error = doubtsOf(rows);
    expect(error?.doubts).toEqual([expect.objectContaining({ role: "date", kind: "outside", share: 1, example: "1900-04-09" })]);
  });

  test("small inputs and ordinary sales raise nothing", () => {
    expect(doubtsOf([["Client", "Date", "Amount"], ["A", serialFromYmd(2024, 1, 5), 2024]])).toBeNull();
    const sales: CellValue[][] = [["Client", "Date", "Amount"], ...clients(40).map((name, i) => [name, serialFromYmd(2023, 1 + (i % 12), 1 + (i % 28)), 99.5 * (i + 1)])];
    expect(doubtsOf(sales)).toBeNull();
  });
});
