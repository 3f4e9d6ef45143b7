/**
 * The plain-CSV fast path gives exactly what the general reader gives (same clients, spellings,
 * rows, row numbers, dates, amounts), and steps aside for anything outside its form.
 */
import { readPlainCsv } from "../../src/cli/plain-csv";
import { readSource } from "../../src/cli/run";
import { CsvReader } from "../../src/cli/csv";
import { decodeCsv } from "../../src/cli/text";
import { DEFAULT_READ_SETTINGS, type ReadResult } from "../../src/engine/types";

const settings = { ...DEFAULT_READ_SETTINGS, dateOrder: "day-first" as const };
const bytes = (text: string) => Buffer.from(text, "utf8");

/** A result as plain data, typed arrays as arrays, for deep comparison. */
function plain(result: ReadResult): unknown {
  return JSON.parse(JSON.stringify(result, (_, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value)));
}

function general(data: Uint8Array): ReadResult {
  return readSource(new CsvReader(decodeCsv(data, settings)), settings, true);
}

describe("the plain CSV fast path", () => {
  test.each([
    ["simple", "Client,Date,Amount\nAcme,2024-01-05,10.5\nBeta,2024-02-06,3\nAcme,2024-03-07,-2.25\n"],
    ["BOM, CRLF, blank lines, no final newline", "\ufeffCustomer,Date,Amount\r\nAcme,2024-01-05,10\r\n\r\nBeta,2024-02-06,3\r\nAcme,2024-03-07,1"],
    ["spellings of one client, first one shown", "Client,Date,Amount\nACME ,2024-01-05,1\n acme,2024-01-06,2\nAcme,2024-01-07,3\nВектор,2024-01-08,4\nвектор,2024-01-09,5\n华为,2024-01-10,6\n"],
    ["no date column", "Client,Amount\nAcme,1\nBeta,2\n"],
    ["columns in another order", "Amount,Client,Date\n5,Acme,2024-01-05\n6,Beta,2024-01-06\n"],
  ])("%s: identical to the general reader", (_, text) => {
    const data = bytes(text);
    const fast = readPlainCsv(data, settings);
    expect(fast).not.toBeNull();
    expect(plain(fast as ReadResult)).toEqual(plain(general(data)));
  });

  test("a larger file with many clients and days", () => {
    const lines = ["Client,Date,Amount"];
    for (let i = 0; i < 20000; i++) lines.push(`Client ${(i * 7919) % 1500},2023-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")},${((i * 37) % 10000) / 100}`);
    const data = bytes(lines.join("\n") + "\n");
    expect(plain(readPlainCsv(data, settings) as ReadResult)).toEqual(plain(general(data)));
  });

  test.each([
    ["quotes", 'Client,Date,Amount\n"Acme, Inc",2024-01-05,1\n'],
    ["semicolons", "Client;Date;Amount\nAcme;2024-01-05;1\n"],
    ["a time in a date", "Client,Date,Amount\nAcme,2024-01-05 10:00,1\n"],
    ["a day-first date", "Client,Date,Amount\nAcme,05.01.2024,1\n"],
    ["a title row", "Sales 2024\nClient,Date,Amount\nAcme,2024-01-05,1\n"],
    ["an amount with a currency", "Client,Date,Amount\nAcme,2024-01-05,$1\n"],
    ["an empty client", "Client,Date,Amount\n,2024-01-05,1\n"],
    ["a field too many", "Client,Date,Amount\nAcme,2024-01-05,1,x\n"],
    ["a profit column", "Client,Date,Amount,Profit\nAcme,2024-01-05,1,0.5\n"],
    ["an error value as client", "Client,Date,Amount\n#N/A,2024-01-05,1\n"],
    ["UTF-16", "\ufeffClient,Date,Amount\n"],
  ])("steps aside for %s", (name, text) => {
    const data = name === "UTF-16" ? Buffer.from(text.slice(1), "utf16le") : bytes(text);
    expect(readPlainCsv(data, settings)).toBeNull();
  });
});
