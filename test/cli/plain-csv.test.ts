/**
 * The plain-CSV fast path gives exactly what the general reader gives (same clients, spellings,
 * rows, row numbers, dates, amounts), and steps aside for anything outside its form.
 */
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plainNumberAt, readPlainCsv, serialFromIsoBytes, type PieceReader } from "../../src/cli/plain-csv";
import { serialFromIsoDay } from "../../src/engine/read/dates";
import { plainNumber } from "../../src/engine/read/numbers";
import { readSource } from "../../src/cli/run";
import { CsvReader } from "../../src/cli/csv";
import { decodeCsv } from "../../src/cli/text";
import { piecesHere, piecesInWorker } from "./pieces";
import { InputException } from "../../src/engine/read";
import { DEFAULT_READ_SETTINGS, type ReadResult } from "../../src/engine/types";

const settings = { ...DEFAULT_READ_SETTINGS, dateOrder: "day-first" as const };
const bytes = (text: string) => Buffer.from(text, "utf8");

/**
 * Which pieces are read apart, and which of those are not ready when first looked for: none apart,
 * every other one, all of them (some late, so the reader reads ahead), and a scattered few.
 */
const PIECE_PATTERNS: [(piece: number) => boolean, (piece: number) => boolean][] = [
  [() => false, () => false],
  [(piece) => piece % 2 === 1, () => false],
  [() => true, (piece) => piece % 3 === 0],
  [(piece) => piece % 5 === 2 || piece % 7 === 0, (piece) => piece % 2 === 0],
];

/** A result as plain data, typed arrays as arrays, for deep comparison. */
function plain(result: ReadResult): unknown {
  return JSON.parse(JSON.stringify(result, (_, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value)));
}

/** The result, or the error's code, message and problems: the fast path must match the general reader in both. */
async function outcome(read: () => Promise<ReadResult | null> | ReadResult): Promise<unknown> {
  try {
    const result = await read();
    if (result === null) return "stepped aside";
    return plain(result);
  } catch (error) {
    if (!(error instanceof InputException)) throw error;
    return { error: error.error.code, message: error.message, problems: error.error.problems };
  }
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
    // Lines outside the plain form are read as the general reader reads them, the rest stays fast.
    ["a time in a date", "Client,Date,Amount\nAcme,2024-01-05 10:00,1\nBeta,2024-01-06,2\n"],
    ["day-first dates", "Client,Date,Amount\nAcme,05.01.2024,1\nBeta,2024-01-06,2\nAcme,13.02.2024,3\n"],
    ["an amount with a currency", "Client,Date,Amount\nAcme,2024-01-05,$1\nBeta,2024-01-06,2\n"],
    ["a client of spaces only, and one that starts with #", "Client,Date,Amount\nAcme,2024-01-05,1\n   ,2024-01-06,2\n#x,2024-01-07,3\nBeta,2024-01-08,4\n"],
    ["error values after spaces or a tab in the client", "Client,Amount\n #N/A,5\nAcme,3\n\t#REF!,4\n"],
    ["fields too few, and too many but blank", "Client,Date,Amount\nAcme,2024-01-05\nAcme,2024-01-05,1,,\nBeta,2024-01-06,2\n"],
    // Spellings are hashed and compared four bytes at a time, then byte by byte: they differ in a word, in the rest, or in
    // length; arkZePAR and aDAhSzsZ have the same hash, so only comparing their bytes tells them apart.
    [
      "spellings that differ in their first four bytes, in a later word, in the bytes after the last word, or in length",
      "Client,Date,Amount\narkZePAR,2024-01-04,20\naDAhSzsZ,2024-01-04,21\narkZePAR,2024-01-05,22\nAbcd,2024-01-05,1\nAbce,2024-01-05,2\nAbcdEfgh,2024-01-05,3\nAbcdEfgi,2024-01-05,4\nAbcdEfghI,2024-01-05,5\nAbcdEfghJ,2024-01-05,6\nAb,2024-01-05,7\nAbc,2024-01-05,8\nAbcdEfgh,2024-01-05,9\nAbcdEfghI,2024-01-06,10\nВектор Плюс,2024-01-07,11\nВектор Плют,2024-01-07,12\nAbcd,2024-01-08,13\n",
    ],
    // The amount is read in the pass that finds where its field ends: what follows it, in its field or in the next.
    ["an amount before other columns, some amounts not plain", "Client,Amount,Date\nAcme,12,2024-01-05\nBeta,12abc,2024-01-05\nAcme,-3.5,2024-01-06\nBeta,1.2.3,2024-01-07\nAcme,--5,2024-01-08\nBeta,,2024-01-09\nAcme,7.,2024-01-10\n"],
    // Days are cached by their bytes, the same month and day of years sixteen apart in the same slot (years across a
    // century in slots of their own): valid days only, so that a wrong day would show in the result, not hide behind an error.
    ["the same day of years sixteen apart, and of years across a century", "Client,Date,Amount\nAcme,1990-03-04,1\nAcme,2006-03-04,2\nAcme,2022-03-04,3\nAcme,1990-03-04,4\nAcme,2006-03-04,5\nAcme,1996-03-04,11\nAcme,2000-03-04,12\nAcme,1996-03-04,13\n"],
    // Ten bytes that are no day are not cached, nor taken for the day whose slot they fall in.
    ["days whose bytes are no digits", "Client,Date,Amount\nBeta,2024-11-04,10\nBeta,2024-1a-04,6\nBeta,2024-01-0a,7\nBeta,2024-01-04,8\nBeta,2024+01-04,9\nAcme,04.03.2024,14\n"],
  ])("%s: identical to the general reader", async (_, text) => {
    const data = bytes(text);
    const expected = await outcome(() => general(data));
    expect(await outcome(() => readPlainCsv(data, settings))).toEqual(expected);
    // Read in blocks of a few bytes, every line and most fields are cut across two blocks.
    for (const blockBytes of [16, 23, 64]) expect(await outcome(() => readPlainCsv(data, settings, { blockBytes }))).toEqual(expected);
    // Read in pieces of a few bytes, some apart: each piece's rows come in the file's order.
    for (const pieceBytes of [8, 30]) {
      for (const [apart, late] of PIECE_PATTERNS) {
        expect(await outcome(() => readPlainCsv(data, settings, { blockBytes: 16, apart: { read: piecesHere(data, apart, late), pieceBytes } }))).toEqual(expected);
      }
    }
  });

  test("a larger file with many clients and days", async () => {
    const lines = ["Client,Date,Amount"];
    for (let i = 0; i < 20000; i++) lines.push(`Client ${(i * 7919) % 1500},2023-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")},${((i * 37) % 10000) / 100}`);
    const data = bytes(lines.join("\n") + "\n");
    const expected = plain(general(data));
    expect(plain((await readPlainCsv(data, settings)) as ReadResult)).toEqual(expected);
    // As the command line reads a file: from its descriptor, a block at a time (blocks of 4 KB here, 8 MB there).
    const file = join(mkdtempSync(join(tmpdir(), "kam-plain-")), "sales.csv");
    writeFileSync(file, data);
    const fd = openSync(file, "r");
    try {
      expect(plain((await readPlainCsv(fd, settings, { blockBytes: 4096 })) as ReadResult)).toEqual(expected);
      // Pieces of 8 KB, some read apart in this process, others in a worker thread as `kam` reads them.
      for (const [apart, late] of PIECE_PATTERNS) {
        expect(plain((await readPlainCsv(fd, settings, { blockBytes: 4096, apart: { read: piecesHere(fd, apart, late), pieceBytes: 8192 } })) as ReadResult)).toEqual(expected);
      }
      expect(plain((await readPlainCsv(fd, settings, { blockBytes: 4096, apart: { read: piecesInWorker(fd), pieceBytes: 8192 } })) as ReadResult)).toEqual(expected);
    } finally {
      closeSync(fd);
    }
  });

  test("pieces claimed by a reading apart that stops (its thread ends) are read here: the same result", async () => {
    const lines = ["Client,Date,Amount"];
    for (let i = 0; i < 300; i++) lines.push(i % 37 === 5 ? `Client ${i % 9},soon,${i}` : `Client ${i % 9},2024-02-${String(1 + (i % 28)).padStart(2, "0")},${i}`);
    const data = bytes(lines.join("\n") + "\n");
    const expected = await outcome(() => general(data));
    const stopsAfter = (first: number): PieceReader => (pieces, claims) => {
      const reading = piecesHere(data, () => true)(pieces, claims);
      return { ...reading, take: (piece) => (piece < first ? reading.take(piece) : undefined), wait: (piece) => (piece < first ? reading.wait(piece) : Promise.reject(new Error("stopped"))) };
    };
    for (const first of [1, 3, 10]) expect(await outcome(() => readPlainCsv(data, settings, { blockBytes: 64, apart: { read: stopsAfter(first), pieceBytes: 400 } }))).toEqual(expected);
  });

  test("a quote, a lone CR or a bad byte found in a later block, or in a piece read apart, still hands the file to the general reader", async () => {
    const lines = ["Client,Date,Amount"];
    for (let i = 0; i < 500; i++) lines.push(`Client ${i % 40},2024-01-${String(1 + (i % 28)).padStart(2, "0")},${i}`);
    for (const late of ['"Acme, Inc",2024-01-05,1', "Acme\rBeta,2024-01-05,1", "Acme\xe9,2024-01-05,1"]) {
      const data = Buffer.from([...lines, late, "Beta,2024-01-06,2"].join("\n") + "\n", "latin1");
      expect(await readPlainCsv(data, settings, { blockBytes: 256 })).toBeNull();
      for (const [apart, lateResult] of PIECE_PATTERNS) expect(await readPlainCsv(data, settings, { blockBytes: 256, apart: { read: piecesHere(data, apart, lateResult), pieceBytes: 700 } })).toBeNull();
    }
  });

  test.each([
    ["quotes", 'Client,Date,Amount\n"Acme, Inc",2024-01-05,1\n'],
    ["semicolons", "Client;Date;Amount\nAcme;2024-01-05;1\n"],
    ["a title row", "Sales 2024\nClient,Date,Amount\nAcme,2024-01-05,1\n"],
    ["a profit column", "Client,Date,Amount,Profit\nAcme,2024-01-05,1,0.5\n"],
    ["a lone CR in a client", "Client,Date,Amount\nAcme\rBeta,2024-01-05,1\n"],
    ["a lone CR in a bad line", "Client,Date,Amount\nAcme,2024-01-05,1\rBeta,2024-01-06,2\n"],
    ["a non-UTF-8 byte in a bad line", "Client,Date,Amount\nAcme,2024-01-05,x\xe9\n"],
    ["a non-UTF-8 byte in a column nobody reads", "Client,Date,Amount,Note\nAcme,2024-01-05,1,caf\xe9\n"],
    ["a lone CR in the header", "Client,Date,Amount\rAcme,2024-01-05,1\nBeta,2024-01-06,2\n"],
    ["UTF-16", "\ufeffClient,Date,Amount\n"],
  ])("steps aside for %s", async (name, text) => {
    const data = name === "UTF-16" ? Buffer.from(text.slice(1), "utf16le") : name.includes("non-UTF-8") ? Buffer.from(text, "latin1") : bytes(text);
    expect(await readPlainCsv(data, settings)).toBeNull();
  });

  test("amounts are read from the bytes exactly as plainNumber reads their text", () => {
    const texts = ["0", "-0", "7", "-12.5", ".5", "5.", "-.25", "1234.56", "0.1", "0.30000000000000004", "123456789012345", "1234567890123456.7", "9007199254740993", "", "-", ".", "1.2.3", "1e5", "+1", " 1", "1,5", "١٢", "€5", "1".repeat(25)];
    // Two-decimal amounts like the bench's, where a wrong rounding would show.
    for (let i = 0; i < 2000; i++) texts.push(((i * 7919.37) % 100000).toFixed(2), (-(i * 0.01)).toFixed(2));
    for (const text of texts) {
      const data = Buffer.from(`,${text};`, "utf8");
      expect([text, plainNumberAt(data, 1, data.length - 1)]).toEqual([text, plainNumber(data.toString("latin1", 1, data.length - 1))]);
    }
  });

  test("dates are read from the bytes exactly as serialFromIsoDay reads their text", () => {
    const texts = ["2024-02-29", "2023-02-29", "1900-01-01", "1899-12-31", "2024-13-01", "2024-00-10", "2024-04-31", "2024-12-31", "2024-1-015", "2024/01/05", "2024-01-0:", "2024-0?-05", "2024-01-05 ", "20240-1-05", "", "9999-12-31", "2024-01-5", "١٢٣٤-01-05"];
    // Every day of four years, and each with one digit made the byte after 9 or before 0.
    for (let serial = 45000; serial < 46461; serial++) {
      const text = new Date(Date.UTC(1899, 11, 30 + serial)).toISOString().slice(0, 10);
      texts.push(text, text.replace(/\d$/, ":"), text.replace(/^\d/, "/"));
    }
    for (const text of texts) {
      const data = Buffer.from(`,${text},`, "utf8");
      expect([text, serialFromIsoBytes(data, 1, data.length - 1)]).toEqual([text, serialFromIsoDay(data.toString("latin1", 1, data.length - 1))]);
    }
    // Twice over: the second time every day comes from the cache.
    for (const text of texts.slice(0, 200)) {
      const data = Buffer.from(`,${text},`, "utf8");
      expect([text, serialFromIsoBytes(data, 1, data.length - 1)]).toEqual([text, serialFromIsoDay(data.toString("latin1", 1, data.length - 1))]);
    }
  });
});
