import { serialFromYmd } from "../../../src/engine/calendar";
import { createSalesReader, InputException, readSales } from "../../../src/engine/read/reader";
import { DEFAULT_READ_SETTINGS, sourceRowOf, type CellValue, type InputError, type ReadResult, type ReadSettings, type SalesData } from "../../../src/engine/types";

/** Each row's source row, however the data keeps them. */
const sourceRows = (data: SalesData): number[] => Array.from({ length: data.rowCount }, (_, i) => sourceRowOf(data, i));

const settings: ReadSettings = DEFAULT_READ_SETTINGS;
const skipping: ReadSettings = { ...settings, skipBadRows: true };
const day = serialFromYmd;

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputException) return error.error;
    throw error;
  }
  throw new Error("expected an InputException");
}

/** The client shown on each kept row. */
function clientNames({ data }: Pick<ReadResult, "data">): string[] {
  return Array.from(data.clientIndex, (c) => data.clients[c].name);
}

describe("transactions", () => {
  test("clients are trimmed, matched by NFC + lower case, shown with their first spelling", () => {
    const rows: CellValue[][] = [
      ["  Café Ltd ", "2024-01-05", 10],
      ["CAFE\u0301 LTD", "2024-01-06", "20,5"],
      [12345, "2024-01-07", 1],
    ];
    const { data } = readSales(["Client", "Date", "Amount"], rows, settings);
    expect(data.clients).toEqual([
      { key: "café ltd", name: "Café Ltd" },
      { key: "12345", name: "12345" },
    ]);
    expect(Array.from(data.clientIndex)).toEqual([0, 0, 1]);
    expect(Array.from(data.amount)).toEqual([10, 20.5, 1]);
    expect(Array.from(data.date!)).toEqual([day(2024, 1, 5), day(2024, 1, 6), day(2024, 1, 7)]);
    expect(sourceRows(data)).toEqual([2, 3, 4]);
    expect(data.profit).toBeNull();
  });

  test("optional columns are interned; Excel serial dates are read as days", () => {
    const header = ["Client", "Date", "Amount", "Profit", "Manager", "Group", "Order", "Key type"];
    const rows: CellValue[][] = [
      ["A", 45292.75, 100, -5, "Ann", "H1", 7, "expert"],
      ["B", 45293, 50, "", "Bob", "", 7, ""],
      ["A", 45294, 25, "2,5", "Ann", "H1", 8, "Breadwinner"],
    ];
    const { data } = readSales(header, rows, settings);
    expect(Array.from(data.date!)).toEqual([45292, 45293, 45294]);
    expect(Array.from(data.profit!)).toEqual([-5, 0, 2.5]);
    expect(data.managers).toEqual(["Ann", "Bob"]);
    expect(Array.from(data.groupIndex!)).toEqual([0, -1, 0]);
    expect(Array.from(data.orderIndex!)).toEqual([0, 0, 1]);
    expect(data.keyTypes).toEqual(["expert", "breadwinner"]);
    expect(Array.from(data.keyTypeIndex!)).toEqual([0, -1, 1]);
  });

  test("entirely blank rows are skipped silently", () => {
    const { data, skipped } = readSales(["Client", "Amount"], [["A", 1], [null, ""], ["  ", null], ["B", 2]], settings);
    expect(data.rowCount).toBe(2);
    expect(sourceRows(data)).toEqual([2, 5]);
    expect(skipped).toEqual([]);
  });

  test("source rows take no array while each row follows the one before; from the first gap on, every row's is kept", () => {
    const consecutive = readSales(["Client", "Amount"], [["A", 1], ["B", 2], ["C", 3]], settings).data;
    expect([consecutive.sourceRow, sourceRows(consecutive)]).toEqual([null, [2, 3, 4]]);
    const reader = createSalesReader(["Client", "Date", "Amount"], { ...settings, skipBadRows: true }, 1);
    const [a, b] = [reader.clientOf("A"), reader.clientOf("B")];
    const parsed = (rows: number[]) => ({ count: rows.length, clients: Int32Array.from(rows, (_, i) => (i % 2 ? b : a)), dates: new Float64Array(rows.length).fill(day(2024, 1, 5)), amounts: new Float64Array(rows.length).fill(1), rows: Int32Array.from(rows) });
    reader.addParsedRows(parsed([2, 3, 4]));
    reader.addRows([["B", "not a date", 1], ["A", "2024-01-06", 2]], 5);
    reader.addParsedRows(parsed([7, 8, 10, 11]));
    // A text date read day-first or month-first only at the end: the rows of the impossible one go, the others keep their rows.
    reader.addRows([["A", "31/01/2024", 1], ["B", "01/31/2024", 1], ["A", "2024-02-01", 1]], 12);
    const { data, skipped } = reader.finish();
    expect(skipped.map((problem) => problem.row)).toEqual([5, 13]);
    expect(sourceRows(data)).toEqual([2, 3, 4, 6, 7, 8, 10, 11, 12, 14]);
    // A gap inside one batch of parsed rows.
    const gapped = createSalesReader(["Client", "Date", "Amount"], settings, 1);
    gapped.clientOf("A");
    gapped.clientOf("B");
    gapped.addParsedRows(parsed([2, 3, 5, 6]));
    expect(sourceRows(gapped.finish().data)).toEqual([2, 3, 5, 6]);
  });
});

describe("text dates: day-first or month-first from the whole column", () => {
  const read = (dates: string[], readSettings = settings) =>
    readSales(["Client", "Date", "Amount"], dates.map((date) => ["A", date, 1]), readSettings);

  test("a first part above 12 anywhere makes the column day-first", () => {
    const result = read(["05/03/2024", "13/03/2024"]);
    expect(result.detected.dateOrder).toBe("day-first");
    expect(Array.from(result.data.date!)).toEqual([day(2024, 3, 5), day(2024, 3, 13)]);
  });

  test("a second part above 12 makes it month-first, even when the setting says day-first", () => {
    const result = read(["05/03/2024", "03/13/2024"], { ...settings, dateOrder: "day-first" });
    expect(result.detected.dateOrder).toBe("month-first");
    expect(Array.from(result.data.date!)).toEqual([day(2024, 5, 3), day(2024, 3, 13)]);
  });

  test("undecided: the setting, else the locale (en-US month-first, others day-first)", () => {
    expect(read(["05.03.2024"], { ...settings, dateOrder: "month-first" }).data.date![0]).toBe(day(2024, 5, 3));
    expect(read(["05.03.2024"], { ...settings, locale: "en-US" }).data.date![0]).toBe(day(2024, 5, 3));
    expect(read(["05.03.2024"], { ...settings, locale: "ru-RU" }).data.date![0]).toBe(day(2024, 3, 5));
  });

  test("two-digit years: 29 is 2029, 30 is 1930", () => {
    expect(Array.from(read(["01.02.29", "01.02.30"]).data.date!)).toEqual([day(2029, 2, 1), day(1930, 2, 1)]);
  });

  test("ISO dates and day/month dates mix in one column", () => {
    expect(Array.from(read(["2024-03-05", "06.03.2024"]).data.date!)).toEqual([day(2024, 3, 5), day(2024, 3, 6)]);
  });

  test("impossible dates are bad rows with their row numbers", () => {
    const error = inputError(() => read(["31.02.2024", "15.01.2024", "2024-02-30"]));
    expect(error.code).toBe("bad-rows");
    expect(error.problems).toEqual([
      { row: 2, column: 1, code: "bad-date", reason: "date is not a date: '31.02.2024' (read day-first)", value: "'31.02.2024' (read day-first)" },
      { row: 4, column: 1, code: "bad-date", reason: "date is not a date: '2024-02-30'", value: "'2024-02-30'" },
    ]);
  });

  test("a column with both orders: the dates that do not fit the fallback are bad", () => {
    const error = inputError(() => read(["13/01/2024", "01/13/2024"]));
    expect(error.problems).toEqual([
      { row: 3, column: 1, code: "bad-date", reason: "date is not a date: '01/13/2024' (the column mixes day-first and month-first dates)", value: "'01/13/2024' (the column mixes day-first and month-first dates)" },
    ]);
  });

  test("an empty date leaves the row undated", () => {
    expect(Number.isNaN(read(["", "2024-01-01"]).data.date![0])).toBe(true);
  });
});

describe("bad rows", () => {
  const header = ["Client", "Date", "Amount", "Profit"];
  const rows: CellValue[][] = [
    ["Good", "2024-01-01", 10, 1],
    ["", "2024-01-01", 10, 1],
    ["NoAmount", "2024-01-01", "", 1],
    ["Text", "2024-01-01", "abc", 1],
    ["BadDate", "someday", 10, 1],
    ["BadProfit", "2024-01-01", 10, "n/a"],
    ["Also good", "2024-01-02", "1 000,50", 1],
    [null, null, null, null],
  ];

  test("each reason with its 1-based row (header = row 1); the run stops", () => {
    const error = inputError(() => readSales(header, rows, settings));
    expect(error.code).toBe("bad-rows");
    expect(error.problems.map(({ row, reason }) => `row ${row}: ${reason}`)).toEqual([
      "row 3: client is empty",
      "row 4: amount is empty",
      "row 5: amount is not a number: 'abc'",
      "row 6: date is not a date: 'someday'",
      "row 7: profit is not a number: 'n/a'",
    ]);
    expect(error.message).toMatch(/^5 bad rows:\nrow 3: client is empty\n/);
  });

  test("skip bad rows: they are listed and left out, and so are clients with no row left", () => {
    const result = readSales(header, rows, skipping);
    expect(result.skipped.map((p) => p.row)).toEqual([3, 4, 5, 6, 7]);
    expect(clientNames(result)).toEqual(["Good", "Also good"]);
    expect(result.data.clients.map((c) => c.name)).toEqual(["Good", "Also good"]);
  });

  test("the message names the first 20 problems; problems lists all", () => {
    const many: CellValue[][] = Array.from({ length: 25 }, () => ["A", null, "x"]);
    const error = inputError(() => readSales(["Client", "Date", "Amount"], many, settings, 3));
    expect(error.problems).toHaveLength(25);
    expect(error.problems[0].row).toBe(4);
    expect(error.message.split("\n")).toHaveLength(22);
    expect(error.message).toContain("... and 5 more");
  });

  test("empty input, header only, all rows bad", () => {
    expect(inputError(() => readSales(["Client", "Amount"], [], settings)).message).toBe("no data rows");
    expect(inputError(() => readSales(["Client", "Amount"], [[null, null]], settings)).code).toBe("no-data");
    expect(inputError(() => readSales(["Client", "Amount"], [["A", "x"]], skipping)).message).toBe("no usable data rows: all 1 rows were bad");
  });

  test("missing columns are named with the headers found", () => {
    expect(inputError(() => createSalesReader(["Customer", "Notes"], settings)).message).toBe("row 1: no amount column found; headers: Customer, Notes");
    expect(inputError(() => createSalesReader(["Amount", "Notes"], settings, 4)).message).toBe("row 4: no client column found; headers: Amount, Notes");
    expect(inputError(() => createSalesReader(["Customer", "Sales"], { ...settings, mapping: { amount: "Net" } })).message).toBe(
      "row 1: the column mapped to amount ('Net') is not in the header; headers: Customer, Sales",
    );
  });
});

describe("currencies", () => {
  test("one currency from signs is recorded; $ and USD are the same", () => {
    const { data } = readSales(["Client", "Amount"], [["A", "$5"], ["B", "5 USD"], ["C", 7]], settings);
    expect(data.currency).toBe("USD");
  });

  test("two currencies (signs or a currency column) stop the run, naming them", () => {
    const signs = inputError(() => readSales(["Client", "Amount"], [["A", "$5"], ["B", "5 €"]], skipping));
    expect(signs.code).toBe("several-currencies");
    expect(signs.message).toContain("USD, EUR");
    expect(signs.problems).toEqual([{ row: 3, code: "other-currency", reason: "currency EUR differs from USD (first seen on row 2)", value: "EUR" }]);
    const column = inputError(() => readSales(["Client", "Amount", "Currency"], [["A", 5, "rub"], ["B", 5, "RUB"], ["C", 5, "usd"]], settings));
    expect(column.message).toContain("RUB, USD");
  });
});

describe("wide tables", () => {
  test("one row per client and non-zero period, dated on the period's last day; the window is the period columns", () => {
    const header = ["Client", "Manager", "Jan 2024", "Feb 2024", "Mar 2024"];
    const rows: CellValue[][] = [
      ["Acme", "Ann", 100, null, "-20"],
      ["Beta", "Bob", 0, "1 500,5", ""],
      ["Idle", "Bob", null, 0, null],
    ];
    const { data, detected } = readSales(header, rows, settings);
    expect(detected.layout).toBe("wide");
    expect(clientNames({ data })).toEqual(["Acme", "Acme", "Beta"]);
    expect(Array.from(data.amount)).toEqual([100, -20, 1500.5]);
    expect(Array.from(data.date!)).toEqual([day(2024, 1, 31), day(2024, 3, 31), day(2024, 2, 29)]);
    expect(Array.from(data.managerIndex!)).toEqual([0, 0, 1]);
    expect(data.declaredWindow).toEqual({ first: day(2024, 1, 1), last: day(2024, 3, 31) });
    expect(data.clients.map((c) => c.name)).toEqual(["Acme", "Beta"]);
  });

  test("a period cell that is not a number is a bad row", () => {
    const error = inputError(() => readSales(["Client", "2024-01", "2024-02"], [["A", 1, "lots"]], settings));
    expect(error.problems).toEqual([{ row: 2, column: 2, code: "amount-not-number", reason: "amount is not a number: 'lots'", value: "'lots'" }]);
  });
});

describe("streaming", () => {
  test("rows in chunks give the same result as one chunk", () => {
    const header = ["Client", "Date", "Amount", "Manager"];
    const rows: CellValue[][] = Array.from({ length: 5000 }, (_, i) => [
      i % 97 === 0 ? "" : `Client ${i % 37}`,
      `${(i % 28) + 1}/${(i % 12) + 1}/2024`,
      i % 101 === 0 ? "n/a" : (i * 1.25).toFixed(2),
      `M${i % 3}`,
    ]);
    const whole = readSales(header, rows, skipping, 1);
    const reader = createSalesReader(header, skipping, 1);
    for (let start = 0; start < rows.length; start += 777) reader.addRows(rows.slice(start, start + 777), start + 2);
    const chunked = reader.finish();
    expect(chunked).toEqual(whole);
    expect(whole.data.rowCount).toBeGreaterThan(4800);
    expect(whole.detected.dateOrder).toBe("day-first");
  });
});

describe("timestamps", () => {
  test("date texts with times of day are read by their day", () => {
    const rows: CellValue[][] = [
      ["A", "2010-12-01 08:26:00", 1],
      ["A", "2010-12-01T17:05:00Z", 1],
      ["A", "02/12/2010 9:15 PM", 1],
      ["A", "13/12/2010 10:00", 1],
    ];
    const { data } = readSales(["Client", "Date", "Amount"], rows, settings);
    expect(Array.from(data.date!)).toEqual([day(2010, 12, 1), day(2010, 12, 1), day(2010, 12, 2), day(2010, 12, 13)]);
  });
});

describe("1,234: thousands or a decimal comma, decided by the file", () => {
  const read = (amounts: string[]) => Array.from(readSales(["Client", "Amount"], amounts.map((amount) => ["A", amount]), settings).data.amount);

  test("alone, or beside dot decimals and thousands commas, it is 1234", () => {
    expect(read(["1,234", "5"])).toEqual([1234, 5]);
    expect(read(["1,234", "2.50"])).toEqual([1234, 2.5]);
    expect(read(["1,234", "1,234,567"])).toEqual([1234, 1234567]);
  });

  test("in a file that writes decimal commas it is 1.234", () => {
    expect(read(["1,234", "2,5", "-3,000"])).toEqual([1.234, 2.5, -3]);
    expect(read(["1 234,50 ₽", "1,234"])).toEqual([1234.5, 1.234]);
  });

  test("profits follow the same decision; wide tables too", () => {
    const { data } = readSales(["Client", "Amount", "Profit"], [["A", "1,5", "1,250"]], settings);
    expect([data.amount[0], data.profit![0]]).toEqual([1.5, 1.25]);
    const wide = readSales(["Client", "2024-01", "2024-02"], [["A", "1,250", "0,5"]], settings);
    expect(Array.from(wide.data.amount)).toEqual([1.25, 0.5]);
  });
});

test("key types in the add-in's six languages; unknown labels are no type", () => {
  const labels = ["Breadwinner", "潜力型", "имиджмейкер", "ekspertas", "enillydd bara", "وجهه‌ساز", "VIP"];
  const { data } = readSales(["Client", "Amount", "Key type"], labels.map((label, i) => [`C${i}`, 1, label]), settings);
  expect(data.keyTypes).toEqual(["breadwinner", "prospective", "image-maker", "expert", "breadwinner", "image-maker", null]);
});

describe("error values", () => {
  test("an error value in the client cell is a bad row, not a client named #N/A", () => {
    const header: CellValue[] = ["Client", "Date", "Amount"];
    const rows: CellValue[][] = [
      ["Acme", "2024-01-05", 10],
      ["#N/A", "2024-01-06", 20],
      [" #REF! ", "2024-01-07", 30],
    ];
    const error = inputError(() => readSales(header, rows, settings));
    expect(error.problems).toEqual([
      { row: 3, column: 0, code: "client-error-value", reason: "client is an error value: #N/A", value: "#N/A" },
      { row: 4, column: 0, code: "client-error-value", reason: "client is an error value: #REF!", value: "#REF!" },
    ]);
    const skipped = readSales(header, rows, skipping);
    expect(skipped.data.clients.map((client) => client.name)).toEqual(["Acme"]);
    // An error in the amount or the date is a bad row too (they are not numbers or dates).
    expect(inputError(() => readSales(header, [["Acme", "2024-01-05", "#DIV/0!"]], settings)).problems[0].code).toBe("amount-not-number");
    expect(inputError(() => readSales(header, [["Acme", "#VALUE!", 5]], settings)).problems[0].code).toBe("bad-date");
  });
});
