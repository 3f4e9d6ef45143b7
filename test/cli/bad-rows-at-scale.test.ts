/**
 * Bad input at scale (issue 14): a file of 100,000 rows with bad rows scattered
 * through it, some right at the reader's chunk boundaries (the 20 header-search rows, then chunks
 * of 4,096), reports every one with its row number and column; --skip-bad-rows gives the same
 * report as the clean file without those rows. Three forms of the file: plain LF (read from its
 * bytes), BOM + CRLF (also from its bytes), and quoted clients with line breaks inside them (the
 * general reader, whose row numbers count records, not lines).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPlainCsv, type PieceReader, type PlainCsvOptions } from "../../src/cli/plain-csv";
import { piecesHere, piecesInWorker } from "./pieces";
import { readSource, run } from "../../src/cli/run";
import { CsvReader } from "../../src/cli/csv";
import { decodeCsv } from "../../src/cli/text";
import { HEADER_SEARCH_ROWS, InputException } from "../../src/engine/read";
import type { JsonReport } from "../../src/engine/report";
import { DEFAULT_READ_SETTINGS, type ReadSettings } from "../../src/engine/types";

/** Records after the header in the clean file (blank lines included: they keep their row numbers). */
const RECORDS = 100_000;
/** The general reader's chunk after the header search (src/cli/run.ts CHUNK_ROWS). */
const CHUNK = 4096;
const settings: ReadSettings = { ...DEFAULT_READ_SETTINGS, mapping: {}, dateOrder: "day-first" };

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kam-bad-rows-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A bad record, what the reader must say about it, and in which column (none for a field count). */
const BAD_KINDS: { record: string; reason: string; column?: number }[] = [
  { record: "Client 7 Ltd,2024-03-04,n/a", reason: "amount is not a number: 'n/a'", column: 2 },
  { record: ",2024-03-04,12.50", reason: "client is empty", column: 0 },
  { record: "#N/A,2024-03-04,12.50", reason: "client is an error value: #N/A", column: 0 },
  { record: "Client 7 Ltd,2024-02-30,12.50", reason: "date is not a date: '2024-02-30'", column: 1 },
  { record: "Client 7, Ltd,2024-03-04,12.50", reason: "4 fields where the header has 3" },
  { record: "Client 7 Ltd,2024-03-04,", reason: "amount is empty", column: 2 },
  // A text date waits for the day/month decision at the end of the file: its row number must survive that too.
  { record: "Client 7 Ltd,31.02.2024,12.50", reason: "date is not a date: '31.02.2024' (read day-first)", column: 1 },
];

/** mulberry32, so the scattered positions are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Form = "plain" | "bom-crlf" | "quoted";

/** The clean records: 2,000 clients over 24 months; in the quoted form every 97th client's name holds a comma and a line break. */
function cleanRecords(form: Form): string[] {
  const records: string[] = [];
  for (let i = 0; i < RECORDS; i++) {
    // Blank lines are rows too (the row after one keeps its number in the file).
    if (i % 40_000 === 39_999) {
      records.push("");
      continue;
    }
    const client = (i * 7919) % 2000;
    const name = form === "quoted" && client % 97 === 0 ? `"Client ${client},\nBranch"` : `Client ${client} Ltd`;
    records.push(`${name},${2023 + (i % 2)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")},${((i * 37) % 100_000) / 100}`);
  }
  return records;
}

/** Row numbers (header = row 1) of the bad records in the file with them: chunk edges of both readers, the first and last rows, and scattered ones. */
function badRows(): number[] {
  const rows = new Set<number>([2, HEADER_SEARCH_ROWS, HEADER_SEARCH_ROWS + 1, HEADER_SEARCH_ROWS + 2]);
  for (const chunk of [1, 2, 3, 17, 24]) {
    const firstOfChunk = HEADER_SEARCH_ROWS + 1 + chunk * CHUNK;
    for (const row of [firstOfChunk - 1, firstOfChunk, firstOfChunk + 1]) rows.add(row);
  }
  const next = random(14);
  while (rows.size < 300) rows.add(2 + Math.floor(next() * RECORDS));
  rows.add(RECORDS + 300 + 1);
  return [...rows].sort((a, b) => a - b);
}

interface Sample {
  form: Form;
  withBad: Buffer;
  clean: Buffer;
  expected: { row: number; reason: string; column?: number }[];
}

function sample(form: Form): Sample {
  const clean = cleanRecords(form);
  const rows = badRows();
  const total = clean.length + rows.length;
  const records: string[] = [];
  const expected: Sample["expected"] = [];
  let next = 0;
  for (let row = 2, bad = 0; row < total + 2; row++) {
    if (rows[bad] === row) {
      const kind = BAD_KINDS[bad % BAD_KINDS.length];
      records.push(kind.record);
      expected.push({ row, reason: kind.reason, ...(kind.column === undefined ? {} : { column: kind.column }) });
      bad++;
    } else records.push(clean[next++]);
  }
  const newline = form === "bom-crlf" ? "\r\n" : "\n";
  const text = (lines: string[]) => (form === "bom-crlf" ? "\ufeff" : "") + ["Client,Date,Amount", ...lines].join(newline) + newline;
  return { form, withBad: Buffer.from(text(records)), clean: Buffer.from(text(clean)), expected };
}

async function kam(...args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = "";
  const status = await run(args, { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir });
  return { status, stderr };
}

describe.each<[Form, "bytes" | "general"]>([
  ["plain", "bytes"],
  ["bom-crlf", "bytes"],
  ["quoted", "general"],
])("a %s file of 100,000 rows with 301 bad rows", (form, path) => {
  const data = sample(form);
  let withBad = "";
  let clean = "";
  beforeAll(() => {
    withBad = join(dir, `${form}-bad.csv`);
    clean = join(dir, `${form}-clean.csv`);
    writeFileSync(withBad, data.withBad);
    writeFileSync(clean, data.clean);
  });

  /** The bad rows the byte path finds with `options`, then the general reader when the byte path steps aside. */
  async function problemsFound(options: PlainCsvOptions): Promise<unknown> {
    const error = await (async (): Promise<unknown> => {
      try {
        // The general reader only when the byte path steps aside (it does so at once for a file with quotes).
        if ((await readPlainCsv(data.withBad, settings, options)) !== null) return "read without an error";
        if (path === "bytes") return "the byte path stepped aside";
        readSource(new CsvReader(decodeCsv(data.withBad, settings)), settings, true);
        return "read without an error";
      } catch (thrown) {
        return thrown;
      }
    })();
    if (!(error instanceof InputException)) return error;
    return error.error.problems.map(({ row, reason, column }) => ({ row, reason, ...(column === undefined ? {} : { column }) }));
  }

  test(`every bad row is found with its row number and column, read by the ${path} reader`, async () => {
    expect(data.expected).toHaveLength(301);
    // In blocks of 64 KB, so bad rows sit on both sides of some 50 block edges.
    expect(await problemsFound({ blockBytes: 65_536 })).toEqual(data.expected);
  });

  test("read in pieces of 64 KB, half of them in a worker thread or apart in this process, the bad rows and their row numbers are the same", async () => {
    const file = join(dir, `${form}-pieces.csv`);
    writeFileSync(file, data.withBad);
    const fd = openSync(file, "r");
    try {
      const inPieces = (read: PieceReader): PlainCsvOptions => ({ blockBytes: 16_384, apart: { read, pieceBytes: 65_536 } });
      expect(await problemsFound(inPieces(piecesInWorker(fd)))).toEqual(data.expected);
      expect(await problemsFound(inPieces(piecesHere(data.withBad, (piece) => piece % 2 === 1, (piece) => piece % 3 === 0)))).toEqual(data.expected);
    } finally {
      closeSync(fd);
    }
  });

  test("the command line lists them all, in row order, and ends with the tally", async () => {
    const outcome = await kam("classify", withBad, "--json", join(dir, `${form}-never.json`));
    expect(outcome.status).toBe(1);
    const lines = outcome.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("kam: 301 bad rows; nothing was written (--skip-bad-rows skips them)");
    expect(lines.slice(1, -1)).toEqual(data.expected.map(({ row, reason }) => `row ${row}: ${reason}`));
    expect(lines.at(-1)).toBe(
      "kam: 301 bad rows (86 date is not a date, 43 amount is not a number, 43 client is empty, 43 client is an error value, 43 more fields than the header, 43 amount is empty), listed above; nothing was written (--skip-bad-rows skips them)",
    );
  });

  test("--skip-bad-rows gives the report of the clean file without them, and lists what it skipped", async () => {
    const skipJson = join(dir, `${form}-skip.json`);
    const cleanJson = join(dir, `${form}-clean.json`);
    expect((await kam("classify", withBad, "--skip-bad-rows", "--json", skipJson)).status).toBe(0);
    expect((await kam("classify", clean, "--json", cleanJson)).status).toBe(0);
    const skipped = JSON.parse(readFileSync(skipJson, "utf8")) as JsonReport;
    const whole = JSON.parse(readFileSync(cleanJson, "utf8")) as JsonReport;
    expect(skipped.skipped).toEqual(data.expected.map(({ row, reason }) => ({ row, reason })));
    expect(whole.skipped).toEqual([]);
    expect(whole.clients.length).toBeGreaterThan(1900);
    expect({ ...skipped, skipped: [] }).toEqual(whole);
  });
});

test("a hundred thousand bad rows: every one listed, and the last line says how many of which kind", async () => {
  const lines = ["Client,Date,Amount"];
  for (let i = 0; i < 150_000; i++) lines.push(i % 3 === 0 ? `Client ${i % 500},2024-01-05,12` : i % 3 === 1 ? `Client ${i % 500},2024-01-05,lots` : `,2024-01-05,12`);
  const path = join(dir, "mostly-bad.csv");
  writeFileSync(path, lines.join("\n") + "\n");
  const outcome = await kam("classify", path);
  expect(outcome.status).toBe(1);
  const printed = outcome.stderr.trimEnd().split("\n");
  expect(printed[0]).toBe("kam: 100000 bad rows; nothing was written (--skip-bad-rows skips them)");
  expect(printed).toHaveLength(100_002);
  expect(printed[1]).toBe("row 3: amount is not a number: 'lots'");
  expect(printed[100_000]).toBe("row 150001: client is empty");
  expect(printed.at(-1)).toBe("kam: 100,000 bad rows (50,000 amount is not a number, 50,000 client is empty), listed above; nothing was written (--skip-bad-rows skips them)");
});
